#include "DwsApi.h"

#include "DwsRules.h"
#include "NodeTypes.h"

#include <QUrlQuery>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace dwsemu {

using nlohmann::json;

namespace {

const QByteArray emptyObject = "{}";

[[noreturn]] void fail(const std::string& code)
{
    throw DwsFailure{code};
}

json parseBody(const HttpRequest& request)
{
    if (request.body.trimmed().isEmpty())
        fail("DWS.0006");
    json body = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        fail("DWS.0001");
    return body;
}

const json& requiredObject(const json& parent, const char* key)
{
    const auto found = parent.find(key);
    if (found == parent.end() || !found->is_object())
        fail("DWS.0001");
    return *found;
}

std::string requiredString(const json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        fail("DWS.0001");
    return found->get<std::string>();
}

std::optional<std::string> optionalString(const json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return std::nullopt;
    if (!found->is_string())
        fail("DWS.0001");
    return found->get<std::string>();
}

long long requiredInteger(const json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer())
        fail("DWS.0001");
    return found->get<long long>();
}

std::optional<long long> optionalInteger(const json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return std::nullopt;
    if (!found->is_number_integer())
        fail("DWS.0001");
    return found->get<long long>();
}

int portFrom(const json& object)
{
    const long long port = optionalInteger(object, "port").value_or(8000);
    if (port < 8000 || port > 30000)
        fail("DWS.0001");
    return int(port);
}

std::string enterpriseProjectFrom(const json& object, const std::string& fallback)
{
    const std::string id = optionalString(object, "enterprise_project_id").value_or(fallback);
    if (id != "0" && !isUuid(id))
        fail("DWS.0001");
    return id;
}

void requireValidId(const std::string& id, const char* code)
{
    if (!isUuid(id))
        fail(code);
}

bool isBusy(const ClusterRecord& cluster)
{
    return cluster.task.has_value();
}

} // namespace

DwsApi::DwsApi(DwsStore& store)
    : m_store(store)
{}

HttpAnswer DwsApi::handle(const HttpRequest& request, const QStringList& segments)
{
    m_store.settle();
    const QByteArray& method = request.method;
    const qsizetype count = segments.size();
    const QString resource = count > 0 ? segments[0] : QString();
    const std::string id = count > 1 ? segments[1].toStdString() : std::string();
    const QString action = count > 2 ? segments[2] : QString();

    if (resource == QLatin1String("node_types") && count == 1 && method == "GET")
        return HttpAnswer::json(200, DwsStore::nodeTypeList());
    if (resource == QLatin1String("clusters")) {
        if (count == 1 && method == "GET")
            return listClusters(request);
        if (count == 1 && method == "POST")
            return createCluster(request);
        if (count == 2 && method == "GET")
            return clusterDetail(id);
        if (count == 2 && method == "DELETE")
            return deleteCluster(request, id);
        if (count == 3 && method == "POST" && action == QLatin1String("restart"))
            return restartCluster(request, id);
        if (count == 3 && method == "POST" && action == QLatin1String("resize"))
            return resizeCluster(request, id);
        if (count == 3 && method == "POST" && action == QLatin1String("reset-password"))
            return resetPassword(request, id);
    }
    if (resource == QLatin1String("snapshots")) {
        if (count == 1 && method == "GET")
            return HttpAnswer::json(200, m_store.snapshotList());
        if (count == 1 && method == "POST")
            return createSnapshot(request);
        if (count == 2 && method == "GET")
            return snapshotDetail(id);
        if (count == 2 && method == "DELETE")
            return deleteSnapshot(id);
        if (count == 3 && method == "POST" && action == QLatin1String("actions"))
            return restoreSnapshot(request, id);
    }
    fail("APIGW.0101");
}

ClusterRecord& DwsApi::existingCluster(const std::string& clusterId)
{
    requireValidId(clusterId, "DWS.0001");
    ClusterRecord* cluster = m_store.cluster(clusterId);
    if (!cluster)
        fail("DWS.0047");
    return *cluster;
}

SnapshotRecord& DwsApi::existingSnapshot(const std::string& snapshotId)
{
    requireValidId(snapshotId, "DWS.5149");
    SnapshotRecord* snapshot = m_store.snapshot(snapshotId);
    if (!snapshot)
        fail("DWS.0022");
    return *snapshot;
}

