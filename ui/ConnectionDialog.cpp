#include "ConnectionDialog.h"

#include "Regions.h"
#include "SecretStore.h"
#include "api/ApiError.h"
#include "dws/ErrorCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dws::ui {
namespace {

// Label texts, kept as sources so a language change can re-translate them.
struct RowText
{
    const char* objectName;
    const char* text;
};

constexpr RowText kRows[] = {
    {"profileRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&Profile:")},
    {"regionRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&Region:")},
    {"iamRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&IAM endpoint:")},
    {"dwsRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&DWS endpoint:")},
    {"authRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&Authentication:")},
    {"userRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "IAM &user name:")},
    {"passwordRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "Pass&word:")},
    {"domainRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "Account (&domain):")},
    {"akRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "Access &key ID (AK):")},
    {"skRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&Secret access key (SK):")},
    {"caRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "&CA certificates:")},
    {"projectRow", QT_TRANSLATE_NOOP("dws::ui::ConnectionDialog", "Pro&ject:")},
};

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Why an endpoint is not usable, or empty.
QString endpointProblem(const QString& text, const QString& which)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty())
        return ConnectionDialog::tr("Enter the %1 endpoint.").arg(which);
    if (!url.isValid() || url.host().isEmpty())
        return ConnectionDialog::tr("The %1 endpoint is not a valid address.").arg(which);
    if (url.scheme() == QLatin1String("http") && !isLoopback(url))
        return ConnectionDialog::tr("The %1 endpoint must use https (plain http is allowed "
                                    "only for this computer).")
            .arg(which);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return ConnectionDialog::tr("The %1 endpoint must start with https://.").arg(which);
    return {};
}

QUrl endpointUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    return QUrl(trimmed);
}

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore& profiles, SecretStore* secrets,
                                   ProjectLister lister, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_lister(std::move(lister))
{
    setObjectName(QStringLiteral("ConnectionDialog"));
    buildForm();
    retranslate();

    for (const ConnectionProfile& saved : m_profiles.profiles())
        m_profileCombo->addItem(saved.name);
    const QString last = m_profiles.lastUsed();
    if (!last.isEmpty() && m_profileCombo->findText(last) >= 0)
        selectProfile(last);
    else if (m_profileCombo->count() > 0)
        selectProfile(m_profileCombo->itemText(0));
    else
        onRegionChanged();
    updateButtons();
}

void ConnectionDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    auto addRow = [this](const char* objectName, QWidget* field) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(objectName));
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    };

    auto* profileRow = new QWidget(this);
    auto* profileLayout = new QHBoxLayout(profileRow);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    m_profileCombo = new QComboBox(profileRow);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setEditable(true);
    m_profileCombo->setInsertPolicy(QComboBox::NoInsert);
    m_deleteProfileButton = new QPushButton(profileRow);
    m_deleteProfileButton->setObjectName(QStringLiteral("deleteProfileButton"));
    profileLayout->addWidget(m_profileCombo, 1);
    profileLayout->addWidget(m_deleteProfileButton);
    addRow("profileRow", profileRow);

    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    addRow("regionRow", m_regionCombo);
    m_iamEndpoint = new QLineEdit(this);
    m_iamEndpoint->setObjectName(QStringLiteral("iamEndpoint"));
    addRow("iamRow", m_iamEndpoint);
    m_dwsEndpoint = new QLineEdit(this);
    m_dwsEndpoint->setObjectName(QStringLiteral("dwsEndpoint"));
    addRow("dwsRow", m_dwsEndpoint);

    m_authCombo = new QComboBox(this);
    m_authCombo->setObjectName(QStringLiteral("authMethod"));
    m_authCombo->addItem(QString(), int(AuthMethod::Password));
    m_authCombo->addItem(QString(), int(AuthMethod::AccessKey));
    addRow("authRow", m_authCombo);

    m_authPages = new QStackedWidget(this);
    auto* passwordPage = new QWidget(m_authPages);
    auto* passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    m_userName = new QLineEdit(passwordPage);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(passwordPage);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_domainName = new QLineEdit(passwordPage);
    m_domainName->setObjectName(QStringLiteral("domainName"));
    for (auto [objectName, field] :
         {std::pair{"userRow", m_userName}, std::pair{"passwordRow", m_password},
          std::pair{"domainRow", m_domainName}}) {
        auto* label = new QLabel(passwordPage);
        label->setObjectName(QLatin1String(objectName));
        label->setBuddy(field);
        m_labels.append(label);
        passwordForm->addRow(label, field);
    }
    auto* keyPage = new QWidget(m_authPages);
    auto* keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    m_accessKeyId = new QLineEdit(keyPage);
    m_accessKeyId->setObjectName(QStringLiteral("accessKeyId"));
    m_secretKey = new QLineEdit(keyPage);
    m_secretKey->setObjectName(QStringLiteral("secretKey"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    for (auto [objectName, field] :
         {std::pair{"akRow", m_accessKeyId}, std::pair{"skRow", m_secretKey}}) {
        auto* label = new QLabel(keyPage);
        label->setObjectName(QLatin1String(objectName));
        label->setBuddy(field);
        m_labels.append(label);
        keyForm->addRow(label, field);
    }
    m_authPages->addWidget(passwordPage);
    m_authPages->addWidget(keyPage);
    m_form->addRow(m_authPages);

    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_form->addRow(m_remember);

    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caBrowse = new QPushButton(caRow);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    addRow("caRow", caRow);

    auto* projectRow = new QWidget(this);
    auto* projectLayout = new QHBoxLayout(projectRow);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    m_projectCombo = new QComboBox(projectRow);
    m_projectCombo->setObjectName(QStringLiteral("projectCombo"));
    m_projectCombo->setEditable(true); // an AK/SK user may type the project id
    m_signInButton = new QPushButton(projectRow);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    projectLayout->addWidget(m_projectCombo, 1);
    projectLayout->addWidget(m_signInButton);
    addRow("projectRow", projectRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    for (const Region& region : knownRegions())
        m_regionCombo->addItem(QString(), region.id);
    m_regionCombo->addItem(QString(), QString()); // custom endpoints

    connect(m_profileCombo, &QComboBox::textActivated, this, &ConnectionDialog::selectProfile);
    connect(m_deleteProfileButton, &QPushButton::clicked, this,
            &ConnectionDialog::deleteCurrentProfile);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::onRegionChanged);
    connect(m_authCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::onAuthMethodChanged);
    connect(m_caBrowse, &QPushButton::clicked, this, &ConnectionDialog::chooseCaFile);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectionDialog::listProjects);
    for (QLineEdit* edit : {m_iamEndpoint, m_dwsEndpoint, m_userName, m_password, m_domainName,
                            m_accessKeyId, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    connect(m_projectCombo, &QComboBox::currentTextChanged, this, &ConnectionDialog::updateButtons);
    connect(m_profileCombo, &QComboBox::currentTextChanged, this, &ConnectionDialog::updateButtons);
}

void ConnectionDialog::retranslate()
{
    setWindowTitle(tr("Sign In to DWS"));
    for (QLabel* label : std::as_const(m_labels))
        for (const RowText& row : kRows)
            if (label->objectName() == QLatin1String(row.objectName))
                label->setText(tr(row.text));
    m_deleteProfileButton->setText(tr("Delete Profile"));
    m_deleteProfileButton->setToolTip(tr("Forget this profile and its remembered secret"));
    m_profileCombo->setToolTip(tr("Choose a saved profile, or type a name to save a new one"));
    m_profileCombo->lineEdit()->setPlaceholderText(tr("Profile name"));
    for (int index = 0; index < m_regionCombo->count(); ++index) {
        const Region* region = findRegion(m_regionCombo->itemData(index).toString());
        m_regionCombo->setItemText(index, region ? region->displayText() : tr("Custom endpoints"));
    }
    m_authCombo->setItemText(0, tr("IAM user and password"));
    m_authCombo->setItemText(1, tr("Access key (AK/SK)"));
    m_domainName->setPlaceholderText(tr("The account the IAM user belongs to"));
    m_remember->setText(tr("Remember the secret in the system keychain"));
    m_remember->setToolTip(tr("Without this the password or secret key is kept only in memory "
                              "and asked for again next time"));
    m_caFile->setPlaceholderText(tr("System certificates"));
    m_caBrowse->setText(tr("Browse…"));
    m_signInButton->setText(tr("Sign In and List Projects"));
    m_projectCombo->lineEdit()->setPlaceholderText(tr("Sign in to list projects, or type an ID"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ConnectionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectionDialog::selectProfile(const QString& name)
{
    const std::optional<ConnectionProfile> saved = m_profiles.profile(name);
    if (!saved)
        return;
    m_profileCombo->setCurrentText(name);
    loadProfile(*saved);
}

void ConnectionDialog::loadProfile(const ConnectionProfile& profile)
{
    const int regionIndex = m_regionCombo->findData(profile.regionId);
    m_regionCombo->setCurrentIndex(regionIndex >= 0 ? regionIndex : m_regionCombo->count() - 1);
    if (profile.regionId.isEmpty() || regionIndex < 0) {
        m_iamEndpoint->setText(profile.iamEndpoint.toString());
        m_dwsEndpoint->setText(profile.dwsEndpoint.toString());
    }
    m_authCombo->setCurrentIndex(profile.authMethod == AuthMethod::AccessKey ? 1 : 0);
    m_userName->setText(profile.userName);
    m_domainName->setText(profile.domainName);
    m_accessKeyId->setText(profile.accessKeyId);
    m_caFile->setText(profile.caFile);
    m_remember->setChecked(profile.rememberSecret);
    m_password->clear();
    m_secretKey->clear();
    m_projects.clear();
    m_projectCombo->clear();
    if (!profile.projectId.isEmpty()) {
        m_projectCombo->addItem(profile.projectName.isEmpty()
                                    ? profile.projectId
                                    : tr("%1 (%2)").arg(profile.projectName, profile.projectId),
                                profile.projectId);
        m_projects.append({profile.projectId, profile.projectName});
    }
    showInfo({});
    if (profile.rememberSecret && m_secrets) {
        QLineEdit* target = profile.authMethod == AuthMethod::AccessKey ? m_secretKey : m_password;
        m_secrets->read(profile.secretKey(), this,
                        [this, target](std::optional<QString> secret, const QString& problem) {
                            if (secret)
                                target->setText(*secret);
                            else
                                showInfo(problem);
                        });
    }
    updateButtons();
}

void ConnectionDialog::onRegionChanged()
{
    const Region* region = findRegion(m_regionCombo->currentData().toString());
    m_iamEndpoint->setReadOnly(region != nullptr);
    m_dwsEndpoint->setReadOnly(region != nullptr);
    if (region) {
        m_iamEndpoint->setText(region->iamEndpoint().toString());
        m_dwsEndpoint->setText(region->dwsEndpoint().toString());
    }
    updateButtons();
}

void ConnectionDialog::onAuthMethodChanged()
{
    m_authPages->setCurrentIndex(m_authCombo->currentIndex());
    updateButtons();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_profileCombo->currentText().trimmed();
    profile.regionId = m_regionCombo->currentData().toString();
    profile.iamEndpoint = endpointUrl(m_iamEndpoint->text());
    profile.dwsEndpoint = endpointUrl(m_dwsEndpoint->text());
    profile.authMethod = AuthMethod(m_authCombo->currentData().toInt());
    profile.userName = m_userName->text().trimmed();
    profile.domainName = m_domainName->text().trimmed();
    profile.accessKeyId = m_accessKeyId->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.rememberSecret = m_remember->isChecked();
    const QString projectText = m_projectCombo->currentText().trimmed();
    const int projectIndex = m_projectCombo->currentIndex();
    if (projectIndex >= 0 && m_projectCombo->itemText(projectIndex) == projectText &&
        projectIndex < m_projects.size()) {
        profile.projectId = m_projects[projectIndex].id;
        profile.projectName = m_projects[projectIndex].name;
    } else {
        profile.projectId = projectText;
    }
    if (profile.name.isEmpty())
        profile.name =
            profile.authMethod == AuthMethod::AccessKey
                ? profile.accessKeyId
                : profile.userName + QLatin1Char('@') +
                      (profile.regionId.isEmpty() ? profile.iamEndpoint.host() : profile.regionId);
    return profile;
}

QString ConnectionDialog::secret() const
{
    return AuthMethod(m_authCombo->currentData().toInt()) == AuthMethod::AccessKey
               ? m_secretKey->text()
               : m_password->text();
}

QString ConnectionDialog::formProblem() const
{
    if (const QString problem = endpointProblem(m_iamEndpoint->text(), QStringLiteral("IAM"));
        !problem.isEmpty())
        return problem;
    if (const QString problem = endpointProblem(m_dwsEndpoint->text(), QStringLiteral("DWS"));
        !problem.isEmpty())
        return problem;
    if (AuthMethod(m_authCombo->currentData().toInt()) == AuthMethod::AccessKey) {
        if (m_accessKeyId->text().trimmed().isEmpty())
            return tr("Enter the access key ID.");
        if (m_secretKey->text().isEmpty())
            return tr("Enter the secret access key.");
    } else {
        if (m_userName->text().trimmed().isEmpty())
            return tr("Enter the IAM user name.");
        if (m_password->text().isEmpty())
            return tr("Enter the password.");
        if (m_domainName->text().trimmed().isEmpty())
            return tr("Enter the account (domain) name.");
    }
    if (!m_caFile->text().trimmed().isEmpty() &&
        !QFileInfo(m_caFile->text().trimmed()).isReadable())
        return tr("The CA certificates file cannot be read.");
    return {};
}

void ConnectionDialog::updateButtons()
{
    const bool formReady = formProblem().isEmpty();
    m_signInButton->setEnabled(formReady && m_lister != nullptr);
    m_deleteProfileButton->setEnabled(
        m_profiles.profile(m_profileCombo->currentText()).has_value());
    QPushButton* connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setEnabled(formReady && !m_projectCombo->currentText().trimmed().isEmpty());
    connectButton->setToolTip(formReady ? QString() : formProblem());
}

void ConnectionDialog::showProblem(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                            "padding: 4px; border-radius: 3px;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectionDialog::showInfo(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectionDialog::listProjects()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    if (!m_lister)
        return;
    const int generation = ++m_listingGeneration;
    m_signInButton->setEnabled(false);
    showInfo(tr("Signing in…"));
    const QString previousProject = m_projectCombo->currentText();
    m_lister(profile(), secret(), this,
             [this, generation, previousProject](api::Result<QList<ProjectChoice>> result) {
                 if (generation != m_listingGeneration)
                     return; // a newer sign-in replaced this one
                 updateButtons();
                 if (!result) {
                     showProblem(describe(result.error()).summary());
                     return;
                 }
                 m_projects = result.value();
                 m_projectCombo->clear();
                 for (const ProjectChoice& project : std::as_const(m_projects))
                     m_projectCombo->addItem(project.name.isEmpty()
                                                 ? project.id
                                                 : tr("%1 (%2)").arg(project.name, project.id),
                                             project.id);
                 // Prefer the project the profile used, then the one named like the region.
                 int preferred = m_projectCombo->findText(previousProject);
                 if (preferred < 0)
                     for (int index = 0; index < m_projects.size(); ++index)
                         if (m_projects[index].name == m_regionCombo->currentData().toString())
                             preferred = index;
                 m_projectCombo->setCurrentIndex(std::max(preferred, 0));
                 showInfo(m_projects.isEmpty()
                              ? tr("Signed in, but IAM lists no projects for this user.")
                              : tr("Signed in. Choose a project and connect."));
                 updateButtons();
             });
}

void ConnectionDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionDialog::deleteCurrentProfile()
{
    const std::optional<ConnectionProfile> saved =
        m_profiles.profile(m_profileCombo->currentText());
    if (!saved)
        return;
    m_profiles.remove(saved->name);
    if (m_secrets && saved->rememberSecret)
        m_secrets->remove(saved->secretKey(), this, [this](const QString& problem) {
            if (!problem.isEmpty())
                showInfo(problem);
        });
    m_profileCombo->removeItem(m_profileCombo->findText(saved->name));
    m_profileCombo->setCurrentText(QString());
    updateButtons();
}

void ConnectionDialog::accept()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const ConnectionProfile chosen = profile();
    if (chosen.projectId.isEmpty()) {
        showProblem(tr("Choose a project."));
        return;
    }
    const std::optional<ConnectionProfile> previous = m_profiles.profile(chosen.name);
    m_profiles.save(chosen);
    m_profiles.setLastUsed(chosen.name);
    if (m_secrets) {
        if (chosen.rememberSecret)
            m_secrets->write(chosen.secretKey(), secret(), m_secrets, [](const QString&) {});
        else if (previous && previous->rememberSecret)
            m_secrets->remove(previous->secretKey(), m_secrets, [](const QString&) {});
    }
    QDialog::accept();
}

} // namespace dws::ui
