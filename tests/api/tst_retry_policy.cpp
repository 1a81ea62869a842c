#include "api/RetryPolicy.h"

#include <QTest>

using dws::api::AttemptOutcome;
using dws::api::RetryBudget;
using dws::api::RetryPolicy;
using std::chrono::milliseconds;

namespace {

AttemptOutcome status(int code, QByteArray retryAfter = {})
{
    return {AttemptOutcome::Kind::HttpStatus, code, std::move(retryAfter)};
}

AttemptOutcome connectionError()
{
    return {AttemptOutcome::Kind::ConnectionError, 0, {}};
}

RetryPolicy::Options seeded(quint32 seed = 7)
{
    RetryPolicy::Options options;
    options.seed = seed;
    return options;
}

const QDateTime kNow(QDate(2024, 5, 6), QTime(10, 0, 0), Qt::UTC);

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void onlyGetIsRetried()
    {
        const RetryPolicy policy(seeded());
        QVERIFY(policy.isRetryable("GET", status(503)));
        QVERIFY(policy.isRetryable("get", connectionError()));
        QVERIFY(!policy.isRetryable("POST", status(503)));
        QVERIFY(!policy.isRetryable("DELETE", status(503)));
        QVERIFY(!policy.isRetryable("POST", connectionError()));
        QVERIFY(!policy.isRetryable("PUT", {AttemptOutcome::Kind::Timeout, 0, {}}));
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        for (int code : {429, 500, 502, 503, 504})
            QTest::addRow("%d", code) << code << true;
        for (int code : {200, 400, 401, 403, 404, 409, 501})
            QTest::addRow("%d", code) << code << false;
    }

