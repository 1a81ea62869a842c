#include "DwsStore.h"

#include "JsonWriter.h"
#include "NodeTypes.h"

#include <QDateTime>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace dwsemu {

using nlohmann::json;

namespace {

const char* failureCode(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Create:
        return "DWS.6000";
    case TaskKind::Resize:
        return "DWS.6001";
    case TaskKind::Restart:
        return "DWS.6002";
    case TaskKind::Restore:
        return "DWS.6003";
    case TaskKind::Snapshot:
        break;
    }
    return "DWS.9999";
}

const char* failureMessage(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Create:
        return "Failed to create the cluster: not enough resources in the availability zone.";
    case TaskKind::Resize:
        return "Failed to scale out the cluster: new nodes could not be installed.";
    case TaskKind::Restart:
        return "Failed to restart the cluster: a node did not come back in time.";
    case TaskKind::Restore:
        return "Failed to restore the cluster: the backup could not be read.";
    case TaskKind::Snapshot:
        break;
    }
    return "Task failed.";
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

} // namespace

std::string isoTimeNoZone(qint64 msSinceEpoch)
{
    // Hand-rolled rather than QDateTime::toString: lists format hundreds of thousands.
    using namespace std::chrono;
    const sys_seconds instant{seconds{msSinceEpoch / 1000}};
    const sys_days day = floor<days>(instant);
    const year_month_day date{day};
    const hh_mm_ss time{instant - day};
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return buffer;
}

std::string isoTime(qint64 msSinceEpoch)
{
    return isoTimeNoZone(msSinceEpoch) + "Z";
}

DwsStore::DwsStore(const EmulatorOptions& options, VirtualClock& clock)
    : m_options(options)
    , m_clock(clock)
    , m_random(options.randomSeed)
{}

std::string DwsStore::newUuid()
{
    std::uniform_int_distribution<unsigned> nibble(0, 15);
    static constexpr char hex[] = "0123456789abcdef";
    std::string id(36, '-');
    for (size_t i = 0; i < id.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        id[i] = hex[nibble(m_random)];
    }
    id[14] = '4';
    id[19] = hex[8 + (nibble(m_random) & 3)];
    return id;
}

ClusterRecord* DwsStore::cluster(const std::string& id)
{
    const auto found = m_clusterById.find(id);
    return found == m_clusterById.end() ? nullptr : found->second;
}

SnapshotRecord* DwsStore::snapshot(const std::string& id)
{
    const auto found = m_snapshotById.find(id);
    return found == m_snapshotById.end() ? nullptr : found->second;
}

ClusterRecord& DwsStore::addCluster(std::unique_ptr<ClusterRecord> cluster)
{
    ClusterRecord& added = *cluster;
    m_clusterById[added.id] = &added;
    if (added.task)
        m_busyClusterIds.insert(added.id);
    m_clusters.push_back(std::move(cluster));
    return added;
}

SnapshotRecord& DwsStore::addSnapshot(std::unique_ptr<SnapshotRecord> snapshot)
{
    SnapshotRecord& added = *snapshot;
    m_snapshotById[added.id] = &added;
    m_snapshots.push_back(std::move(snapshot));
    return added;
}

void DwsStore::removeCluster(std::string id, int keepManualSnapshots)
{
    // Keep the newest keepManualSnapshots snapshots of the cluster, drop the others.
    std::vector<SnapshotRecord*> owned;
    for (const auto& snapshot : m_snapshots) {
        if (snapshot->clusterId == id)
            owned.push_back(snapshot.get());
    }
    std::sort(owned.begin(), owned.end(), [](const SnapshotRecord* a, const SnapshotRecord* b) {
        return a->startedMs > b->startedMs;
    });
    for (size_t i = size_t(std::max(0, keepManualSnapshots)); i < owned.size(); ++i)
        removeSnapshot(owned[i]->id);

    m_busyClusterIds.erase(id);
    m_clusterById.erase(id);
    std::erase_if(m_clusters, [&](const auto& cluster) { return cluster->id == id; });
}

void DwsStore::removeSnapshot(std::string id)
{
    m_snapshotById.erase(id);
    std::erase_if(m_snapshots, [&](const auto& snapshot) { return snapshot->id == id; });
}

