#pragma once

#include "ConnectionProfile.h"
#include "api/Result.h"

#include <QDialog>
#include <QList>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QFormLayout;

namespace dws::ui {

class SecretStore;

// A project IAM lists for the signed-in user.
struct ProjectChoice
{
    QString id;
    QString name; // the region, e.g. "cn-north-1"
};

// Signs in with the profile and secret and lists the user's projects. The callback runs on
// `context`'s thread, never after `context` is destroyed.
using ProjectLister =
    std::function<void(const ConnectionProfile& profile, const QString& secret, QObject* context,
                       std::function<void(api::Result<QList<ProjectChoice>>)>)>;

// Sign-in: profile, region or custom endpoints, IAM user/password/account or AK/SK, CA file,
// "remember" (system keychain only), then the project picked from those IAM lists.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore& profiles, SecretStore* secrets, ProjectLister lister,
                     QWidget* parent = nullptr);

    ConnectionProfile profile() const; // what the form holds now
    QString secret() const;            // password or SK; kept only in memory
    void selectProfile(const QString& name);

    // Sign in and list projects now (what the "Sign In" button does).
    void listProjects();
    QList<ProjectChoice> projects() const { return m_projects; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void retranslate();
    void loadProfile(const ConnectionProfile& profile);
    void onRegionChanged();
    void onAuthMethodChanged();
    void updateButtons();
    void showProblem(const QString& text);
    void showInfo(const QString& text);
    void chooseCaFile();
    void deleteCurrentProfile();
    QString formProblem() const; // what keeps the form from being used, or empty

    ProfileStore& m_profiles;
    SecretStore* m_secrets;
    ProjectLister m_lister;
    QList<ProjectChoice> m_projects;
    int m_listingGeneration = 0;

    QFormLayout* m_form = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QPushButton* m_deleteProfileButton = nullptr;
    QComboBox* m_regionCombo = nullptr;
    QLineEdit* m_iamEndpoint = nullptr;
    QLineEdit* m_dwsEndpoint = nullptr;
    QComboBox* m_authCombo = nullptr;
    QStackedWidget* m_authPages = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_domainName = nullptr;
    QLineEdit* m_accessKeyId = nullptr;
    QLineEdit* m_secretKey = nullptr;
    QCheckBox* m_remember = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_caBrowse = nullptr;
    QPushButton* m_signInButton = nullptr;
    QComboBox* m_projectCombo = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace dws::ui
