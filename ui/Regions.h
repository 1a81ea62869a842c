#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace dws::ui {

// A public Huawei Cloud region with its IAM and DWS endpoints.
struct Region
{
    QString id;                // "cn-north-4"
    const char* displayName{}; // English source, translated in the "dws::ui::Region" context

    QString displayText() const; // "CN North-Beijing4 (cn-north-4)", translated
    QUrl iamEndpoint() const;    // https://iam.<id>.myhuaweicloud.com
    QUrl dwsEndpoint() const;    // https://dws.<id>.myhuaweicloud.com
};

// The regions the connection dialog offers, in the order shown.
const QList<Region>& knownRegions();
// The region with this id, or nullptr.
const Region* findRegion(const QString& id);

} // namespace dws::ui
