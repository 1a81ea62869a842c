#include "ServiceTestSupport.h"
#include "dws/ClusterService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
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

class TestClusterService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<api::HttpClient> m_client;
    std::unique_ptr<ClusterService> m_clusters;

    dwsemu::Emulator& emulator() { return m_fixture->emulator(); }

    QString createAvailableCluster(const QString& name)
    {
        Outcome<CreatedResource> created;
        m_clusters->create(clusterRequest(name), this, created.callback());
        if (!QTest::qWaitFor([&] { return created.arrived(); }, 10000) || !created.result->ok())
            return {};
        emulator().advanceClock(std::chrono::minutes(30));
        return created.value().id;
    }

    template <typename T> bool wait(Outcome<T>& outcome)
    {
        return QTest::qWaitFor([&] { return outcome.arrived(); }, 10000);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(m_fixture->isListening());
        m_client =
            std::make_unique<api::HttpClient>(settingsFor(*m_fixture), passwordCredentials());
        m_client->setRetryPolicy(fastRetries());
        m_client->setLanguage(api::Language::Chinese);
        m_clusters = std::make_unique<ClusterService>(m_client.get());
    }

    void cleanup()
    {
        m_clusters.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void nodeTypes()
    {
        Outcome<QList<NodeType>> outcome;
        m_clusters->nodeTypes(this, outcome.callback());
        QVERIFY(wait(outcome));
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.failureText()));
        QVERIFY(!outcome.value().isEmpty());
        QVERIFY(
            std::any_of(outcome.value().begin(), outcome.value().end(), [](const NodeType& type) {
                return type.specName == QLatin1String("dws.d2.xlarge");
            }));
        const auto sent = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/node_types"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].path,
                 QLatin1String("/v1.0/") + m_fixture->projectId() + QLatin1String("/node_types"));
        QCOMPARE(headerOf(sent[0], "X-Auth-Token"), m_client->iam()->cachedToken()->value.toUtf8());
        QCOMPARE(headerOf(sent[0], "X-Language"), QByteArray("zh_cn"));
    }

    void createListAndDetail()
    {
        const CreateClusterRequest request = clusterRequest(QStringLiteral("dws-orders-01"));
        Outcome<CreatedResource> created;
        m_clusters->create(request, this, created.callback());
        QVERIFY(wait(created));
        QVERIFY2(created.result->ok(), qPrintable(created.failureText()));
        QVERIFY(!created.value().id.isEmpty());
        QVERIFY(!created.value().reconciled);

        const auto posts = entries(emulator(), QStringLiteral("POST"), QStringLiteral("/clusters"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject cluster = jsonOf(posts[0].body)[QLatin1String("cluster")].toObject();
        QCOMPARE(cluster[QLatin1String("name")].toString(), request.name);
        QCOMPARE(cluster[QLatin1String("node_type")].toString(), request.nodeType);
        QCOMPARE(cluster[QLatin1String("number_of_node")].toInt(), 3);
        QCOMPARE(cluster[QLatin1String("user_name")].toString(), request.userName);
        QCOMPARE(cluster[QLatin1String("user_pwd")].toString(), request.userPassword);
        QCOMPARE(headerOf(posts[0], "Content-Type"), QByteArray("application/json"));
        QVERIFY(!headerOf(posts[0], "X-Auth-Token").isEmpty());

        Outcome<QList<Cluster>> listed;
        m_clusters->list(this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY2(listed.result->ok(), qPrintable(listed.failureText()));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value()[0].id, created.value().id);
        QCOMPARE(listed.value()[0].status.value(), ClusterStatus::Creating);

        emulator().advanceClock(std::chrono::minutes(30));
        Outcome<Cluster> detail;
        m_clusters->detail(created.value().id, this, detail.callback());
        QVERIFY(wait(detail));
        QVERIFY2(detail.result->ok(), qPrintable(detail.failureText()));
        QCOMPARE(detail.value().name, request.name);
        QVERIFY(detail.value().hasDetail);
        QCOMPARE(detail.value().status.value(), ClusterStatus::Available);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"),
                         QLatin1String("/clusters/") + created.value().id)
                     .size(),
                 1);
    }

    void listByEnterpriseProject()
    {
        Outcome<QList<Cluster>> listed;
        m_clusters->list(ClusterListQuery{QStringLiteral("0")}, this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY(listed.result->ok());
        const auto sent = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].query, QStringLiteral("enterprise_project_id=0"));
    }

    void restartResizeResetPasswordAndDelete()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-ops-02"));
        QVERIFY(!id.isEmpty());

        Outcome<api::Done> restarted;
        m_clusters->restart(id, this, restarted.callback());
        QVERIFY(wait(restarted));
        QVERIFY2(restarted.result->ok(), qPrintable(restarted.failureText()));
        const auto restart =
            entries(emulator(), QStringLiteral("POST"), id + QLatin1String("/restart"));
        QCOMPARE(restart.size(), 1);
        QVERIFY(jsonOf(restart[0].body)[QLatin1String("restart")].isObject());
        emulator().advanceClock(std::chrono::minutes(10));

        Outcome<api::Done> resized;
        m_clusters->resize(id, ResizeRequest::scaleOut(3), 3, this, resized.callback());
        QVERIFY(wait(resized));
        QVERIFY2(resized.result->ok(), qPrintable(resized.failureText()));
        const auto resize =
            entries(emulator(), QStringLiteral("POST"), id + QLatin1String("/resize"));
        QCOMPARE(resize.size(), 1);
        QCOMPARE(jsonOf(resize[0].body)[QLatin1String("scale_out")]
                     .toObject()[QLatin1String("count")]
                     .toInt(),
                 3);
        emulator().advanceClock(std::chrono::minutes(30));

        Outcome<api::Done> reset;
        const QString newPassword = QStringLiteral("Renewed#Pass77");
        m_clusters->resetPassword(id, ResetPasswordRequest{newPassword}, QStringLiteral("dbadmin"),
                                  this, reset.callback());
        QVERIFY(wait(reset));
        QVERIFY2(reset.result->ok(), qPrintable(reset.failureText()));
        const auto resetSent =
            entries(emulator(), QStringLiteral("POST"), id + QLatin1String("/reset-password"));
        QCOMPARE(resetSent.size(), 1);
        QCOMPARE(jsonOf(resetSent[0].body)[QLatin1String("new_password")].toString(), newPassword);

        Outcome<api::Done> deleted;
        m_clusters->remove(id, DeleteClusterRequest{1}, this, deleted.callback());
        QVERIFY(wait(deleted));
        QVERIFY2(deleted.result->ok(), qPrintable(deleted.failureText()));
        const auto deleteSent =
            entries(emulator(), QStringLiteral("DELETE"), QLatin1String("/clusters/") + id);
        QCOMPARE(deleteSent.size(), 1);
        QCOMPARE(deleteSent[0].status, 202);
        QCOMPARE(jsonOf(deleteSent[0].body)[QLatin1String("keep_last_manual_snapshot")].toInt(), 1);

        Outcome<Cluster> gone;
        m_clusters->detail(id, this, gone.callback());
        QVERIFY(wait(gone));
        QVERIFY(!gone.result->ok());
        QCOMPARE(gone.error().code, QStringLiteral("DWS.0047"));
        QCOMPARE(gone.error().operation, QStringLiteral("clusters.detail"));
    }

    void resizeToNodeType()
    {
        const QString id = createAvailableCluster(QStringLiteral("dws-ops-03"));
        Outcome<api::Done> resized;
        m_clusters->resize(id, ResizeRequest::resizeTo(QStringLiteral("dws.d2.xlarge"), 6), 3, this,
                           resized.callback());
        QVERIFY(wait(resized));
        const auto sent =
            entries(emulator(), QStringLiteral("POST"), id + QLatin1String("/resize"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = jsonOf(sent[0].body)[QLatin1String("resize")].toObject();
        QCOMPARE(body[QLatin1String("node_type")].toString(), QStringLiteral("dws.d2.xlarge"));
        QCOMPARE(body[QLatin1String("number_of_node")].toInt(), 6);
    }

    void invalidRequestsAreNotSent()
    {
        CreateClusterRequest request = clusterRequest(QStringLiteral("1bad name"));
        request.userPassword = QStringLiteral("short");
        Outcome<CreatedResource> created;
        m_clusters->create(request, this, created.callback());
        QCOMPARE(created.calls, 0); // never synchronously
        QVERIFY(wait(created));
        QVERIFY(!created.result->ok());
        QCOMPARE(created.error().kind, api::ErrorKind::Validation);
        QCOMPARE(created.error().operation, QStringLiteral("clusters.create"));
        QStringList fields;
        for (const auto& issue : created.error().issues)
            fields.append(issue.field);
        QVERIFY(fields.contains(QStringLiteral("name")));
        QVERIFY(fields.contains(QStringLiteral("user_pwd")));

        Outcome<api::Done> resized;
        m_clusters->resize(QStringLiteral("3a1d6c8e-0000-4000-8000-000000000001"),
                           ResizeRequest::scaleOut(0), 3, this, resized.callback());
        QVERIFY(wait(resized));
        QCOMPARE(resized.error().kind, api::ErrorKind::Validation);

        Outcome<Cluster> detail;
        m_clusters->detail(QString(), this, detail.callback());
        QVERIFY(wait(detail));
        QCOMPARE(detail.error().kind, api::ErrorKind::Validation);
        QVERIFY(emulator().journal().isEmpty());
    }

    void idsCannotChangeThePath()
    {
        Outcome<Cluster> detail;
        m_clusters->detail(QStringLiteral("../node_types"), this, detail.callback());
        QVERIFY(wait(detail));
        QVERIFY(!detail.result->ok());
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/node_types")).size(),
                 0);
    }

    void lostCreateAnswerIsReconciledByName_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("cut body") << QStringLiteral("POST /clusters$ truncated x1");
        QTest::newRow("timeout") << QStringLiteral("POST /clusters$ latency=3000 x1");
    }

    void lostCreateAnswerIsReconciledByName()
    {
        QFETCH(QString, rule);
        api::ConnectionSettings settings = m_client->settings();
        settings.transferTimeout = milliseconds(500);
        m_client->setSettings(settings);
        emulator().addFault(fault(rule));

        Outcome<CreatedResource> created;
        m_clusters->create(clusterRequest(QStringLiteral("dws-lost-answer")), this,
                           created.callback());
        QVERIFY(wait(created));
        QVERIFY2(created.result->ok(), qPrintable(created.failureText()));
        QVERIFY(created.value().reconciled);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/clusters")).size(),
                 1);

        Outcome<QList<Cluster>> listed;
        m_clusters->list(this, listed.callback());
        QVERIFY(wait(listed));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value()[0].id, created.value().id);
    }

    void failedCreateIsReportedNotCreated_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << QStringLiteral("POST /clusters$ 500 x1")
                             << int(api::ErrorKind::Http);
        QTest::newRow("no answer")
            << QStringLiteral("POST /clusters$ no-answer x1") << int(api::ErrorKind::Timeout);
    }

    void failedCreateIsReportedNotCreated()
    {
        QFETCH(QString, rule);
        QFETCH(int, kind);
        api::ConnectionSettings settings = m_client->settings();
        settings.transferTimeout = milliseconds(500);
        m_client->setSettings(settings);
        emulator().addFault(fault(rule));

        Outcome<CreatedResource> created;
        m_clusters->create(clusterRequest(QStringLiteral("dws-not-made")), this,
                           created.callback());
        QVERIFY(wait(created));
        QVERIFY(!created.result->ok());
        QCOMPARE(int(created.error().kind), kind);
        QCOMPARE(created.error().operation, QStringLiteral("clusters.create"));
        QVERIFY(created.error().detail.contains(QLatin1String("not created")));
        QVERIFY(wasNotCreated(created.error()));
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/clusters")).size(),
                 1);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 1);
    }

    void conflictIsNotReconciled()
    {
        QVERIFY(!createAvailableCluster(QStringLiteral("dws-twice")).isEmpty());
        Outcome<CreatedResource> again;
        m_clusters->create(clusterRequest(QStringLiteral("dws-twice")), this, again.callback());
        QVERIFY(wait(again));
        QVERIFY(!again.result->ok());
        QCOMPARE(again.error().code, QStringLiteral("DWS.5050"));
        QVERIFY(!wasNotCreated(again.error())); // a refusal, not a lost answer
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 0);
    }

    void listIsRetriedOnUnavailable()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 503 x2")));
        Outcome<QList<Cluster>> listed;
        m_clusters->list(this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY(listed.result->ok());
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 3);
    }

    // Qt may make the GUI thread wait for painting work on the global thread pool, so list
    // parses must not queue there: a list finishes while every global thread is taken.
    void listIsParsedOffTheGlobalThreadPool()
    {
        QVERIFY(!createAvailableCluster(QStringLiteral("dws-parse-01")).isEmpty());
        QThreadPool* global = QThreadPool::globalInstance();
        const int globalThreads = global->maxThreadCount();
        QSemaphore holdGlobalThreads;
        QSemaphore globalThreadsTaken;
        for (int thread = 0; thread < globalThreads; ++thread) {
            global->start([&] {
                globalThreadsTaken.release();
                holdGlobalThreads.acquire();
            });
        }
        const auto releaseGlobalThreads = qScopeGuard([&] {
            holdGlobalThreads.release(globalThreads);
            global->waitForDone();
        });
        QVERIFY(globalThreadsTaken.tryAcquire(globalThreads, 10000));

        Outcome<QList<Cluster>> listed;
        m_clusters->list(this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY2(listed.result->ok(), qPrintable(listed.failureText()));
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(global->activeThreadCount(), globalThreads);
    }

    void malformedListIsAParseError()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ malformed x1")));
        Outcome<QList<Cluster>> listed;
        m_clusters->list(this, listed.callback());
        QVERIFY(wait(listed));
        QVERIFY(!listed.result->ok());
        QCOMPARE(listed.error().kind, api::ErrorKind::Parse);
        QCOMPARE(listed.error().operation, QStringLiteral("clusters.list"));
    }

    void cancelledCallDeliversCancelledOnce()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ no-answer x1")));
        Outcome<QList<Cluster>> listed;
        api::CallHandle handle = m_clusters->list(this, listed.callback());
        QTRY_COMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(),
                     1);
        handle.cancel();
        QVERIFY(wait(listed));
        QCOMPARE(listed.error().kind, api::ErrorKind::Cancelled);
        // Another list to its end: a second, late callback would have been delivered by then.
        Outcome<QList<Cluster>> later;
        m_clusters->list(this, later.callback());
        QVERIFY(wait(later));
        QCOMPARE(listed.calls, 1);
    }

    void contextDestroyedBeforeTheAnswer()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ latency=200 x1")));
        bool called = false;
        auto context = std::make_unique<QObject>();
        m_clusters->list(context.get(), [&called](api::Result<QList<Cluster>>) { called = true; });
        QTRY_COMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(),
                     1);
        context.reset();
        // The same delay on a later list: once its answer is in, the first one's would be too.
        emulator().addFault(fault(QStringLiteral("GET /clusters$ latency=200 x1")));
        Outcome<QList<Cluster>> later;
        m_clusters->list(this, later.callback());
        QVERIFY(wait(later));
        QVERIFY(later.result->ok());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestClusterService)
#include "tst_cluster_service.moc"