HttpAnswer DwsApi::listClusters(const HttpRequest& request)
{
    const QUrlQuery query(request.query);
    const std::string datastoreType =
        query.queryItemValue(QStringLiteral("datastoreType"), QUrl::FullyDecoded).toStdString();
    const std::string enterpriseProject =
        query.queryItemValue(QStringLiteral("enterprise_project_id"), QUrl::FullyDecoded)
            .toStdString();
    if (!datastoreType.empty() && datastoreType != "dws" && datastoreType != "hybrid")
        fail("DWS.0001");
    return HttpAnswer::json(200, m_store.clusterList(datastoreType, enterpriseProject));
}

HttpAnswer DwsApi::clusterDetail(const std::string& clusterId)
{
    return HttpAnswer::json(200, m_store.clusterDetail(existingCluster(clusterId)));
}

// The public_ip object of create and restore: bind type, EIP id, and a made-up address.
static void applyPublicIp(const json& spec, ClusterRecord& cluster, DwsStore& store)
{
    const auto found = spec.find("public_ip");
    if (found == spec.end() || found->is_null())
        return;
    if (!found->is_object())
        fail("DWS.0001");
    const auto type = found->find("public_bind_type");
    if (type == found->end() || !type->is_string())
        fail("DWS.5098");
    const std::string bindType = type->get<std::string>();
    if (bindType != "auto_assign" && bindType != "not_use" && bindType != "bind_existing")
        fail("DWS.5098");
    const std::string eipId = optionalString(*found, "eip_id").value_or(std::string());
    if (bindType == "bind_existing" && eipId.empty())
        fail("DWS.5098");
    if (!eipId.empty() && !isUuid(eipId))
        fail("DWS.0001");
    cluster.publicBindType = bindType;
    if (bindType == "not_use")
        return;
    cluster.eipId = eipId.empty() ? store.newUuid() : eipId;
    std::uniform_int_distribution<int> octet(2, 250);
    cluster.eipAddress = "100.95." + std::to_string(octet(store.random())) + "." +
                         std::to_string(octet(store.random()));
}

void DwsApi::fillNetwork(ClusterRecord& cluster)
{
    std::uniform_int_distribution<int> octet(2, 250);
    cluster.privateIps.clear();
    for (int i = 0; i < cluster.numberOfCn; ++i)
        cluster.privateIps.push_back("192.168.0." + std::to_string(octet(m_store.random())));
}

HttpAnswer DwsApi::createCluster(const HttpRequest& request)
{
    const json root = parseBody(request);
    // Section 5.1.1 wraps the fields in "cluster"; the quick-start sends them bare.
    const json& spec = root.contains("cluster") ? requiredObject(root, "cluster") : root;

    const std::string name = requiredString(spec, "name");
    const std::string nodeType = requiredString(spec, "node_type");
    const long long nodes = requiredInteger(spec, "number_of_node");
    const std::string subnetId = requiredString(spec, "subnet_id");
    const std::string vpcId = requiredString(spec, "vpc_id");
    const std::string securityGroupId = requiredString(spec, "security_group_id");
    const std::string userName = requiredString(spec, "user_name");
    const std::string password = requiredString(spec, "user_pwd");

    if (!isValidClusterName(name))
        fail("DWS.5057");
    if (!isValidUserName(userName))
        fail("DWS.5059");
    if (const auto problem = passwordProblem(password, userName))
        fail(*problem);
    if (nodes < 3 || nodes > 32)
        fail("DWS.5047");
    const NodeTypeSpec* type = findNodeType(nodeType);
    if (!type)
        fail("DWS.5006");
    if (!isUuid(vpcId))
        fail("DWS.5014");
    if (!isUuid(subnetId))
        fail("DWS.5015");
    if (!isUuid(securityGroupId))
        fail("DWS.5016");
    const std::string zone = optionalString(spec, "availability_zone")
                                 .value_or(m_store.options().projectName.toStdString() + "b");
    if (const auto problem = availabilityZoneProblem(zone))
        fail(*problem);
    if (std::find(type->soldOutZones.begin(), type->soldOutZones.end(), zone) !=
        type->soldOutZones.end())
        fail("DWS.5200");
    const int port = portFrom(spec);
    const long long coordinators = optionalInteger(spec, "number_of_cn").value_or(2);
    if (coordinators < 2 || coordinators > std::min<long long>(5, nodes - 1))
        fail("DWS.0001");

    auto cluster = std::make_unique<ClusterRecord>();
    applyPublicIp(spec, *cluster, m_store);
    cluster->enterpriseProjectId = enterpriseProjectFrom(spec, "0");
    if (m_store.clusterNameTaken(name))
        fail("DWS.5050");
    if (m_store.clusterCount() >= m_store.options().clusterQuota)
        fail("DWS.1112");

    cluster->id = m_store.newUuid();
    cluster->name = name;
    cluster->nodeType = nodeType;
    cluster->numberOfNode = int(nodes);
    cluster->numberOfCn = int(coordinators);
    cluster->subnetId = subnetId;
    cluster->vpcId = vpcId;
    cluster->securityGroupId = securityGroupId;
    cluster->availabilityZone = zone;
    cluster->port = port;
    cluster->userName = userName;
    cluster->version = "8.1.3";
    cluster->passwordHistory.push_back(password);
    cluster->createdMs = m_store.now();
    fillNetwork(*cluster);
    ClusterRecord& added = m_store.addCluster(std::move(cluster));
    m_store.startTask(added, TaskKind::Create, TaskDurations::create);
    return HttpAnswer::json(
        200, QByteArray::fromStdString(json{{"cluster", {{"id", added.id}}}}.dump()));
}

