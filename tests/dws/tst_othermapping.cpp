#include "dws/JsonMapping.h"

#include <QTest>

using namespace dws;

namespace {

// Section 5.2.2 response sample.
const QByteArray kSnapshotListSample = R"({
  "snapshots": [
    {
      "id": "2a4d0f86-67cd-408a-8b66-017454fb7793",
      "name": "snapshot-1",
      "description": "",
      "started": "2016-08-23T03:59:23Z",
      "finished": "2016-08-23T04:01:40Z",
      "size": 500,
      "status": "AVAILABLE",
      "type": "MANUAL",
      "cluster_id": "4f87d3c4-9e33-482f-b962-e23b30d1a18c"
    },
    {
      "id": "4af11460-06ec-48a4-b3ad-0e3bbdcd8ab1",
      "name": "snapshot-2",
      "description": "",
      "started": "2016-08-23T18:20:00Z",
      "finished": "2016-08-23T18:22:12Z",
      "size": 500,
      "status": "AVAILABLE",
      "type": "MANUAL",
      "cluster_id": "4f87d3c4-9e33-482f-b962-e23b30d1a18c"
    }
  ]
})";

// Quick-start snapshot detail: finishes before it starts.
const QByteArray kSnapshotDetailQuickStart = R"({
  "snapshot": {
    "id": "2a4d0f86-67cd-408a-8b66-017454fb7793",
    "name": "snapshotForDemoCluster",
    "description": "Snapshot description",
    "started": "2018-01-18T13:59:23Z",
    "finished": "2018-01-18T13:01:40Z",
    "size": 500,
    "status": "AVAILABLE",
    "type": "MANUAL",
    "cluster_id": "4f87d3c4-9e33-482f-b962-e23b30d1a18c"
  }
})";

