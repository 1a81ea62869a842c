#include "monitor/ProgressEstimator.h"

#include <QTimeZone>
#include <QtTest>

using dws::ProgressEstimator;
using std::chrono::seconds;

class TestProgressEstimator : public QObject
{
    Q_OBJECT

private slots:
    void unknownUntilTwoObservations();
    void remainingFromTheObservedRate();
    void remainingCountsDownFromTheLastObservation();
    void rateUsesTheWholeObservedWindow();
    void newTaskStartsOver();
    void percentGoingBackStartsOver();
    void noProgressGivesNoEstimate();
    void clustersAreIndependent();
    void forget();

private:
    static QDateTime at(int second)
    {
        return QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc()).addSecs(second);
    }
};

void TestProgressEstimator::unknownUntilTwoObservations()
{
    ProgressEstimator estimator;
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
    estimator.observe(QStringLiteral("c1"), QStringLiteral("SNAPSHOTTING"), 10, at(0));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
    QVERIFY(!estimator.rate(QStringLiteral("c1")).has_value());
    // A second observation at the same instant says nothing about speed.
    estimator.observe(QStringLiteral("c1"), QStringLiteral("SNAPSHOTTING"), 10, at(0));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
}

void TestProgressEstimator::remainingFromTheObservedRate()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 10, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 30, at(40));
    // 20 % in 40 s = 0.5 %/s; 70 % left = 140 s.
    QCOMPARE(*estimator.rate(QStringLiteral("c1")), 0.5);
    QCOMPARE(*estimator.remaining(QStringLiteral("c1")), seconds(140));
}

void TestProgressEstimator::remainingCountsDownFromTheLastObservation()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 10, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 30, at(40));
    QCOMPARE(*estimator.remaining(QStringLiteral("c1"), at(100)), seconds(80));
    QCOMPARE(*estimator.remaining(QStringLiteral("c1"), at(1000)), seconds(0));
    QCOMPARE(*estimator.remaining(QStringLiteral("c1"), at(10)),
             seconds(140)); // before: as of last
}

void TestProgressEstimator::rateUsesTheWholeObservedWindow()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("RESTORING"), 0, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("RESTORING"), 50, at(10));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("RESTORING"), 60, at(110));
    // 60 % over 110 s.
    QCOMPARE(*estimator.rate(QStringLiteral("c1")), 60.0 / 110.0);
    // 40 % left at 60/110 %/s = 73.33 s, rounded up.
    QCOMPARE(*estimator.remaining(QStringLiteral("c1")), seconds(74));
}

void TestProgressEstimator::newTaskStartsOver()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("SNAPSHOTTING"), 50, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("SNAPSHOTTING"), 100, at(10));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 0, at(20));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 10, at(120));
    QCOMPARE(*estimator.remaining(QStringLiteral("c1")), seconds(900));
}

void TestProgressEstimator::percentGoingBackStartsOver()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 40, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 60, at(10));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 5, at(20));
    QVERIFY(!estimator.rate(QStringLiteral("c1")).has_value());
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 10, at(30));
    QCOMPARE(*estimator.rate(QStringLiteral("c1")), 0.5);
}

void TestProgressEstimator::noProgressGivesNoEstimate()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("REBOOTING"), 30, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("REBOOTING"), 30, at(60));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
}

void TestProgressEstimator::clustersAreIndependent()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 0, at(0));
    estimator.observe(QStringLiteral("c2"), QStringLiteral("GROWING"), 0, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 50, at(50));
    estimator.observe(QStringLiteral("c2"), QStringLiteral("GROWING"), 10, at(50));
    QCOMPARE(*estimator.remaining(QStringLiteral("c1")), seconds(50));
    QCOMPARE(*estimator.remaining(QStringLiteral("c2")), seconds(450));
}

void TestProgressEstimator::forget()
{
    ProgressEstimator estimator;
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 0, at(0));
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 50, at(50));
    estimator.forget(QStringLiteral("c1"));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
    estimator.observe(QStringLiteral("c1"), QStringLiteral("GROWING"), 60, at(60));
    QVERIFY(!estimator.remaining(QStringLiteral("c1")).has_value());
    estimator.clear();
    QVERIFY(!estimator.rate(QStringLiteral("c1")).has_value());
}

QTEST_GUILESS_MAIN(TestProgressEstimator)
#include "tst_progressestimator.moc"