HttpAnswer DwsApi::deleteCluster(const HttpRequest& request, const std::string& clusterId)
{
    const json body = parseBody(request);
    const long long keep = requiredInteger(body, "keep_last_manual_snapshot");
    if (keep < 0)
        fail("DWS.0001");
    ClusterRecord& cluster = existingCluster(clusterId);
    // A cluster being created can be deleted; one running another task cannot.
    if (cluster.task && cluster.task->kind != TaskKind::Create &&
        cluster.task->kind != TaskKind::Restore)
        fail("DWS.0011");
    m_store.removeCluster(cluster.id, int(keep));
    return HttpAnswer::empty(202);
}

HttpAnswer DwsApi::restartCluster(const HttpRequest& request, const std::string& clusterId)
{
    const json body = parseBody(request);
    requiredObject(body, "restart");
    ClusterRecord& cluster = existingCluster(clusterId);
    if (isBusy(cluster) || (cluster.status != "AVAILABLE" && cluster.status != "UNAVAILABLE"))
        fail("DWS.0011");
    m_store.startTask(cluster, TaskKind::Restart, TaskDurations::restart);
    return HttpAnswer::json(200, emptyObject);
}

HttpAnswer DwsApi::resizeCluster(const HttpRequest& request, const std::string& clusterId)
{
    const json body = parseBody(request);
    const bool isResize = body.contains("resize");
    if (!isResize && !body.contains("scale_out"))
        fail("DWS.0001");
    const json& spec = requiredObject(body, isResize ? "resize" : "scale_out");
    ClusterRecord& cluster = existingCluster(clusterId);

    ResizeState resize;
    resize.originNodes = cluster.numberOfNode;
    resize.originNodeType = cluster.nodeType;
    if (isResize) {
        const std::string nodeType = requiredString(spec, "node_type");
        const long long nodes = requiredInteger(spec, "number_of_node");
        if (versionBelow150(cluster.version))
            fail("DWS.5206");
        if (!findNodeType(nodeType))
            fail("DWS.5006");
        if (nodes < 3 || nodes > 256)
            fail("DWS.5047");
        if (nodeType == cluster.nodeType && nodes == cluster.numberOfNode)
            fail("DWS.0001");
        resize.targetNodeType = nodeType;
        resize.targetNodes = int(nodes);
    } else {
        const long long count = requiredInteger(spec, "count");
        if (count < 1 || cluster.numberOfNode + count > 256)
            fail("DWS.5047");
        resize.targetNodeType = cluster.nodeType;
        resize.targetNodes = cluster.numberOfNode + int(count);
    }
    if (isBusy(cluster) || cluster.status != "AVAILABLE")
        fail("DWS.0011");
    resize.startMs = m_store.now();
    cluster.resize = resize;
    m_store.startTask(cluster, TaskKind::Resize, TaskDurations::resize);
    return HttpAnswer::json(200, emptyObject);
}

HttpAnswer DwsApi::resetPassword(const HttpRequest& request, const std::string& clusterId)
{
    const json body = parseBody(request);
    const std::string password = requiredString(body, "new_password");
    ClusterRecord& cluster = existingCluster(clusterId);
    if (cluster.status != "AVAILABLE")
        fail("DWS.0011");
    if (const auto problem = passwordProblem(password, cluster.userName))
        fail(*problem);
    auto& history = cluster.passwordHistory;
    if (!history.empty() && history.back() == password)
        fail("DWS.2072");
    if (std::find(history.begin(), history.end(), password) != history.end())
        fail("DWS.2073");
    history.push_back(password);
    cluster.updatedMs = m_store.now();
    ++cluster.recentEvent;
    return HttpAnswer::json(200, emptyObject);
}

