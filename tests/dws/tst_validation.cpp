#include "dws/Validation.h"

#include <QTest>

using namespace dws;

namespace {

const QString kUuid = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");

CreateClusterRequest validCreate()
{
    CreateClusterRequest request;
    request.nodeType = QStringLiteral("dws.d2.xlarge");
    request.numberOfNode = 3;
    request.subnetId = kUuid;
    request.securityGroupId = kUuid;
    request.vpcId = kUuid;
    request.name = QStringLiteral("dws-demo");
    request.userName = QStringLiteral("dbadmin");
    request.userPassword = QStringLiteral("Dws2017demo!");
    return request;
}

QStringList fields(const ValidationIssues& issues)
{
    QStringList result;
    for (const auto& issue : issues)
        result.append(issue.field);
    return result;
}

bool ruleMet(const QList<PasswordRuleCheck>& checks, PasswordRule rule)
{
    for (const auto& check : checks) {
        if (check.rule == rule)
            return check.met;
    }
    return false;
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 chars") << "abc" << false;
        QTest::newRow("4 chars") << "abcd" << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("digit first") << "1abc" << false;
        QTest::newRow("dash first") << "-abc" << false;
        QTest::newRow("charset") << "Ab-_9z" << true;
        QTest::newRow("dot") << "ab.cd" << false;
        QTest::newRow("space") << "ab cd" << false;
        QTest::newRow("chinese") << "集群名称" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(validateClusterName(name).isEmpty(), valid);
        QCOMPARE(validateSnapshotName(name).isEmpty(), valid);
        if (!valid) {
            QCOMPARE(validateClusterName(name).first().field, QStringLiteral("name"));
            QVERIFY(!validateClusterName(name).first().message.isEmpty());
        }
    }

