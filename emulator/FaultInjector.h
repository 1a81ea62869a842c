#pragma once

#include "Emulator.h"

#include <QRegularExpression>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <random>
#include <vector>

namespace dwsemu {

// Holds the fault rules and decides, per request, which one (if any) hits it.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void add(const FaultRule& rule);
    void clear();
    int count() const { return int(m_rules.size()); }

    // The first live rule that matches and wins its dice roll; its count goes down.
    std::optional<FaultRule> take(const QByteArray& method, const QString& path);

private:
    struct LiveRule
    {
        FaultRule rule;
        QRegularExpression pattern;
        int remaining;
    };
    std::vector<LiveRule> m_rules;
    std::mt19937 m_random;
};

QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const QString& name);

// A rule from the control endpoint's JSON: {"rule": "GET /clusters 503 x2"} or the
// spelled-out form {"method", "path", "kind", "status", ...}.
std::optional<FaultRule> faultRuleFromJson(const nlohmann::json& json, QString* error);

} // namespace dwsemu
