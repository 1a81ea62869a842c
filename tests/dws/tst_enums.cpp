#include "dws/Enums.h"

#include <QTest>

using namespace dws;

class EnumsTest : public QObject
{
    Q_OBJECT

private slots:
    void clusterStatusWireTexts_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("value");
        QTest::newRow("creating") << "CREATING" << int(ClusterStatus::Creating);
        QTest::newRow("available") << "AVAILABLE" << int(ClusterStatus::Available);
        QTest::newRow("unavailable") << "UNAVAILABLE" << int(ClusterStatus::Unavailable);
        QTest::newRow("creation failed") << "CREATION FAILED" << int(ClusterStatus::CreationFailed);
        QTest::newRow("frozen") << "FROZEN" << int(ClusterStatus::Frozen);
        QTest::newRow("deleted") << "DELETED" << int(ClusterStatus::Deleted);
        QTest::newRow("police frozen") << "POLICE_FROZEN" << int(ClusterStatus::PoliceFrozen);
        QTest::newRow("active") << "ACTIVE" << int(ClusterStatus::Active);
    }
    void clusterStatusWireTexts()
    {
        QFETCH(QString, wire);
        QFETCH(int, value);
        const ClusterStatus status = ClusterStatus::fromString(wire);
        QCOMPARE(int(status.value()), value);
        QVERIFY(status.isKnown());
        QCOMPARE(status.toString(), wire);
        QCOMPARE(ClusterStatus(ClusterStatus::Value(value)).toString(), wire);
        QVERIFY(!status.displayText().isEmpty());
    }

    void unknownClusterStatusKeepsText()
    {
        const ClusterStatus status = ClusterStatus::fromString(u"REBALANCING");
        QVERIFY(!status.isKnown());
        QCOMPARE(status.value(), ClusterStatus::Unknown);
        QCOMPARE(status.toString(), QStringLiteral("REBALANCING"));
        QCOMPARE(status.displayText(), QStringLiteral("REBALANCING"));
        QVERIFY(!(status == ClusterStatus::fromString(u"OTHER")));
    }

    void taskStatusValues()
    {
        const QStringList documented = {"UNFREEZING",
                                        "FREEZING",
                                        "RESTORING",
                                        "SNAPSHOTTING",
                                        "GROWING",
                                        "REBOOTING",
                                        "SETTING_CONFIGURATION",
                                        "CONFIGURING_EXT_DATASOURCE",
                                        "DELETING_EXT_DATASOURCE",
                                        "REBOOT_FAILURE",
                                        "RESIZE_FAILURE",
                                        "ORDER_PENDING"};
        for (const QString& wire : documented) {
            const TaskStatus status = TaskStatus::fromString(wire);
            QVERIFY2(status.isKnown(), qPrintable(wire));
            QCOMPARE(status.toString(), wire);
            QVERIFY(status.displayText() != wire);
        }
        QVERIFY(TaskStatus::fromString(u"REBOOT_FAILURE").isFailure());
        QVERIFY(TaskStatus::fromString(u"RESIZE_FAILURE").isFailure());
        QVERIFY(TaskStatus::fromString(u"SCALE_OUT_FAILED").isFailure());
        QVERIFY(!TaskStatus::fromString(u"SCALE_OUT_FAILED").isKnown());
        QVERIFY(!TaskStatus::fromString(u"GROWING").isFailure());
    }

    void taskStatusEmptyIsIdle()
    {
        QVERIFY(TaskStatus().isIdle());
        QVERIFY(TaskStatus::fromString(u"").isIdle());
        QVERIFY(TaskStatus::fromString(u"").isKnown());
        QVERIFY(!TaskStatus::fromString(u"GROWING").isIdle());
    }

    void snapshotAndBindTypes()
    {
        QVERIFY(SnapshotStatus::fromString(u"CREATING") == SnapshotStatus::Creating);
        QVERIFY(SnapshotStatus::fromString(u"AVAILABLE") == SnapshotStatus::Available);
        QVERIFY(SnapshotStatus::fromString(u"UNAVAILABLE") == SnapshotStatus::Unavailable);
        QCOMPARE(SnapshotStatus::fromString(u"EXPIRED").toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(PublicBindType(PublicBindType::AutoAssign).toString(),
                 QStringLiteral("auto_assign"));
        QCOMPARE(PublicBindType(PublicBindType::NotUse).toString(), QStringLiteral("not_use"));
        QCOMPARE(PublicBindType(PublicBindType::BindExisting).toString(),
                 QStringLiteral("bind_existing"));
        QVERIFY(ParameterGroupStatus::fromString(u"Pending-Reboot") ==
                ParameterGroupStatus::PendingReboot);
    }

    // Every compound the reference lists.
    void subStatusCompounds_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("flags");
        using S = SubStatus;
        QTest::newRow("1") << "NORMAL" << int(S::Normal);
        QTest::newRow("2") << "READONLY" << int(S::ReadOnly);
        QTest::newRow("3") << "REDISTRIBUTING" << int(S::Redistributing);
        QTest::newRow("4") << "REDISTRIBUTION-FAILURE" << int(S::RedistributionFailure);
        QTest::newRow("5") << "UNBALANCED" << int(S::Unbalanced);
        QTest::newRow("6") << "UNBALANCED READONLY" << int(S::Unbalanced | S::ReadOnly);
        QTest::newRow("7") << "DEGRADED" << int(S::Degraded);
        QTest::newRow("8") << "DEGRADED READONLY" << int(S::Degraded | S::ReadOnly);
        QTest::newRow("9") << "DEGRADED UNBALANCED" << int(S::Degraded | S::Unbalanced);
        QTest::newRow("10") << "UNBALANCED REDISTRIBUTING"
                            << int(S::Unbalanced | S::Redistributing);
        QTest::newRow("11") << "UNBALANCED REDISTRIBUTION-FAILURE"
                            << int(S::Unbalanced | S::RedistributionFailure);
        QTest::newRow("12") << "READONLY REDISTRIBUTION-FAILURE"
                            << int(S::ReadOnly | S::RedistributionFailure);
        QTest::newRow("13") << "UNBALANCED READONLY REDISTRIBUTION-FAILURE"
                            << int(S::Unbalanced | S::ReadOnly | S::RedistributionFailure);
        QTest::newRow("14") << "DEGRADED REDISTRIBUTION-FAILURE"
                            << int(S::Degraded | S::RedistributionFailure);
        QTest::newRow("15") << "DEGRADED UNBALANCED REDISTRIBUTION-FAILURE"
                            << int(S::Degraded | S::Unbalanced | S::RedistributionFailure);
        QTest::newRow("16") << "DEGRADED UNBALANCED READONLY REDISTRIBUTION-FAILURE"
                            << int(S::Degraded | S::Unbalanced | S::ReadOnly |
                                   S::RedistributionFailure);
        QTest::newRow("17") << "DEGRADED UNBALANCED READONLY"
                            << int(S::Degraded | S::Unbalanced | S::ReadOnly);
    }
    void subStatusCompounds()
    {
        QFETCH(QString, wire);
        QFETCH(int, flags);
        const SubStatus status = SubStatus::fromString(wire);
        QCOMPARE(int(status.flags()), flags);
        QVERIFY(status.unknownWords().isEmpty());
        QCOMPARE(status.toString(), wire);
        QCOMPARE(status.displayText().isEmpty(), false);
    }

    void subStatusUnknownWordsAndSpacing()
    {
        const SubStatus status = SubStatus::fromString(u"  DEGRADED   COOLING\tREADONLY ");
        QCOMPARE(int(status.flags()), int(SubStatus::Degraded | SubStatus::ReadOnly));
        QCOMPARE(status.unknownWords(), QStringList{"COOLING"});
        QCOMPARE(status.toString(), QStringLiteral("DEGRADED COOLING READONLY"));
        QVERIFY(status.displayText().contains(QStringLiteral("COOLING")));
        QVERIFY(SubStatus::fromString(u"").isEmpty());
        QCOMPARE(SubStatus(SubStatus::Degraded | SubStatus::ReadOnly).flags(),
                 SubStatus::fromString(u"READONLY DEGRADED").flags());
    }

    void maintainDays()
    {
        QVERIFY(maintainDayDisplayText(QStringLiteral("Wed")) != QStringLiteral("Wed"));
        QCOMPARE(maintainDayDisplayText(QStringLiteral("Someday")), QStringLiteral("Someday"));
    }
};

QTEST_GUILESS_MAIN(EnumsTest)
#include "tst_enums.moc"
