#include "../models/ModelSignals.h"
#include "../models/PrefixTranslator.h"
#include "monitor/ActivityLog.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <QtTest>

using dws::ActivityLog;
using dws::Transition;
using Kind = dws::Transition::Kind;

class TestActivityLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void operationRunsThenSucceeds();
    void operationFailsWithCodeAndMessage();
    void recordOperationAtOnce();
    void transitionsAreRecordedButNotProgressTicks();
    void failedTransitionCarriesTheReasons();
    void boundedDropsTheOldest();
    void finishingAnEntryThatDroppedOutIsHarmless();
    void sortKeyIsTheOrderOfEvents();
    void retranslatesOnLanguageChange();

private:
    QDateTime m_now;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityLog::init()
{
    m_now = QDateTime(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    m_log = std::make_unique<ActivityLog>();
    m_log->setClock([this] { return m_now; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_log.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityLog::cleanup()
{
    m_tester.reset();
    m_log.reset();
}

void TestActivityLog::operationRunsThenSucceeds()
{
    ModelSignals signals_(m_log.get());
    const qint64 id = m_log->beginOperation(QStringLiteral("Create snapshot"),
                                            QStringLiteral("sales"), QStringLiteral("c-1"));
    QCOMPARE(signals_.rowsInserted.size(), 1);
    QCOMPARE(m_log->rowCount(), 1);
    const auto text = [&](ActivityLog::Column column) {
        return m_log->index(0, column).data().toString();
    };
    QCOMPARE(text(ActivityLog::WhatColumn), QStringLiteral("Create snapshot"));
    QCOMPARE(text(ActivityLog::ResourceColumn), QStringLiteral("sales"));
    QCOMPARE(text(ActivityLog::ResultColumn), QStringLiteral("Running"));
    QCOMPARE(text(ActivityLog::ErrorColumn), QString());
    QCOMPARE(text(ActivityLog::WhenColumn),
             QLocale().toString(m_now.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_log->index(0, 0).data(ActivityLog::ResourceIdRole).toString(),
             QStringLiteral("c-1"));
    QCOMPARE(m_log->index(0, ActivityLog::ResourceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("ID: c-1"));

    m_now = m_now.addSecs(3);
    m_log->finishOperation(id);
    QCOMPARE(signals_.dataChanged.size(), 1);
    QCOMPARE(signals_.dataChanged.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(text(ActivityLog::ResultColumn), QStringLiteral("Succeeded"));
    QCOMPARE(m_log->index(0, 0).data(ActivityLog::ResultRole).value<ActivityLog::Result>(),
             ActivityLog::Result::Succeeded);
    QCOMPARE(m_log->entryAt(0).finished, m_now);
}

void TestActivityLog::operationFailsWithCodeAndMessage()
{
    const qint64 id = m_log->beginOperation(QStringLiteral("Delete cluster"), QStringLiteral("old"),
                                            QStringLiteral("c-2"));
    dws::api::ApiError error;
    error.httpStatus = 404;
    error.code = QStringLiteral("DWS.0047");
    error.serverMessage = QStringLiteral("The cluster does not exist.");
    m_log->failOperation(id, error);

    QCOMPARE(m_log->index(0, ActivityLog::ResultColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(m_log->index(0, 0).data(ActivityLog::ErrorCodeRole).toString(),
             QStringLiteral("DWS.0047"));
    const QString errorText = m_log->index(0, ActivityLog::ErrorColumn).data().toString();
    QVERIFY2(errorText.startsWith(QStringLiteral("DWS.0047")), qPrintable(errorText));
    QVERIFY(errorText.size() > QStringLiteral("DWS.0047: ").size());
    QVERIFY(m_log->index(0, ActivityLog::ResultColumn).data(Qt::ForegroundRole).isValid());
}

void TestActivityLog::recordOperationAtOnce()
{
    dws::api::ApiError error;
    error.kind = dws::api::ErrorKind::Network;
    error.detail = QStringLiteral("Connection refused");
    m_log->recordOperation(QStringLiteral("Restart"), {}, QStringLiteral("c-3"),
                           ActivityLog::Result::Failed, error);
    QCOMPARE(m_log->rowCount(), 1);
    // Without a name, the id names the resource.
    QCOMPARE(m_log->index(0, ActivityLog::ResourceColumn).data().toString(), QStringLiteral("c-3"));
    QCOMPARE(m_log->entryAt(0).finished, m_now);
    QVERIFY(!m_log->index(0, ActivityLog::ErrorColumn).data().toString().isEmpty());
}

void TestActivityLog::transitionsAreRecordedButNotProgressTicks()
{
    Transition started;
    started.kind = Kind::TaskStarted;
    started.resourceId = QStringLiteral("c-1");
    started.resourceName = QStringLiteral("sales");
    started.task = dws::TaskStatus(dws::TaskStatus::Snapshotting);
    Transition progressed = started;
    progressed.kind = Kind::TaskProgressed;
    progressed.percent = 50;
    Transition finished = started;
    finished.kind = Kind::TaskFinished;

    m_log->recordTransition(started);
    m_log->recordTransition(progressed);
    m_log->recordTransition(finished);
    QCOMPARE(m_log->rowCount(), 2);
    QCOMPARE(m_log->index(0, ActivityLog::WhatColumn).data().toString(), started.description());
    QCOMPARE(m_log->index(0, ActivityLog::ResultColumn).data().toString(), QString());
    QCOMPARE(m_log->index(1, ActivityLog::ResultColumn).data().toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(m_log->index(1, ActivityLog::ResourceColumn).data().toString(),
             QStringLiteral("sales"));
}

void TestActivityLog::failedTransitionCarriesTheReasons()
{
    Transition failed;
    failed.kind = Kind::TaskFailed;
    failed.resourceId = QStringLiteral("c-1");
    failed.resourceName = QStringLiteral("sales");
    failed.task = dws::TaskStatus(dws::TaskStatus::Creating);
    failed.reasons = {QStringLiteral("DWS.6000"), QStringLiteral("Failed to create the cluster.")};
    m_log->recordTransition(failed);
    QCOMPARE(m_log->index(0, ActivityLog::ResultColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(m_log->index(0, 0).data(ActivityLog::ErrorCodeRole).toString(),
             QStringLiteral("DWS.6000"));
    QVERIFY(m_log->index(0, ActivityLog::ErrorColumn).data().toString().startsWith(u"DWS.6000"));
}

void TestActivityLog::boundedDropsTheOldest()
{
    m_log->setCapacity(3);
    ModelSignals signals_(m_log.get());
    for (int i = 1; i <= 5; ++i)
        m_log->recordOperation(QStringLiteral("op %1").arg(i), {}, {},
                               ActivityLog::Result::Succeeded);
    QCOMPARE(m_log->rowCount(), 3);
    QCOMPARE(signals_.rowsRemoved.size(), 2);
    QCOMPARE(m_log->index(0, ActivityLog::WhatColumn).data().toString(), QStringLiteral("op 3"));
    QCOMPARE(m_log->index(2, ActivityLog::WhatColumn).data().toString(), QStringLiteral("op 5"));

    m_log->setCapacity(1);
    QCOMPARE(m_log->rowCount(), 1);
    QCOMPARE(m_log->index(0, ActivityLog::WhatColumn).data().toString(), QStringLiteral("op 5"));
    QCOMPARE(ActivityLog().capacity(), 5000);
}

void TestActivityLog::finishingAnEntryThatDroppedOutIsHarmless()
{
    m_log->setCapacity(2);
    const qint64 first = m_log->beginOperation(QStringLiteral("first"), {}, {});
    m_log->beginOperation(QStringLiteral("second"), {}, {});
    m_log->beginOperation(QStringLiteral("third"), {}, {});
    QCOMPARE(m_log->rowOfEntry(first), -1);
    ModelSignals signals_(m_log.get());
    m_log->finishOperation(first);
    m_log->failOperation(first, dws::api::ApiError{});
    QCOMPARE(signals_.total(), 0);
    QCOMPARE(m_log->index(0, ActivityLog::ResultColumn).data().toString(),
             QStringLiteral("Running"));
}

void TestActivityLog::sortKeyIsTheOrderOfEvents()
{
    m_log->recordOperation(QStringLiteral("a"), {}, {}, ActivityLog::Result::Succeeded);
    m_log->recordOperation(QStringLiteral("b"), {}, {}, ActivityLog::Result::Succeeded);
    // Same second: the sort key still tells them apart.
    QVERIFY(m_log->index(0, ActivityLog::WhenColumn).data(ActivityLog::SortRole).toLongLong() <
            m_log->index(1, ActivityLog::WhenColumn).data(ActivityLog::SortRole).toLongLong());
}

void TestActivityLog::retranslatesOnLanguageChange()
{
    m_log->beginOperation(QStringLiteral("x"), {}, {});
    ModelSignals signals_(m_log.get());
    PrefixTranslator translator({QStringLiteral("dws::ActivityLog")}, QStringLiteral("zz:"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 1);
    QCOMPARE(signals_.dataChanged.size(), 1);
    QCOMPARE(m_log->headerData(ActivityLog::WhenColumn, Qt::Horizontal).toString(),
             QStringLiteral("zz:When"));
    QCOMPARE(m_log->index(0, ActivityLog::ResultColumn).data().toString(),
             QStringLiteral("zz:Running"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 2);
}

QTEST_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
