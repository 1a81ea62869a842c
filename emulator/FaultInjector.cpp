#include "FaultInjector.h"

#include <nlohmann/json.hpp>

namespace dwsemu {

namespace {

struct KindName
{
    FaultKind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    {FaultKind::HttpStatus, "status"},       {FaultKind::Latency, "latency"},
    {FaultKind::ConnectionReset, "reset"},   {FaultKind::EmptyResponse, "empty"},
    {FaultKind::MalformedJson, "malformed"}, {FaultKind::TruncatedJson, "truncated"},
    {FaultKind::SlowBody, "slow"},           {FaultKind::TokenExpired, "token-expired"},
    {FaultKind::NoAnswer, "no-answer"},
};

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// One option of the compact syntax; returns false (and sets *error) when it is not one.
bool applyOption(FaultRule& rule, const QString& word, bool& kindSet, QString* error)
{
    bool ok = true;
    auto number = [&](qsizetype from) { return word.mid(from).toInt(&ok); };
    if (word.size() == 3 && word.toInt(&ok) >= 100 && ok) {
        rule.status = word.toInt();
        if (!kindSet)
            rule.kind = FaultKind::HttpStatus;
        kindSet = true;
        return true;
    }
    ok = true;
    if (word == QLatin1String("always") || word == QLatin1String("x*")) {
        rule.times = -1;
    } else if (word.startsWith(QLatin1Char('x'))) {
        rule.times = number(1);
    } else if (word.startsWith(QLatin1String("p="))) {
        rule.probability = word.mid(2).toDouble(&ok);
        ok = ok && rule.probability >= 0.0 && rule.probability <= 1.0;
    } else if (word.startsWith(QLatin1String("retry="))) {
        rule.retryAfterSeconds = number(6);
    } else if (word.startsWith(QLatin1String("code="))) {
        rule.errorCode = word.mid(5);
    } else if (word.startsWith(QLatin1String("latency="))) {
        rule.latencyMs = number(8);
        if (!kindSet)
            rule.kind = FaultKind::Latency;
        kindSet = true;
    } else if (word.startsWith(QLatin1String("slow="))) {
        rule.latencyMs = number(5);
        rule.kind = FaultKind::SlowBody;
        kindSet = true;
    } else if (const auto kind = faultKindFromName(word)) {
        rule.kind = *kind;
        kindSet = true;
        if (rule.kind == FaultKind::EmptyResponse || rule.kind == FaultKind::MalformedJson)
            rule.status = 200;
    } else {
        return setError(error, QStringLiteral("unknown fault option '%1'").arg(word));
    }
    if (!ok)
        return setError(error, QStringLiteral("bad value in '%1'").arg(word));
    return true;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto& entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(const QString& name)
{
    QString normalized = name.toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (normalized == QLatin1String("http-status"))
        return FaultKind::HttpStatus;
    if (normalized == QLatin1String("slow-body"))
        return FaultKind::SlowBody;
    if (normalized == QLatin1String("connection-reset"))
        return FaultKind::ConnectionReset;
    if (normalized == QLatin1String("noanswer"))
        return FaultKind::NoAnswer;
    for (const auto& entry : kindNames) {
        if (normalized == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<FaultRule> parseFaultRule(const QString& text, QString* error)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3) {
        setError(error,
                 QStringLiteral("a fault needs METHOD PATH ACTION, e.g. 'GET /clusters 503'"));
        return std::nullopt;
    }
    FaultRule rule;
    rule.method = words[0] == QLatin1String("*") ? QString() : words[0].toUpper();
    rule.pathPattern = words[1] == QLatin1String("*") ? QString() : words[1];
    if (!QRegularExpression(rule.pathPattern).isValid()) {
        setError(error, QStringLiteral("'%1' is not a regular expression").arg(words[1]));
        return std::nullopt;
    }
    bool kindSet = false;
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (!applyOption(rule, words[i], kindSet, error))
            return std::nullopt;
    }
    if (!kindSet) {
        setError(error,
                 QStringLiteral("the fault names no action (a status, latency=MS, reset, ...)"));
        return std::nullopt;
    }
    return rule;
}

std::optional<FaultRule> faultRuleFromJson(const nlohmann::json& json, QString* error)
{
    if (!json.is_object()) {
        setError(error, QStringLiteral("a fault rule is a JSON object"));
        return std::nullopt;
    }
    if (json.contains("rule")) {
        if (!json["rule"].is_string()) {
            setError(error, QStringLiteral("'rule' must be a string"));
            return std::nullopt;
        }
        return parseFaultRule(QString::fromStdString(json["rule"].get<std::string>()), error);
    }
    try {
        FaultRule rule;
        rule.method = QString::fromStdString(json.value("method", std::string())).toUpper();
        rule.pathPattern = QString::fromStdString(json.value("path", std::string()));
        const auto kind =
            faultKindFromName(QString::fromStdString(json.value("kind", std::string("status"))));
        if (!kind) {
            setError(error, QStringLiteral("unknown fault kind"));
            return std::nullopt;
        }
        rule.kind = *kind;
        const int defaultStatus =
            (rule.kind == FaultKind::EmptyResponse || rule.kind == FaultKind::MalformedJson) ? 200
                                                                                             : 500;
        rule.status = json.value("status", defaultStatus);
        rule.retryAfterSeconds = json.value("retry_after", -1);
        rule.latencyMs = json.value("latency_ms", 0);
        rule.times = json.value("times", 1);
        rule.probability = json.value("probability", 1.0);
        rule.errorCode = QString::fromStdString(json.value("error_code", std::string()));
        if (!QRegularExpression(rule.pathPattern).isValid()) {
            setError(error, QStringLiteral("'path' is not a regular expression"));
            return std::nullopt;
        }
        return rule;
    } catch (const nlohmann::json::exception&) {
        setError(error, QStringLiteral("a fault field has the wrong type"));
        return std::nullopt;
    }
}

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{}

void FaultInjector::add(const FaultRule& rule)
{
    m_rules.push_back({rule, QRegularExpression(rule.pathPattern), rule.times});
}

void FaultInjector::clear()
{
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::take(const QByteArray& method, const QString& path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (it->remaining == 0)
            continue;
        if (!it->rule.method.isEmpty() && it->rule.method.toLatin1() != method)
            continue;
        if (!it->rule.pathPattern.isEmpty() && !it->pattern.match(path).hasMatch())
            continue;
        if (it->rule.probability < 1.0) {
            std::uniform_real_distribution<double> dice(0.0, 1.0);
            if (dice(m_random) >= it->rule.probability)
                continue;
        }
        FaultRule hit = it->rule;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        return hit;
    }
    return std::nullopt;
}

} // namespace dwsemu
