#include "dws/JsonMapping.h"

#include <QTest>

using namespace dws;

namespace {

// Section 5.1.2 response sample (the jdbc_url lines the PDF wraps are joined).
const QByteArray kListSample = R"({
  "clusters": [
    {
      "id": "7d85f602-a948-4a30-afd4-e84f47471c15",
      "status": "AVAILABLE",
      "sub_status": "READONLY",
      "task_status": "SNAPSHOTTING",
      "action_progress": {"SNAPSHOTTING": "20%"},
      "node_type": "dws.d1.xlarge.ultrahigh",
      "subnet_id": "374eca02-cfc4-4de7-8ab5-dbebf7d9a720",
      "security_group_id": "dc3ec145-9029-4b39-b5a3-ace5a01f772b",
      "number_of_node": 3,
      "availability_zone": "cn-north-1b",
      "port": 8000,
      "name": "dws-1",
      "version": "1.2.0",
      "vpc_id": "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574",
      "user_name": "dbadmin",
      "public_ip": {
        "public_bind_type": "auto_assign",
        "eip_id": "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574"
      },
      "public_endpoints": [
        {
          "public_connect_info": "dws-1.cn-north-1.myhwclouds.com",
          "jdbc_url": "jdbc:postgresql://dws-1.cn-north-1.myhwclouds.com/<YOUR_DATABASE_NAME>"
        }
      ],
      "endpoints": [
        {
          "connect_info": "dws-1.cn-north-1.myhuaweicloud.com",
          "jdbc_url": "jdbc:postgresql://dws-1.cn-north-1.myhuaweicloud.com/<YOUR_DATABASE_NAME>"
        }
      ],
      "updated": "2016-02-10T14:28:14Z",
      "created": "2016-02-10T14:26:14Z",
      "enterprise_project_id": "aca4e50a-266f-4786-827c-f8d6cc3fbada",
      "recent_event": 6
    }
  ]
})";

// Section 5.1.3 response sample (wrapped lines joined).
const QByteArray kDetailSample = R"({
  "cluster": {
    "id": "7d85f602-a948-4a30-afd4-e84f47471c15",
    "status": "AVAILABLE",
    "name": "dws-1",
    "updated": "2018-02-10T14:28:14Z",
    "created": "2018-02-10T14:28:14Z",
    "user_name": "dbadmin",
    "sub_status": "READONLY",
    "task_status": "SNAPSHOTTING",
    "action_progress": {"SNAPSHOTTING": "20%"},
    "node_type": "dws.m1.xlarge.ultrahigh",
    "node_type_id": "5ddb1071-c5d7-40e0-a874-8a032e81a697",
    "subnet_id": "374eca02-cfc4-4de7-8ab5-dbebf7d9a720",
    "security_group_id": "dc3ec145-9029-4b39-b5a3-ace5a01f772b",
    "number_of_node": 3,
    "availability_zone": "cn-north-1b",
    "port": 8000,
    "vpc_id": "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574",
    "public_ip": {
      "public_bind_type": "auto_assign",
      "eip_id": "85b20d7e-9eb7-4b2a-98f3-3c8843ea3574",
      "eip_address": "100.95.157.20"
    },
    "private_ip": ["192.168.0.12", "192.168.0.66"],
    "public_endpoints": [
      {
        "public_connect_info": "dws-1.cn-north-1.myhwclouds.com",
        "jdbc_url": "jdbc:postgresql://dws-1.cn-north-1.myhwclouds.com/<YOUR_DATABASE_NAME>"
      }
    ],
    "endpoints": [
      {
        "connect_info": "dws-1.cn-north-1.myhuaweicloud.com",
        "jdbc_url": "jdbc:postgresql://dws-1.cn-north-1.myhuaweicloud.com/<YOUR_DATABASE_NAME>"
      }
    ],
    "version": "1.2.0",
    "maintain_window": {
      "day": "Wed",
      "start_time": "22:00",
      "end_time": "02:00"
    },
    "resize_info": {
      "target_node_num": "6",
      "origin_node_num": "3",
      "status": "GROWING",
      "start_time": "2018-02-14T14:28:14Z",
      "origin_node_type": "dws.m1.xlarge.ultrahigh",
      "target_node_type": "dws.d2.xlarge"
    },
    "enterprise_project_id": "6a6a18fe-417a-4188-9214-75fd08c22065",
    "recent_event": 6,
    "tags": [
      {"key": "key1", "value": "value1"},
      {"key": "key2", "value": "value2"}
    ],
    "parameter_group": {
      "id": "157e9cc4-64a8-11e8-adc0-fa7ae01bbebc",
      "name": "Default-Parameter-Group-DWS",
      "status": "In-Sync"
    }
  }
})";

