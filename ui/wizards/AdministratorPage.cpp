#include "AdministratorPage.h"

#include "dialogs/PasswordChecklist.h"
#include "dialogs/PasswordRules.h"
#include "dws/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dws::ui {

namespace {
const QString kUserName = QStringLiteral("user_name");
const QString kPassword = QStringLiteral("user_pwd");
const QString kConfirmation = QStringLiteral("user_pwd_confirmation");
} // namespace

AdministratorPage::AdministratorPage(QWidget* parent)
    : FormPage(parent)
    , m_userNameLabel(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_checklistLabel(new QLabel(this))
    , m_checklist(new PasswordChecklist(this))
{
    m_userName->setObjectName(kUserName);
    m_userName->setMaxLength(128);
    for (QLineEdit* secret : {m_password, m_confirmation}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setMaxLength(128);
    }
    m_password->setObjectName(kPassword);
    m_confirmation->setObjectName(kConfirmation);
    m_checklist->setObjectName(QStringLiteral("password_checklist"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_userNameLabel, m_userName, kUserName);
    addField(form, m_passwordLabel, m_password, kPassword);
    addField(form, m_confirmationLabel, m_confirmation, kConfirmation);
    form->addRow(m_checklistLabel, m_checklist);
    body()->addLayout(form);

    connect(m_userName, &QLineEdit::textEdited, this, [this] {
        fieldEdited(kUserName);
        // "not the user name" depends on it; a password server error may no longer hold.
        fieldErrors().clearServerError(kPassword);
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] { fieldEdited(kPassword); });
    connect(m_confirmation, &QLineEdit::textEdited, this, [this] { fieldEdited(kConfirmation); });

    retranslate();
    revalidate();
}

QString AdministratorPage::userName() const
{
    return m_userName->text().trimmed();
}

QString AdministratorPage::password() const
{
    return m_password->text();
}

bool AdministratorPage::validateInput()
{
    QList<ValidationIssue> issues = validateUserName(userName());
    const PasswordVerdict verdict =
        checkNewPassword(password(), m_confirmation->text(), userName(), kPassword, kConfirmation);
    m_checklist->setRules(verdict.checklist);
    issues.append(verdict.issues);
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void AdministratorPage::retranslate()
{
    setTitle(tr("Administrator"));
    setSubTitle(tr("The database administrator account of the new cluster. The password is sent "
                   "once and never stored by DWS Console."));
    m_userNameLabel->setText(tr("&User name:"));
    m_userNameLabel->setBuddy(m_userName);
    m_userName->setPlaceholderText(
        tr("6 to 64 characters: lowercase letters, digits and _, not a SQL keyword"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_confirmationLabel->setText(tr("&Confirm password:"));
    m_confirmationLabel->setBuddy(m_confirmation);
    m_checklistLabel->setText(tr("Password rules:"));
}

} // namespace dws::ui