bool DwsStore::clusterNameTaken(const std::string& name) const
{
    return std::any_of(m_clusters.begin(), m_clusters.end(),
                       [&](const auto& cluster) { return cluster->name == name; });
}

bool DwsStore::snapshotNameTaken(const std::string& name) const
{
    const std::string wanted = lower(name);
    return std::any_of(m_snapshots.begin(), m_snapshots.end(),
                       [&](const auto& snapshot) { return lower(snapshot->name) == wanted; });
}

bool DwsStore::failNext(const std::string& operation)
{
    static const std::map<std::string, TaskKind> kinds = {{"create", TaskKind::Create},
                                                          {"resize", TaskKind::Resize},
                                                          {"restart", TaskKind::Restart},
                                                          {"restore", TaskKind::Restore}};
    const auto found = kinds.find(operation);
    if (found == kinds.end())
        return false;
    m_failNext.insert(found->second);
    return true;
}

bool DwsStore::decideFailure(TaskKind kind)
{
    if (kind == TaskKind::Snapshot)
        return false;
    if (m_failNext.erase(kind) > 0)
        return true;
    if (m_options.failRate <= 0.0)
        return false;
    std::uniform_real_distribution<double> dice(0.0, 1.0);
    return dice(m_random) < m_options.failRate;
}

void DwsStore::startTask(ClusterRecord& cluster, TaskKind kind, qint64 durationMs,
                         const std::string& snapshotId)
{
    RunningTask task;
    task.kind = kind;
    task.startMs = now();
    task.durationMs = durationMs;
    task.willFail = decideFailure(kind);
    task.snapshotId = snapshotId;
    cluster.task = task;
    cluster.failed.reset();
    cluster.updatedMs = task.startMs;
    ++cluster.recentEvent;
    switch (kind) {
    case TaskKind::Create:
        cluster.status = "CREATING";
        cluster.taskStatus.clear();
        break;
    case TaskKind::Restore:
        cluster.status = "CREATING";
        cluster.taskStatus = "RESTORING";
        break;
    case TaskKind::Snapshot:
        cluster.taskStatus = "SNAPSHOTTING";
        break;
    case TaskKind::Resize:
        cluster.taskStatus = "GROWING";
        break;
    case TaskKind::Restart:
        cluster.taskStatus = "REBOOTING";
        break;
    }
    m_busyClusterIds.insert(cluster.id);
}

void DwsStore::settle()
{
    const qint64 current = now();
    std::vector<std::string> due;
    for (const std::string& id : m_busyClusterIds) {
        const ClusterRecord* found = cluster(id);
        if (found && found->task && current >= found->task->startMs + found->task->durationMs)
            due.push_back(id);
    }
    for (const std::string& id : due) {
        if (ClusterRecord* found = cluster(id))
            complete(*found);
        m_busyClusterIds.erase(id);
    }
}

void DwsStore::complete(ClusterRecord& cluster)
{
    const RunningTask task = *cluster.task;
    const qint64 endMs = task.startMs + task.durationMs;
    cluster.task.reset();
    cluster.taskStatus.clear();
    cluster.updatedMs = endMs;
    ++cluster.recentEvent;
    if (task.willFail)
        cluster.failed = FailedReason{failureCode(task.kind), failureMessage(task.kind)};

    switch (task.kind) {
    case TaskKind::Create:
    case TaskKind::Restore:
        cluster.status = task.willFail ? "CREATION FAILED" : "AVAILABLE";
        cluster.subStatus = "NORMAL";
        break;
    case TaskKind::Snapshot:
        if (SnapshotRecord* snapshot = this->snapshot(task.snapshotId)) {
            snapshot->status = "AVAILABLE";
            snapshot->finishedMs = endMs;
            const NodeTypeSpec* type = findNodeType(cluster.nodeType);
            const double perNode = type ? type->diskGbPerNode * 0.04 : 40.0;
            std::uniform_real_distribution<double> spread(0.6, 1.4);
            snapshot->sizeGb =
                std::round(perNode * cluster.numberOfNode * spread(m_random) * 100) / 100;
        }
        break;
    case TaskKind::Resize:
        if (task.willFail) {
            cluster.taskStatus = "RESIZE_FAILURE";
            if (cluster.resize)
                cluster.resize->status = "RESIZE_FAILURE";
        } else {
            if (cluster.resize) {
                cluster.numberOfNode = cluster.resize->targetNodes;
                cluster.nodeType = cluster.resize->targetNodeType;
            }
            cluster.resize.reset();
        }
        break;
    case TaskKind::Restart:
        if (task.willFail) {
            cluster.taskStatus = "REBOOT_FAILURE";
            cluster.status = "UNAVAILABLE";
        } else {
            cluster.status = "AVAILABLE";
        }
        break;
    }
}

