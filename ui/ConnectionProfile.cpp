#include "ConnectionProfile.h"

#include <QSettings>

namespace dws::ui {
namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("connection/lastProfile");

QString authMethodText(AuthMethod method)
{
    return method == AuthMethod::AccessKey ? QStringLiteral("aksk") : QStringLiteral("password");
}

ConnectionProfile readProfile(QSettings& settings, const QString& name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.regionId = settings.value(QStringLiteral("region")).toString();
    profile.iamEndpoint = QUrl(settings.value(QStringLiteral("iamEndpoint")).toString());
    profile.dwsEndpoint = QUrl(settings.value(QStringLiteral("dwsEndpoint")).toString());
    profile.authMethod = settings.value(QStringLiteral("auth")).toString() == QLatin1String("aksk")
                             ? AuthMethod::AccessKey
                             : AuthMethod::Password;
    profile.userName = settings.value(QStringLiteral("user")).toString();
    profile.domainName = settings.value(QStringLiteral("domain")).toString();
    profile.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
    profile.projectId = settings.value(QStringLiteral("projectId")).toString();
    profile.projectName = settings.value(QStringLiteral("projectName")).toString();
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.rememberSecret = settings.value(QStringLiteral("rememberSecret"), false).toBool();
    return profile;
}

} // namespace

QString ConnectionProfile::secretKey() const
{
    const QString who = authMethod == AuthMethod::AccessKey
                            ? accessKeyId
                            : userName + QLatin1Char('@') + domainName;
    return name + QLatin1Char('/') + authMethodText(authMethod) + QLatin1Char('/') + who;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    QList<ConnectionProfile> result;
    const QStringList names = settings.childGroups();
    for (const QString& group : names) {
        settings.beginGroup(group);
        result.append(
            readProfile(settings, settings.value(QStringLiteral("name"), group).toString()));
        settings.endGroup();
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const
{
    for (const ConnectionProfile& candidate : profiles())
        if (candidate.name == name)
            return candidate;
    return std::nullopt;
}

// Group keys are percent-encoded so that any profile name is a valid QSettings key.
static QString groupKey(const QString& name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

void ProfileStore::save(const ConnectionProfile& profile)
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    settings.remove(groupKey(profile.name));
    settings.beginGroup(groupKey(profile.name));
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("region"), profile.regionId);
    settings.setValue(QStringLiteral("iamEndpoint"), profile.iamEndpoint.toString());
    settings.setValue(QStringLiteral("dwsEndpoint"), profile.dwsEndpoint.toString());
    settings.setValue(QStringLiteral("auth"), authMethodText(profile.authMethod));
    settings.setValue(QStringLiteral("user"), profile.userName);
    settings.setValue(QStringLiteral("domain"), profile.domainName);
    settings.setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    settings.setValue(QStringLiteral("projectId"), profile.projectId);
    settings.setValue(QStringLiteral("projectName"), profile.projectName);
    settings.setValue(QStringLiteral("caFile"), profile.caFile);
    settings.setValue(QStringLiteral("rememberSecret"), profile.rememberSecret);
}

void ProfileStore::remove(const QString& name)
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    settings.remove(groupKey(name));
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    QSettings().setValue(kLastUsedKey, name);
}

} // namespace dws::ui
