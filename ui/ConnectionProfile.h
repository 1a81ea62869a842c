#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace dws::ui {

enum class AuthMethod
{
    Password, // IAM user name + password + account (domain)
    AccessKey // AK/SK request signing
};

// Everything needed to reach one project, except the secret (password or SK), which never
// goes to the settings file.
struct ConnectionProfile
{
    QString name;
    QString regionId; // empty: custom endpoints
    QUrl iamEndpoint;
    QUrl dwsEndpoint;
    AuthMethod authMethod = AuthMethod::Password;
    QString userName;
    QString domainName;
    QString accessKeyId;
    QString projectId;
    QString projectName;
    QString caFile;
    bool rememberSecret = false; // the secret is in the system keychain

    // The key under which the secret of this profile is kept in the keychain.
    QString secretKey() const;
    bool operator==(const ConnectionProfile&) const = default;
};

// Profiles in QSettings (group "profiles"), plus which one was used last.
class ProfileStore
{
public:
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& name) const;
    // Adds or replaces the profile with the same name.
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);

    QString lastUsed() const;
    void setLastUsed(const QString& name);
};

} // namespace dws::ui