std::string DwsStore::connectHost(const ClusterRecord& cluster, bool publicNetwork) const
{
    const std::string region = m_options.projectName.toStdString();
    return cluster.name + "." + region + (publicNetwork ? ".myhwclouds.com" : ".myhuaweicloud.com");
}

namespace {

void writeProgress(JsonWriter& out, const ClusterRecord& cluster, qint64 now)
{
    out.beginObject();
    for (const auto& [key, value] : cluster.fixedProgress)
        out.field(key, value);
    if (cluster.task) {
        const RunningTask& task = *cluster.task;
        const qint64 elapsed = std::clamp<qint64>(now - task.startMs, 0, task.durationMs);
        const int percent =
            std::min<int>(99, int(elapsed * 100 / std::max<qint64>(1, task.durationMs)));
        const std::string value = std::to_string(percent) + "%";
        switch (task.kind) {
        case TaskKind::Create:
            out.field("CREATING", value);
            break;
        case TaskKind::Restore:
            out.field("RESTORING", value);
            break;
        case TaskKind::Snapshot:
            out.field("SNAPSHOTTING", value);
            break;
        case TaskKind::Resize:
            out.field("GROWING", value);
            break;
        case TaskKind::Restart:
            break; // REBOOTING is not a documented progress key
        }
    }
    out.endObject();
}

void writeCluster(JsonWriter& out, const DwsStore& store, const ClusterRecord& cluster, bool detail,
                  qint64 now)
{
    out.beginObject();
    out.field("id", cluster.id).field("name", cluster.name).field("status", cluster.status);
    out.field("sub_status", cluster.subStatus);
    out.key("task_status");
    if (cluster.taskStatus.empty())
        out.null();
    else
        out.value(cluster.taskStatus);
    out.key("action_progress");
    writeProgress(out, cluster, now);
    out.field("node_type", cluster.nodeType);
    if (detail) {
        const NodeTypeSpec* type = findNodeType(cluster.nodeType);
        out.field("node_type_id", type ? type->id : std::string());
    }
    out.field("subnet_id", cluster.subnetId).field("security_group_id", cluster.securityGroupId);
    out.field("vpc_id", cluster.vpcId).field("number_of_node", cluster.numberOfNode);
    out.field("availability_zone", cluster.availabilityZone).field("port", cluster.port);
    out.field("version", cluster.version).field("user_name", cluster.userName);

    out.key("public_ip").beginObject();
    out.field("public_bind_type", cluster.publicBindType).field("eip_id", cluster.eipId);
    if (detail) {
        out.field("eip_address", cluster.eipAddress);
        if (!cluster.eipStatus.empty())
            out.field("status", cluster.eipStatus).field("error_message", cluster.eipError);
    }
    out.endObject();

    const bool reachable = cluster.status != "CREATING" && cluster.status != "CREATION FAILED";
    out.key("public_endpoints").beginArray();
    if (reachable && cluster.publicBindType != "not_use" && cluster.eipStatus.empty()) {
        const std::string host = store.connectHost(cluster, true);
        out.beginObject()
            .field("public_connect_info", host)
            .field("jdbc_url", "jdbc:postgresql://" + host + "/<YOUR_DATABASE_NAME>")
            .endObject();
    }
    out.endArray();
    out.key("endpoints").beginArray();
    if (reachable) {
        const std::string host = store.connectHost(cluster, false);
        out.beginObject()
            .field("connect_info", host)
            .field("jdbc_url", "jdbc:postgresql://" + host + "/<YOUR_DATABASE_NAME>")
            .endObject();
    }
    out.endArray();
    if (detail) {
        out.key("private_ip").beginArray();
        if (reachable) {
            for (const std::string& ip : cluster.privateIps)
                out.value(ip);
        }
        out.endArray();
    }

    out.field("created", isoTime(cluster.createdMs)).field("updated", isoTime(cluster.updatedMs));
    if (cluster.failed) {
        out.key("failed_reasons").beginObject();
        out.field("error_code", cluster.failed->code).field("error_msg", cluster.failed->message);
        out.endObject();
    }
    out.field("enterprise_project_id", cluster.enterpriseProjectId);
    out.field("recent_event", cluster.recentEvent);

    if (detail) {
        out.key("maintain_window").beginObject();
        out.field("day", cluster.maintainDay).field("start_time", cluster.maintainStart);
        out.field("end_time", cluster.maintainEnd).endObject();
        if (cluster.resize) {
            const ResizeState& resize = *cluster.resize;
            out.key("resize_info").beginObject();
            out.field("target_node_num", resize.targetNodes)
                .field("origin_node_num", resize.originNodes);
            out.field("status", resize.status).field("start_time", isoTimeNoZone(resize.startMs));
            out.field("origin_node_type", resize.originNodeType);
            out.field("target_node_type", resize.targetNodeType).endObject();
        }
        out.key("tags").beginArray();
        for (const auto& [key, value] : cluster.tags)
            out.beginObject().field("key", key).field("value", value).endObject();
        out.endArray();
        out.key("parameter_group").beginObject();
        out.field("id", "157e9cc4-64a8-11e8-adc0-fa7ae01bbebc");
        out.field("name", "Default-Parameter-Group-DWS");
        out.field("status", cluster.parameterGroupStatus).endObject();
    }
    out.endObject();
}

void writeSnapshot(JsonWriter& out, const SnapshotRecord& snapshot)
{
    out.beginObject();
    out.field("id", snapshot.id).field("name", snapshot.name);
    out.field("description", snapshot.description).field("started", isoTime(snapshot.startedMs));
    out.key("finished");
    if (snapshot.finishedMs > 0)
        out.value(isoTime(snapshot.finishedMs));
    else
        out.null();
    out.field("size", snapshot.sizeGb).field("status", snapshot.status).field("type", "MANUAL");
    out.field("cluster_id", snapshot.clusterId);
    out.endObject();
}

QByteArray toBytes(JsonWriter& out)
{
    return QByteArray::fromStdString(out.take());
}

} // namespace

