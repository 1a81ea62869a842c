#include "api/RetryPolicy.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace dws::api {

using std::chrono::milliseconds;

RetryBudget::RetryBudget(double ratio, int minimumRetries, milliseconds window)
    : m_ratio(ratio)
    , m_minimumRetries(minimumRetries)
    , m_windowMs(window.count())
{}

void RetryBudget::expire(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_windowMs;
    while (!m_requests.empty() && m_requests.front() <= oldest)
        m_requests.pop_front();
    while (!m_retries.empty() && m_retries.front() <= oldest)
        m_retries.pop_front();
}

void RetryBudget::recordRequest(qint64 nowMs)
{
    expire(nowMs);
    m_requests.push_back(nowMs);
}

bool RetryBudget::tryRetry(qint64 nowMs)
{
    expire(nowMs);
    const double allowed = m_minimumRetries + m_ratio * double(m_requests.size());
    if (double(m_retries.size()) + 1.0 > allowed)
        return false;
    m_retries.push_back(nowMs);
    return true;
}

int RetryBudget::requestsInWindow(qint64 nowMs)
{
    expire(nowMs);
    return int(m_requests.size());
}

int RetryBudget::retriesInWindow(qint64 nowMs)
{
    expire(nowMs);
    return int(m_retries.size());
}

RetryPolicy::RetryPolicy()
    : RetryPolicy(Options{})
{}

RetryPolicy::RetryPolicy(const Options& options)
    : m_options(options)
    , m_random(options.seed)
    , m_budget(std::make_shared<RetryBudget>(options.budgetRatio, options.budgetMinimumRetries,
                                             options.budgetWindow))
{}

bool RetryPolicy::isRetryableMethod(QByteArrayView method)
{
    // Only reads are safe to send twice; creates and deletes are reconciled instead.
    return method.compare("GET", Qt::CaseInsensitive) == 0 ||
           method.compare("HEAD", Qt::CaseInsensitive) == 0;
}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool RetryPolicy::isRetryable(QByteArrayView method, const AttemptOutcome& outcome) const
{
    if (!isRetryableMethod(method))
        return false;
    switch (outcome.kind) {
    case AttemptOutcome::Kind::HttpStatus:
        return isRetryableStatus(outcome.status);
    case AttemptOutcome::Kind::ConnectionError:
    case AttemptOutcome::Kind::Timeout:
        return true;
    case AttemptOutcome::Kind::Other:
        return false;
    }
    return false;
}

milliseconds RetryPolicy::backoffCeiling(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = double(m_options.baseDelay.count()) * std::pow(2.0, exponent);
    return milliseconds(qint64(std::min(ceiling, double(m_options.maxDelay.count()))));
}

milliseconds RetryPolicy::jitteredBackoff(int attempt)
{
    std::uniform_int_distribution<qint64> pick(0, backoffCeiling(attempt).count());
    return milliseconds(pick(m_random));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(QByteArrayView value,
                                                         const QDateTime& now) const
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    milliseconds delay{0};
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        delay = milliseconds(std::min<qint64>(seconds, 365LL * 24 * 3600) * 1000);
    } else {
        // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110).
        QDateTime date =
            QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!date.isValid())
            return std::nullopt;
        date.setTimeZone(QTimeZone::utc());
        delay = milliseconds(std::max<qint64>(0, now.msecsTo(date)));
    }
    return std::min(delay, m_options.maxRetryAfter);
}

std::optional<milliseconds> RetryPolicy::nextDelay(QByteArrayView method, int attempt,
                                                   const AttemptOutcome& outcome,
                                                   const QDateTime& now, qint64 nowMs)
{
    if (attempt >= m_options.maxAttempts || !isRetryable(method, outcome))
        return std::nullopt;
    std::optional<milliseconds> delay;
    if (outcome.kind == AttemptOutcome::Kind::HttpStatus &&
        (outcome.status == 429 || outcome.status == 503))
        delay = parseRetryAfter(outcome.retryAfter, now);
    if (!delay)
        delay = jitteredBackoff(attempt);
    if (!m_budget->tryRetry(nowMs))
        return std::nullopt;
    return delay;
}

milliseconds RetryPolicy::scaled(milliseconds delay) const
{
    return milliseconds(qint64(std::llround(double(delay.count()) * m_options.delayScale)));
}

} // namespace dws::api
