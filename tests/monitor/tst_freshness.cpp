#include "monitor/Freshness.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using dws::Freshness;
using namespace std::chrono_literals;

class TestFreshness : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void neverUpdated();
    void ageTexts_data();
    void ageTexts();
    void failureMakesItStaleUntilTheNextSuccess();
    void failureBeforeAnyDataIsOffline();
    void cancelledCallsDoNotCount();
    void tickerSignalsWhenTheTextChanges();
    void resetForgetsEverything();

private:
    QDateTime m_now;
    std::unique_ptr<Freshness> m_freshness;
};

void TestFreshness::init()
{
    m_now = QDateTime(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    m_freshness = std::make_unique<Freshness>();
    m_freshness->setClock([this] { return m_now; });
}

void TestFreshness::neverUpdated()
{
    QVERIFY(!m_freshness->hasData());
    QVERIFY(!m_freshness->isStale());
    QCOMPARE(m_freshness->secondsSinceSuccess(), -1);
    QCOMPARE(m_freshness->text(), QStringLiteral("Never updated"));
}

void TestFreshness::ageTexts_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0 s") << 0 << QStringLiteral("Updated just now");
    QTest::newRow("12 s") << 12 << QStringLiteral("Updated 12 s ago");
    QTest::newRow("59 s") << 59 << QStringLiteral("Updated 59 s ago");
    QTest::newRow("5 min") << 5 * 60 + 30 << QStringLiteral("Updated 5 min ago");
    QTest::newRow("2 h") << 2 * 3600 + 1 << QStringLiteral("Updated 2 h ago");
}

void TestFreshness::ageTexts()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    m_freshness->recordSuccess();
    m_now = m_now.addSecs(seconds);
    QCOMPARE(m_freshness->secondsSinceSuccess(), seconds);
    QCOMPARE(m_freshness->text(), text);
}

void TestFreshness::failureMakesItStaleUntilTheNextSuccess()
{
    QSignalSpy changed(m_freshness.get(), &Freshness::changed);
    m_freshness->recordSuccess();
    QCOMPARE(changed.size(), 1);
    m_now = m_now.addSecs(30);

    dws::api::ApiError error;
    error.kind = dws::api::ErrorKind::Network;
    error.detail = QStringLiteral("Connection refused");
    m_freshness->recordFailure(error);
    QVERIFY(m_freshness->isStale());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_freshness->lastError()->detail, QStringLiteral("Connection refused"));
    QCOMPARE(m_freshness->text(), QStringLiteral("Offline, last updated 30 s ago"));
    QCOMPARE(m_freshness->lastSuccess(), m_now.addSecs(-30));

    m_freshness->recordSuccess();
    QVERIFY(!m_freshness->isStale());
    QVERIFY(!m_freshness->lastError().has_value());
    QCOMPARE(m_freshness->text(), QStringLiteral("Updated just now"));
    QCOMPARE(changed.size(), 3);
}

void TestFreshness::failureBeforeAnyDataIsOffline()
{
    dws::api::ApiError error;
    error.kind = dws::api::ErrorKind::Timeout;
    m_freshness->recordFailure(error);
    QVERIFY(m_freshness->isStale());
    QCOMPARE(m_freshness->text(), QStringLiteral("Offline"));
}

void TestFreshness::cancelledCallsDoNotCount()
{
    dws::api::ApiError cancelled;
    cancelled.kind = dws::api::ErrorKind::Cancelled;
    QSignalSpy changed(m_freshness.get(), &Freshness::changed);
    m_freshness->recordFailure(cancelled);
    QVERIFY(!m_freshness->isStale());
    QCOMPARE(changed.size(), 0);
}

void TestFreshness::tickerSignalsWhenTheTextChanges()
{
    m_freshness->setTickInterval(5ms);
    QSignalSpy changed(m_freshness.get(), &Freshness::changed);
    m_freshness->recordSuccess();
    QCOMPARE(changed.size(), 1);
    // The clock stands still: ticking finds nothing new to say.
    m_freshness->emitIfChanged();
    QCOMPARE(changed.size(), 1);
    m_now = m_now.addSecs(20);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(m_freshness->text(), QStringLiteral("Updated 20 s ago"));
}

void TestFreshness::resetForgetsEverything()
{
    m_freshness->recordSuccess();
    m_freshness->reset();
    QVERIFY(!m_freshness->hasData());
    QCOMPARE(m_freshness->text(), QStringLiteral("Never updated"));
}

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
