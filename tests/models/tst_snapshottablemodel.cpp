#include "ModelSignals.h"
#include "PrefixTranslator.h"
#include "Samples.h"
#include "models/ClusterTableModel.h"
#include "models/SnapshotTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <memory>

using dws::Snapshot;
using dws::SnapshotStatus;
using dws::SnapshotTableModel;
using namespace samples;

class TestSnapshotTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void identicalRefreshEmitsNothing();
    void finishingSnapshotChangesStatusThroughDuration();
    void insertsAndRemoves();
    void clusterNameComesFromTheClusterModel();
    void clusterNameFollowsRenamesButNotStatusChanges();
    void clusterNameFromALookupFunction();
    void displayAndSortKeys();
    void durationOfInconsistentTimesIsUnknown();
    void durationTexts_data();
    void durationTexts();
    void headersFollowALanguageSwitch();

private:
    QModelIndex cell(const QString& id, SnapshotTableModel::Column column) const
    {
        return m_model->indexOf(id, column);
    }

    std::unique_ptr<dws::ClusterTableModel> m_clusters;
    std::unique_ptr<SnapshotTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSnapshotTableModel::init()
{
    m_clusters = std::make_unique<dws::ClusterTableModel>();
    m_model = std::make_unique<SnapshotTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSnapshotTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_clusters.reset();
}

static QList<Snapshot> threeSnapshots()
{
    return {snapshot(QStringLiteral("s1"), QStringLiteral("daily-1"), QStringLiteral("c1")),
            snapshot(QStringLiteral("s2"), QStringLiteral("daily-2"), QStringLiteral("c1"),
                     SnapshotStatus::Creating),
            snapshot(QStringLiteral("s3"), QStringLiteral("weekly"), QStringLiteral("c2"))};
}

void TestSnapshotTableModel::identicalRefreshEmitsNothing()
{
    m_model->apply(threeSnapshots());
    ModelSignals signals_(m_model.get());
    m_model->apply(threeSnapshots());
    QCOMPARE(signals_.total(), 0);
}

void TestSnapshotTableModel::finishingSnapshotChangesStatusThroughDuration()
{
    m_model->apply(threeSnapshots());
    ModelSignals signals_(m_model.get());

    QList<Snapshot> refreshed = threeSnapshots();
    refreshed[1].status = SnapshotStatus::Available;
    refreshed[1].finished = utc(2024, 3, 1, 11, 0, 0);
    refreshed[1].sizeGb = 3.0;
    m_model->apply(refreshed);

    QCOMPARE(signals_.total(), 1);
    const auto topLeft = signals_.dataChanged.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = signals_.dataChanged.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(1, SnapshotTableModel::StatusColumn));
    QCOMPARE(bottomRight, m_model->index(1, SnapshotTableModel::DurationColumn));
    QCOMPARE(cell(QStringLiteral("s2"), SnapshotTableModel::DurationColumn)
                 .data(SnapshotTableModel::SortRole)
                 .toLongLong(),
             3600);
}

void TestSnapshotTableModel::insertsAndRemoves()
{
    m_model->apply(threeSnapshots());
    ModelSignals signals_(m_model.get());
    QList<Snapshot> refreshed = threeSnapshots();
    refreshed.removeAt(0);
    refreshed.append(snapshot(QStringLiteral("s4"), QStringLiteral("new"), QStringLiteral("c2")));
    m_model->apply(refreshed);

    QCOMPARE(signals_.rowsRemoved.size(), 1);
    QCOMPARE(signals_.rowsRemoved.at(0).at(1).toInt(), 0);
    QCOMPARE(signals_.rowsInserted.size(), 1);
    QCOMPARE(signals_.rowsInserted.at(0).at(1).toInt(), 2);
    QCOMPARE(signals_.total(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("s4")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("s1")), -1);
    QCOMPARE(m_model->snapshotAt(0).id, QStringLiteral("s2"));
}

