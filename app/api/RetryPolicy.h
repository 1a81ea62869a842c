#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <random>

namespace dws::api {

// Retries as a budget: over a sliding window, retries may add at most `ratio` to the number
// of first attempts (plus a small allowance), so a failing server is not hammered.
class RetryBudget
{
public:
    RetryBudget(double ratio = 0.2, int minimumRetries = 10,
                std::chrono::milliseconds window = std::chrono::seconds(60));

    void recordRequest(qint64 nowMs);
    // Takes one retry from the budget; false when it is spent.
    bool tryRetry(qint64 nowMs);

    int requestsInWindow(qint64 nowMs);
    int retriesInWindow(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    double m_ratio;
    int m_minimumRetries;
    qint64 m_windowMs;
    std::deque<qint64> m_requests;
    std::deque<qint64> m_retries;
};

// Why an attempt failed, as far as retrying is concerned.
struct AttemptOutcome
{
    enum class Kind
    {
        HttpStatus,      // an HTTP answer with `status`
        ConnectionError, // refused, reset, host not found, ... (no answer)
        Timeout,         // the transfer timeout fired
        Other,           // TLS, cancelled, too large, ...: never retried
    };
    Kind kind = Kind::HttpStatus;
    int status = 0;
    QByteArray retryAfter; // the Retry-After header, if any
};

// Which failed requests are re-sent and after how long. GET only; connection errors,
// timeouts, 429, 500, 502, 503, 504; at most `maxAttempts`; capped exponential backoff with
// full jitter, or the server's Retry-After (capped) on 429/503.
class RetryPolicy
{
public:
    struct Options
    {
        int maxAttempts = 3;
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{10'000};
        std::chrono::milliseconds maxRetryAfter{60'000};
        // Real waits are delays x delayScale; tests use a small scale to run fast while the
        // decided delays stay observable (HttpClient::retryScheduled).
        double delayScale = 1.0;
        quint32 seed = std::random_device{}();
        double budgetRatio = 0.2;
        int budgetMinimumRetries = 10;
        std::chrono::milliseconds budgetWindow{60'000};
    };

    RetryPolicy();
    explicit RetryPolicy(const Options& options);

    const Options& options() const { return m_options; }

    static bool isRetryableMethod(QByteArrayView method);
    static bool isRetryableStatus(int status);
    bool isRetryable(QByteArrayView method, const AttemptOutcome& outcome) const;

    // The upper bound of the jittered backoff before attempt `attempt + 1` (attempt >= 1).
    std::chrono::milliseconds backoffCeiling(int attempt) const;
    // A uniformly random delay in [0, backoffCeiling(attempt)].
    std::chrono::milliseconds jitteredBackoff(int attempt);

    // Retry-After: delta seconds or an HTTP date, relative to `now`; capped at maxRetryAfter.
    std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                             const QDateTime& now) const;

    // After attempt `attempt` (1-based) ended with `outcome`: the delay before the next
    // attempt, or nothing when the request must not be re-sent. Records the retry in the
    // budget when it says yes.
    std::optional<std::chrono::milliseconds> nextDelay(QByteArrayView method, int attempt,
                                                       const AttemptOutcome& outcome,
                                                       const QDateTime& now, qint64 nowMs);

    // Call once per first attempt, for the budget.
    void recordRequest(qint64 nowMs) { m_budget->recordRequest(nowMs); }
    RetryBudget& budget() { return *m_budget; }

    // The real wait for a decided delay.
    std::chrono::milliseconds scaled(std::chrono::milliseconds delay) const;

private:
    Options m_options;
    std::mt19937 m_random;
    std::shared_ptr<RetryBudget> m_budget;
};

} // namespace dws::api
