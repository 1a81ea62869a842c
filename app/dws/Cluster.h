#pragma once

#include "dws/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dws {

// Progress of one running task, from action_progress ({"SNAPSHOTTING": "20%"}).
struct TaskProgress
{
    TaskStatus task;            // the key; unknown keys keep their text
    std::optional<int> percent; // "20%" -> 20; empty when the text holds no percentage
    QString text;               // the value as sent

    bool operator==(const TaskProgress&) const = default;
};

// action_progress: every running task with its progress, in the order sent. Null and {}
// both give an empty ActionProgress.
struct ActionProgress
{
    QList<TaskProgress> tasks;

    bool isEmpty() const { return tasks.isEmpty(); }
    // The percentage of `task`, if it is running and its progress is a percentage.
    std::optional<int> percentOf(TaskStatus::Value task) const;
    const TaskProgress* find(TaskStatus::Value task) const;

    bool operator==(const ActionProgress&) const = default;
};

// resize_info (detail only): a resize or scale-out in progress or failed.
struct ResizeInfo
{
    std::optional<int> targetNodeNum; // sent as a string ("6") or an integer
    std::optional<int> originNodeNum;
    TaskStatus status;   // GROWING or RESIZE_FAILURE
    QDateTime startTime; // UTC; invalid when absent
    QString originNodeType;
    QString targetNodeType;

    bool operator==(const ResizeInfo&) const = default;
};

// failed_reasons: why the last create/resize/restart/restore failed (DWS.6000..6003).
struct FailedReasons
{
    QString errorCode;
    QString errorMessage; // error_msg

    bool isEmpty() const { return errorCode.isEmpty() && errorMessage.isEmpty(); }
    bool operator==(const FailedReasons&) const = default;
};

// maintain_window (detail only): weekly maintenance, times "HH:mm" in GMT+0.
struct MaintainWindow
{
    QString day;       // Mon..Sun, see maintainDayDisplayText()
    QString startTime; // "22:00"
    QString endTime;   // "02:00"

    bool operator==(const MaintainWindow&) const = default;
};

// endpoints[]: private connection address.
struct Endpoint
{
    QString connectInfo;
    QString jdbcUrl;

    bool operator==(const Endpoint&) const = default;
};

// public_endpoints[]: public connection address.
struct PublicEndpoint
{
    QString publicConnectInfo;
    QString jdbcUrl;

    bool operator==(const PublicEndpoint&) const = default;
};

// public_ip: the cluster's elastic IP.
struct PublicIp
{
    PublicBindType bindType; // public_bind_type
    QString eipId;
    QString eipAddress;   // detail only
    QString status;       // detail only: "FAIL" when binding failed
    QString errorMessage; // detail only: why binding failed

    bool bindFailed() const
    {
        return status.compare(QLatin1String("FAIL"), Qt::CaseInsensitive) == 0;
    }
    bool operator==(const PublicIp&) const = default;
};

struct Tag
{
    QString key;
    QString value;

    bool operator==(const Tag&) const = default;
};

// parameter_group (detail only).
struct ParameterGroup
{
    QString id;
    QString name;
    ParameterGroupStatus status;

    bool operator==(const ParameterGroup&) const = default;
};

// A cluster as the list call (5.1.2) and the detail call (5.1.3) describe it. Fields that only
// the detail call sends stay empty after a list call; `hasDetail` says which call filled it.
struct Cluster
{
    QString id;
    QString name;
    ClusterStatus status;
    SubStatus subStatus;
    TaskStatus taskStatus; // None when null
    ActionProgress actionProgress;
    QString nodeType;   // a spec name such as "dws.d2.xlarge"
    QString nodeTypeId; // detail only
    QString subnetId;
    QString securityGroupId;
    QString vpcId;
    int numberOfNode = 0;
    QString availabilityZone;
    int port = 0;
    QString version;
    QString userName;
    PublicIp publicIp;
    QStringList privateIps; // private_ip, detail only
    QList<PublicEndpoint> publicEndpoints;
    QList<Endpoint> endpoints;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    std::optional<FailedReasons> failedReasons;
    QString enterpriseProjectId;
    int recentEvent = 0;
    std::optional<MaintainWindow> maintainWindow; // detail only
    std::optional<ResizeInfo> resizeInfo;         // detail only
    QList<Tag> tags;                              // detail only; null -> empty
    std::optional<ParameterGroup> parameterGroup; // detail only
    bool hasDetail = false;

    bool operator==(const Cluster&) const = default;
};

} // namespace dws

// Every member is itself relocatable (Qt containers, QString, QDateTime, optionals of them), so
// a growing QList<Cluster> moves its elements with memmove instead of one by one.
Q_DECLARE_TYPEINFO(dws::TaskProgress, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dws::Endpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dws::PublicEndpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dws::Tag, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dws::Cluster, Q_RELOCATABLE_TYPE);