    void retryableStatuses()
    {
        QFETCH(int, code);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy(seeded()).isRetryable("GET", status(code)), retryable);
    }

    void timeoutsAndConnectionErrorsRetry()
    {
        const RetryPolicy policy(seeded());
        QVERIFY(policy.isRetryable("GET", {AttemptOutcome::Kind::Timeout, 0, {}}));
        QVERIFY(policy.isRetryable("GET", connectionError()));
        QVERIFY(!policy.isRetryable("GET", {AttemptOutcome::Kind::Other, 0, {}}));
    }

    void atMostThreeAttempts()
    {
        RetryPolicy policy(seeded());
        QVERIFY(policy.nextDelay("GET", 1, status(503), kNow, 0).has_value());
        QVERIFY(policy.nextDelay("GET", 2, status(503), kNow, 0).has_value());
        QVERIFY(!policy.nextDelay("GET", 3, status(503), kNow, 0).has_value());
        QVERIFY(!policy.nextDelay("POST", 1, status(503), kNow, 0).has_value());
    }

    void backoffCeilingGrowsAndIsCapped()
    {
        RetryPolicy::Options options = seeded();
        options.baseDelay = milliseconds(100);
        options.maxDelay = milliseconds(1000);
        const RetryPolicy policy(options);
        QCOMPARE(policy.backoffCeiling(1), milliseconds(100));
        QCOMPARE(policy.backoffCeiling(2), milliseconds(200));
        QCOMPARE(policy.backoffCeiling(3), milliseconds(400));
        QCOMPARE(policy.backoffCeiling(4), milliseconds(800));
        QCOMPARE(policy.backoffCeiling(5), milliseconds(1000));
        QCOMPARE(policy.backoffCeiling(40), milliseconds(1000));
    }

    void jitterStaysWithinRangeAndVaries()
    {
        RetryPolicy::Options options = seeded();
        options.baseDelay = milliseconds(100);
        options.maxDelay = milliseconds(1000);
        RetryPolicy policy(options);
        QSet<qint64> seen;
        for (int i = 0; i < 500; ++i) {
            const int attempt = 1 + i % 5;
            const milliseconds delay = policy.jitteredBackoff(attempt);
            QVERIFY(delay >= milliseconds(0));
            QVERIFY(delay <= policy.backoffCeiling(attempt));
            seen.insert(delay.count());
        }
        QVERIFY(seen.size() > 50); // full jitter, not a constant
    }

    void sameSeedSameDelays()
    {
        RetryPolicy first(seeded(42));
        RetryPolicy second(seeded(42));
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(first.jitteredBackoff(1 + i % 3), second.jitteredBackoff(1 + i % 3));
    }

    void retryAfterSeconds()
    {
        const RetryPolicy policy(seeded());
        QCOMPARE(policy.parseRetryAfter("5", kNow), std::optional(milliseconds(5000)));
        QCOMPARE(policy.parseRetryAfter(" 0 ", kNow), std::optional(milliseconds(0)));
        QVERIFY(!policy.parseRetryAfter("", kNow).has_value());
        QVERIFY(!policy.parseRetryAfter("-3", kNow).has_value());
        QVERIFY(!policy.parseRetryAfter("soon", kNow).has_value());
    }

    void retryAfterHttpDate()
    {
        const RetryPolicy policy(seeded());
        QCOMPARE(policy.parseRetryAfter("Mon, 06 May 2024 10:00:20 GMT", kNow),
                 std::optional(milliseconds(20'000)));
        // A date in the past means "now".
        QCOMPARE(policy.parseRetryAfter("Mon, 06 May 2024 09:00:00 GMT", kNow),
                 std::optional(milliseconds(0)));
    }

    void retryAfterIsCapped()
    {
        RetryPolicy::Options options = seeded();
        options.maxRetryAfter = milliseconds(60'000);
        const RetryPolicy policy(options);
        QCOMPARE(policy.parseRetryAfter("3600", kNow), std::optional(milliseconds(60'000)));
        QCOMPARE(policy.parseRetryAfter("Tue, 07 May 2024 10:00:00 GMT", kNow),
                 std::optional(milliseconds(60'000)));
    }

    void status429UsesRetryAfter()
    {
        RetryPolicy::Options options = seeded();
        options.maxDelay = milliseconds(100); // far below the server's wish
        RetryPolicy policy(options);
        QCOMPARE(policy.nextDelay("GET", 1, status(429, "7"), kNow, 0),
                 std::optional(milliseconds(7000)));
        // Without Retry-After: the jittered backoff.
        const auto delay = policy.nextDelay("GET", 1, status(429), kNow, 0);
        QVERIFY(delay && *delay <= milliseconds(100));
    }

    void delayScale()
    {
        RetryPolicy::Options options = seeded();
        options.delayScale = 0.01;
        const RetryPolicy policy(options);
        QCOMPARE(policy.scaled(milliseconds(5000)), milliseconds(50));
    }

    void budgetLimitsRetriesToAShareOfRequests()
    {
        RetryBudget budget(0.2, 0, milliseconds(10'000));
        for (int i = 0; i < 10; ++i)
            budget.recordRequest(1000);
        QVERIFY(budget.tryRetry(1000));
        QVERIFY(budget.tryRetry(1000));
        QVERIFY(!budget.tryRetry(1000)); // 2 retries = 20% of 10 requests
        QCOMPARE(budget.retriesInWindow(1000), 2);
        // Once the window has passed, the old requests and retries no longer count.
        QVERIFY(!budget.tryRetry(11'001));
        for (int i = 0; i < 5; ++i)
            budget.recordRequest(11'001);
        QVERIFY(budget.tryRetry(11'002));
        QVERIFY(!budget.tryRetry(11'002));
    }

    void budgetHasASmallAllowance()
    {
        RetryBudget budget(0.2, 3, milliseconds(10'000));
        budget.recordRequest(0);
        QVERIFY(budget.tryRetry(0));
        QVERIFY(budget.tryRetry(0));
        QVERIFY(budget.tryRetry(0));
        QVERIFY(!budget.tryRetry(0)); // 3 + 0.2 x 1 = 3.2
    }

    void spentBudgetStopsRetries()
    {
        RetryPolicy::Options options = seeded();
        options.budgetMinimumRetries = 1;
        options.budgetRatio = 0.0;
        RetryPolicy policy(options);
        policy.recordRequest(0);
        QVERIFY(policy.nextDelay("GET", 1, status(503), kNow, 0).has_value());
        QVERIFY(!policy.nextDelay("GET", 1, status(503), kNow, 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
