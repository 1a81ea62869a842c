#include "DemoData.h"

#include "DwsStore.h"
#include "NodeTypes.h"

#include <cstdio>

namespace dwsemu {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 day = 24 * 60 * minute;

struct ClusterSeed
{
    const char* name;
    const char* nodeType;
    int nodes;
    const char* version;
    qint64 ageMs;
};

std::unique_ptr<ClusterRecord> makeCluster(DwsStore& store, const ClusterSeed& seed)
{
    auto cluster = std::make_unique<ClusterRecord>();
    cluster->id = store.newUuid();
    cluster->name = seed.name;
    cluster->nodeType = seed.nodeType;
    cluster->numberOfNode = seed.nodes;
    cluster->version = seed.version;
    cluster->status = "AVAILABLE";
    cluster->subnetId = demoSubnetId;
    cluster->vpcId = demoVpcId;
    cluster->securityGroupId = demoSecurityGroupId;
    cluster->availabilityZone = store.options().projectName.toStdString() + "b";
    cluster->userName = "dbadmin";
    cluster->passwordHistory = {"Dws2017demo!"};
    cluster->createdMs = store.now() - seed.ageMs;
    cluster->updatedMs = cluster->createdMs + seed.ageMs / 3;
    cluster->recentEvent = 3;
    cluster->privateIps = {"192.168.0.12", "192.168.0.66"};
    return cluster;
}

void runTask(ClusterRecord& cluster, TaskKind kind, qint64 startedAgoMs, qint64 durationMs,
             qint64 now, const std::string& snapshotId = {})
{
    RunningTask task;
    task.kind = kind;
    task.startMs = now - startedAgoMs;
    task.durationMs = durationMs;
    task.snapshotId = snapshotId;
    cluster.task = task;
}

SnapshotRecord& addSnapshot(DwsStore& store, const ClusterRecord& cluster, const char* name,
                            const char* description, qint64 startedAgoMs, qint64 tookMs,
                            double sizeGb)
{
    auto snapshot = std::make_unique<SnapshotRecord>();
    snapshot->id = store.newUuid();
    snapshot->name = name;
    snapshot->description = description;
    snapshot->clusterId = cluster.id;
    snapshot->startedMs = store.now() - startedAgoMs;
    if (tookMs > 0) {
        snapshot->status = "AVAILABLE";
        snapshot->finishedMs = snapshot->startedMs + tookMs;
        snapshot->sizeGb = sizeGb;
    }
    snapshot->nodeType = cluster.nodeType;
    snapshot->numberOfNode = cluster.numberOfNode;
    snapshot->version = cluster.version;
    snapshot->availabilityZone = cluster.availabilityZone;
    snapshot->subnetId = cluster.subnetId;
    snapshot->vpcId = cluster.vpcId;
    snapshot->securityGroupId = cluster.securityGroupId;
    snapshot->userName = cluster.userName;
    return store.addSnapshot(std::move(snapshot));
}

} // namespace

