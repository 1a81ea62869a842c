#pragma once

#include "Emulator.h"
#include "VirtualClock.h"

#include <QByteArray>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace dwsemu {

enum class TaskKind
{
    Create,
    Restore,
    Snapshot,
    Resize,
    Restart
};

struct FailedReason
{
    std::string code;
    std::string message;
};

struct ResizeState
{
    int originNodes = 0;
    int targetNodes = 0;
    std::string originNodeType;
    std::string targetNodeType;
    std::string status = "GROWING";
    qint64 startMs = 0;
};

struct RunningTask
{
    TaskKind kind = TaskKind::Create;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    bool willFail = false;
    std::string snapshotId; // TaskKind::Snapshot
};

struct ClusterRecord
{
    std::string id, name;
    std::string status = "CREATING";
    std::string subStatus = "NORMAL";
    std::string taskStatus; // empty: null
    std::string nodeType, subnetId, securityGroupId, vpcId, availabilityZone, version, userName;
    std::string publicBindType = "not_use", eipId, eipAddress, eipStatus, eipError;
    std::string enterpriseProjectId = "0";
    std::string datastoreType = "dws";
    int numberOfNode = 3, port = 8000, numberOfCn = 2, recentEvent = 0;
    qint64 createdMs = 0, updatedMs = 0;
    std::optional<FailedReason> failed;
    std::optional<ResizeState> resize;
    std::optional<RunningTask> task;
    std::map<std::string, std::string> fixedProgress; // demo: progress without a task
    std::vector<std::pair<std::string, std::string>> tags;
    std::string maintainDay = "Wed", maintainStart = "22:00", maintainEnd = "02:00";
    std::string parameterGroupStatus = "In-Sync";
    std::vector<std::string> privateIps;
    std::vector<std::string> passwordHistory; // last one is the current password
};

struct SnapshotRecord
{
    std::string id, name, description, clusterId;
    std::string status = "CREATING";
    qint64 startedMs = 0, finishedMs = 0;
    double sizeGb = 0;
    // What a restore needs, kept so the snapshot outlives its cluster.
    std::string nodeType, version, availabilityZone, subnetId, vpcId, securityGroupId, userName;
    int numberOfNode = 3;
};

// Virtual-time durations of the long-running operations (divided by the time scale).
struct TaskDurations
{
    static constexpr qint64 create = 12 * 60 * 1000;
    static constexpr qint64 restore = 10 * 60 * 1000;
    static constexpr qint64 snapshot = 4 * 60 * 1000;
    static constexpr qint64 resize = 20 * 60 * 1000;
    static constexpr qint64 restart = 3 * 60 * 1000;
};

// The project's clusters and snapshots, and the state machine that moves them in virtual
// time. Completion is lazy: settle() applies every task whose end has passed.
class DwsStore
{
public:
    DwsStore(const EmulatorOptions& options, VirtualClock& clock);

    qint64 now() const { return m_clock.nowMs(); }
    const EmulatorOptions& options() const { return m_options; }
    std::string newUuid();
    std::mt19937& random() { return m_random; }

    void settle();

    ClusterRecord* cluster(const std::string& id);
    SnapshotRecord* snapshot(const std::string& id);
    ClusterRecord& addCluster(std::unique_ptr<ClusterRecord> cluster);
    SnapshotRecord& addSnapshot(std::unique_ptr<SnapshotRecord> snapshot);
    // By value: callers pass the id held by the record these destroy.
    void removeCluster(std::string id, int keepManualSnapshots);
    void removeSnapshot(std::string id);
    bool clusterNameTaken(const std::string& name) const;
    bool snapshotNameTaken(const std::string& name) const; // case-insensitive
    int clusterCount() const { return int(m_clusters.size()); }
    int snapshotCount() const { return int(m_snapshots.size()); }
    const std::vector<std::unique_ptr<SnapshotRecord>>& snapshots() const { return m_snapshots; }

    // Starts a long-running task; whether it ends failed is decided now.
    void startTask(ClusterRecord& cluster, TaskKind kind, qint64 durationMs,
                   const std::string& snapshotId = {});
    bool failNext(const std::string& operation);

    // Serialized bodies.
    QByteArray clusterList(const std::string& datastoreType,
                           const std::string& enterpriseProjectId) const;
    QByteArray clusterDetail(const ClusterRecord& cluster) const;
    QByteArray snapshotList() const;
    QByteArray snapshotDetail(const SnapshotRecord& snapshot) const;
    static QByteArray nodeTypeList();

    std::string connectHost(const ClusterRecord& cluster, bool publicNetwork) const;

private:
    bool decideFailure(TaskKind kind);
    void complete(ClusterRecord& cluster);

    const EmulatorOptions& m_options;
    VirtualClock& m_clock;
    std::mt19937 m_random;
    std::vector<std::unique_ptr<ClusterRecord>> m_clusters; // in creation order
    std::unordered_map<std::string, ClusterRecord*> m_clusterById;
    std::vector<std::unique_ptr<SnapshotRecord>> m_snapshots;
    std::unordered_map<std::string, SnapshotRecord*> m_snapshotById;
    std::set<std::string> m_busyClusterIds; // clusters with a running task
    std::set<TaskKind> m_failNext;
};

std::string isoTime(qint64 msSinceEpoch);       // 2018-01-15T12:50:06Z
std::string isoTimeNoZone(qint64 msSinceEpoch); // 2018-01-15T12:50:06

} // namespace dwsemu