QByteArray DwsStore::clusterList(const std::string& datastoreType,
                                 const std::string& enterpriseProjectId) const
{
    const qint64 current = now();
    JsonWriter out;
    out.reserve(m_clusters.size() * 1100 + 32);
    out.beginObject().key("clusters").beginArray();
    for (const auto& cluster : m_clusters) {
        if (!datastoreType.empty() && cluster->datastoreType != datastoreType)
            continue;
        if (!enterpriseProjectId.empty() && cluster->enterpriseProjectId != enterpriseProjectId)
            continue;
        writeCluster(out, *this, *cluster, false, current);
    }
    out.endArray().endObject();
    return toBytes(out);
}

QByteArray DwsStore::clusterDetail(const ClusterRecord& cluster) const
{
    JsonWriter out;
    out.beginObject().key("cluster");
    writeCluster(out, *this, cluster, true, now());
    out.endObject();
    return toBytes(out);
}

QByteArray DwsStore::snapshotList() const
{
    JsonWriter out;
    out.reserve(m_snapshots.size() * 320 + 32);
    out.beginObject().key("snapshots").beginArray();
    for (const auto& snapshot : m_snapshots)
        writeSnapshot(out, *snapshot);
    out.endArray().endObject();
    return toBytes(out);
}

QByteArray DwsStore::snapshotDetail(const SnapshotRecord& snapshot) const
{
    JsonWriter out;
    out.beginObject().key("snapshot");
    writeSnapshot(out, snapshot);
    out.endObject();
    return toBytes(out);
}

QByteArray DwsStore::nodeTypeList()
{
    json list = json::array();
    for (const NodeTypeSpec& type : nodeTypes()) {
        json detail = json::array();
        for (const NodeTypeDetail& item : type.detail) {
            json entry = {{"type", item.type}, {"value", item.value}};
            if (!item.unit.empty())
                entry["unit"] = item.unit;
            detail.push_back(std::move(entry));
        }
        list.push_back(
            {{"spec_name", type.specName}, {"id", type.id}, {"detail", std::move(detail)}});
    }
    return QByteArray::fromStdString(json{{"node_types", std::move(list)}}.dump());
}

} // namespace dwsemu