void TestSnapshotTableModel::clusterNameComesFromTheClusterModel()
{
    m_model->setClusterModel(m_clusters.get());
    m_model->apply(threeSnapshots());
    // Until the clusters arrive the id stands in for the name.
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("c1"));

    ModelSignals signals_(m_model.get());
    m_clusters->apply({cluster(QStringLiteral("c1"), QStringLiteral("sales"))});

    // Rows 0 and 1 belong to c1: one contiguous dataChanged over the cluster column.
    QCOMPARE(signals_.total(), 1);
    QCOMPARE(signals_.dataChanged.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, SnapshotTableModel::ClusterColumn));
    QCOMPARE(signals_.dataChanged.at(0).at(1).value<QModelIndex>(),
             m_model->index(1, SnapshotTableModel::ClusterColumn));
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("sales"));
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::ClusterColumn)
                 .data(dws::WireValueRole)
                 .toString(),
             QStringLiteral("c1"));
    QCOMPARE(cell(QStringLiteral("s3"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("c2"));

    // The cluster goes away: back to the id.
    signals_.clear();
    m_clusters->apply({});
    QCOMPARE(signals_.dataChanged.size(), 1);
    QCOMPARE(cell(QStringLiteral("s2"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("c1"));
}

void TestSnapshotTableModel::clusterNameFollowsRenamesButNotStatusChanges()
{
    m_clusters->apply({cluster(QStringLiteral("c1"), QStringLiteral("sales")),
                       cluster(QStringLiteral("c2"), QStringLiteral("ops"))});
    m_model->setClusterModel(m_clusters.get());
    m_model->apply(threeSnapshots());
    QCOMPARE(cell(QStringLiteral("s3"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("ops"));
    ModelSignals signals_(m_model.get());

    m_clusters->apply(
        {cluster(QStringLiteral("c1"), QStringLiteral("sales"), dws::ClusterStatus::Unavailable),
         cluster(QStringLiteral("c2"), QStringLiteral("ops"))});
    QCOMPARE(signals_.total(), 0);

    m_clusters->apply(
        {cluster(QStringLiteral("c1"), QStringLiteral("sales"), dws::ClusterStatus::Unavailable),
         cluster(QStringLiteral("c2"), QStringLiteral("operations"))});
    QCOMPARE(signals_.total(), 1);
    QCOMPARE(signals_.dataChanged.at(0).at(0).value<QModelIndex>(),
             m_model->index(2, SnapshotTableModel::ClusterColumn));
    QCOMPARE(cell(QStringLiteral("s3"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("operations"));

    // Destroying the cluster model falls back to ids, without dangling.
    m_clusters.reset();
    QCOMPARE(cell(QStringLiteral("s3"), SnapshotTableModel::ClusterColumn).data().toString(),
             QStringLiteral("c2"));
}

void TestSnapshotTableModel::clusterNameFromALookupFunction()
{
    QHash<QString, QString> names{{QStringLiteral("c2"), QStringLiteral("archive")}};
    m_model->apply(threeSnapshots());
    m_model->setClusterNameLookup([&names](const QString& id) { return names.value(id); });
    QCOMPARE(m_model->clusterNameAt(2), QStringLiteral("archive"));

    ModelSignals signals_(m_model.get());
    m_model->refreshClusterNames();
    QCOMPARE(signals_.total(), 0);
    names.insert(QStringLiteral("c1"), QStringLiteral("main"));
    m_model->refreshClusterNames();
    QCOMPARE(signals_.dataChanged.size(), 1);
    QCOMPARE(m_model->clusterNameAt(0), QStringLiteral("main"));
}

void TestSnapshotTableModel::displayAndSortKeys()
{
    m_model->apply(threeSnapshots());
    const QModelIndex size = cell(QStringLiteral("s1"), SnapshotTableModel::SizeColumn);
    QVERIFY(size.data().toString().contains(QLocale().toString(12.5, 'f', 2)));
    QCOMPARE(size.data(SnapshotTableModel::SortRole).typeId(), QMetaType::Double);
    QCOMPARE(size.data(SnapshotTableModel::SortRole).toDouble(), 12.5);
    QCOMPARE(cell(QStringLiteral("s2"), SnapshotTableModel::SizeColumn).data().toString(),
             QString());
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::StatusColumn).data().toString(),
             QStringLiteral("Available"));
    QCOMPARE(cell(QStringLiteral("s2"), SnapshotTableModel::StatusColumn).data().toString(),
             QStringLiteral("Creating"));
    QVERIFY(cell(QStringLiteral("s2"), SnapshotTableModel::StatusColumn)
                .data(SnapshotTableModel::StatusColorRole)
                .value<QColor>()
                .isValid());
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::TypeColumn).data().toString(),
             QStringLiteral("Manual"));
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::StartedColumn)
                 .data(SnapshotTableModel::SortRole)
                 .toDateTime(),
             utc(2024, 3, 1, 10, 0, 0));
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::StartedColumn).data().toString(),
             QLocale().toString(utc(2024, 3, 1, 10, 0, 0).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(QStringLiteral("s2"), SnapshotTableModel::FinishedColumn).data().toString(),
             QString());
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::DurationColumn)
                 .data(SnapshotTableModel::SortRole)
                 .toLongLong(),
             125);
    QCOMPARE(m_model->index(0, 0).data(SnapshotTableModel::SnapshotRole).value<Snapshot>(),
             m_model->snapshotAt(0));
}

void TestSnapshotTableModel::durationOfInconsistentTimesIsUnknown()
{
    // The reference's own sample finishes before it starts.
    Snapshot odd = snapshot(QStringLiteral("odd"), QStringLiteral("odd"), QStringLiteral("c1"));
    odd.started = utc(2018, 1, 1, 13, 59, 23);
    odd.finished = utc(2018, 1, 1, 13, 1, 40);
    m_model->apply({odd});
    QCOMPARE(cell(QStringLiteral("odd"), SnapshotTableModel::DurationColumn).data().toString(),
             QString());
    QCOMPARE(cell(QStringLiteral("odd"), SnapshotTableModel::DurationColumn)
                 .data(SnapshotTableModel::SortRole)
                 .toLongLong(),
             -1);
    QVERIFY(!SnapshotTableModel::durationSeconds(odd).has_value());
}

void TestSnapshotTableModel::durationTexts_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(125) << QStringLiteral("2 min 05 s");
    QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60 + 9) << QStringLiteral("2 h 05 min");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
}

void TestSnapshotTableModel::durationTexts()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(SnapshotTableModel::durationText(seconds), text);
}

void TestSnapshotTableModel::headersFollowALanguageSwitch()
{
    m_model->apply(threeSnapshots());
    ModelSignals signals_(m_model.get());
    PrefixTranslator translator({QStringLiteral("dws::SnapshotTableModel")}, QStringLiteral("zz:"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 1);
    QCOMPARE(m_model->headerData(SnapshotTableModel::ClusterColumn, Qt::Horizontal).toString(),
             QStringLiteral("zz:Cluster"));
    QCOMPARE(cell(QStringLiteral("s1"), SnapshotTableModel::TypeColumn).data().toString(),
             QStringLiteral("zz:Manual"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 2);
}

QTEST_MAIN(TestSnapshotTableModel)
#include "tst_snapshottablemodel.moc"
