// Every DWS operation of the emulator over real HTTP: shapes, state transitions in virtual
// time, and the documented error codes.
#include "EmulatorClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace std::chrono_literals;
using testdata::clusterSpec;
using testdata::compact;
using testdata::wrapped;

static dwsemu::EmulatorOptions demoOptions()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    return options;
}

class TestEmulatorOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<EmulatorClient> m_client;

    EmulatorClient& client() { return *m_client; }
    EmulatorFixture& fixture() { return *m_fixture; }

    QString createCluster(const QString& name,
                          const QString& nodeType = QStringLiteral("dws.d2.xlarge"), int nodes = 3)
    {
        const HttpResult result =
            client().dws("POST", QStringLiteral("clusters"),
                         wrapped("cluster", clusterSpec(name, nodeType, nodes)));
        if (result.status != 200)
            return {};
        return result.json()[QLatin1String("cluster")].toObject()[QLatin1String("id")].toString();
    }

    QString createAvailableCluster(const QString& name,
                                   const QString& nodeType = QStringLiteral("dws.d2.xlarge"),
                                   int nodes = 3)
    {
        const QString id = createCluster(name, nodeType, nodes);
        fixture()->advanceClock(15min);
        return id;
    }

    QJsonObject detail(const QString& clusterId)
    {
        return client()
            .dws("GET", QLatin1String("clusters/") + clusterId)
            .json()[QLatin1String("cluster")]
            .toObject();
    }

    QString createSnapshot(const QString& clusterId, const QString& name)
    {
        const HttpResult result = client().dws(
            "POST", QStringLiteral("snapshots"),
            wrapped("snapshot", QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("cluster_id"), clusterId}}));
        return result.json()[QLatin1String("snapshot")].toObject()[QLatin1String("id")].toString();
    }

    void expectError(const HttpResult& result, int status, const char* code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), QLatin1String(code));
        QVERIFY(!result.json().value(QLatin1String("error_msg")).toString().isEmpty());
    }

