#include "ServiceTestSupport.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace dws;
using namespace apitest;
using std::chrono::milliseconds;

namespace {

QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestSnapshotService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<api::HttpClient> m_client;
    std::unique_ptr<ClusterService> m_clusters;
    std::unique_ptr<SnapshotService> m_snapshots;
    QString m_clusterId;

    dwsemu::Emulator& emulator() { return m_fixture->emulator(); }

    template <typename T> bool wait(Outcome<T>& outcome)
    {
        return QTest::qWaitFor([&] { return outcome.arrived(); }, 10000);
    }

    QString createSnapshot(const QString& name)
    {
        Outcome<CreatedResource> created;
        m_snapshots->create(CreateSnapshotRequest{name, m_clusterId, QStringLiteral("nightly")},
                            this, created.callback());
        if (!wait(created) || !created.result->ok())
            return {};
        emulator().advanceClock(std::chrono::minutes(10));
        return created.value().id;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(m_fixture->isListening());
        m_client =
            std::make_unique<api::HttpClient>(settingsFor(*m_fixture), passwordCredentials());
        m_client->setRetryPolicy(fastRetries());
        m_clusters = std::make_unique<ClusterService>(m_client.get());
        m_snapshots = std::make_unique<SnapshotService>(m_client.get());

        Outcome<CreatedResource> created;
        m_clusters->create(clusterRequest(QStringLiteral("dws-source-01")), this,
                           created.callback());
        QVERIFY(wait(created));
        QVERIFY2(created.result->ok(), qPrintable(created.failureText()));
        m_clusterId = created.value().id;
        emulator().advanceClock(std::chrono::minutes(30));
        emulator().clearJournal();
    }

    void cleanup()
    {
        m_snapshots.reset();
        m_clusters.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void createListDetailAndDelete()
    {
        Outcome<CreatedResource> created;
        m_snapshots->create(CreateSnapshotRequest{QStringLiteral("snap-nightly-1"), m_clusterId,
                                                  QStringLiteral("before upgrade")},
                            this, created.callback());
        QVERIFY(wait(created));
        QVERIFY2(created.result->ok(), qPrintable(created.failureText()));
        QVERIFY(!created.value().reconciled);
        const auto posts =
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/snapshots"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject snapshot = jsonOf(posts[0].body)[QLatin1String("snapshot")].toObject();
        QCOMPARE(snapshot[QLatin1String("name")].toString(), QStringLiteral("snap-nightly-1"));
        QCOMPARE(snapshot[QLatin1String("cluster_id")].toString(), m_clusterId);
        QCOMPARE(snapshot[QLatin1String("description")].toString(),
                 QStringLiteral("before upgrade"));
        QVERIFY(!headerOf(posts[0], "X-Auth-Token").isEmpty());

        Outcome<QList<Snapshot>> listed;
        m_snapshots->list(this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY2(listed.result->ok(), qPrintable(listed.failureText()));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value()[0].id, created.value().id);
        QCOMPARE(listed.value()[0].clusterId, m_clusterId);

        emulator().advanceClock(std::chrono::minutes(10));
        Outcome<Snapshot> detail;
        m_snapshots->detail(created.value().id, this, detail.callback());
        QVERIFY(wait(detail));
        QVERIFY2(detail.result->ok(), qPrintable(detail.failureText()));
        QCOMPARE(detail.value().name, QStringLiteral("snap-nightly-1"));
        QCOMPARE(detail.value().status.value(), SnapshotStatus::Available);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"),
                         QLatin1String("/snapshots/") + created.value().id)
                     .size(),
                 1);