// Section 5.1.4 response sample.
const QByteArray kNodeTypesSample = R"({
  "node_types": [
    {
      "spec_name": "dws.d2.xlarge",
      "id": "ebe532d6-665f-40e6-a4d4-3c51545b6a67",
      "detail": [
        {"type": "vCPU", "value": "4"},
        {"value": "1675", "type": "LOCAL_DISK", "unit": "GB"},
        {"type": "mem", "value": "32", "unit": "GB"}
      ]
    },
    {
      "spec_name": "dws.m1.xlarge.ultrahigh",
      "id": "ebe532d6-665f-40e6-a4d4-3c51545b4f71",
      "detail": [
        {"type": "vCPU", "value": "4"},
        {"value": "512", "type": "SSD", "unit": "GB"},
        {"type": "mem", "value": "32", "unit": "GB"}
      ]
    }
  ]
})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class OtherMappingTest : public QObject
{
    Q_OBJECT

private slots:
    void snapshotListSample()
    {
        const auto result = parseSnapshotList(kSnapshotListSample);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2);
        const Snapshot& s = result.value().at(1);
        QCOMPARE(s.id, QStringLiteral("4af11460-06ec-48a4-b3ad-0e3bbdcd8ab1"));
        QCOMPARE(s.name, QStringLiteral("snapshot-2"));
        QCOMPARE(s.description, QString());
        QCOMPARE(s.started, utc(2016, 8, 23, 18, 20, 0));
        QCOMPARE(s.finished, utc(2016, 8, 23, 18, 22, 12));
        QCOMPARE(s.sizeGb, std::optional<double>(500));
        QVERIFY(s.status == SnapshotStatus::Available);
        QCOMPARE(s.type, QStringLiteral("MANUAL"));
        QCOMPARE(s.clusterId, QStringLiteral("4f87d3c4-9e33-482f-b962-e23b30d1a18c"));
    }

    void snapshotFinishingBeforeItStartsIsKept()
    {
        const auto result = parseSnapshotDetail(kSnapshotDetailQuickStart);
        QVERIFY(result.ok());
        QCOMPARE(result.value().started, utc(2018, 1, 18, 13, 59, 23));
        QCOMPARE(result.value().finished, utc(2018, 1, 18, 13, 1, 40));
    }

    void snapshotInProgressVariants()
    {
        const auto result = parseSnapshotDetail(R"({"snapshot": {"id": "a", "name": "snap",
            "started": "2018-01-18T13:59:23", "finished": null, "size": "12.5",
            "status": "CREATING", "cluster_id": "c"}})");
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QVERIFY(!result.value().finished.isValid());
        QCOMPARE(result.value().sizeGb, std::optional<double>(12.5));
        QVERIFY(result.value().status == SnapshotStatus::Creating);
        QVERIFY(result.value().description.isEmpty());
    }

    void snapshotErrorsNameTheField()
    {
        const auto wrongSize = parseSnapshotList(
            R"({"snapshots": [{"id": "a", "name": "n", "started": "2018-01-18T13:59:23Z",
                "status": "AVAILABLE", "cluster_id": "c", "size": "big"}]})");
        QVERIFY(!wrongSize.ok());
        QCOMPARE(wrongSize.error().detail, QStringLiteral("snapshots[0].size: expected a number"));
        const auto missing = parseSnapshotDetail(R"({"snapshot": {"id": "a", "name": "n",
            "started": "2018-01-18T13:59:23Z", "status": "AVAILABLE"}})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().detail, QStringLiteral("snapshot.cluster_id: missing"));
    }

    void nodeTypesSample()
    {
        const auto result = parseNodeTypes(kNodeTypesSample);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2);
        const NodeType& d2 = result.value().first();
        QCOMPARE(d2.specName, QStringLiteral("dws.d2.xlarge"));
        QCOMPARE(d2.id, QStringLiteral("ebe532d6-665f-40e6-a4d4-3c51545b6a67"));
        QCOMPARE(d2.details.size(), 3);
        QCOMPARE(d2.vcpus(), std::optional<int>(4));
        QCOMPARE(d2.memoryGb(), std::optional<double>(32));
        QCOMPARE(d2.diskGb(), std::optional<double>(1675));
        QCOMPARE(d2.diskType(), QStringLiteral("LOCAL_DISK"));
        QCOMPARE(d2.details.at(1).unit, QStringLiteral("GB"));
        const NodeType& m1 = result.value().at(1);
        QCOMPARE(m1.diskType(), QStringLiteral("SSD"));
        QCOMPARE(m1.diskGb(), std::optional<double>(512));
    }

    void nodeTypeWithoutDiskOrUnparsableValue()
    {
        const auto result = parseNodeTypes(R"({"node_types": [{"spec_name": "x", "id": "i",
            "detail": [{"type": "vCPU", "value": "many"}]}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().first().vcpus(), std::nullopt);
        QCOMPARE(result.value().first().diskGb(), std::nullopt);
        QVERIFY(result.value().first().diskType().isEmpty());
    }

    void nodeTypeErrors()
    {
        const auto numeric = parseNodeTypes(
            R"({"node_types": [{"spec_name": "x", "id": "i", "detail": [{"type": "vCPU", "value": 4}]}]})");
        QVERIFY(!numeric.ok());
        QCOMPARE(numeric.error().detail,
                 QStringLiteral("node_types[0].detail[0].value: expected a string"));
        const auto missing = parseNodeTypes(R"({"node_types": [{"id": "i", "detail": []}]})");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().detail, QStringLiteral("node_types[0].spec_name: missing"));
    }

    void percentText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("percent");
        QTest::newRow("percent") << "20%" << 20;
        QTest::newRow("spaces") << " 16 % " << 16;
        QTest::newRow("bare") << "100" << 100;
        QTest::newRow("fraction") << "33.5%" << 33;
        QTest::newRow("none") << "about half" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void percentText()
    {
        QFETCH(QString, text);
        QFETCH(int, percent);
        const auto parsed = parsePercent(text);
        QCOMPARE(parsed.value_or(-1), percent);
    }
};

QTEST_GUILESS_MAIN(OtherMappingTest)
#include "tst_othermapping.moc"
