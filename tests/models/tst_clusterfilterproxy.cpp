#include "PrefixTranslator.h"
#include "Samples.h"
#include "models/ClusterFilterProxy.h"
#include "models/ClusterTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <memory>

using dws::Cluster;
using dws::ClusterFilterProxy;
using dws::ClusterStatus;
using dws::ClusterTableModel;
using namespace samples;

class TestClusterFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFilterShowsEverything();
    void filter_data();
    void filter();
    void filterFollowsRefreshes();
    void filterMatchesTheTranslatedStatus();
    void sortsNodesAsNumbers();
    void sortsCreatedAsDates();
    void sortsNamesCaseInsensitively();
    void sortStaysSortedAcrossRefreshes();

private:
    QStringList visibleIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(ClusterTableModel::IdRole).toString());
        return ids;
    }

    std::unique_ptr<ClusterTableModel> m_model;
    std::unique_ptr<ClusterFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

static QList<Cluster> mixedFleet()
{
    Cluster sales = cluster(QStringLiteral("1f0c-aaaa"), QStringLiteral("Sales-DW"));
    sales.numberOfNode = 10;
    sales.created = utc(2024, 5, 1);
    Cluster ops =
        cluster(QStringLiteral("2e1d-bbbb"), QStringLiteral("ops"), ClusterStatus::Creating);
    ops.numberOfNode = 3;
    ops.created = utc(2023, 1, 1);
    Cluster archive = cluster(QStringLiteral("3a2b-cccc"), QStringLiteral("archive"),
                              ClusterStatus::CreationFailed);
    archive.numberOfNode = 2;
    archive.created = utc(2024, 1, 1);
    return {sales, ops, archive};
}

void TestClusterFilterProxy::init()
{
    m_model = std::make_unique<ClusterTableModel>();
    m_proxy = std::make_unique<ClusterFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->apply(mixedFleet());
}

void TestClusterFilterProxy::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestClusterFilterProxy::emptyFilterShowsEverything()
{
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setFilterText(QStringLiteral("   "));
    QCOMPARE(m_proxy->rowCount(), 3);
    QCOMPARE(m_proxy->filterText(), QString());
}

void TestClusterFilterProxy::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("name, other case") << QStringLiteral("sales") << QStringList{"1f0c-aaaa"};
    QTest::newRow("part of a name") << QStringLiteral("CHIV") << QStringList{"3a2b-cccc"};
    QTest::newRow("id") << QStringLiteral("2E1D") << QStringList{"2e1d-bbbb"};
    QTest::newRow("status, display text")
        << QStringLiteral("creation failed") << QStringList{"3a2b-cccc"};
    QTest::newRow("status, wire text") << QStringLiteral("CREATING") << QStringList{"2e1d-bbbb"};
    QTest::newRow("status shared by all")
        << QStringLiteral("a") << QStringList{"1f0c-aaaa", "2e1d-bbbb", "3a2b-cccc"};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestClusterFilterProxy::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setFilterText(text);
    QStringList visible = visibleIds();
    visible.sort();
    QCOMPARE(visible, ids);
}

void TestClusterFilterProxy::filterFollowsRefreshes()
{
    m_proxy->setFilterText(QStringLiteral("creating"));
    QCOMPARE(visibleIds(), QStringList{"2e1d-bbbb"});

    QList<Cluster> refreshed = mixedFleet();
    refreshed[1].status = ClusterStatus::Available; // ops finished creating
    refreshed[0].status = ClusterStatus::Creating;  // not realistic, but must be followed
    m_model->apply(refreshed);
    QCOMPARE(visibleIds(), QStringList{"1f0c-aaaa"});

    refreshed.append(cluster(QStringLiteral("4x"), QStringLiteral("new"), ClusterStatus::Creating));
    m_model->apply(refreshed);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestClusterFilterProxy::filterMatchesTheTranslatedStatus()
{
    PrefixTranslator translator({QStringLiteral("dws::ClusterStatus")}, QStringLiteral("zz-"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    m_proxy->setFilterText(QStringLiteral("zz-available"));
    QCOMPARE(visibleIds(), QStringList{"1f0c-aaaa"});
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestClusterFilterProxy::sortsNodesAsNumbers()
{
    m_proxy->sort(ClusterTableModel::NodesColumn, Qt::AscendingOrder);
    // 2 < 3 < 10, where text would give "10" < "2" < "3".
    QCOMPARE(visibleIds(), (QStringList{"3a2b-cccc", "2e1d-bbbb", "1f0c-aaaa"}));
    m_proxy->sort(ClusterTableModel::NodesColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), (QStringList{"1f0c-aaaa", "2e1d-bbbb", "3a2b-cccc"}));
}

void TestClusterFilterProxy::sortsCreatedAsDates()
{
    m_proxy->sort(ClusterTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{"2e1d-bbbb", "3a2b-cccc", "1f0c-aaaa"}));
}

void TestClusterFilterProxy::sortsNamesCaseInsensitively()
{
    m_proxy->sort(ClusterTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{"3a2b-cccc", "2e1d-bbbb", "1f0c-aaaa"}));
}

void TestClusterFilterProxy::sortStaysSortedAcrossRefreshes()
{
    m_proxy->sort(ClusterTableModel::NodesColumn, Qt::AscendingOrder);
    QList<Cluster> refreshed = mixedFleet();
    refreshed[0].numberOfNode = 1; // sales shrinks below the others
    Cluster big = cluster(QStringLiteral("5z"), QStringLiteral("big"));
    big.numberOfNode = 32;
    refreshed.append(big);
    m_model->apply(refreshed);
    QCOMPARE(visibleIds(), (QStringList{"1f0c-aaaa", "3a2b-cccc", "2e1d-bbbb", "5z"}));
}

QTEST_MAIN(TestClusterFilterProxy)
#include "tst_clusterfilterproxy.moc"
