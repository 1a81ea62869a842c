// dwsctl: secrets never on the command line nor in the output, AK/SK signing, usage errors.

#include "DwsctlRunner.h"
#include "EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QByteArray header(const dwsemu::JournalEntry& entry, const QByteArray& name)
{
    for (const auto& [key, value] : entry.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestDwsctlSecurity : public QObject
{
    Q_OBJECT

private slots:
    void secretsAsArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString secret = QStringLiteral("Sup3r-Secret!value");
        QTest::newRow("--password")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("list"),
                           QStringLiteral("--password"), secret};
        QTest::newRow("--password=")
            << QStringList{QStringLiteral("--password=") + secret, QStringLiteral("clusters"),
                           QStringLiteral("list")};
        QTest::newRow("--sk") << QStringList{QStringLiteral("clusters"), QStringLiteral("list"),
                                             QStringLiteral("--sk"), secret};
        QTest::newRow("--admin-password")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("create"),
                           QStringLiteral("--admin-password"), secret};
        QTest::newRow("--new-password")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("reset-password"),
                           QStringLiteral("x"), QStringLiteral("--new-password"), secret};
    }

    void secretsAsArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result = runner.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("process list")), qPrintable(result.err));
        QVERIFY(!result.all().contains(QLatin1String("Sup3r-Secret!value")));
    }

    void verboseOutputHoldsNoSecret()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        DwsctlResult listed = runner.run(
            {QStringLiteral("--verbose"), QStringLiteral("clusters"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        const DwsctlResult created = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("create"), QStringLiteral("--verbose"),
             QStringLiteral("--name"), QStringLiteral("logged-dw"), QStringLiteral("--node-type"),
             QStringLiteral("dws.d2.xlarge"), QStringLiteral("--nodes"), QStringLiteral("3"),
             QStringLiteral("--vpc-id"), QStringLiteral("3a1b8c4e-58d1-4b53-9c0a-2f1f7cfb1a01"),
             QStringLiteral("--subnet-id"), QStringLiteral("4b2c9d5f-69e2-4c64-8d1b-3a2a8dac2b02"),
             QStringLiteral("--security-group-id"),
             QStringLiteral("5c3daf60-7af3-4d75-9e2c-4b3b9ebd3c03"), QStringLiteral("--admin-user"),
             QStringLiteral("dbadmin")});
        QCOMPARE(created.exitCode, 0);

        // Verbose really logged the requests.
        QVERIFY2(listed.err.contains(QLatin1String("/clusters")), qPrintable(listed.err));

        QStringList secrets = {QLatin1String(DwsctlRunner::kPassword),
                               QLatin1String(DwsctlRunner::kAdminPassword)};
        for (const dwsemu::JournalEntry& entry : fixture->journal()) {
            if (const QByteArray token = header(entry, "X-Auth-Token"); !token.isEmpty())
                secrets << QString::fromUtf8(token);
        }
        QVERIFY(secrets.size() > 2);
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(!listed.all().contains(secret), "a secret appeared in dwsctl's output");
            QVERIFY2(!created.all().contains(secret), "a secret appeared in dwsctl's output");
        }
    }

    void accessKeySigningWorksAndHidesTheSecretKey()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().remove(QStringLiteral("DWS_USERNAME"));
        runner.environment().remove(QStringLiteral("DWS_PASSWORD"));
        runner.environment().remove(QStringLiteral("DWS_DOMAIN"));
        runner.environment().insert(QStringLiteral("DWS_AK"), QStringLiteral("DEMOACCESSKEY"));
        runner.environment().insert(QStringLiteral("DWS_SK"), QStringLiteral("DEMOSECRETKEY"));
        const DwsctlResult result = runner.run(
            {QStringLiteral("--verbose"), QStringLiteral("--output"), QStringLiteral("json"),
             QStringLiteral("clusters"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.json().value(QLatin1String("clusters")).isArray());
        const QList<dwsemu::JournalEntry> journal = fixture->journal();
        QCOMPARE(journal.size(), 1);
        QVERIFY(header(journal.constFirst(), "Authorization").startsWith("SDK-HMAC-SHA256"));
        QCOMPARE(journal.constFirst().status, 200);
        QVERIFY(!result.all().contains(QLatin1String("DEMOSECRETKEY")));
    }

    void accessKeyWithAProjectNameLooksTheProjectUp()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().remove(QStringLiteral("DWS_USERNAME"));
        runner.environment().insert(QStringLiteral("DWS_AK"), QStringLiteral("DEMOACCESSKEY"));
        runner.environment().insert(QStringLiteral("DWS_SK"), QStringLiteral("DEMOSECRETKEY"));
        const QString url = fixture.baseUrl().toString();
        const DwsctlResult result =
            runner.run({QStringLiteral("--iam-endpoint"), url, QStringLiteral("--dws-endpoint"),
                        url, QStringLiteral("--project"), fixture.projectName(),
                        QStringLiteral("snapshots"), QStringLiteral("list")},
                       {}, false);
        QCOMPARE(result.exitCode, 0);
        const QList<dwsemu::JournalEntry> journal = fixture->journal();
        QCOMPARE(journal.size(), 2);
        QVERIFY(journal.at(0).path.endsWith(QLatin1String("/projects")));
        QCOMPARE(journal.at(1).path,
                 QLatin1String("/v1.0/") + fixture.projectId() + QLatin1String("/snapshots"));
    }

    void secretKeyFromStdin()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().remove(QStringLiteral("DWS_USERNAME"));
        runner.environment().insert(QStringLiteral("DWS_AK"), QStringLiteral("DEMOACCESSKEY"));
        const DwsctlResult result =
            runner.run({QStringLiteral("--password-stdin"), QStringLiteral("node-types"),
                        QStringLiteral("list")},
                       QByteArrayLiteral("DEMOSECRETKEY\n"));
        QCOMPARE(result.exitCode, 0);
    }

    void passwordFromStdin()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().remove(QStringLiteral("DWS_PASSWORD"));
        DwsctlResult result = runner.run({QStringLiteral("clusters"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("DWS_PASSWORD")));
        QVERIFY(fixture->journal().isEmpty());

        result = runner.run({QStringLiteral("clusters"), QStringLiteral("list"),
                             QStringLiteral("--password-stdin")},
                            QByteArrayLiteral("Piped-Passw0rd\n"));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject auth =
            QJsonDocument::fromJson(fixture->journal().constFirst().body).object();
        QVERIFY(QJsonDocument(auth).toJson().contains("Piped-Passw0rd"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown group")
            << QStringList{QStringLiteral("volumes"), QStringLiteral("list")};
        QTest::newRow("unknown verb")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("explode")};
        QTest::newRow("missing verb") << QStringList{QStringLiteral("clusters")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("missing id")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("show")};
        QTest::newRow("extra argument") << QStringList{
            QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("extra")};
        QTest::newRow("bad output")
            << QStringList{QStringLiteral("--output"), QStringLiteral("yaml"),
                           QStringLiteral("clusters"), QStringLiteral("list")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                 QStringLiteral("clusters"),
                                                 QStringLiteral("list")};
        QTest::newRow("bad timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"),
                           QStringLiteral("clusters"), QStringLiteral("list")};
        QTest::newRow("value missing") << QStringList{
            QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--output")};
        QTest::newRow("bad until")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("wait"), QStringLiteral("x"),
                           QStringLiteral("--until"), QStringLiteral("happy")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result = runner.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(fixture->journal().isEmpty());
    }

    void globalOptionsStandAnywhere()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QStringList connection = runner.connection();
        for (const QStringList& arguments :
             {connection + QStringList{QStringLiteral("--output"), QStringLiteral("json"),
                                       QStringLiteral("clusters"), QStringLiteral("list")},
              QStringList{QStringLiteral("clusters"), QStringLiteral("list")} + connection +
                  QStringList{QStringLiteral("--output=json")},
              QStringList{QStringLiteral("clusters")} + connection +
                  QStringList{QStringLiteral("list"), QStringLiteral("--output"),
                              QStringLiteral("json")}}) {
            const DwsctlResult result = runner.run(arguments, {}, false);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.json().value(QLatin1String("clusters")).isArray());
        }
    }

    void helpAndVersion()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        DwsctlResult result = runner.run({QStringLiteral("--help")}, {}, false);
        QCOMPARE(result.exitCode, 0);
        for (const char* command : {"node-types list", "projects list", "clusters create",
                                    "clusters wait", "snapshots restore"})
            QVERIFY2(result.out.contains(QLatin1String(command)), command);
        result = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("create"), QStringLiteral("--help")}, {},
            false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("--dry-run")));
        QVERIFY(result.out.contains(QLatin1String("--public-ip")));
        result = runner.run({QStringLiteral("--version")}, {}, false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QLatin1String("dwsctl ")));
        QVERIFY(fixture->journal().isEmpty());
    }

    void plainHttpToARemoteHostIsRefused()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result =
            runner.run({QStringLiteral("--iam-endpoint"), QStringLiteral("http://iam.example.com"),
                        QStringLiteral("--dws-endpoint"), QStringLiteral("http://dws.example.com"),
                        QStringLiteral("--project-id"), fixture.projectId(),
                        QStringLiteral("clusters"), QStringLiteral("list")},
                       {}, false);
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDwsctlSecurity)
#include "tst_dwsctl_security.moc"
