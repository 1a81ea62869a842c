#include "dws/JsonMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dws;

namespace {

// Parsed independently of the code under test, with Qt's own JSON reader.
QJsonObject parsed(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

class RequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void createClusterFull()
    {
        CreateClusterRequest request;
        request.nodeType = QStringLiteral("dws.d1.xlarge");
        request.numberOfNode = 3;
        request.subnetId = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");
        request.securityGroupId = QStringLiteral("dc3ec145-9029-4b39-b5a3-ace5a01f772b");
        request.vpcId = QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574");
        request.availabilityZone = QStringLiteral("cn-north-1b");
        request.name = QStringLiteral("dws-1");
        request.userName = QStringLiteral("dbadmin");
        request.userPassword = QStringLiteral("Passw0rd!");
        request.port = 8000;
        request.publicIp = PublicIpRequest{PublicBindType::BindExisting,
                                           QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574")};
        request.numberOfCn = 3;
        request.enterpriseProjectId = QStringLiteral("aca4e50a-266f-4786-827c-f8d6cc3fbada");

        const QJsonObject root = parsed(toJson(request));
        QCOMPARE(root.keys(), QStringList{"cluster"});
        const QJsonObject cluster = root.value("cluster").toObject();
        QCOMPARE(cluster.value("node_type").toString(), QStringLiteral("dws.d1.xlarge"));
        QCOMPARE(cluster.value("number_of_node").toInt(), 3);
        QVERIFY(cluster.value("number_of_node").isDouble());
        QCOMPARE(cluster.value("subnet_id").toString(), request.subnetId);
        QCOMPARE(cluster.value("security_group_id").toString(), request.securityGroupId);
        QCOMPARE(cluster.value("vpc_id").toString(), request.vpcId);
        QCOMPARE(cluster.value("availability_zone").toString(), QStringLiteral("cn-north-1b"));
        QCOMPARE(cluster.value("name").toString(), QStringLiteral("dws-1"));
        QCOMPARE(cluster.value("user_name").toString(), QStringLiteral("dbadmin"));
        QCOMPARE(cluster.value("user_pwd").toString(), QStringLiteral("Passw0rd!"));
        QCOMPARE(cluster.value("port").toInt(), 8000);
        QCOMPARE(cluster.value("number_of_cn").toInt(), 3);
        QCOMPARE(cluster.value("enterprise_project_id").toString(), request.enterpriseProjectId);
        const QJsonObject publicIp = cluster.value("public_ip").toObject();
        QCOMPARE(publicIp.value("public_bind_type").toString(), QStringLiteral("bind_existing"));
        QCOMPARE(publicIp.value("eip_id").toString(),
                 QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574"));
    }

    void createClusterOmitsUnsetOptionals()
    {
        CreateClusterRequest request;
        request.nodeType = QStringLiteral("dws.d2.xlarge");
        request.name = QStringLiteral("名字-utf8");
        const QJsonObject cluster = parsed(toJson(request)).value("cluster").toObject();
        for (const char* key :
             {"availability_zone", "port", "public_ip", "number_of_cn", "enterprise_project_id"})
            QVERIFY2(!cluster.contains(QLatin1String(key)), key);
        QCOMPARE(cluster.value("name").toString(), QStringLiteral("名字-utf8"));
    }

    void restore()
    {
        RestoreRequest request;
        request.name = QStringLiteral("dws-restored");
        request.port = 8001;
        request.publicIp = PublicIpRequest{PublicBindType::AutoAssign, {}};
        const QJsonObject root = parsed(toJson(request));
        QCOMPARE(root.keys(), QStringList{"restore"});
        const QJsonObject restore = root.value("restore").toObject();
        QCOMPARE(restore.value("name").toString(), QStringLiteral("dws-restored"));
        QCOMPARE(restore.value("port").toInt(), 8001);
        QCOMPARE(restore.value("public_ip").toObject().value("public_bind_type").toString(),
                 QStringLiteral("auto_assign"));
        QVERIFY(!restore.value("public_ip").toObject().contains("eip_id"));
        for (const char* key : {"subnet_id", "vpc_id", "security_group_id", "availability_zone",
                                "enterprise_project_id"})
            QVERIFY2(!restore.contains(QLatin1String(key)), key);
    }

    void resizeAndScaleOut()
    {
        const QJsonObject resize = parsed(toJson(ResizeRequest::resizeTo("dws.d2.xlarge", 6)));
        QCOMPARE(resize.keys(), QStringList{"resize"});
        QCOMPARE(resize.value("resize").toObject().value("node_type").toString(),
                 QStringLiteral("dws.d2.xlarge"));
        QCOMPARE(resize.value("resize").toObject().value("number_of_node").toInt(), 6);
        QCOMPARE(resize.value("resize").toObject().size(), 2);

        const QJsonObject scaleOut = parsed(toJson(ResizeRequest::scaleOut(3)));
        QCOMPARE(scaleOut.keys(), QStringList{"scale_out"});
        QCOMPARE(scaleOut.value("scale_out").toObject().value("count").toInt(), 3);
        QCOMPARE(scaleOut.value("scale_out").toObject().size(), 1);
    }

    void snapshot()
    {
        CreateSnapshotRequest request{QStringLiteral("snapshotForDemoCluster"),
                                      QStringLiteral("7ba031f6-81f4-4670-ad20-c490b91877e5"),
                                      QStringLiteral("Snapshot description")};
        const QJsonObject snapshot = parsed(toJson(request)).value("snapshot").toObject();
        QCOMPARE(snapshot.value("name").toString(), request.name);
        QCOMPARE(snapshot.value("cluster_id").toString(), request.clusterId);
        QCOMPARE(snapshot.value("description").toString(), request.description);
        request.description.clear();
        QVERIFY(!parsed(toJson(request)).value("snapshot").toObject().contains("description"));
    }

    void deleteResetRestart()
    {
        const QJsonObject remove = parsed(toJson(DeleteClusterRequest{1}));
        QCOMPARE(remove.keys(), QStringList{"keep_last_manual_snapshot"});
        QCOMPARE(remove.value("keep_last_manual_snapshot").toInt(), 1);
        QVERIFY(remove.value("keep_last_manual_snapshot").isDouble());
        QCOMPARE(
            parsed(toJson(DeleteClusterRequest{})).value("keep_last_manual_snapshot").toInt(-1), 0);

        const QJsonObject reset = parsed(toJson(ResetPasswordRequest{"NewPassw0rd!\"\\"}));
        QCOMPARE(reset.keys(), QStringList{"new_password"});
        QCOMPARE(reset.value("new_password").toString(), QStringLiteral("NewPassw0rd!\"\\"));

        const QJsonObject restart = parsed(toJson(RestartRequest{}));
        QCOMPARE(restart.keys(), QStringList{"restart"});
        QVERIFY(restart.value("restart").isObject());
        QVERIFY(restart.value("restart").toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(RequestsTest)
#include "tst_requests.moc"