void seedDemoProject(DwsStore& store)
{
    const qint64 now = store.now();

    auto sales = makeCluster(store, {"dws-prod-sales", "dws.d2.2xlarge", 6, "8.1.3", 220 * day});
    sales->publicBindType = "auto_assign";
    sales->eipId = "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574";
    sales->eipAddress = "100.95.157.20";
    sales->tags = {{"env", "prod"}, {"team", "sales"}};
    sales->recentEvent = 12;
    sales->numberOfCn = 3;
    sales->privateIps = {"192.168.0.12", "192.168.0.66", "192.168.0.91"};
    ClusterRecord& salesRef = store.addCluster(std::move(sales));
    addSnapshot(store, salesRef, "sales-weekly-0601", "Weekly backup", 12 * day, 9 * minute, 812.4);
    addSnapshot(store, salesRef, "sales-weekly-0608", "Weekly backup", 5 * day, 11 * minute, 846.9);
    addSnapshot(store, salesRef, "sales-before-upgrade", "Before the 8.1.3 upgrade", 30 * day,
                8 * minute, 790.0);

    // Snapshotting for a long while, so the demo shows the progress move.
    auto reporting = makeCluster(store, {"dws-reporting", "dws.d2.xlarge", 3, "8.1.1", 90 * day});
    addSnapshot(store, *reporting, "reporting-monthly", "", 20 * day, 14 * minute, 301.7);
    const SnapshotRecord& nightly =
        addSnapshot(store, *reporting, "reporting-nightly", "Nightly backup", 6 * minute, 0, 0);
    runTask(*reporting, TaskKind::Snapshot, 6 * minute, 50 * minute, now, nightly.id);
    reporting->taskStatus = "SNAPSHOTTING";
    store.addCluster(std::move(reporting));

    // Growing from 3 to 6 nodes.
    auto etl = makeCluster(store, {"dws-etl", "dws.d2.xlarge", 3, "8.1.1", 60 * day});
    ResizeState resize;
    resize.originNodes = 3;
    resize.targetNodes = 6;
    resize.originNodeType = "dws.d2.xlarge";
    resize.targetNodeType = "dws.d2.xlarge";
    resize.startMs = now - 15 * minute;
    etl->resize = resize;
    etl->taskStatus = "GROWING";
    runTask(*etl, TaskKind::Resize, 15 * minute, 75 * minute, now);
    etl->tags = {{"env", "prod"}};
    store.addCluster(std::move(etl));

    auto analytics =
        makeCluster(store, {"dws-analytics", "dws.m1.xlarge.ultrahigh", 5, "8.0.1", 150 * day});
    analytics->subStatus = "DEGRADED";
    analytics->recentEvent = 7;
    store.addCluster(std::move(analytics));

    // Below 1.5.0: resize is refused (DWS.5206), scale_out works.
    auto legacy = makeCluster(store, {"dws-legacy-bi", "dws.d1.xlarge", 4, "1.2.0", 700 * day});
    legacy->subStatus = "DEGRADED UNBALANCED READONLY REDISTRIBUTION-FAILURE";
    legacy->recentEvent = 21;
    ClusterRecord& legacyRef = store.addCluster(std::move(legacy));
    addSnapshot(store, legacyRef, "legacy-bi-final", "Kept before migration", 40 * day, 35 * minute,
                2210.5);

    auto balanced =
        makeCluster(store, {"dws-marketing", "dws.d1.xlarge.ultrahigh", 3, "1.2.6", 400 * day});
    balanced->subStatus = "UNBALANCED READONLY";
    balanced->parameterGroupStatus = "Pending-Reboot";
    store.addCluster(std::move(balanced));

    auto failed = makeCluster(store, {"dws-finance-new", "dws.d2.4xlarge", 3, "8.1.3", 2 * day});
    failed->status = "CREATION FAILED";
    failed->failed = FailedReason{
        "DWS.6000", "Failed to create the cluster: not enough resources in the availability zone."};
    failed->privateIps.clear();
    store.addCluster(std::move(failed));

    auto staging = makeCluster(store, {"dws-staging", "dws.d2.xlarge", 3, "8.1.3", 3 * minute});
    staging->status = "CREATING";
    runTask(*staging, TaskKind::Create, 3 * minute, 40 * minute, now);
    staging->updatedMs = staging->createdMs;
    store.addCluster(std::move(staging));

    auto archive = makeCluster(store, {"dws-archive", "dws.d1.xlarge", 3, "1.1.0", 900 * day});
    archive->status = "FROZEN";
    archive->datastoreType = "hybrid";
    store.addCluster(std::move(archive));

    auto lake =
        makeCluster(store, {"dws-lakehouse", "dws.m3.2xlarge.ultrahigh", 4, "8.1.3", 45 * day});
    lake->publicBindType = "auto_assign";
    lake->eipId = "0c8a1e53-6b2f-4d7e-9a41-7f3e2b9d5c60";
    lake->eipStatus = "FAIL";
    lake->eipError = "The EIP quota of the project is used up.";
    lake->tags = {{"env", "test"}};
    store.addCluster(std::move(lake));

    auto ml = makeCluster(store, {"dws-ml-features", "dws.d2.xlarge", 3, "8.1.1", 25 * day});
    ml->status = "UNAVAILABLE";
    ml->taskStatus = "REBOOT_FAILURE";
    ml->failed = FailedReason{"DWS.6002",
                              "Failed to restart the cluster: a node did not come back in time."};
    store.addCluster(std::move(ml));

    // A restore in progress from one of the sales snapshots.
    auto restored =
        makeCluster(store, {"dws-sales-copy", "dws.d2.2xlarge", 6, "8.1.3", 4 * minute});
    restored->status = "CREATING";
    restored->taskStatus = "RESTORING";
    runTask(*restored, TaskKind::Restore, 4 * minute, 45 * minute, now);
    restored->updatedMs = restored->createdMs;
    store.addCluster(std::move(restored));
}

void seedFleet(DwsStore& store, int clusters, int snapshots)
{
    const auto& types = nodeTypes();
    std::vector<ClusterRecord*> created;
    created.reserve(size_t(std::max(0, clusters)));
    char name[32];
    for (int i = 0; i < clusters; ++i) {
        std::snprintf(name, sizeof name, "fleet-%06d", i + 1);
        const NodeTypeSpec& type = types[size_t(i) % types.size()];
        auto cluster = makeCluster(store, {name, type.specName.c_str(), 3 + i % 30,
                                           i % 5 == 0 ? "1.2.0" : "8.1.3", (i % 400 + 1) * day});
        created.push_back(&store.addCluster(std::move(cluster)));
    }
    for (int i = 0; i < snapshots && !created.empty(); ++i) {
        std::snprintf(name, sizeof name, "fleet-snap-%07d", i + 1);
        const ClusterRecord& owner = *created[size_t(i) % created.size()];
        addSnapshot(store, owner, name, "", (i % 300 + 1) * day, (5 + i % 40) * minute,
                    50.0 + (i % 1000) * 1.5);
    }
}

} // namespace dwsemu