HttpAnswer DwsApi::createSnapshot(const HttpRequest& request)
{
    const json body = parseBody(request);
    const json& spec = requiredObject(body, "snapshot");
    const std::string name = requiredString(spec, "name");
    const std::string clusterId = requiredString(spec, "cluster_id");
    const std::string description = optionalString(spec, "description").value_or(std::string());
    if (!isValidSnapshotName(name) || description.size() > 256)
        fail("DWS.0001");
    ClusterRecord& cluster = existingCluster(clusterId);
    if (isBusy(cluster) || cluster.status != "AVAILABLE")
        fail("DWS.0011");
    if (m_store.snapshotNameTaken(name))
        fail("DWS.0031");
    if (m_store.snapshotCount() >= m_store.options().snapshotQuota)
        fail("DWS.0030");

    auto snapshot = std::make_unique<SnapshotRecord>();
    snapshot->id = m_store.newUuid();
    snapshot->name = name;
    snapshot->description = description;
    snapshot->clusterId = cluster.id;
    snapshot->startedMs = m_store.now();
    snapshot->nodeType = cluster.nodeType;
    snapshot->numberOfNode = cluster.numberOfNode;
    snapshot->version = cluster.version;
    snapshot->availabilityZone = cluster.availabilityZone;
    snapshot->subnetId = cluster.subnetId;
    snapshot->vpcId = cluster.vpcId;
    snapshot->securityGroupId = cluster.securityGroupId;
    snapshot->userName = cluster.userName;
    SnapshotRecord& added = m_store.addSnapshot(std::move(snapshot));
    m_store.startTask(cluster, TaskKind::Snapshot, TaskDurations::snapshot, added.id);
    return HttpAnswer::json(
        200, QByteArray::fromStdString(json{{"snapshot", {{"id", added.id}}}}.dump()));
}

HttpAnswer DwsApi::snapshotDetail(const std::string& snapshotId)
{
    return HttpAnswer::json(200, m_store.snapshotDetail(existingSnapshot(snapshotId)));
}

HttpAnswer DwsApi::deleteSnapshot(const std::string& snapshotId)
{
    SnapshotRecord& snapshot = existingSnapshot(snapshotId);
    if (snapshot.status == "CREATING")
        fail("DWS.0011");
    m_store.removeSnapshot(snapshot.id);
    return HttpAnswer::empty(202);
}

HttpAnswer DwsApi::restoreSnapshot(const HttpRequest& request, const std::string& snapshotId)
{
    const json body = parseBody(request);
    const json& spec = requiredObject(body, "restore");
    const std::string name = requiredString(spec, "name");
    SnapshotRecord& snapshot = existingSnapshot(snapshotId);
    if (!isValidClusterName(name))
        fail("DWS.5057");
    auto cluster = std::make_unique<ClusterRecord>();
    cluster->subnetId = optionalString(spec, "subnet_id").value_or(snapshot.subnetId);
    cluster->vpcId = optionalString(spec, "vpc_id").value_or(snapshot.vpcId);
    cluster->securityGroupId =
        optionalString(spec, "security_group_id").value_or(snapshot.securityGroupId);
    if (!isUuid(cluster->vpcId))
        fail("DWS.5014");
    if (!isUuid(cluster->subnetId))
        fail("DWS.5015");
    if (!isUuid(cluster->securityGroupId))
        fail("DWS.5016");
    cluster->availabilityZone =
        optionalString(spec, "availability_zone").value_or(snapshot.availabilityZone);
    if (const auto problem = availabilityZoneProblem(cluster->availabilityZone))
        fail(*problem);
    cluster->port = portFrom(spec);
    applyPublicIp(spec, *cluster, m_store);
    cluster->enterpriseProjectId = enterpriseProjectFrom(spec, "0");
    if (snapshot.status != "AVAILABLE")
        fail("DWS.0011");
    if (m_store.clusterNameTaken(name))
        fail("DWS.5050");
    if (m_store.clusterCount() >= m_store.options().clusterQuota)
        fail("DWS.1112");

    cluster->id = m_store.newUuid();
    cluster->name = name;
    cluster->nodeType = snapshot.nodeType;
    cluster->numberOfNode = snapshot.numberOfNode;
    cluster->version = snapshot.version;
    cluster->userName = snapshot.userName;
    cluster->createdMs = m_store.now();
    fillNetwork(*cluster);
    ClusterRecord& added = m_store.addCluster(std::move(cluster));
    m_store.startTask(added, TaskKind::Restore, TaskDurations::restore);
    return HttpAnswer::json(
        200, QByteArray::fromStdString(json{{"cluster", {{"id", added.id}}}}.dump()));
}

} // namespace dwsemu
