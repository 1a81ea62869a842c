#pragma once

#include "dws/Requests.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace dws {

// One reason a value is not acceptable. `field` is the request's wire name ("name",
// "user_pwd", "public_ip.eip_id", ...); `message` is translated (context "dws::Validation").
struct ValidationIssue
{
    QString field;
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};
using ValidationIssues = QList<ValidationIssue>;

// The password rules, in the order a form shows them.
enum class PasswordRule
{
    Length,            // 8..32 characters
    CharacterClasses,  // at least 3 of: lowercase, uppercase, digit, special
    AllowedCharacters, // only letters, digits and the documented special characters
    NotUserName,       // neither the user name nor the user name reversed
    NotWeak,           // not a well-known weak password
};

struct PasswordRuleCheck
{
    PasswordRule rule;
    QString text; // translated rule text, e.g. "8 to 32 characters"
    bool met = false;

    bool operator==(const PasswordRuleCheck&) const = default;
};

// Limits the reference documents.
namespace limits {
inline constexpr int kNameMin = 4;
inline constexpr int kNameMax = 64;
inline constexpr int kUserNameMin = 6;
inline constexpr int kUserNameMax = 64;
inline constexpr int kPasswordMin = 8;
inline constexpr int kPasswordMax = 32;
inline constexpr int kPortMin = 8000;
inline constexpr int kPortMax = 30000;
inline constexpr int kPortDefault = 8000;
inline constexpr int kNodesMin = 3;
inline constexpr int kNodesMax = 32;
inline constexpr int kCnMin = 2;
inline constexpr int kCnMax = 5;
inline constexpr int kCnDefault = 2;
} // namespace limits

// The special characters a password may use: ~!@#%^&*()-_=+|[{}];:,<.>/?
QString passwordSpecialCharacters();

// Per-field rules. Each returns no issue when the value is acceptable; `field` is the key
// the issue carries.
ValidationIssues validateClusterName(const QString& name,
                                     const QString& field = QStringLiteral("name"));
ValidationIssues validateSnapshotName(const QString& name,
                                      const QString& field = QStringLiteral("name"));
ValidationIssues validateUserName(const QString& userName,
                                  const QString& field = QStringLiteral("user_name"));
ValidationIssues validatePassword(const QString& password, const QString& userName,
                                  const QString& field = QStringLiteral("user_pwd"));
ValidationIssues validatePort(int port, const QString& field = QStringLiteral("port"));
ValidationIssues validateNodeCount(int numberOfNode,
                                   const QString& field = QStringLiteral("number_of_node"));
// 2..min(5, numberOfNode - 1).
ValidationIssues validateCnCount(int numberOfCn, int numberOfNode,
                                 const QString& field = QStringLiteral("number_of_cn"));
int maxCnCount(int numberOfNode);
ValidationIssues validateUuid(const QString& id, const QString& field, bool required = true);
ValidationIssues validatePublicIp(const PublicIpRequest& publicIp,
                                  const QString& field = QStringLiteral("public_ip"));
ValidationIssues
validateAvailabilityZone(const QString& zone,
                         const QString& field = QStringLiteral("availability_zone"));
ValidationIssues
validateKeepLastManualSnapshot(int keep,
                               const QString& field = QStringLiteral("keep_last_manual_snapshot"));

// The live checklist for a password form: every rule with whether it is met.
QList<PasswordRuleCheck> passwordChecklist(const QString& password, const QString& userName);

bool isUuid(QStringView text);
// A reserved key word of GaussDB/PostgreSQL (case-insensitive); not usable as a user name.
bool isReservedWord(QStringView word);

// Whole requests: every issue of every field.
ValidationIssues validate(const CreateClusterRequest& request);
ValidationIssues validate(const RestoreRequest& request);
// currentNodeCount: the cluster's node count now (a scale-out must end above it, at most 32).
ValidationIssues validate(const ResizeRequest& request, int currentNodeCount);
ValidationIssues validate(const CreateSnapshotRequest& request);
ValidationIssues validate(const DeleteClusterRequest& request);
// userName: the cluster's administrator, which the new password must not equal.
ValidationIssues validate(const ResetPasswordRequest& request, const QString& userName);

} // namespace dws
