// dwsctl end to end: snapshot commands against an in-process emulator over real HTTP.

#include "DwsctlRunner.h"
#include "EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QStringList requestLines(EmulatorFixture& fixture)
{
    QStringList lines;
    for (const dwsemu::JournalEntry& entry : fixture->journal())
        lines << entry.method + QLatin1Char(' ') + entry.path;
    return lines;
}

QString dwsPath(EmulatorFixture& fixture, const QString& path)
{
    return QLatin1String("/v1.0/") + fixture.projectId() + path;
}

QJsonObject lastBody(EmulatorFixture& fixture)
{
    const QList<dwsemu::JournalEntry> journal = fixture->journal();
    return journal.isEmpty() ? QJsonObject()
                             : QJsonDocument::fromJson(journal.constLast().body).object();
}

const QString kSignIn = QStringLiteral("POST /v3/auth/tokens");

} // namespace

class TestDwsctlSnapshots : public QObject
{
    Q_OBJECT

private:
    // An available cluster with one finished snapshot; returns {cluster id, snapshot id}.
    std::pair<QString, QString> clusterWithSnapshot(EmulatorFixture& fixture, DwsctlRunner& runner)
    {
        const DwsctlResult created = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("source-dw"), QStringLiteral("--node-type"),
             QStringLiteral("dws.d2.xlarge"), QStringLiteral("--nodes"), QStringLiteral("3"),
             QStringLiteral("--vpc-id"), QStringLiteral("3a1b8c4e-58d1-4b53-9c0a-2f1f7cfb1a01"),
             QStringLiteral("--subnet-id"), QStringLiteral("4b2c9d5f-69e2-4c64-8d1b-3a2a8dac2b02"),
             QStringLiteral("--security-group-id"),
             QStringLiteral("5c3daf60-7af3-4d75-9e2c-4b3b9ebd3c03"), QStringLiteral("--admin-user"),
             QStringLiteral("dbadmin")});
        const QString clusterId = created.out.trimmed();
        fixture->advanceClock(20min);
        const DwsctlResult snapshot = runner.run(
            {QStringLiteral("snapshots"), QStringLiteral("create"), QStringLiteral("--cluster"),
             clusterId, QStringLiteral("--name"), QStringLiteral("nightly-1")});
        fixture->advanceClock(10min);
        fixture->clearJournal();
        return {clusterId, snapshot.out.trimmed()};
    }

