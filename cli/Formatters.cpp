#include "Formatters.h"

#include <QJsonArray>
#include <QTimeZone>

namespace dws::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalInt(const std::optional<int>& number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonObject actionProgressJson(const ActionProgress& progress)
{
    QJsonObject object;
    for (const TaskProgress& task : progress.tasks)
        object.insert(task.task.toString(), task.text);
    return object;
}

QJsonObject publicIpJson(const PublicIp& publicIp, bool detail)
{
    QJsonObject object{
        {QStringLiteral("public_bind_type"), textOrNull(publicIp.bindType.toString())},
        {QStringLiteral("eip_id"), textOrNull(publicIp.eipId)}};
    if (detail) {
        object.insert(QStringLiteral("eip_address"), textOrNull(publicIp.eipAddress));
        if (!publicIp.status.isEmpty())
            object.insert(QStringLiteral("status"), publicIp.status);
        if (!publicIp.errorMessage.isEmpty())
            object.insert(QStringLiteral("error_message"), publicIp.errorMessage);
    }
    return object;
}

QJsonArray endpointsJson(const QList<Endpoint>& endpoints)
{
    QJsonArray array;
    for (const Endpoint& endpoint : endpoints)
        array.append(QJsonObject{{QStringLiteral("connect_info"), endpoint.connectInfo},
                                 {QStringLiteral("jdbc_url"), endpoint.jdbcUrl}});
    return array;
}

QJsonArray publicEndpointsJson(const QList<PublicEndpoint>& endpoints)
{
    QJsonArray array;
    for (const PublicEndpoint& endpoint : endpoints)
        array.append(
            QJsonObject{{QStringLiteral("public_connect_info"), endpoint.publicConnectInfo},
                        {QStringLiteral("jdbc_url"), endpoint.jdbcUrl}});
    return array;
}

QJsonObject resizeInfoJson(const ResizeInfo& info)
{
    return {{QStringLiteral("target_node_num"), optionalInt(info.targetNodeNum)},
            {QStringLiteral("origin_node_num"), optionalInt(info.originNodeNum)},
            {QStringLiteral("status"), textOrNull(info.status.toString())},
            {QStringLiteral("start_time"), timestampJson(info.startTime)},
            {QStringLiteral("origin_node_type"), textOrNull(info.originNodeType)},
            {QStringLiteral("target_node_type"), textOrNull(info.targetNodeType)}};
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

QJsonValue timestampJson(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QString timestampText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1String(" UTC");
}

QJsonObject ClusterFormatter::toJson(const Cluster& cluster)
{
    QJsonObject object{
        {QStringLiteral("id"), cluster.id},
        {QStringLiteral("name"), cluster.name},
        {QStringLiteral("status"), cluster.status.toString()},
        {QStringLiteral("sub_status"), textOrNull(cluster.subStatus.toString())},
        {QStringLiteral("task_status"), cluster.taskStatus.isIdle()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(cluster.taskStatus.toString())},
        {QStringLiteral("action_progress"), actionProgressJson(cluster.actionProgress)},
        {QStringLiteral("node_type"), cluster.nodeType},
        {QStringLiteral("subnet_id"), cluster.subnetId},
        {QStringLiteral("security_group_id"), cluster.securityGroupId},
        {QStringLiteral("vpc_id"), cluster.vpcId},
        {QStringLiteral("number_of_node"), cluster.numberOfNode},
        {QStringLiteral("availability_zone"), cluster.availabilityZone},
        {QStringLiteral("port"), cluster.port},
        {QStringLiteral("version"), cluster.version},
        {QStringLiteral("user_name"), cluster.userName},
        {QStringLiteral("public_ip"), publicIpJson(cluster.publicIp, cluster.hasDetail)},
        {QStringLiteral("public_endpoints"), publicEndpointsJson(cluster.publicEndpoints)},
        {QStringLiteral("endpoints"), endpointsJson(cluster.endpoints)},
        {QStringLiteral("created"), timestampJson(cluster.created)},
        {QStringLiteral("updated"), timestampJson(cluster.updated)},
        {QStringLiteral("failed_reasons"),
         cluster.failedReasons && !cluster.failedReasons->isEmpty()
             ? QJsonValue(
                   QJsonObject{{QStringLiteral("error_code"), cluster.failedReasons->errorCode},
                               {QStringLiteral("error_msg"), cluster.failedReasons->errorMessage}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enterprise_project_id"), cluster.enterpriseProjectId},
        {QStringLiteral("recent_event"), cluster.recentEvent},
    };
    if (!cluster.hasDetail)
        return object;

    object.insert(QStringLiteral("node_type_id"), cluster.nodeTypeId);
    object.insert(QStringLiteral("private_ip"), QJsonArray::fromStringList(cluster.privateIps));
    object.insert(QStringLiteral("maintain_window"),
                  cluster.maintainWindow
                      ? QJsonValue(QJsonObject{
                            {QStringLiteral("day"), cluster.maintainWindow->day},
                            {QStringLiteral("start_time"), cluster.maintainWindow->startTime},
                            {QStringLiteral("end_time"), cluster.maintainWindow->endTime}})
                      : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("resize_info"),
                  cluster.resizeInfo ? QJsonValue(resizeInfoJson(*cluster.resizeInfo))
                                     : QJsonValue(QJsonValue::Null));
    QJsonArray tags;
    for (const Tag& tag : cluster.tags)
        tags.append(
            QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
    object.insert(QStringLiteral("tags"), tags);
    object.insert(QStringLiteral("parameter_group"),
                  cluster.parameterGroup
                      ? QJsonValue(QJsonObject{
                            {QStringLiteral("id"), cluster.parameterGroup->id},
                            {QStringLiteral("name"), cluster.parameterGroup->name},
                            {QStringLiteral("status"), cluster.parameterGroup->status.toString()}})
                      : QJsonValue(QJsonValue::Null));
    return object;
}

QString ClusterFormatter::statusText(const Cluster& cluster)
{
    QString text = cluster.status.displayText();
    const bool onlyNormal = cluster.subStatus.flags() == SubStatus::Flags(SubStatus::Normal) &&
                            cluster.subStatus.unknownWords().isEmpty();
    if (!cluster.subStatus.isEmpty() && !onlyNormal)
        text += QLatin1String(" (") + cluster.subStatus.displayText() + QLatin1Char(')');
    return text;
}

QString ClusterFormatter::taskText(const Cluster& cluster)
{
    return cluster.taskStatus.isIdle() ? QStringLiteral("-") : cluster.taskStatus.displayText();
}

QString ClusterFormatter::progressText(const Cluster& cluster)
{
    QStringList parts;
    for (const TaskProgress& task : cluster.actionProgress.tasks) {
        const QString amount =
            task.percent ? QString::number(*task.percent) + QLatin1Char('%') : task.text;
        parts << QString(task.task.displayText() + QLatin1Char(' ') + amount).trimmed();
    }
    return parts.join(QLatin1String(", "));
}

TableWriter ClusterFormatter::table(const QList<Cluster>& clusters)
{
    TableWriter table({tr("ID"), tr("Name"), tr("Status"), tr("Task"), tr("Progress"),
                       tr("Node type"), tr("Nodes"), tr("Version"), tr("Created")});
    for (const Cluster& cluster : clusters)
        table.addRow({cluster.id, cluster.name, statusText(cluster), taskText(cluster),
                      orDash(progressText(cluster)), cluster.nodeType,
                      QString::number(cluster.numberOfNode), cluster.version,
                      timestampText(cluster.created)});
    return table;
}

DetailWriter ClusterFormatter::detail(const Cluster& cluster)
{
    DetailWriter detail;
    detail.add(tr("ID"), cluster.id);
    detail.add(tr("Name"), cluster.name);
    detail.add(tr("Status"), statusText(cluster));
    detail.add(tr("Task"), taskText(cluster));
    detail.add(tr("Progress"), orDash(progressText(cluster)));
    if (cluster.failedReasons && !cluster.failedReasons->isEmpty())
        detail.add(tr("Failure"), cluster.failedReasons->errorCode + QLatin1Char(' ') +
                                      cluster.failedReasons->errorMessage);
    detail.add(tr("Node type"), cluster.nodeType);
    detail.add(tr("Nodes"), QString::number(cluster.numberOfNode));
    detail.add(tr("Version"), cluster.version);
    detail.add(tr("Availability zone"), orDash(cluster.availabilityZone));
    detail.add(tr("Port"), QString::number(cluster.port));
    detail.add(tr("Administrator"), cluster.userName);
    detail.add(tr("VPC"), cluster.vpcId);
    detail.add(tr("Subnet"), cluster.subnetId);
    detail.add(tr("Security group"), cluster.securityGroupId);
    QString publicIp = cluster.publicIp.bindType.isEmpty()
                           ? QStringLiteral("-")
                           : cluster.publicIp.bindType.displayText();
    if (!cluster.publicIp.eipAddress.isEmpty())
        publicIp += QLatin1String(" ") + cluster.publicIp.eipAddress;
    if (cluster.publicIp.bindFailed())
        publicIp +=
            QStringLiteral(" — ") + tr("binding failed: %1").arg(cluster.publicIp.errorMessage);
    detail.add(tr("Public IP"), publicIp);
    if (!cluster.privateIps.isEmpty())
        detail.add(tr("Private IPs"), cluster.privateIps.join(QLatin1String(", ")));
    for (const Endpoint& endpoint : cluster.endpoints)
        detail.add(tr("Private endpoint"), endpoint.connectInfo);
    for (const PublicEndpoint& endpoint : cluster.publicEndpoints)
        detail.add(tr("Public endpoint"), endpoint.publicConnectInfo);
    if (cluster.resizeInfo) {
        const ResizeInfo& resize = *cluster.resizeInfo;
        detail.add(tr("Resize"),
                   tr("%1 to %2 nodes (%3)")
                       .arg(resize.originNodeNum ? QString::number(*resize.originNodeNum)
                                                 : QStringLiteral("?"),
                            resize.targetNodeNum ? QString::number(*resize.targetNodeNum)
                                                 : QStringLiteral("?"),
                            resize.status.displayText()));
    }
    if (cluster.maintainWindow)
        detail.add(tr("Maintenance window"),
                   tr("%1 %2-%3 (GMT+0)")
                       .arg(maintainDayDisplayText(cluster.maintainWindow->day),
                            cluster.maintainWindow->startTime, cluster.maintainWindow->endTime));
    if (cluster.parameterGroup)
        detail.add(tr("Parameter group"), cluster.parameterGroup->name + QLatin1String(" (") +
                                              cluster.parameterGroup->status.displayText() +
                                              QLatin1Char(')'));
    if (!cluster.tags.isEmpty()) {
        QStringList tags;
        for (const Tag& tag : cluster.tags)
            tags << tag.key + QLatin1Char('=') + tag.value;
        detail.add(tr("Tags"), tags.join(QLatin1String(", ")));
    }
    detail.add(tr("Enterprise project"), orDash(cluster.enterpriseProjectId));
    detail.add(tr("Created"), timestampText(cluster.created));
    detail.add(tr("Updated"), timestampText(cluster.updated));
    return detail;
}

QJsonObject SnapshotFormatter::toJson(const Snapshot& snapshot)
{
    return {{QStringLiteral("id"), snapshot.id},
            {QStringLiteral("name"), snapshot.name},
            {QStringLiteral("description"), snapshot.description},
            {QStringLiteral("started"), timestampJson(snapshot.started)},
            {QStringLiteral("finished"), timestampJson(snapshot.finished)},
            {QStringLiteral("size"),
             snapshot.sizeGb ? QJsonValue(*snapshot.sizeGb) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), snapshot.status.toString()},
            {QStringLiteral("type"), snapshot.type},
            {QStringLiteral("cluster_id"), snapshot.clusterId}};
}

TableWriter SnapshotFormatter::table(const QList<Snapshot>& snapshots)
{
    TableWriter table({tr("ID"), tr("Name"), tr("Cluster ID"), tr("Status"), tr("Size (GB)"),
                       tr("Started"), tr("Finished")});
    for (const Snapshot& snapshot : snapshots)
        table.addRow(
            {snapshot.id, snapshot.name, snapshot.clusterId, snapshot.status.displayText(),
             snapshot.sizeGb ? QString::number(*snapshot.sizeGb, 'f', 2) : QStringLiteral("-"),
             orDash(timestampText(snapshot.started)), orDash(timestampText(snapshot.finished))});
    return table;
}

DetailWriter SnapshotFormatter::detail(const Snapshot& snapshot)
{
    DetailWriter detail;
    detail.add(tr("ID"), snapshot.id);
    detail.add(tr("Name"), snapshot.name);
    detail.add(tr("Description"), orDash(snapshot.description));
    detail.add(tr("Cluster ID"), snapshot.clusterId);
    detail.add(tr("Status"), snapshot.status.displayText());
    detail.add(tr("Type"), snapshot.type);
    detail.add(tr("Size (GB)"),
               snapshot.sizeGb ? QString::number(*snapshot.sizeGb, 'f', 2) : QStringLiteral("-"));
    detail.add(tr("Started"), orDash(timestampText(snapshot.started)));
    detail.add(tr("Finished"), orDash(timestampText(snapshot.finished)));
    return detail;
}

QJsonObject NodeTypeFormatter::toJson(const NodeType& nodeType)
{
    QJsonArray details;
    for (const NodeTypeDetail& detail : nodeType.details) {
        QJsonObject entry{{QStringLiteral("type"), detail.type},
                          {QStringLiteral("value"), detail.value}};
        if (!detail.unit.isEmpty())
            entry.insert(QStringLiteral("unit"), detail.unit);
        details.append(entry);
    }
    return {{QStringLiteral("spec_name"), nodeType.specName},
            {QStringLiteral("id"), nodeType.id},
            {QStringLiteral("detail"), details}};
}

TableWriter NodeTypeFormatter::table(const QList<NodeType>& nodeTypes)
{
    TableWriter table({tr("Node type"), tr("vCPUs"), tr("Memory (GB)"), tr("Disk (GB)"),
                       tr("Disk type"), tr("ID")});
    const auto number = [](const std::optional<double>& value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    for (const NodeType& nodeType : nodeTypes)
        table.addRow({nodeType.specName,
                      nodeType.vcpus() ? QString::number(*nodeType.vcpus()) : QStringLiteral("-"),
                      number(nodeType.memoryGb()), number(nodeType.diskGb()),
                      orDash(nodeType.diskType()), nodeType.id});
    return table;
}

} // namespace dws::cli