// A minimal valid cluster object; `extra` is spliced in after the required fields.
QByteArray clusterObject(const QByteArray& extra = {}, const QByteArray& id = "c-1")
{
    QByteArray object = "{\"id\": \"" + id + "\", ";
    object += "\"name\": \"dws-demo\", \"status\": \"AVAILABLE\", "
              "\"node_type\": \"dws.d1.xlarge\", \"number_of_node\": 3, \"port\": 8000, "
              "\"version\": \"1.1.0\", \"user_name\": \"dbadmin\", \"vpc_id\": \"v\", "
              "\"subnet_id\": \"s\", \"security_group_id\": \"g\", "
              "\"availability_zone\": \"cn-north-1b\", \"created\": \"2018-01-15T12:50:06\", "
              "\"updated\": \"2018-01-15T12:50:06\"";
    if (!extra.isEmpty())
        object += ", " + extra;
    return object + "}";
}

QByteArray listOf(const QByteArrayList& clusters)
{
    return R"({"clusters": [)" + clusters.join(',') + "]}";
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class ClusterMappingTest : public QObject
{
    Q_OBJECT

private slots:
    void listSample()
    {
        const auto result = parseClusterList(kListSample);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().size(), 1);
        const Cluster& c = result.value().first();
        QCOMPARE(c.id, QStringLiteral("7d85f602-a948-4a30-afd4-e84f47471c15"));
        QVERIFY(c.status == ClusterStatus::Available);
        QVERIFY(c.subStatus.testFlag(SubStatus::ReadOnly));
        QVERIFY(c.taskStatus == TaskStatus::Snapshotting);
        QCOMPARE(c.actionProgress.percentOf(TaskStatus::Snapshotting), std::optional<int>(20));
        QCOMPARE(c.actionProgress.tasks.first().text, QStringLiteral("20%"));
        QCOMPARE(c.nodeType, QStringLiteral("dws.d1.xlarge.ultrahigh"));
        QCOMPARE(c.subnetId, QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720"));
        QCOMPARE(c.securityGroupId, QStringLiteral("dc3ec145-9029-4b39-b5a3-ace5a01f772b"));
        QCOMPARE(c.numberOfNode, 3);
        QCOMPARE(c.availabilityZone, QStringLiteral("cn-north-1b"));
        QCOMPARE(c.port, 8000);
        QCOMPARE(c.name, QStringLiteral("dws-1"));
        QCOMPARE(c.version, QStringLiteral("1.2.0"));
        QCOMPARE(c.vpcId, QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574"));
        QCOMPARE(c.userName, QStringLiteral("dbadmin"));
        QVERIFY(c.publicIp.bindType == PublicBindType::AutoAssign);
        QCOMPARE(c.publicIp.eipId, QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574"));
        QCOMPARE(c.publicEndpoints.size(), 1);
        QCOMPARE(c.publicEndpoints.first().publicConnectInfo,
                 QStringLiteral("dws-1.cn-north-1.myhwclouds.com"));
        QCOMPARE(c.endpoints.size(), 1);
        QCOMPARE(c.endpoints.first().connectInfo,
                 QStringLiteral("dws-1.cn-north-1.myhuaweicloud.com"));
        QCOMPARE(c.endpoints.first().jdbcUrl,
                 QStringLiteral(
                     "jdbc:postgresql://dws-1.cn-north-1.myhuaweicloud.com/<YOUR_DATABASE_NAME>"));
        QCOMPARE(c.updated, utc(2016, 2, 10, 14, 28, 14));
        QCOMPARE(c.created, utc(2016, 2, 10, 14, 26, 14));
        QCOMPARE(c.created.timeSpec(), Qt::UTC);
        QCOMPARE(c.enterpriseProjectId, QStringLiteral("aca4e50a-266f-4786-827c-f8d6cc3fbada"));
        QCOMPARE(c.recentEvent, 6);
        QVERIFY(!c.failedReasons);
        QVERIFY(!c.maintainWindow);
        QVERIFY(!c.hasDetail);
    }

    void detailSample()
    {
        const auto result = parseClusterDetail(kDetailSample);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        const Cluster& c = result.value();
        QVERIFY(c.hasDetail);
        QCOMPARE(c.nodeTypeId, QStringLiteral("5ddb1071-c5d7-40e0-a874-8a032e81a697"));
        QCOMPARE(c.publicIp.eipAddress, QStringLiteral("100.95.157.20"));
        QCOMPARE(c.privateIps, QStringList({"192.168.0.12", "192.168.0.66"}));
        QVERIFY(c.maintainWindow);
        QCOMPARE(c.maintainWindow->day, QStringLiteral("Wed"));
        QCOMPARE(c.maintainWindow->startTime, QStringLiteral("22:00"));
        QCOMPARE(c.maintainWindow->endTime, QStringLiteral("02:00"));
        QVERIFY(c.resizeInfo);
        QCOMPARE(c.resizeInfo->targetNodeNum, std::optional<int>(6));
        QCOMPARE(c.resizeInfo->originNodeNum, std::optional<int>(3));
        QVERIFY(c.resizeInfo->status == TaskStatus::Growing);
        QCOMPARE(c.resizeInfo->startTime, utc(2018, 2, 14, 14, 28, 14));
        QCOMPARE(c.resizeInfo->originNodeType, QStringLiteral("dws.m1.xlarge.ultrahigh"));
        QCOMPARE(c.resizeInfo->targetNodeType, QStringLiteral("dws.d2.xlarge"));
        QCOMPARE(c.tags.size(), 2);
        QCOMPARE(c.tags.at(1).key, QStringLiteral("key2"));
        QCOMPARE(c.tags.at(1).value, QStringLiteral("value2"));
        QVERIFY(c.parameterGroup);
        QCOMPARE(c.parameterGroup->name, QStringLiteral("Default-Parameter-Group-DWS"));
        QVERIFY(c.parameterGroup->status == ParameterGroupStatus::InSync);
    }

    // Quick-start shape: nulls where the tables say required, timestamps without zone.
    void quickStartNullsAndZonelessTimes()
    {
        const QByteArray body = R"({"cluster": )" +
                                clusterObject(R"("task_status": null, "action_progress": null,
            "tags": null, "sub_status": "NORMAL", "recent_event": 1,
            "maintain_window": {"day": "Wed", "start_time": "22:00", "end_time": "02:00"})") +
                                "}";
        const auto result = parseClusterDetail(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        const Cluster& c = result.value();
        QVERIFY(c.taskStatus.isIdle());
        QVERIFY(c.actionProgress.isEmpty());
        QVERIFY(c.tags.isEmpty());
        QCOMPARE(c.created, utc(2018, 1, 15, 12, 50, 6));
        QCOMPARE(c.created.timeSpec(), Qt::UTC);
    }

    void timestampVariants_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("zulu") << QByteArray("2016-02-10T14:28:14Z") << utc(2016, 2, 10, 14, 28, 14);
        QTest::newRow("no zone") << QByteArray("2018-01-15T12:50:06")
                                 << utc(2018, 1, 15, 12, 50, 6);
        QTest::newRow("fraction") << QByteArray("2019-02-13T06:52:13.855000Z")
                                  << utc(2019, 2, 13, 6, 52, 13, 855);
        QTest::newRow("offset") << QByteArray("2019-02-13T14:52:13+08:00")
                                << utc(2019, 2, 13, 6, 52, 13);
        QTest::newRow("compact offset")
            << QByteArray("2019-02-13T01:52:13-0500") << utc(2019, 2, 13, 6, 52, 13);
    }
    void timestampVariants()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        QByteArray cluster = clusterObject(R"("failed_reasons": null)");
        const QByteArray updated = QByteArray("\"updated\": \"") + text + QByteArray("\"");
        cluster.replace(QByteArray("\"updated\": \"2018-01-15T12:50:06\""), updated);
        const auto result = parseClusterList(listOf(QByteArrayList{cluster}));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().first().updated, expected);
        QCOMPARE(parseTimestamp(QString::fromLatin1(text)), expected);
    }

    void integersAsStringsAndEmptyProgress()
    {
        const QByteArray body = listOf({clusterObject(
            R"("recent_event": "4", "action_progress": {}, "task_status": "", "resize_info": null)")});
        QByteArray patched = body;
        patched.replace("\"number_of_node\": 3", "\"number_of_node\": \"5\"");
        const auto result = parseClusterList(patched);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().first().numberOfNode, 5);
        QCOMPARE(result.value().first().recentEvent, 4);
        QVERIFY(result.value().first().actionProgress.isEmpty());
        QVERIFY(result.value().first().taskStatus.isIdle());
    }

    void failedReasonsAndEipFailure()
    {
        const auto result = parseClusterDetail(
            R"({"cluster": )" +
            clusterObject(R"("failed_reasons": {"error_code": "DWS.6000", "error_msg": "boom"},
                "public_ip": {"public_bind_type": "bind_existing", "eip_id": "e", "status": "FAIL",
                              "error_message": "no quota"})") +
            "}");
        QVERIFY(result.ok());
        QVERIFY(result.value().failedReasons);
        QCOMPARE(result.value().failedReasons->errorCode, QStringLiteral("DWS.6000"));
        QCOMPARE(result.value().failedReasons->errorMessage, QStringLiteral("boom"));
        QVERIFY(result.value().publicIp.bindFailed());
        QCOMPARE(result.value().publicIp.errorMessage, QStringLiteral("no quota"));
    }

    void unknownValuesAreKept()
    {
        const auto result = parseClusterList(listOf(
            {clusterObject(
                 R"("task_status": "ORDER_SOMETHING_NEW", "sub_status": "DEGRADED SHINY READONLY",
               "action_progress": {"MIGRATING": "about half"}, "brand_new_field": {"a": [1, 2]})")
                 .replace("\"status\": \"AVAILABLE\"", "\"status\": \"MELTING\"")}));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        const Cluster& c = result.value().first();
        QVERIFY(!c.status.isKnown());
        QCOMPARE(c.status.toString(), QStringLiteral("MELTING"));
        QCOMPARE(c.status.displayText(), QStringLiteral("MELTING"));
        QVERIFY(!c.taskStatus.isKnown());
        QCOMPARE(c.taskStatus.toString(), QStringLiteral("ORDER_SOMETHING_NEW"));
        QVERIFY(c.subStatus.testFlag(SubStatus::Degraded));
        QVERIFY(c.subStatus.testFlag(SubStatus::ReadOnly));
        QCOMPARE(c.subStatus.unknownWords(), QStringList{"SHINY"});
        QCOMPARE(c.subStatus.toString(), QStringLiteral("DEGRADED SHINY READONLY"));
        QCOMPARE(c.actionProgress.tasks.size(), 1);
        QCOMPARE(c.actionProgress.tasks.first().task.toString(), QStringLiteral("MIGRATING"));
        QCOMPARE(c.actionProgress.tasks.first().percent, std::nullopt);
        QCOMPARE(c.actionProgress.tasks.first().text, QStringLiteral("about half"));
    }

    void wrongTypeNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("detail");
        QTest::newRow("integer text")
            << QByteArray("\"number_of_node\": 3") << QByteArray("\"number_of_node\": \"three\"")
            << "clusters[3].number_of_node: expected an integer";
        QTest::newRow("integer fraction")
            << QByteArray("\"port\": 8000") << QByteArray("\"port\": 8000.5")
            << "clusters[3].port: expected an integer";
        QTest::newRow("integer object")
            << QByteArray("\"port\": 8000") << QByteArray("\"port\": {}")
            << "clusters[3].port: expected an integer";
        QTest::newRow("string number")
            << QByteArray("\"name\": \"dws-demo\"") << QByteArray("\"name\": 12")
            << "clusters[3].name: expected a string";
        QTest::newRow("required null")
            << QByteArray("\"id\": \"c-3\"") << QByteArray("\"id\": null")
            << "clusters[3].id: expected a string";
        QTest::newRow("bad timestamp") << QByteArray("\"created\": \"2018-01-15T12:50:06\"")
                                       << QByteArray("\"created\": \"yesterday\"")
                                       << "clusters[3].created: expected an ISO 8601 timestamp";
        QTest::newRow("object as array")
            << QByteArray("\"port\": 8000") << QByteArray("\"port\": 8000, \"endpoints\": {}")
            << "clusters[3].endpoints: expected an array";
        QTest::newRow("nested element")
            << QByteArray("\"port\": 8000")
            << QByteArray("\"port\": 8000, \"endpoints\": [{\"connect_info\": \"a\"}, "
                          "{\"connect_info\": 5}]")
            << "clusters[3].endpoints[1].connect_info: expected a string";
        QTest::newRow("progress value") << QByteArray("\"port\": 8000")
                                        << QByteArray("\"port\": 8000, \"action_progress\": "
                                                      "{\"GROWING\": [1]}")
                                        << "clusters[3].action_progress.GROWING: expected a "
                                           "percentage such as \"20%\"";
        QTest::newRow("missing") << QByteArray("\"port\": 8000, ") << QByteArray()
                                 << "clusters[3].port: missing";
    }
    void wrongTypeNamesTheField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, detail);
        QByteArray broken = clusterObject({}, "c-3");
        QVERIFY(broken.contains(from));
        broken.replace(from, to);
        const QByteArray body = listOf(
            {clusterObject({}, "c-0"), clusterObject({}, "c-1"), clusterObject({}, "c-2"), broken});
        const auto result = parseClusterList(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, api::ErrorKind::Parse);
        QCOMPARE(result.error().detail, detail);
    }

    void aClusterLackingDescriptiveFieldsStillLists()
    {
        QByteArray sparse = R"({"id": "c-2", "name": "creating", "status": "CREATING", )"
                            R"("number_of_node": 3, "port": 8000})";
        const auto result = parseClusterList(listOf({clusterObject({}, "c-1"), sparse}));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().size(), 2);
        const Cluster& full = result.value().at(0);
        QCOMPARE(full.version, QStringLiteral("1.1.0"));
        QVERIFY(full.created.isValid());
        const Cluster& gaps = result.value().at(1);
        QCOMPARE(gaps.name, QStringLiteral("creating"));
        QVERIFY(gaps.status == ClusterStatus::Creating);
        QVERIFY(gaps.version.isEmpty());
        QVERIFY(gaps.availabilityZone.isEmpty());
        QVERIFY(gaps.nodeType.isEmpty());
        QVERIFY(!gaps.created.isValid());
        QVERIFY(!gaps.updated.isValid());
    }

    void missingIdentityFailsTheList_data()
    {
        QTest::addColumn<QByteArray>("member");
        for (const char* member :
             {"\"id\": \"c-1\", ", "\"name\": \"dws-demo\", ", "\"status\": \"AVAILABLE\", "})
            QTest::newRow(member) << QByteArray(member);
    }
    void missingIdentityFailsTheList()
    {
        QFETCH(QByteArray, member);
        QByteArray broken = clusterObject();
        QVERIFY(broken.contains(member));
        broken.replace(member, "");
        const auto result = parseClusterList(listOf({broken}));
        QVERIFY(!result.ok());
        QVERIFY(result.error().detail.endsWith(QStringLiteral(": missing")));
    }

    void missingRootMember()
    {
        const auto result = parseClusterList(R"({"servers": []})");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, QStringLiteral("clusters: missing"));
        const auto detail = parseClusterDetail(R"({"cluster": []})");
        QVERIFY(!detail.ok());
        QCOMPARE(detail.error().detail, QStringLiteral("cluster: expected an object"));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("<html>Bad gateway</html>");
        QTest::newRow("truncated") << kListSample.left(kListSample.size() / 2);
        QTest::newRow("trailing comma") << QByteArray(R"({"clusters": [{"id": "a",}]})");
        QTest::newRow("trailing comma in array") << QByteArray(R"({"clusters": [],})");
        QTest::newRow("two documents") << QByteArray(R"({"clusters": []} {})");
        QTest::newRow("top-level array") << QByteArray("[]");
        QTest::newRow("top-level string") << QByteArray("\"clusters\"");
        QTest::newRow("raw newline in string")
            << QByteArray("{\"clusters\": [{\"id\": \"a\nb\"}]}");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        const auto result = parseClusterList(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, api::ErrorKind::Parse);
        QVERIFY(!result.error().detail.isEmpty());
    }

    void deepNestingIsTooLarge()
    {
        const int depth = kMaxJsonDepth + 10;
        QByteArray body = R"({"clusters": [)" + clusterObject(R"("extra": )");
        body.chop(1); // reopen the object to nest inside "extra"
        body += QByteArray(depth, '[') + QByteArray(depth, ']') + "}]}";
        const auto result = parseClusterList(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, api::ErrorKind::TooLarge);

        QByteArray fine =
            R"({"clusters": [], "x": )" + QByteArray(20, '[') + QByteArray(20, ']') + "}";
        QVERIFY(parseClusterList(fine).ok());
    }

    void largeListMapsEveryCluster()
    {
        QByteArrayList clusters;
        for (int i = 0; i < 2000; ++i)
            clusters.append(clusterObject({}, "id-" + QByteArray::number(i)));
        const auto result = parseClusterList(listOf(clusters));
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2000);
        QCOMPARE(result.value().at(1234).id, QStringLiteral("id-1234"));
    }

    void equalityFollowsContent()
    {
        const auto a = parseClusterDetail(kDetailSample);
        const auto b = parseClusterDetail(kDetailSample);
        QVERIFY(a.value() == b.value());
        QByteArray changed = kDetailSample;
        changed.replace("\"20%\"", "\"21%\"");
        QVERIFY(!(parseClusterDetail(changed).value() == a.value()));
    }

    void createdIds()
    {
        const auto cluster = parseCreatedClusterId(R"({"cluster": {"id": "abc"}})");
        QVERIFY(cluster.ok());
        QCOMPARE(cluster.value(), QStringLiteral("abc"));
        const auto snapshot = parseCreatedSnapshotId(
            R"({"snapshot": {"id": "2a4d0f86-67cd-408a-8b66-017454fb7793"}})");
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value(), QStringLiteral("2a4d0f86-67cd-408a-8b66-017454fb7793"));
        const auto missing = parseCreatedClusterId(R"({"cluster": {}})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().detail, QStringLiteral("cluster.id: missing"));
    }
};

QTEST_GUILESS_MAIN(ClusterMappingTest)
#include "tst_clustermapping.moc"