private slots:
    void createSendsTheSnapshotAndPrintsItsId()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const auto [clusterId, firstSnapshot] = clusterWithSnapshot(fixture, runner);
        QVERIFY(!firstSnapshot.isEmpty());

        const DwsctlResult result = runner.run(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("snapshots"),
             QStringLiteral("create"), QStringLiteral("--cluster"), clusterId,
             QStringLiteral("--name"), QStringLiteral("weekly-1"), QStringLiteral("--description"),
             QStringLiteral("before upgrade")});
        QCOMPARE(result.exitCode, 0);
        const QString id = result.json()
                               .value(QLatin1String("snapshot"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("POST ") +
                                           dwsPath(fixture, QStringLiteral("/snapshots"))}));
        const QJsonObject snapshot = lastBody(fixture).value(QLatin1String("snapshot")).toObject();
        QCOMPARE(snapshot.value(QLatin1String("name")).toString(), QStringLiteral("weekly-1"));
        QCOMPARE(snapshot.value(QLatin1String("cluster_id")).toString(), clusterId);
        QCOMPARE(snapshot.value(QLatin1String("description")).toString(),
                 QStringLiteral("before upgrade"));
    }

    void createValidationAndUsageErrorsSendNothing()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        DwsctlResult result = runner.run({QStringLiteral("snapshots"), QStringLiteral("create"),
                                          QStringLiteral("--name"), QStringLiteral("nightly")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--cluster")));
        result = runner.run({QStringLiteral("snapshots"), QStringLiteral("create"),
                             QStringLiteral("--cluster"),
                             QStringLiteral("3a1b8c4e-58d1-4b53-9c0a-2f1f7cfb1a01"),
                             QStringLiteral("--name"), QStringLiteral("no")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("name")));
        QVERIFY(fixture->journal().isEmpty());
    }

    void listAndShowMatchTheEmulator()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const auto [clusterId, snapshotId] = clusterWithSnapshot(fixture, runner);
        const QJsonArray expected = runner.emulatorGet(QStringLiteral("snapshots"))
                                        .value(QLatin1String("snapshots"))
                                        .toArray();
        fixture->clearJournal();

        DwsctlResult result = runner.run(
            {QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--output=json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray printed = result.json().value(QLatin1String("snapshots")).toArray();
        QCOMPARE(printed.size(), expected.size());
        QCOMPARE(printed.size(), 1);
        for (const char* field : {"id", "name", "status", "cluster_id", "type", "size"})
            QCOMPARE(printed.at(0).toObject().value(QLatin1String(field)),
                     expected.at(0).toObject().value(QLatin1String(field)));
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") +
                                           dwsPath(fixture, QStringLiteral("/snapshots"))}));

        result = runner.run({QStringLiteral("snapshots"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QString header = result.out.section(QLatin1Char('\n'), 0, 0);
        for (const char* column : {"ID", "Name", "Cluster ID", "Status", "Size (GB)"})
            QVERIFY2(header.contains(QLatin1String(column)), qPrintable(header));

        fixture->clearJournal();
        result = runner.run({QStringLiteral("--output"), QStringLiteral("json"),
                             QStringLiteral("snapshots"), QStringLiteral("show"), snapshotId});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject shown = result.json().value(QLatin1String("snapshot")).toObject();
        QCOMPARE(shown.value(QLatin1String("id")).toString(), snapshotId);
        QCOMPARE(shown.value(QLatin1String("cluster_id")).toString(), clusterId);
        QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("AVAILABLE"));
        QCOMPARE(requestLines(fixture),
                 QStringList(
                     {kSignIn, QStringLiteral("GET ") +
                                   dwsPath(fixture, QStringLiteral("/snapshots/") + snapshotId)}));
    }

    void deleteNeedsYesAndSendsTheDelete()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const auto [clusterId, snapshotId] = clusterWithSnapshot(fixture, runner);
        DwsctlResult result =
            runner.run({QStringLiteral("snapshots"), QStringLiteral("delete"), snapshotId});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());

        result = runner.run({QStringLiteral("snapshots"), QStringLiteral("delete"), snapshotId,
                             QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requestLines(fixture),
                 QStringList(
                     {kSignIn, QStringLiteral("DELETE ") +
                                   dwsPath(fixture, QStringLiteral("/snapshots/") + snapshotId)}));
        result = runner.run({QStringLiteral("snapshots"), QStringLiteral("show"), snapshotId});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("DWS.0022")), qPrintable(result.err));
    }

    void restoreCreatesANewCluster()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const auto [clusterId, snapshotId] = clusterWithSnapshot(fixture, runner);

        DwsctlResult result = runner.run({QStringLiteral("snapshots"), QStringLiteral("restore"),
                                          snapshotId, QStringLiteral("--name"),
                                          QStringLiteral("restored-dw"), QStringLiteral("--port"),
                                          QStringLiteral("8100"), QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(fixture->journal().isEmpty());

        result = runner.run({QStringLiteral("snapshots"), QStringLiteral("restore"), snapshotId,
                             QStringLiteral("--name"), QStringLiteral("restored-dw"),
                             QStringLiteral("--port"), QStringLiteral("8100")});
        QCOMPARE(result.exitCode, 0);
        const QString newCluster = result.out.trimmed();
        QVERIFY(!newCluster.isEmpty());
        QVERIFY(newCluster != clusterId);
        QCOMPARE(
            requestLines(fixture),
            QStringList({kSignIn, QStringLiteral("POST ") +
                                      dwsPath(fixture, QStringLiteral("/snapshots/") + snapshotId +
                                                           QStringLiteral("/actions"))}));
        const QJsonObject restore = lastBody(fixture).value(QLatin1String("restore")).toObject();
        QCOMPARE(restore.value(QLatin1String("name")).toString(), QStringLiteral("restored-dw"));
        QCOMPARE(restore.value(QLatin1String("port")).toInt(), 8100);

        const QJsonObject detail = runner.emulatorGet(QStringLiteral("clusters/") + newCluster)
                                       .value(QLatin1String("cluster"))
                                       .toObject();
        QCOMPARE(detail.value(QLatin1String("name")).toString(), QStringLiteral("restored-dw"));
        QCOMPARE(detail.value(QLatin1String("task_status")).toString(),
                 QStringLiteral("RESTORING"));
    }

    void restoreValidationErrorsSendNothing()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString snapshotId = QStringLiteral("3a1b8c4e-58d1-4b53-9c0a-2f1f7cfb1a01");
        for (const QStringList& options :
             {QStringList{}, QStringList{QStringLiteral("--name"), QStringLiteral("1bad")},
              QStringList{QStringLiteral("--name"), QStringLiteral("good-name"),
                          QStringLiteral("--port"), QStringLiteral("80")},
              QStringList{QStringLiteral("--name"), QStringLiteral("good-name"),
                          QStringLiteral("--public-ip"), QStringLiteral("sometimes")},
              QStringList{QStringLiteral("--name"), QStringLiteral("good-name"),
                          QStringLiteral("--eip-id"), snapshotId}}) {
            const DwsctlResult result = runner.run(
                QStringList{QStringLiteral("snapshots"), QStringLiteral("restore"), snapshotId} +
                options);
            QCOMPARE(result.exitCode, 2);
        }
        QVERIFY(fixture->journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDwsctlSnapshots)
#include "tst_dwsctl_snapshots.moc"
