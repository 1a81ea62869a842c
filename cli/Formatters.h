#pragma once

#include "TableWriter.h"
#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dws::cli {

// Domain objects as dwsctl prints them: JSON with the API's wire field names (stable for
// scripts) and tables with translated headers and status texts.
class ClusterFormatter
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    static QJsonObject toJson(const Cluster& cluster);
    static TableWriter table(const QList<Cluster>& clusters);
    static DetailWriter detail(const Cluster& cluster);

    // "Available", "Available (Degraded, Read-only)", "Creation failed" ...
    static QString statusText(const Cluster& cluster);
    // "Growing", or "-" when idle.
    static QString taskText(const Cluster& cluster);
    // "Growing 35%, Snapshotting 10%", or empty when nothing runs.
    static QString progressText(const Cluster& cluster);
};

class SnapshotFormatter
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    static QJsonObject toJson(const Snapshot& snapshot);
    static TableWriter table(const QList<Snapshot>& snapshots);
    static DetailWriter detail(const Snapshot& snapshot);
};

class NodeTypeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    static QJsonObject toJson(const NodeType& nodeType);
    static TableWriter table(const QList<NodeType>& nodeTypes);
};

// "2026-11-29T02:24:11Z" for JSON (null when invalid).
QJsonValue timestampJson(const QDateTime& time);
// "2026-11-29 02:24:11 UTC" for tables (empty when invalid).
QString timestampText(const QDateTime& time);

} // namespace dws::cli
