#include "ModelSignals.h"
#include "Samples.h"
#include "models/NodeTypeTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using dws::NodeType;
using dws::NodeTypeTableModel;
using namespace samples;

class TestNodeTypeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void displaysSpecCpuMemoryAndDisk();
    void sortKeysAreNumbers();
    void updatesByDiff();
    void missingDetailsShowNothing();
};

static QList<NodeType> catalogue()
{
    return {nodeType(QStringLiteral("dws.d2.xlarge"), QStringLiteral("4"), QStringLiteral("32"),
                     QStringLiteral("LOCAL_DISK"), QStringLiteral("1675")),
            nodeType(QStringLiteral("dws.m3.2xlarge"), QStringLiteral("16"), QStringLiteral("128"),
                     QStringLiteral("SSD"), QStringLiteral("800"))};
}

void TestNodeTypeTableModel::displaysSpecCpuMemoryAndDisk()
{
    NodeTypeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply(catalogue());

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, NodeTypeTableModel::SpecNameColumn).data().toString(),
             QStringLiteral("dws.d2.xlarge"));
    QCOMPARE(model.index(0, NodeTypeTableModel::VcpuColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(0, NodeTypeTableModel::MemoryColumn).data().toString(),
             QStringLiteral("32 GB"));
    const QString disk = model.index(0, NodeTypeTableModel::DiskColumn).data().toString();
    QVERIFY2(disk.contains(QStringLiteral("Local disk")), qPrintable(disk));
    QVERIFY2(disk.contains(QLocale().toString(1675.0, 'f', 0)), qPrintable(disk));
    QVERIFY(model.index(1, NodeTypeTableModel::DiskColumn).data().toString().startsWith(u"SSD"));
    QCOMPARE(model.index(1, NodeTypeTableModel::DiskColumn).data(dws::WireValueRole).toString(),
             QStringLiteral("SSD"));
    QCOMPARE(model.index(1, 0).data(NodeTypeTableModel::IdRole).toString(),
             QStringLiteral("dws.m3.2xlarge"));
    QCOMPARE(model.headerData(NodeTypeTableModel::VcpuColumn, Qt::Horizontal).toString(),
             QStringLiteral("vCPUs"));
    QVERIFY(model.nodeType(QStringLiteral("dws.d2.xlarge")).has_value());
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TestNodeTypeTableModel::sortKeysAreNumbers()
{
    NodeTypeTableModel model;
    model.apply(catalogue());
    const QVariant small =
        model.index(0, NodeTypeTableModel::VcpuColumn).data(NodeTypeTableModel::SortRole);
    const QVariant large =
        model.index(1, NodeTypeTableModel::VcpuColumn).data(NodeTypeTableModel::SortRole);
    QCOMPARE(small.typeId(), QMetaType::Int);
    QVERIFY(small.toInt() < large.toInt()); // 4 < 16, where "16" < "4" as text
    QCOMPARE(model.index(0, NodeTypeTableModel::DiskColumn)
                 .data(NodeTypeTableModel::SortRole)
                 .toDouble(),
             1675.0);
    QCOMPARE(model.index(1, NodeTypeTableModel::MemoryColumn)
                 .data(NodeTypeTableModel::SortRole)
                 .toDouble(),
             128.0);
}

void TestNodeTypeTableModel::updatesByDiff()
{
    NodeTypeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply(catalogue());
    ModelSignals signals_(&model);
    model.apply(catalogue());
    QCOMPARE(signals_.total(), 0);

    QList<NodeType> changed = catalogue();
    changed[1].details[1].value = QStringLiteral("256");
    model.apply(changed);
    QCOMPARE(signals_.total(), 1);
    QCOMPARE(signals_.dataChanged.at(0).at(0).value<QModelIndex>(),
             model.index(1, NodeTypeTableModel::MemoryColumn));
    QCOMPARE(signals_.dataChanged.at(0).at(1).value<QModelIndex>(),
             model.index(1, NodeTypeTableModel::MemoryColumn));

    model.apply({changed[1]});
    QCOMPARE(signals_.rowsRemoved.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(signals_.modelReset.size(), 1);
}

void TestNodeTypeTableModel::missingDetailsShowNothing()
{
    NodeType bare;
    bare.specName = QStringLiteral("dws.bare");
    NodeTypeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply({bare});
    QCOMPARE(model.index(0, NodeTypeTableModel::VcpuColumn).data().toString(), QString());
    QCOMPARE(model.index(0, NodeTypeTableModel::DiskColumn).data().toString(), QString());
    QCOMPARE(
        model.index(0, NodeTypeTableModel::VcpuColumn).data(NodeTypeTableModel::SortRole).toInt(),
        -1);
}

QTEST_MAIN(TestNodeTypeTableModel)
#include "tst_nodetypetablemodel.moc"