    void userNames_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<bool>("valid");
        QTest::newRow("5 chars") << "admin" << false;
        QTest::newRow("6 chars") << "dbuser" << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("underscore first") << "_admin1" << true;
        QTest::newRow("digit first") << "1admin" << false;
        QTest::newRow("uppercase") << "dbAdmin" << false;
        QTest::newRow("dash") << "db-admin" << false;
        QTest::newRow("reserved select") << "select" << false;
        QTest::newRow("reserved current_user") << "current_user" << false;
        QTest::newRow("reserved session_user") << "session_user" << false;
        QTest::newRow("reserved localtimestamp") << "localtimestamp" << false;
        QTest::newRow("not reserved") << "dbadmin" << true;
    }
    void userNames()
    {
        QFETCH(QString, userName);
        QFETCH(bool, valid);
        const auto issues = validateUserName(userName);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QCOMPARE(issues.first().field, QStringLiteral("user_name"));
    }

    void reservedWords()
    {
        QVERIFY(isReservedWord(u"SELECT"));
        QVERIFY(isReservedWord(u"table"));
        QVERIFY(isReservedWord(u"authorization"));
        QVERIFY(!isReservedWord(u"dbadmin"));
        QVERIFY(!isReservedWord(u""));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<bool>("valid");
        QTest::newRow("7 chars") << "Abcd12!"
                                 << "dbadmin" << false;
        QTest::newRow("8 chars") << "Abcd123!"
                                 << "dbadmin" << true;
        QTest::newRow("32 chars") << "Aa1!" + QString(28, u'x') << "dbadmin" << true;
        QTest::newRow("33 chars") << "Aa1!" + QString(29, u'x') << "dbadmin" << false;
        QTest::newRow("two classes") << "abcdefg1"
                                     << "dbadmin" << false;
        QTest::newRow("three classes no special") << "Abcdefg1"
                                                  << "dbadmin" << true;
        QTest::newRow("three classes no digit") << "Abcdefg!"
                                                << "dbadmin" << true;
        QTest::newRow("three classes no upper") << "abcdef1!"
                                                << "dbadmin" << true;
        QTest::newRow("three classes no lower") << "ABCDEF1!"
                                                << "dbadmin" << true;
        QTest::newRow("dollar not allowed") << "Abcdef1$"
                                            << "dbadmin" << false;
        QTest::newRow("space not allowed") << "Abc def1!"
                                           << "dbadmin" << false;
        QTest::newRow("user name") << "Dbadmin_1"
                                   << "Dbadmin_1" << false;
        QTest::newRow("user name reversed") << "1_nimdabD"
                                            << "Dbadmin_1" << false;
        QTest::newRow("weak example") << "Admin123!"
                                      << "dbadmin" << false;
        QTest::newRow("weak any case") << "ADMIN123!"
                                       << "dbadmin" << false;
        QTest::newRow("reference sample") << "Passw0rd!"
                                          << "dbadmin" << true;
        QTest::newRow("empty") << ""
                               << "dbadmin" << false;
    }
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(QString, userName);
        QFETCH(bool, valid);
        const auto issues = validatePassword(password, userName);
        QCOMPARE(issues.isEmpty(), valid);
        for (const auto& issue : issues)
            QCOMPARE(issue.field, QStringLiteral("user_pwd"));
        if (!password.isEmpty()) {
            bool allMet = true;
            for (const auto& check : passwordChecklist(password, userName))
                allMet = allMet && check.met;
            QCOMPARE(allMet, valid);
        }
    }

    void everySpecialCharacterCounts()
    {
        for (const QChar special : passwordSpecialCharacters()) {
            const QString password = QStringLiteral("abcdef1") + special;
            QVERIFY2(validatePassword(password, QStringLiteral("dbadmin")).isEmpty(),
                     qPrintable(password));
        }
    }

    void checklistReportsEachRule()
    {
        const auto checks = passwordChecklist(QStringLiteral("nimdabd"), QStringLiteral("dbadmin"));
        QCOMPARE(checks.size(), 5);
        for (const auto& check : checks)
            QVERIFY(!check.text.isEmpty());
        QVERIFY(!ruleMet(checks, PasswordRule::Length));
        QVERIFY(!ruleMet(checks, PasswordRule::CharacterClasses));
        QVERIFY(ruleMet(checks, PasswordRule::AllowedCharacters));
        QVERIFY(!ruleMet(checks, PasswordRule::NotUserName));
        QVERIFY(ruleMet(checks, PasswordRule::NotWeak));

        const auto weak = passwordChecklist(QStringLiteral("Admin123!"), QStringLiteral("dbadmin"));
        QVERIFY(ruleMet(weak, PasswordRule::Length));
        QVERIFY(ruleMet(weak, PasswordRule::CharacterClasses));
        QVERIFY(!ruleMet(weak, PasswordRule::NotWeak));

        const auto empty = passwordChecklist(QString(), QStringLiteral("dbadmin"));
        for (const auto& check : empty)
            QVERIFY(!check.met);
    }

    void ports()
    {
        QVERIFY(!validatePort(7999).isEmpty());
        QVERIFY(validatePort(8000).isEmpty());
        QVERIFY(validatePort(30000).isEmpty());
        QVERIFY(!validatePort(30001).isEmpty());
        QCOMPARE(validatePort(7999).first().field, QStringLiteral("port"));
    }

    void nodeCounts()
    {
        QVERIFY(!validateNodeCount(2).isEmpty());
        QVERIFY(validateNodeCount(3).isEmpty());
        QVERIFY(validateNodeCount(32).isEmpty());
        QVERIFY(!validateNodeCount(33).isEmpty());
    }

    void cnCounts()
    {
        QCOMPARE(maxCnCount(3), 2);
        QCOMPARE(maxCnCount(5), 4);
        QCOMPARE(maxCnCount(6), 5);
        QCOMPARE(maxCnCount(32), 5);
        QVERIFY(!validateCnCount(1, 10).isEmpty());
        QVERIFY(validateCnCount(2, 3).isEmpty());
        QVERIFY(!validateCnCount(3, 3).isEmpty());
        QVERIFY(validateCnCount(4, 5).isEmpty());
        QVERIFY(!validateCnCount(5, 5).isEmpty());
        QVERIFY(validateCnCount(5, 32).isEmpty());
        QVERIFY(!validateCnCount(6, 32).isEmpty());
        QVERIFY(!validateCnCount(2, 2).isEmpty());
    }

    void uuids()
    {
        QVERIFY(isUuid(kUuid));
        QVERIFY(isUuid(kUuid.toUpper()));
        QVERIFY(!isUuid(kUuid.left(35)));
        QVERIFY(!isUuid(QString(kUuid).replace(8, 1, u'x')));
        QVERIFY(!isUuid(QString(kUuid).replace(3, 1, u'g')));
        QVERIFY(!validateUuid(QString(), QStringLiteral("vpc_id")).isEmpty());
        QVERIFY(validateUuid(QString(), QStringLiteral("vpc_id"), false).isEmpty());
        QCOMPARE(validateUuid(QStringLiteral("vpc-1"), QStringLiteral("vpc_id")).first().field,
                 QStringLiteral("vpc_id"));
    }

    void publicIps()
    {
        QVERIFY(validatePublicIp({PublicBindType::NotUse, {}}).isEmpty());
        QVERIFY(validatePublicIp({PublicBindType::AutoAssign, {}}).isEmpty());
        const auto missing = validatePublicIp({PublicBindType::BindExisting, {}});
        QCOMPARE(fields(missing), QStringList{"public_ip.eip_id"});
        QCOMPARE(fields(validatePublicIp({PublicBindType::BindExisting, "eip-1"})),
                 QStringList{"public_ip.eip_id"});
        QVERIFY(validatePublicIp({PublicBindType::BindExisting, kUuid}).isEmpty());
        QCOMPARE(fields(validatePublicIp({PublicBindType::fromString(u"sometimes"), {}})),
                 QStringList{"public_ip.public_bind_type"});
    }

    void zonesAndKeep()
    {
        QVERIFY(!validateAvailabilityZone(QStringLiteral("cn-north-1c")).isEmpty());
        QVERIFY(!validateAvailabilityZone(QStringLiteral("cn-south-1e")).isEmpty());
        QVERIFY(validateAvailabilityZone(QStringLiteral("cn-north-4a")).isEmpty());
        QVERIFY(validateAvailabilityZone(QString()).isEmpty());
        QVERIFY(!validate(DeleteClusterRequest{-1}).isEmpty());
        QVERIFY(validate(DeleteClusterRequest{0}).isEmpty());
        QVERIFY(validate(DeleteClusterRequest{1}).isEmpty());
    }

    void wholeCreateRequest()
    {
        QVERIFY(validate(validCreate()).isEmpty());
        CreateClusterRequest request = validCreate();
        request.numberOfNode = 2;
        request.name = QStringLiteral("ab");
        request.userName = QStringLiteral("select");
        request.userPassword = QStringLiteral("weak");
        request.port = 7999;
        request.numberOfCn = 3;
        request.vpcId = QStringLiteral("vpc");
        request.availabilityZone = QStringLiteral("cn-north-1c");
        request.publicIp = PublicIpRequest{PublicBindType::BindExisting, {}};
        const QStringList issueFields = fields(validate(request));
        for (const char* field :
             {"number_of_node", "name", "user_name", "user_pwd", "port", "number_of_cn", "vpc_id",
              "availability_zone", "public_ip.eip_id"})
            QVERIFY2(issueFields.contains(QLatin1String(field)), field);
        QVERIFY(!issueFields.contains(QStringLiteral("subnet_id")));
    }

    void wholeRestoreRequest()
    {
        RestoreRequest request;
        request.name = QStringLiteral("restored-1");
        QVERIFY(validate(request).isEmpty());
        request.subnetId = QStringLiteral("bad");
        request.port = 30001;
        QCOMPARE(fields(validate(request)), (QStringList{"subnet_id", "port"}));
    }

    void resizeTargets()
    {
        QVERIFY(validate(ResizeRequest::scaleOut(3), 3).isEmpty());
        QVERIFY(validate(ResizeRequest::scaleOut(29), 3).isEmpty());
        QCOMPARE(fields(validate(ResizeRequest::scaleOut(30), 3)), QStringList{"count"});
        QCOMPARE(fields(validate(ResizeRequest::scaleOut(0), 3)), QStringList{"count"});
        QVERIFY(
            validate(ResizeRequest::resizeTo(QStringLiteral("dws.d2.xlarge"), 32), 3).isEmpty());
        QCOMPARE(fields(validate(ResizeRequest::resizeTo(QStringLiteral("dws.d2.xlarge"), 33), 3)),
                 QStringList{"number_of_node"});
        QCOMPARE(fields(validate(ResizeRequest::resizeTo(QString(), 6), 3)),
                 QStringList{"node_type"});
    }

    void snapshotAndResetRequests()
    {
        QVERIFY(validate(CreateSnapshotRequest{QStringLiteral("snap-1"), kUuid, {}}).isEmpty());
        QCOMPARE(fields(validate(CreateSnapshotRequest{QStringLiteral("s1"), QString(), {}})),
                 (QStringList{"name", "cluster_id"}));
        QVERIFY(validate(ResetPasswordRequest{QStringLiteral("NewPassw0rd!")},
                         QStringLiteral("dbadmin"))
                    .isEmpty());
        QCOMPARE(fields(validate(ResetPasswordRequest{QStringLiteral("nimdabd")},
                                 QStringLiteral("dbadmin")))
                     .first(),
                 QStringLiteral("new_password"));
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