private slots:
    void init()
    {
        dwsemu::EmulatorOptions options;
        options.clusterQuota = 6;
        options.snapshotQuota = 4;
        m_fixture = std::make_unique<EmulatorFixture>(options);
        QVERIFY(fixture().isListening());
        m_client = std::make_unique<EmulatorClient>(fixture());
        QCOMPARE(client().signIn().status, 201);
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void nodeTypesListReferenceAndQuickStartTypes()
    {
        const HttpResult result = client().dws("GET", QStringLiteral("node_types"));
        QCOMPARE(result.status, 200);
        const QJsonArray types = result.json()[QLatin1String("node_types")].toArray();
        QStringList names;
        for (const auto& type : types) {
            const QJsonObject object = type.toObject();
            names << object[QLatin1String("spec_name")].toString();
            QVERIFY(!object[QLatin1String("id")].toString().isEmpty());
            const QJsonArray detail = object[QLatin1String("detail")].toArray();
            QVERIFY(!detail.isEmpty());
            for (const auto& item : detail) {
                QVERIFY(item.toObject()[QLatin1String("value")].isString());
                QVERIFY(item.toObject()[QLatin1String("type")].isString());
            }
        }
        QVERIFY(names.contains(QLatin1String("dws.d2.xlarge")));
        QVERIFY(names.contains(QLatin1String("dws.m1.xlarge.ultrahigh")));
        QVERIFY(names.contains(QLatin1String("dws.d1.xlarge")));
        QVERIFY(names.size() >= 5);
    }

    void createMovesFromCreatingToAvailable()
    {
        const QString id = createCluster(QStringLiteral("dws-one"));
        QVERIFY(!id.isEmpty());
        QJsonObject cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("status")].toString(), QLatin1String("CREATING"));
        QVERIFY(cluster[QLatin1String("action_progress")].toObject().contains(
            QLatin1String("CREATING")));

        fixture()->advanceClock(6min);
        cluster = detail(id);
        const int percent = cluster[QLatin1String("action_progress")]
                                .toObject()[QLatin1String("CREATING")]
                                .toString()
                                .chopped(1)
                                .toInt();
        QVERIFY2(percent >= 45 && percent <= 99, qPrintable(QString::number(percent)));

        fixture()->advanceClock(7min);
        cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("status")].toString(), QLatin1String("AVAILABLE"));
        QCOMPARE(cluster[QLatin1String("sub_status")].toString(), QLatin1String("NORMAL"));
        QVERIFY(cluster[QLatin1String("task_status")].isNull());
        QCOMPARE(cluster[QLatin1String("action_progress")].toObject(), QJsonObject());
    }

    void listAndDetailCarryEveryDocumentedField()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-fields"));
        const HttpResult list = client().dws("GET", QStringLiteral("clusters"));
        QCOMPARE(list.status, 200);
        const QJsonObject listed =
            list.json()[QLatin1String("clusters")].toArray().first().toObject();
        for (const char* field : {"id",
                                  "status",
                                  "sub_status",
                                  "task_status",
                                  "action_progress",
                                  "node_type",
                                  "subnet_id",
                                  "security_group_id",
                                  "number_of_node",
                                  "availability_zone",
                                  "port",
                                  "name",
                                  "version",
                                  "vpc_id",
                                  "user_name",
                                  "public_ip",
                                  "public_endpoints",
                                  "endpoints",
                                  "updated",
                                  "created",
                                  "enterprise_project_id",
                                  "recent_event"})
            QVERIFY2(listed.contains(QLatin1String(field)), field);
        for (const char* detailOnly :
             {"node_type_id", "private_ip", "maintain_window", "tags", "parameter_group"})
            QVERIFY2(!listed.contains(QLatin1String(detailOnly)), detailOnly);

        const QJsonObject cluster = detail(id);
        for (const char* field : {"id",
                                  "status",
                                  "name",
                                  "updated",
                                  "created",
                                  "user_name",
                                  "sub_status",
                                  "task_status",
                                  "action_progress",
                                  "node_type",
                                  "node_type_id",
                                  "subnet_id",
                                  "security_group_id",
                                  "number_of_node",
                                  "availability_zone",
                                  "port",
                                  "vpc_id",
                                  "public_ip",
                                  "private_ip",
                                  "public_endpoints",
                                  "endpoints",
                                  "version",
                                  "maintain_window",
                                  "enterprise_project_id",
                                  "recent_event",
                                  "tags",
                                  "parameter_group"})
            QVERIFY2(cluster.contains(QLatin1String(field)), field);
        QCOMPARE(cluster[QLatin1String("number_of_node")].toInt(), 3);
        QCOMPARE(cluster[QLatin1String("port")].toInt(), 8000);
        QCOMPARE(cluster[QLatin1String("node_type_id")].toString(),
                 QLatin1String("ebe532d6-665f-40e6-a4d4-3c51545b6a67"));
        const QJsonObject window = cluster[QLatin1String("maintain_window")].toObject();
        QVERIFY(window.contains(QLatin1String("day")) &&
                window.contains(QLatin1String("start_time")) &&
                window.contains(QLatin1String("end_time")));
        const QJsonObject group = cluster[QLatin1String("parameter_group")].toObject();
        QCOMPARE(group[QLatin1String("status")].toString(), QLatin1String("In-Sync"));
        const QJsonArray endpoints = cluster[QLatin1String("endpoints")].toArray();
        QCOMPARE(endpoints.size(), 1);
        QVERIFY(endpoints[0].toObject()[QLatin1String("jdbc_url")].toString().startsWith(
            QLatin1String("jdbc:postgresql://")));
        QVERIFY(cluster[QLatin1String("created")].toString().endsWith(QLatin1Char('Z')));
    }

    void createAcceptsTheQuickStartUnwrappedBody()
    {
        QJsonObject spec = clusterSpec(QStringLiteral("dws-demo"), QStringLiteral("dws.d1.xlarge"));
        spec[QStringLiteral("public_ip")] =
            QJsonObject{{QStringLiteral("public_bind_type"), QStringLiteral("auto_assign")}};
        const HttpResult result = client().dws("POST", QStringLiteral("clusters"), compact(spec));
        QCOMPARE(result.status, 200);
        const QString id =
            result.json()[QLatin1String("cluster")].toObject()[QLatin1String("id")].toString();
        fixture()->advanceClock(15min);
        const QJsonObject cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("node_type")].toString(), QLatin1String("dws.d1.xlarge"));
        const QJsonObject publicIp = cluster[QLatin1String("public_ip")].toObject();
        QCOMPARE(publicIp[QLatin1String("public_bind_type")].toString(),
                 QLatin1String("auto_assign"));
        QVERIFY(!publicIp[QLatin1String("eip_address")].toString().isEmpty());
        QCOMPARE(cluster[QLatin1String("public_endpoints")].toArray().size(), 1);
    }

    void listFiltersByEnterpriseProject()
    {
        QJsonObject spec = clusterSpec(QStringLiteral("dws-ep"));
        spec[QStringLiteral("enterprise_project_id")] =
            QStringLiteral("aca4e50a-266f-4786-827c-f8d6cc3fbada");
        QCOMPARE(client().dws("POST", QStringLiteral("clusters"), wrapped("cluster", spec)).status,
                 200);
        QVERIFY(!createCluster(QStringLiteral("dws-default")).isEmpty());
        const HttpResult filtered = client().send(
            "GET", fixture().url(QLatin1String("/v1.0/") + fixture().projectId() +
                                     QLatin1String("/clusters"),
                                 QStringLiteral("datastoreType=dws&enterprise_project_id=aca4e50a-"
                                                "266f-4786-827c-f8d6cc3fbada")));
        QCOMPARE(filtered.status, 200);
        const QJsonArray clusters = filtered.json()[QLatin1String("clusters")].toArray();
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters[0].toObject()[QLatin1String("name")].toString(), QLatin1String("dws-ep"));
    }

    void snapshotLifecycle()
    {
        const QString clusterId = createAvailableCluster(QStringLiteral("dws-snap"));
        const QString snapshotId = createSnapshot(clusterId, QStringLiteral("snapshot-1"));
        QVERIFY(!snapshotId.isEmpty());

        QJsonObject cluster = detail(clusterId);
        QCOMPARE(cluster[QLatin1String("task_status")].toString(), QLatin1String("SNAPSHOTTING"));
        QVERIFY(cluster[QLatin1String("action_progress")].toObject().contains(
            QLatin1String("SNAPSHOTTING")));
        HttpResult snapshot = client().dws("GET", QLatin1String("snapshots/") + snapshotId);
        QCOMPARE(snapshot.status, 200);
        QCOMPARE(snapshot.json()[QLatin1String("snapshot")]
                     .toObject()[QLatin1String("status")]
                     .toString(),
                 QLatin1String("CREATING"));

        fixture()->advanceClock(5min);
        cluster = detail(clusterId);
        QVERIFY(cluster[QLatin1String("task_status")].isNull());
        QCOMPARE(cluster[QLatin1String("action_progress")].toObject(), QJsonObject());
        snapshot = client().dws("GET", QLatin1String("snapshots/") + snapshotId);
        const QJsonObject done = snapshot.json()[QLatin1String("snapshot")].toObject();
        QCOMPARE(done[QLatin1String("status")].toString(), QLatin1String("AVAILABLE"));
        QCOMPARE(done[QLatin1String("type")].toString(), QLatin1String("MANUAL"));
        QCOMPARE(done[QLatin1String("cluster_id")].toString(), clusterId);
        QVERIFY(done[QLatin1String("size")].toDouble() > 0);
        QVERIFY(done[QLatin1String("finished")].toString() >
                done[QLatin1String("started")].toString());
        for (const char* field : {"id", "name", "description", "started", "finished", "size",
                                  "status", "type", "cluster_id"})
            QVERIFY2(done.contains(QLatin1String(field)), field);

        const HttpResult list = client().dws("GET", QStringLiteral("snapshots"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()[QLatin1String("snapshots")].toArray().size(), 1);

        QCOMPARE(client().dws("DELETE", QLatin1String("snapshots/") + snapshotId).status, 202);
        expectError(client().dws("GET", QLatin1String("snapshots/") + snapshotId), 404, "DWS.0022");
    }

    void restoreCreatesANewClusterLikeTheSource()
    {
        const QString clusterId = createAvailableCluster(QStringLiteral("dws-source"),
                                                         QStringLiteral("dws.d2.2xlarge"), 5);
        const QString snapshotId = createSnapshot(clusterId, QStringLiteral("snap-source"));
        expectError(
            client().dws(
                "POST", QLatin1String("snapshots/") + snapshotId + QLatin1String("/actions"),
                wrapped("restore",
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("dws-early")}})),
            409, "DWS.0011");
        fixture()->advanceClock(5min);
        const HttpResult result = client().dws(
            "POST", QLatin1String("snapshots/") + snapshotId + QLatin1String("/actions"),
            wrapped("restore",
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("dws-restored")}}));
        QCOMPARE(result.status, 200);
        const QString restoredId =
            result.json()[QLatin1String("cluster")].toObject()[QLatin1String("id")].toString();
        QVERIFY(restoredId != clusterId);
        QJsonObject restored = detail(restoredId);
        QCOMPARE(restored[QLatin1String("task_status")].toString(), QLatin1String("RESTORING"));
        QVERIFY(restored[QLatin1String("action_progress")].toObject().contains(
            QLatin1String("RESTORING")));
        QCOMPARE(restored[QLatin1String("node_type")].toString(), QLatin1String("dws.d2.2xlarge"));
        QCOMPARE(restored[QLatin1String("number_of_node")].toInt(), 5);
        fixture()->advanceClock(11min);
        restored = detail(restoredId);
        QCOMPARE(restored[QLatin1String("status")].toString(), QLatin1String("AVAILABLE"));
        QVERIFY(restored[QLatin1String("task_status")].isNull());
    }

    void resizeAndScaleOutGrowTheCluster()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-grow"));
        QCOMPARE(client()
                     .dws("POST", QLatin1String("clusters/") + id + QLatin1String("/resize"),
                          wrapped("resize", QJsonObject{{QStringLiteral("node_type"),
                                                         QStringLiteral("dws.d2.2xlarge")},
                                                        {QStringLiteral("number_of_node"), 6}}))
                     .status,
                 200);
        QJsonObject cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("task_status")].toString(), QLatin1String("GROWING"));
        QVERIFY(cluster[QLatin1String("action_progress")].toObject().contains(
            QLatin1String("GROWING")));
        const QJsonObject info = cluster[QLatin1String("resize_info")].toObject();
        QCOMPARE(info[QLatin1String("status")].toString(), QLatin1String("GROWING"));
        QCOMPARE(info[QLatin1String("target_node_num")].toInt(), 6);
        QCOMPARE(info[QLatin1String("origin_node_num")].toInt(), 3);
        QCOMPARE(info[QLatin1String("origin_node_type")].toString(),
                 QLatin1String("dws.d2.xlarge"));
        QCOMPARE(info[QLatin1String("target_node_type")].toString(),
                 QLatin1String("dws.d2.2xlarge"));
        QVERIFY(!info[QLatin1String("start_time")].toString().isEmpty());
        expectError(client().dws("POST",
                                 QLatin1String("clusters/") + id + QLatin1String("/restart"),
                                 compact(QJsonObject{{QStringLiteral("restart"), QJsonObject()}})),
                    409, "DWS.0011");

        fixture()->advanceClock(21min);
        cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("number_of_node")].toInt(), 6);
        QCOMPARE(cluster[QLatin1String("node_type")].toString(), QLatin1String("dws.d2.2xlarge"));
        QVERIFY(cluster[QLatin1String("task_status")].isNull());
        QVERIFY(!cluster.contains(QLatin1String("resize_info")));

        QCOMPARE(client()
                     .dws("POST", QLatin1String("clusters/") + id + QLatin1String("/resize"),
                          wrapped("scale_out", QJsonObject{{QStringLiteral("count"), 3}}))
                     .status,
                 200);
        QCOMPARE(detail(id)[QLatin1String("task_status")].toString(), QLatin1String("GROWING"));
        fixture()->advanceClock(21min);
        QCOMPARE(detail(id)[QLatin1String("number_of_node")].toInt(), 9);
    }

    void restartReboots()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-reboot"));
        const QString path = QLatin1String("clusters/") + id + QLatin1String("/restart");
        QCOMPARE(
            client()
                .dws("POST", path, compact(QJsonObject{{QStringLiteral("restart"), QJsonObject()}}))
                .status,
            200);
        QCOMPARE(detail(id)[QLatin1String("task_status")].toString(), QLatin1String("REBOOTING"));
        fixture()->advanceClock(4min);
        const QJsonObject cluster = detail(id);
        QVERIFY(cluster[QLatin1String("task_status")].isNull());
        QCOMPARE(cluster[QLatin1String("status")].toString(), QLatin1String("AVAILABLE"));
    }

    void failuresEndWithFailedReasons()
    {
        QVERIFY(fixture()->failNext(QStringLiteral("create")));
        const QString failed = createCluster(QStringLiteral("dws-doomed"));
        fixture()->advanceClock(15min);
        QJsonObject cluster = detail(failed);
        QCOMPARE(cluster[QLatin1String("status")].toString(), QLatin1String("CREATION FAILED"));
        QCOMPARE(cluster[QLatin1String("failed_reasons")]
                     .toObject()[QLatin1String("error_code")]
                     .toString(),
                 QLatin1String("DWS.6000"));

        const QString id = createAvailableCluster(QStringLiteral("dws-fragile"));
        QCOMPARE(client()
                     .control("POST", QStringLiteral("fail-next"), R"({"operation":"resize"})")
                     .status,
                 200);
        QCOMPARE(client()
                     .dws("POST", QLatin1String("clusters/") + id + QLatin1String("/resize"),
                          wrapped("scale_out", QJsonObject{{QStringLiteral("count"), 2}}))
                     .status,
                 200);
        fixture()->advanceClock(21min);
        cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("task_status")].toString(), QLatin1String("RESIZE_FAILURE"));
        QCOMPARE(
            cluster[QLatin1String("resize_info")].toObject()[QLatin1String("status")].toString(),
            QLatin1String("RESIZE_FAILURE"));
        QCOMPARE(cluster[QLatin1String("failed_reasons")]
                     .toObject()[QLatin1String("error_code")]
                     .toString(),
                 QLatin1String("DWS.6001"));
        QCOMPARE(cluster[QLatin1String("number_of_node")].toInt(), 3);

        QVERIFY(fixture()->failNext(QStringLiteral("restart")));
        QCOMPARE(client()
                     .dws("POST", QLatin1String("clusters/") + id + QLatin1String("/restart"),
                          compact(QJsonObject{{QStringLiteral("restart"), QJsonObject()}}))
                     .status,
                 200);
        fixture()->advanceClock(4min);
        cluster = detail(id);
        QCOMPARE(cluster[QLatin1String("task_status")].toString(), QLatin1String("REBOOT_FAILURE"));
        QCOMPARE(cluster[QLatin1String("failed_reasons")]
                     .toObject()[QLatin1String("error_code")]
                     .toString(),
                 QLatin1String("DWS.6002"));

        const QString source = createAvailableCluster(QStringLiteral("dws-restore-src"));
        const QString snapshotId = createSnapshot(source, QStringLiteral("snap-fail"));
        fixture()->advanceClock(5min);
        QVERIFY(fixture()->failNext(QStringLiteral("restore")));
        const HttpResult restored = client().dws(
            "POST", QLatin1String("snapshots/") + snapshotId + QLatin1String("/actions"),
            wrapped("restore",
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("dws-restore-bad")}}));
        const QString restoredId =
            restored.json()[QLatin1String("cluster")].toObject()[QLatin1String("id")].toString();
        fixture()->advanceClock(11min);
        cluster = detail(restoredId);
        QCOMPARE(cluster[QLatin1String("status")].toString(), QLatin1String("CREATION FAILED"));
        QCOMPARE(cluster[QLatin1String("failed_reasons")]
                     .toObject()[QLatin1String("error_code")]
                     .toString(),
                 QLatin1String("DWS.6003"));
        QVERIFY(!fixture()->failNext(QStringLiteral("nonsense")));
    }

    void deleteRemovesTheClusterAndItsSnapshots()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-gone"));
        createSnapshot(id, QStringLiteral("gone-1"));
        fixture()->advanceClock(5min);
        createSnapshot(id, QStringLiteral("gone-2"));
        fixture()->advanceClock(5min);
        const QString path = QLatin1String("clusters/") + id;
        expectError(client().dws("DELETE", path), 400, "DWS.0006");
        expectError(client().dws("DELETE", path, R"({"keep_last_manual_snapshot":"0"})"), 400,
                    "DWS.0001");
        QCOMPARE(client().dws("DELETE", path, R"({"keep_last_manual_snapshot":1})").status, 202);
        expectError(client().dws("GET", path), 404, "DWS.0047");
        const QJsonArray kept = client()
                                    .dws("GET", QStringLiteral("snapshots"))
                                    .json()[QLatin1String("snapshots")]
                                    .toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].toObject()[QLatin1String("name")].toString(), QLatin1String("gone-2"));
    }

    void resetPasswordKeepsHistory()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-secret"));
        const QString path = QLatin1String("clusters/") + id + QLatin1String("/reset-password");
        auto reset = [&](const QString& password) {
            return client().dws("POST", path,
                                compact(QJsonObject{{QStringLiteral("new_password"), password}}));
        };
        QCOMPARE(reset(QStringLiteral("NewPassw0rd!")).status, 200);
        expectError(reset(QStringLiteral("NewPassw0rd!")), 400, "DWS.2072");
        expectError(reset(QStringLiteral("Dws2017demo!")), 400, "DWS.2073");
        expectError(reset(QStringLiteral("Admin123!")), 400, "DWS.2026");
        expectError(reset(QStringLiteral("short1!")), 400, "DWS.5144");
        expectError(reset(QStringLiteral("dbadmin")), 400, "DWS.5145");
        expectError(reset(QStringLiteral("nimdabd")), 400, "DWS.5145");
        expectError(client().dws("POST", path), 400, "DWS.0006");
        expectError(client().dws("POST", path, R"({"new_password":12345678})"), 400, "DWS.0001");
        QCOMPARE(reset(QStringLiteral("Another#Pass9")).status, 200);
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("name too short")
            << "name" << QJsonValue(QStringLiteral("dws")) << 400 << "DWS.5057";
        QTest::newRow("name starts with digit")
            << "name" << QJsonValue(QStringLiteral("1dws-a")) << 400 << "DWS.5057";
        QTest::newRow("name bad char")
            << "name" << QJsonValue(QStringLiteral("dws.name")) << 400 << "DWS.5057";
        QTest::newRow("user upper")
            << "user_name" << QJsonValue(QStringLiteral("DbAdmin")) << 400 << "DWS.5059";
        QTest::newRow("user short")
            << "user_name" << QJsonValue(QStringLiteral("dba")) << 400 << "DWS.5059";
        QTest::newRow("user keyword")
            << "user_name" << QJsonValue(QStringLiteral("select")) << 400 << "DWS.5059";
        QTest::newRow("pwd classes")
            << "user_pwd" << QJsonValue(QStringLiteral("alllowercase1")) << 400 << "DWS.5144";
        QTest::newRow("pwd long") << "user_pwd" << QJsonValue(QStringLiteral("Aa1!").repeated(9))
                                  << 400 << "DWS.5144";
        QTest::newRow("pwd user") << "user_pwd" << QJsonValue(QStringLiteral("dbadmin")) << 400
                                  << "DWS.5145";
        QTest::newRow("pwd weak") << "user_pwd" << QJsonValue(QStringLiteral("Admin123!")) << 400
                                  << "DWS.2026";
        QTest::newRow("nodes 2") << "number_of_node" << QJsonValue(2) << 400 << "DWS.5047";
        QTest::newRow("nodes 33") << "number_of_node" << QJsonValue(33) << 400 << "DWS.5047";
        QTest::newRow("nodes string")
            << "number_of_node" << QJsonValue(QStringLiteral("3")) << 400 << "DWS.0001";
        QTest::newRow("unknown type")
            << "node_type" << QJsonValue(QStringLiteral("dws.x9.huge")) << 400 << "DWS.5006";
        QTest::newRow("bad vpc") << "vpc_id" << QJsonValue(QStringLiteral("vpc-1")) << 400
                                 << "DWS.5014";
        QTest::newRow("bad subnet")
            << "subnet_id" << QJsonValue(QStringLiteral("x")) << 400 << "DWS.5015";
        QTest::newRow("bad sg") << "security_group_id" << QJsonValue(QStringLiteral("x")) << 400
                                << "DWS.5016";
        QTest::newRow("port low") << "port" << QJsonValue(7999) << 400 << "DWS.0001";
        QTest::newRow("az unsupported")
            << "availability_zone" << QJsonValue(QStringLiteral("cn-north-1c")) << 400
            << "DWS.5027";
        QTest::newRow("sold out") << "availability_zone"
                                  << QJsonValue(QStringLiteral("cn-north-1a")) << 400 << "DWS.5200";
        QTest::newRow("eip type") << "public_ip"
                                  << QJsonValue(QJsonObject{{QStringLiteral("public_bind_type"),
                                                             QStringLiteral("magic")}})
                                  << 400 << "DWS.5098";
        QTest::newRow("eip missing") << "public_ip"
                                     << QJsonValue(QJsonObject{{QStringLiteral("public_bind_type"),
                                                                QStringLiteral("bind_existing")}})
                                     << 400 << "DWS.5098";
        QTest::newRow("cn count") << "number_of_cn" << QJsonValue(3) << 400 << "DWS.0001";
        QTest::newRow("enterprise project")
            << "enterprise_project_id" << QJsonValue(QStringLiteral("nope")) << 400 << "DWS.0001";
    }

    void createValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject spec = clusterSpec(QStringLiteral("dws-valid"));
        if (field == QLatin1String("availability_zone"))
            spec[QStringLiteral("node_type")] = QStringLiteral("dws.d2.8xlarge");
        spec[field] = value;
        const HttpResult result =
            client().dws("POST", QStringLiteral("clusters"), wrapped("cluster", spec));
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
    }

    void createRejectsEmptyMalformedDuplicateAndOverQuota()
    {
        expectError(client().dws("POST", QStringLiteral("clusters")), 400, "DWS.0006");
        expectError(client().dws("POST", QStringLiteral("clusters"), "{not json"), 400, "DWS.0001");
        expectError(client().dws("POST", QStringLiteral("clusters"), R"({"cluster":[]})"), 400,
                    "DWS.0001");
        QVERIFY(!createCluster(QStringLiteral("dws-twin")).isEmpty());
        expectError(client().dws("POST", QStringLiteral("clusters"),
                                 wrapped("cluster", clusterSpec(QStringLiteral("dws-twin")))),
                    409, "DWS.5050");
        for (int i = 1; i < 6; ++i)
            QVERIFY(!createCluster(QStringLiteral("dws-quota-%1").arg(i)).isEmpty());
        expectError(client().dws("POST", QStringLiteral("clusters"),
                                 wrapped("cluster", clusterSpec(QStringLiteral("dws-over")))),
                    400, "DWS.1112");
    }

    void snapshotErrors()
    {
        const QString id = createCluster(QStringLiteral("dws-snaperr"));
        auto create = [&](const QString& name, const QString& clusterId) {
            return client().dws(
                "POST", QStringLiteral("snapshots"),
                wrapped("snapshot", QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("cluster_id"), clusterId}}));
        };
        expectError(create(QStringLiteral("snap-busy"), id), 409, "DWS.0011"); // still creating
        fixture()->advanceClock(15min);
        expectError(create(QStringLiteral("snap-x"), QStringLiteral("not-a-uuid")), 400,
                    "DWS.0001");
        expectError(create(QStringLiteral("snap-x"),
                           QStringLiteral("00000000-0000-4000-8000-000000000000")),
                    404, "DWS.0047");
        expectError(create(QStringLiteral("1bad"), id), 400, "DWS.0001");
        expectError(client().dws("POST", QStringLiteral("snapshots")), 400, "DWS.0006");
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(create(QStringLiteral("snap-%1").arg(i), id).status, 200);
            expectError(create(QStringLiteral("SNAP-%1").arg(i), id), 409, "DWS.0011");
            fixture()->advanceClock(5min);
            if (i == 0)
                expectError(create(QStringLiteral("SNAP-0"), id), 400, "DWS.0031");
        }
        expectError(create(QStringLiteral("snap-over"), id), 400, "DWS.0030");
        expectError(client().dws("GET", QStringLiteral("snapshots/bad")), 400, "DWS.5149");
        expectError(client().dws("DELETE",
                                 QStringLiteral("snapshots/00000000-0000-4000-8000-000000000000")),
                    404, "DWS.0022");
    }

    void clusterErrors()
    {
        expectError(client().dws("GET", QStringLiteral("clusters/not-a-uuid")), 400, "DWS.0001");
        expectError(
            client().dws("GET", QStringLiteral("clusters/00000000-0000-4000-8000-000000000000")),
            404, "DWS.0047");
        const QString id = createCluster(QStringLiteral("dws-busy"));
        const QString restart = QLatin1String("clusters/") + id + QLatin1String("/restart");
        expectError(client().dws("POST", restart, R"({"restart":{}})"), 409, "DWS.0011");
        fixture()->advanceClock(15min);
        expectError(client().dws("POST", restart), 400, "DWS.0006");
        expectError(client().dws("POST", restart, R"({"reboot":{}})"), 400, "DWS.0001");
        const QString resize = QLatin1String("clusters/") + id + QLatin1String("/resize");
        expectError(
            client().dws("POST", resize, R"({"resize":{"node_type":"dws.zz","number_of_node":6}})"),
            400, "DWS.5006");
        expectError(client().dws("POST", resize,
                                 R"({"resize":{"node_type":"dws.d2.xlarge","number_of_node":2}})"),
                    400, "DWS.5047");
        expectError(client().dws("POST", resize, R"({"scale_out":{"count":0}})"), 400, "DWS.5047");
        expectError(client().dws("POST", resize, R"({"scale_out":{"count":"3"}})"), 400,
                    "DWS.0001");
        expectError(client().dws("POST", resize, R"({"grow":{}})"), 400, "DWS.0001");
        expectError(client().dws("GET", QStringLiteral("nothing-here")), 404, "APIGW.0101");
    }

    void resizeNeedsVersion150()
    {
        EmulatorFixture demo(demoOptions());
        EmulatorClient demoClient(demo);
        QCOMPARE(demoClient.signIn().status, 201);
        const QJsonArray clusters = demoClient.dws("GET", QStringLiteral("clusters"))
                                        .json()[QLatin1String("clusters")]
                                        .toArray();
        QString legacyId;
        for (const auto& value : clusters) {
            if (value.toObject()[QLatin1String("name")].toString() ==
                QLatin1String("dws-legacy-bi"))
                legacyId = value.toObject()[QLatin1String("id")].toString();
        }
        QVERIFY(!legacyId.isEmpty());
        const QString resize = QLatin1String("clusters/") + legacyId + QLatin1String("/resize");
        const HttpResult refused = demoClient.dws(
            "POST", resize, R"({"resize":{"node_type":"dws.d2.xlarge","number_of_node":6}})");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QLatin1String("DWS.5206"));
        QCOMPARE(demoClient.dws("POST", resize, R"({"scale_out":{"count":2}})").status, 200);
    }

    void demoProjectShowsEveryState()
    {
        EmulatorFixture demo(demoOptions());
        EmulatorClient demoClient(demo);
        QCOMPARE(demoClient.signIn().status, 201);
        const QJsonArray clusters = demoClient.dws("GET", QStringLiteral("clusters"))
                                        .json()[QLatin1String("clusters")]
                                        .toArray();
        QSet<QString> statuses, taskStatuses, subStatuses, versions;
        bool failedReasons = false;
        for (const auto& value : clusters) {
            const QJsonObject cluster = value.toObject();
            statuses << cluster[QLatin1String("status")].toString();
            taskStatuses << cluster[QLatin1String("task_status")].toString();
            subStatuses << cluster[QLatin1String("sub_status")].toString();
            versions << cluster[QLatin1String("version")].toString();
            failedReasons |= cluster.contains(QLatin1String("failed_reasons"));
        }
        QVERIFY(clusters.size() >= 8);
        for (const char* status : {"AVAILABLE", "CREATING", "CREATION FAILED"})
            QVERIFY2(statuses.contains(QLatin1String(status)), status);
        for (const char* task : {"SNAPSHOTTING", "GROWING"})
            QVERIFY2(taskStatuses.contains(QLatin1String(task)), task);
        QVERIFY(subStatuses.contains(QLatin1String("DEGRADED")));
        QVERIFY(std::any_of(subStatuses.begin(), subStatuses.end(),
                            [](const QString& s) { return s.contains(QLatin1Char(' ')); }));
        QVERIFY(versions.contains(QLatin1String("1.2.0")) &&
                versions.contains(QLatin1String("8.1.3")));
        QVERIFY(failedReasons);
        QVERIFY(demoClient.dws("GET", QStringLiteral("snapshots"))
                    .json()[QLatin1String("snapshots")]
                    .toArray()
                    .size() >= 4);
    }

    void largeFleetSeedsAndListsFast()
    {
        QElapsedTimer timer;
        timer.start();
        dwsemu::EmulatorOptions options;
        options.seedClusters = 10000;
        options.seedSnapshots = 100000;
        EmulatorFixture fleet(options);
        const qint64 seedMs = timer.elapsed();
        QVERIFY2(seedMs < 5000, qPrintable(QString::number(seedMs)));
        EmulatorClient fleetClient(fleet);
        QCOMPARE(fleetClient.signIn().status, 201);
        timer.restart();
        const HttpResult clusters = fleetClient.dws("GET", QStringLiteral("clusters"));
        const qint64 listMs = timer.elapsed();
        QCOMPARE(clusters.status, 200);
        QCOMPARE(clusters.json()[QLatin1String("clusters")].toArray().size(), 10000);
        QVERIFY2(listMs < 3000, qPrintable(QString::number(listMs)));
        const HttpResult snapshots = fleetClient.dws("GET", QStringLiteral("snapshots"));
        QCOMPARE(snapshots.status, 200);
        QCOMPARE(snapshots.json()[QLatin1String("snapshots")].toArray().size(), 100000);
        qInfo("seeded in %lld ms, listed 10000 clusters in %lld ms", seedMs, listMs);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOperations)
#include "tst_emulator_operations.moc"
