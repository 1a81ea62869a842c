#include "dws/Validation.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace dws {

// Gives lupdate and the run time one translation context, "dws::Validation".
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(dws::Validation)
};

namespace {

ValidationIssues issue(const QString& field, const QString& message)
{
    return {ValidationIssue{field, message}};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isLowercase(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isUppercase(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// Cluster, restore and snapshot names share one rule: 4..64 characters, a letter first,
// then letters, digits, '-' and '_'.
ValidationIssues validateResourceName(const QString& name, const QString& field)
{
    if (name.isEmpty())
        return issue(field, Validation::tr("Enter a name."));
    if (name.size() < limits::kNameMin || name.size() > limits::kNameMax)
        return issue(field, Validation::tr("The name must be %1 to %2 characters long.")
                                .arg(limits::kNameMin)
                                .arg(limits::kNameMax));
    if (!isAsciiLetter(name.front()))
        return issue(field, Validation::tr("The name must start with a letter."));
    const bool allowed = std::all_of(name.begin(), name.end(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'_';
    });
    if (!allowed)
        return issue(field,
                     Validation::tr("The name may contain only letters, digits, hyphens (-) and "
                                    "underscores (_)."));
    return {};
}

// Compared case-insensitively.
constexpr auto kWeakPasswords = std::to_array<const char*>({
    "admin123!",    "admin@123",  "admin@1234",  "admin#123", "password1!",  "password123!",
    "password@123", "p@ssw0rd",   "p@ssw0rd1",   "p@ssword1", "qwerty123!",  "qwer1234!",
    "qwe123!@#",    "abc@1234",   "abcd@1234",   "abc123!@#", "root@123",    "root@1234",
    "huawei@123",   "huawei123!", "huawei@1234", "gauss@123", "gaussdb@123", "dbadmin@123",
    "test@1234",    "1qaz@wsx",   "1qaz!qaz",    "zaq1@wsx",  "welcome1!",   "changeme1!",
});

bool isWeakPassword(const QString& password)
{
    const QString folded = password.toLower();
    return std::any_of(kWeakPasswords.begin(), kWeakPasswords.end(),
                       [&](const char* weak) { return folded == QLatin1String(weak); });
}

struct PasswordFacts
{
    bool lengthOk = false;
    int classes = 0;
    bool charactersOk = true;
    bool notUserName = true;
    bool notWeak = true;
};

PasswordFacts examinePassword(const QString& password, const QString& userName)
{
    PasswordFacts facts;
    facts.lengthOk =
        password.size() >= limits::kPasswordMin && password.size() <= limits::kPasswordMax;
    const QString specials = passwordSpecialCharacters();
    bool lower = false, upper = false, digit = false, special = false;
    for (const QChar c : password) {
        if (isLowercase(c))
            lower = true;
        else if (isUppercase(c))
            upper = true;
        else if (isAsciiDigit(c))
            digit = true;
        else if (specials.contains(c))
            special = true;
        else
            facts.charactersOk = false;
    }
    facts.classes = int(lower) + int(upper) + int(digit) + int(special);
    if (!userName.isEmpty() && !password.isEmpty()) {
        QString reversed = userName;
        std::reverse(reversed.begin(), reversed.end());
        facts.notUserName = password != userName && password != reversed;
    }
    facts.notWeak = !isWeakPassword(password);
    return facts;
}

} // namespace

QString passwordSpecialCharacters()
{
    // The union of the two sets the reference prints.
    return QStringLiteral("~!@#%^&*()-_=+|[{}];:,<.>/?");
}

ValidationIssues validateClusterName(const QString& name, const QString& field)
{
    return validateResourceName(name, field);
}

ValidationIssues validateSnapshotName(const QString& name, const QString& field)
{
    return validateResourceName(name, field);
}

ValidationIssues validateUserName(const QString& userName, const QString& field)
{
    if (userName.isEmpty())
        return issue(field, Validation::tr("Enter the administrator user name."));
    if (userName.size() < limits::kUserNameMin || userName.size() > limits::kUserNameMax)
        return issue(field, Validation::tr("The user name must be %1 to %2 characters long.")
                                .arg(limits::kUserNameMin)
                                .arg(limits::kUserNameMax));
    if (!isLowercase(userName.front()) && userName.front() != u'_')
        return issue(field, Validation::tr("The user name must start with a lowercase letter or an "
                                           "underscore (_)."));
    const bool allowed = std::all_of(userName.begin(), userName.end(), [](QChar c) {
        return isLowercase(c) || isAsciiDigit(c) || c == u'_';
    });
    if (!allowed)
        return issue(field,
                     Validation::tr("The user name may contain only lowercase letters, digits and "
                                    "underscores (_)."));
    if (isReservedWord(userName))
        return issue(
            field, Validation::tr("\"%1\" is a reserved word of the database and cannot be a user "
                                  "name.")
                       .arg(userName));
    return {};
}

QList<PasswordRuleCheck> passwordChecklist(const QString& password, const QString& userName)
{
    const PasswordFacts facts = examinePassword(password, userName);
    const bool entered = !password.isEmpty();
    return {
        {PasswordRule::Length,
         Validation::tr("%1 to %2 characters").arg(limits::kPasswordMin).arg(limits::kPasswordMax),
         facts.lengthOk},
        {PasswordRule::CharacterClasses,
         Validation::tr(
             "At least 3 of: lowercase letters, uppercase letters, digits, special characters"),
         facts.classes >= 3},
        {PasswordRule::AllowedCharacters,
         Validation::tr("Only letters, digits and the special characters %1")
             .arg(passwordSpecialCharacters()),
         entered && facts.charactersOk},
        {PasswordRule::NotUserName, Validation::tr("Not the user name or the user name reversed"),
         entered && facts.notUserName},
        {PasswordRule::NotWeak, Validation::tr("Not a common, easily guessed password"),
         entered && facts.notWeak},
    };
}

ValidationIssues validatePassword(const QString& password, const QString& userName,
                                  const QString& field)
{
    if (password.isEmpty())
        return issue(field, Validation::tr("Enter a password."));
    const PasswordFacts facts = examinePassword(password, userName);
    ValidationIssues issues;
    if (!facts.lengthOk)
        issues.append({field, Validation::tr("The password must be %1 to %2 characters long.")
                                  .arg(limits::kPasswordMin)
                                  .arg(limits::kPasswordMax)});
    if (!facts.charactersOk)
        issues.append(
            {field, Validation::tr("The password may contain only letters, digits and the special "
                                   "characters %1.")
                        .arg(passwordSpecialCharacters())});
    if (facts.classes < 3)
        issues.append(
            {field, Validation::tr("The password must contain at least three of: lowercase "
                                   "letters, uppercase letters, digits and special characters.")});
    if (!facts.notUserName)
        issues.append(
            {field,
             Validation::tr("The password must not be the user name or the user name reversed.")});
    if (!facts.notWeak)
        issues.append(
            {field, Validation::tr("This password is too easy to guess. Choose a stronger one.")});
    return issues;
}

ValidationIssues validatePort(int port, const QString& field)
{
    if (port < limits::kPortMin || port > limits::kPortMax)
        return issue(field, Validation::tr("The port must be between %1 and %2.")
                                .arg(limits::kPortMin)
                                .arg(limits::kPortMax));
    return {};
}

ValidationIssues validateNodeCount(int numberOfNode, const QString& field)
{
    if (numberOfNode < limits::kNodesMin || numberOfNode > limits::kNodesMax)
        return issue(field, Validation::tr("The number of nodes must be between %1 and %2.")
                                .arg(limits::kNodesMin)
                                .arg(limits::kNodesMax));
    return {};
}

int maxCnCount(int numberOfNode)
{
    return std::min(limits::kCnMax, numberOfNode - 1);
}

ValidationIssues validateCnCount(int numberOfCn, int numberOfNode, const QString& field)
{
    const int maximum = maxCnCount(numberOfNode);
    if (maximum < limits::kCnMin)
        return issue(field,
                     Validation::tr("A cluster of %1 nodes cannot have %2 CNs: add nodes first.")
                         .arg(numberOfNode)
                         .arg(numberOfCn));
    if (numberOfCn < limits::kCnMin || numberOfCn > maximum)
        return issue(field, Validation::tr("The number of CNs must be between %1 and %2.")
                                .arg(limits::kCnMin)
                                .arg(maximum));
    return {};
}

bool isUuid(QStringView text)
{
    static constexpr int groups[] = {8, 4, 4, 4, 12};
    if (text.size() != 36)
        return false;
    qsizetype position = 0;
    for (int group = 0; group < 5; ++group) {
        if (group > 0) {
            if (text[position] != u'-')
                return false;
            ++position;
        }
        for (int i = 0; i < groups[group]; ++i, ++position) {
            const QChar c = text[position];
            const bool hex =
                isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
            if (!hex)
                return false;
        }
    }
    return true;
}

ValidationIssues validateUuid(const QString& id, const QString& field, bool required)
{
    if (id.isEmpty())
        return required ? issue(field, Validation::tr("This ID is required.")) : ValidationIssues{};
    if (!isUuid(id))
        return issue(field,
                     Validation::tr("Enter an ID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx "
                                    "(hexadecimal digits)."));
    return {};
}

ValidationIssues validatePublicIp(const PublicIpRequest& publicIp, const QString& field)
{
    if (!publicIp.bindType.isKnown())
        return issue(field + QLatin1String(".public_bind_type"),
                     Validation::tr("Choose how the cluster gets a public IP."));
    if (publicIp.bindType == PublicBindType::BindExisting) {
        if (publicIp.eipId.isEmpty())
            return issue(field + QLatin1String(".eip_id"),
                         Validation::tr("Choose the EIP to bind."));
        return validateUuid(publicIp.eipId, field + QLatin1String(".eip_id"));
    }
    if (!publicIp.eipId.isEmpty())
        return validateUuid(publicIp.eipId, field + QLatin1String(".eip_id"));
    return {};
}

ValidationIssues validateAvailabilityZone(const QString& zone, const QString& field)
{
    if (zone == QLatin1String("cn-north-1c") || zone == QLatin1String("cn-south-1e"))
        return issue(field, Validation::tr(
                                "Availability zone %1 does not offer DWS clusters. Choose another.")
                                .arg(zone));
    return {};
}

ValidationIssues validateKeepLastManualSnapshot(int keep, const QString& field)
{
    if (keep < 0)
        return issue(field, Validation::tr("The number of snapshots to keep cannot be negative."));
    return {};
}

ValidationIssues validate(const CreateClusterRequest& request)
{
    ValidationIssues issues;
    if (request.nodeType.trimmed().isEmpty())
        issues += issue(QStringLiteral("node_type"), Validation::tr("Choose a node type."));
    issues += validateNodeCount(request.numberOfNode);
    issues += validateUuid(request.subnetId, QStringLiteral("subnet_id"));
    issues += validateUuid(request.securityGroupId, QStringLiteral("security_group_id"));
    issues += validateUuid(request.vpcId, QStringLiteral("vpc_id"));
    issues += validateAvailabilityZone(request.availabilityZone);
    issues += validateClusterName(request.name);
    issues += validateUserName(request.userName);
    issues += validatePassword(request.userPassword, request.userName);
    if (request.port)
        issues += validatePort(*request.port);
    if (request.publicIp)
        issues += validatePublicIp(*request.publicIp);
    if (request.numberOfCn)
        issues += validateCnCount(*request.numberOfCn, request.numberOfNode);
    return issues;
}

ValidationIssues validate(const RestoreRequest& request)
{
    ValidationIssues issues;
    issues += validateClusterName(request.name);
    issues += validateUuid(request.subnetId, QStringLiteral("subnet_id"), false);
    issues += validateUuid(request.vpcId, QStringLiteral("vpc_id"), false);
    issues += validateUuid(request.securityGroupId, QStringLiteral("security_group_id"), false);
    issues += validateAvailabilityZone(request.availabilityZone);
    if (request.port)
        issues += validatePort(*request.port);
    if (request.publicIp)
        issues += validatePublicIp(*request.publicIp);
    return issues;
}

ValidationIssues validate(const ResizeRequest& request, int currentNodeCount)
{
    if (request.kind == ResizeRequest::Kind::Resize) {
        ValidationIssues issues;
        if (request.nodeType.trimmed().isEmpty())
            issues += issue(QStringLiteral("node_type"), Validation::tr("Choose a node type."));
        issues += validateNodeCount(request.numberOfNode);
        return issues;
    }
    const QString field = QStringLiteral("count");
    if (request.count < 1)
        return issue(field, Validation::tr("Add at least one node."));
    if (currentNodeCount + request.count > limits::kNodesMax)
        return issue(field,
                     Validation::tr("The cluster would have %1 nodes; at most %2 are allowed.")
                         .arg(currentNodeCount + request.count)
                         .arg(limits::kNodesMax));
    return {};
}

ValidationIssues validate(const CreateSnapshotRequest& request)
{
    ValidationIssues issues;
    issues += validateSnapshotName(request.name);
    issues += validateUuid(request.clusterId, QStringLiteral("cluster_id"));
    return issues;
}

ValidationIssues validate(const DeleteClusterRequest& request)
{
    return validateKeepLastManualSnapshot(request.keepLastManualSnapshot);
}

ValidationIssues validate(const ResetPasswordRequest& request, const QString& userName)
{
    return validatePassword(request.newPassword, userName, QStringLiteral("new_password"));
}

} // namespace dws
