#include "Regions.h"

#include <QCoreApplication>

namespace dws::ui {

QString Region::displayText() const
{
    return QCoreApplication::translate("dws::ui::Region", "%1 (%2)")
        .arg(QCoreApplication::translate("dws::ui::Region", displayName), id);
}

QUrl Region::iamEndpoint() const
{
    return QUrl(QLatin1String("https://iam.") + id + QLatin1String(".myhuaweicloud.com"));
}

QUrl Region::dwsEndpoint() const
{
    return QUrl(QLatin1String("https://dws.") + id + QLatin1String(".myhuaweicloud.com"));
}

const QList<Region>& knownRegions()
{
    static const QList<Region> regions = {
        {QStringLiteral("cn-north-1"), QT_TRANSLATE_NOOP("dws::ui::Region", "CN North-Beijing1")},
        {QStringLiteral("cn-north-4"), QT_TRANSLATE_NOOP("dws::ui::Region", "CN North-Beijing4")},
        {QStringLiteral("cn-east-2"), QT_TRANSLATE_NOOP("dws::ui::Region", "CN East-Shanghai2")},
        {QStringLiteral("cn-east-3"), QT_TRANSLATE_NOOP("dws::ui::Region", "CN East-Shanghai1")},
        {QStringLiteral("cn-south-1"), QT_TRANSLATE_NOOP("dws::ui::Region", "CN South-Guangzhou")},
        {QStringLiteral("cn-southwest-2"),
         QT_TRANSLATE_NOOP("dws::ui::Region", "CN Southwest-Guiyang1")},
        {QStringLiteral("ap-southeast-1"), QT_TRANSLATE_NOOP("dws::ui::Region", "AP-Hong Kong")},
        {QStringLiteral("ap-southeast-2"), QT_TRANSLATE_NOOP("dws::ui::Region", "AP-Bangkok")},
        {QStringLiteral("ap-southeast-3"), QT_TRANSLATE_NOOP("dws::ui::Region", "AP-Singapore")},
    };
    return regions;
}

const Region* findRegion(const QString& id)
{
    for (const Region& region : knownRegions())
        if (region.id == id)
            return &region;
    return nullptr;
}

} // namespace dws::ui