        Outcome<api::Done> deleted;
        m_snapshots->remove(created.value().id, this, deleted.callback());
        QVERIFY(wait(deleted));
        QVERIFY2(deleted.result->ok(), qPrintable(deleted.failureText()));
        const auto deletes = entries(emulator(), QStringLiteral("DELETE"),
                                     QLatin1String("/snapshots/") + created.value().id);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].status, 202);

        Outcome<Snapshot> gone;
        m_snapshots->detail(created.value().id, this, gone.callback());
        QVERIFY(wait(gone));
        QVERIFY(!gone.result->ok());
        QCOMPARE(gone.error().code, QStringLiteral("DWS.0022"));
        QCOMPARE(gone.error().operation, QStringLiteral("snapshots.detail"));
    }

    void restoreCreatesANewCluster()
    {
        const QString snapshotId = createSnapshot(QStringLiteral("snap-restore-1"));
        QVERIFY(!snapshotId.isEmpty());
        RestoreRequest request;
        request.name = QStringLiteral("dws-restored-01");
        request.port = 8100;
        Outcome<CreatedResource> restored;
        m_snapshots->restore(snapshotId, request, this, restored.callback());
        QVERIFY(wait(restored));
        QVERIFY2(restored.result->ok(), qPrintable(restored.failureText()));
        QVERIFY(restored.value().id != m_clusterId);
        const auto sent =
            entries(emulator(), QStringLiteral("POST"), snapshotId + QLatin1String("/actions"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = jsonOf(sent[0].body)[QLatin1String("restore")].toObject();
        QCOMPARE(body[QLatin1String("name")].toString(), request.name);
        QCOMPARE(body[QLatin1String("port")].toInt(), 8100);

        Outcome<Cluster> detail;
        m_clusters->detail(restored.value().id, this, detail.callback());
        QVERIFY(wait(detail));
        QVERIFY(detail.result->ok());
        QCOMPARE(detail.value().name, request.name);
    }

    void lostSnapshotAnswerIsReconciledIgnoringCase()
    {
        emulator().addFault(fault(QStringLiteral("POST /snapshots$ truncated x1")));
        Outcome<CreatedResource> created;
        m_snapshots->create(CreateSnapshotRequest{QStringLiteral("Snap-Lost-1"), m_clusterId, {}},
                            this, created.callback());
        QVERIFY(wait(created));
        QVERIFY2(created.result->ok(), qPrintable(created.failureText()));
        QVERIFY(created.value().reconciled);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/snapshots")).size(),
                 1);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/snapshots")).size(),
                 1);
    }

    void lostRestoreAnswerIsReconciledByClusterName()
    {
        const QString snapshotId = createSnapshot(QStringLiteral("snap-restore-2"));
        api::ConnectionSettings settings = m_client->settings();
        settings.transferTimeout = milliseconds(500);
        m_client->setSettings(settings);
        emulator().addFault(fault(QStringLiteral("POST /actions$ latency=3000 x1")));
        RestoreRequest request;
        request.name = QStringLiteral("dws-restored-02");
        Outcome<CreatedResource> restored;
        m_snapshots->restore(snapshotId, request, this, restored.callback());
        QVERIFY(wait(restored));
        QVERIFY2(restored.result->ok(), qPrintable(restored.failureText()));
        QVERIFY(restored.value().reconciled);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/actions")).size(), 1);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 1);
    }

    void failedSnapshotCreateSaysNotCreated()
    {
        emulator().addFault(fault(QStringLiteral("POST /snapshots$ 503 x1")));
        Outcome<CreatedResource> created;
        m_snapshots->create(CreateSnapshotRequest{QStringLiteral("snap-failed-1"), m_clusterId, {}},
                            this, created.callback());
        QVERIFY(wait(created));
        QVERIFY(!created.result->ok());
        QCOMPARE(created.error().httpStatus, 503);
        QVERIFY(created.error().detail.contains(QLatin1String("not created")));
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/snapshots")).size(),
                 1);
    }

    void deleteIsNotResent()
    {
        const QString snapshotId = createSnapshot(QStringLiteral("snap-delete-1"));
        emulator().addFault(fault(QStringLiteral("DELETE /snapshots/ 503 x3")));
        Outcome<api::Done> deleted;
        m_snapshots->remove(snapshotId, this, deleted.callback());
        QVERIFY(wait(deleted));
        QVERIFY(!deleted.result->ok());
        QCOMPARE(deleted.error().operation, QStringLiteral("snapshots.delete"));
        QCOMPARE(entries(emulator(), QStringLiteral("DELETE"), snapshotId).size(), 1);
    }

    void invalidRequestsAreNotSent()
    {
        emulator().clearJournal();
        Outcome<CreatedResource> created;
        m_snapshots->create(
            CreateSnapshotRequest{QStringLiteral("x"), QStringLiteral("not-a-uuid"), {}}, this,
            created.callback());
        QVERIFY(wait(created));
        QCOMPARE(created.error().kind, api::ErrorKind::Validation);
        QCOMPARE(created.error().operation, QStringLiteral("snapshots.create"));
        QVERIFY(created.error().issues.size() >= 2);

        Outcome<CreatedResource> restored;
        m_snapshots->restore(QStringLiteral("3a1d6c8e-0000-4000-8000-000000000001"),
                             RestoreRequest{}, this, restored.callback());
        QVERIFY(wait(restored));
        QCOMPARE(restored.error().kind, api::ErrorKind::Validation);
        QCOMPARE(restored.error().operation, QStringLiteral("snapshots.restore"));
        QVERIFY(emulator().journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotService)
#include "tst_snapshot_service.moc"
