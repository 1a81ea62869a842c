#include "ResetPasswordDialog.h"

#include "PasswordChecklist.h"
#include "PasswordRules.h"
#include "dws/ClusterService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dws::ui {

namespace {
const QString kPassword = QStringLiteral("new_password");
const QString kConfirmation = QStringLiteral("new_password_confirmation");
} // namespace

ResetPasswordDialog::ResetPasswordDialog(ClusterService& clusters, const Cluster& cluster,
                                         QWidget* parent)
    : OperationDialog(parent)
    , m_clusters(clusters)
    , m_cluster(cluster)
    , m_explanation(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_checklistLabel(new QLabel(this))
    , m_checklist(new PasswordChecklist(this))
{
    setObjectName(QStringLiteral("ResetPasswordDialog"));
    m_explanation->setWordWrap(true);
    m_password->setObjectName(kPassword);
    m_confirmation->setObjectName(kConfirmation);
    m_checklist->setObjectName(QStringLiteral("password_checklist"));
    for (QLineEdit* secret : {m_password, m_confirmation}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setMaxLength(128);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_passwordLabel, m_password, kPassword);
    addField(form, m_confirmationLabel, m_confirmation, kConfirmation);
    form->addRow(m_checklistLabel, m_checklist);
    body()->addWidget(m_explanation);
    body()->addLayout(form);

    connect(m_password, &QLineEdit::textEdited, this, [this] { fieldEdited(kPassword); });
    connect(m_confirmation, &QLineEdit::textEdited, this, [this] { fieldEdited(kConfirmation); });
    retranslate();
    revalidate();
}

bool ResetPasswordDialog::validateInput()
{
    const PasswordVerdict verdict = checkNewPassword(m_password->text(), m_confirmation->text(),
                                                     m_cluster.userName, kPassword, kConfirmation);
    m_checklist->setRules(verdict.checklist);
    fieldErrors().showIssues(verdict.issues);
    return verdict.issues.isEmpty();
}

QString ResetPasswordDialog::fieldForError(const api::ApiError& error) const
{
    const QString field = OperationDialog::fieldForError(error);
    return field == QLatin1String("user_pwd") ? kPassword : field;
}

void ResetPasswordDialog::submit()
{
    ResetPasswordRequest request;
    request.newPassword = m_password->text();
    setPendingCall(m_clusters.resetPassword(m_cluster.id, request, m_cluster.userName, this,
                                            [this](api::Status result) {
                                                if (!result) {
                                                    finishFailed(result.error());
                                                    return;
                                                }
                                                emit passwordReset(m_cluster.id);
                                                finishSucceeded();
                                            }));
}

void ResetPasswordDialog::retranslate()
{
    setWindowTitle(tr("Reset Password of %1").arg(m_cluster.name));
    setConfirmText(tr("&Reset Password"));
    m_explanation->setText(
        tr("Sets a new password for the administrator %1. Connections that use the old password "
           "fail from now on.")
            .arg(m_cluster.userName));
    m_passwordLabel->setText(tr("&New password:"));
    m_passwordLabel->setBuddy(m_password);
    m_confirmationLabel->setText(tr("&Confirm password:"));
    m_confirmationLabel->setBuddy(m_confirmation);
    m_checklistLabel->setText(tr("Password rules:"));
}

} // namespace dws::ui
