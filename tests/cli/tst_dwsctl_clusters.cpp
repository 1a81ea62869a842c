// dwsctl end to end: the built binary against an in-process emulator over real HTTP.
// Cluster commands, node types and projects.

#include "DwsctlRunner.h"
#include "EmulatorFixture.h"
#include "dws/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace std::chrono_literals;

namespace {

// "METHOD /path" of every journaled request.
QStringList requestLines(EmulatorFixture& fixture)
{
    QStringList lines;
    for (const dwsemu::JournalEntry& entry : fixture->journal())
        lines << entry.method + QLatin1Char(' ') + entry.path;
    return lines;
}

QString dwsPath(EmulatorFixture& fixture, const QString& path)
{
    return QLatin1String("/v1.0/") + fixture.projectId() + path;
}

QJsonObject lastBody(EmulatorFixture& fixture)
{
    const QList<dwsemu::JournalEntry> journal = fixture->journal();
    return journal.isEmpty() ? QJsonObject()
                             : QJsonDocument::fromJson(journal.constLast().body).object();
}

const QString kSignIn = QStringLiteral("POST /v3/auth/tokens");

} // namespace

class TestDwsctlClusters : public QObject
{
    Q_OBJECT

private:
    // Creates a cluster through dwsctl and lets virtual time run until it is available.
    QString createAvailableCluster(EmulatorFixture& fixture, DwsctlRunner& runner,
                                   const QString& name)
    {
        const DwsctlResult created = runner.run(createArguments(name));
        if (created.exitCode != 0)
            qWarning() << created.err;
        fixture->advanceClock(20min);
        fixture->clearJournal();
        return created.out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(DwsctlRunner::program()), qPrintable(DwsctlRunner::program()));
    }

    void nodeTypesListJsonMatchesTheEmulator()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QJsonArray expected = runner.emulatorGet(QStringLiteral("node_types"))
                                        .value(QLatin1String("node_types"))
                                        .toArray();
        fixture->clearJournal();

        const DwsctlResult result =
            runner.run({QStringLiteral("--output"), QStringLiteral("json"),
                        QStringLiteral("node-types"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray printed = result.json().value(QLatin1String("node_types")).toArray();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(printed.size(), expected.size());
        for (qsizetype index = 0; index < expected.size(); ++index) {
            const QJsonObject want = expected.at(index).toObject();
            const QJsonObject got = printed.at(index).toObject();
            QCOMPARE(got.value(QLatin1String("spec_name")), want.value(QLatin1String("spec_name")));
            QCOMPARE(got.value(QLatin1String("id")), want.value(QLatin1String("id")));
            QCOMPARE(got.value(QLatin1String("detail")).toArray().size(),
                     want.value(QLatin1String("detail")).toArray().size());
        }
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") +
                                           dwsPath(fixture, QStringLiteral("/node_types"))}));
    }

    void nodeTypesListTable()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result =
            runner.run({QStringLiteral("node-types"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QString header = result.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.contains(QLatin1String("Node type")) &&
                     header.contains(QLatin1String("vCPUs")),
                 qPrintable(header));
        QVERIFY(result.out.contains(QLatin1String("dws.d2.xlarge")));
    }

    void projectsList()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        DwsctlResult result = runner.run({QStringLiteral("--output"), QStringLiteral("json"),
                                          QStringLiteral("projects"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray projects = result.json().value(QLatin1String("projects")).toArray();
        bool found = false;
        for (const QJsonValue& project : projects) {
            found = found || (project.toObject().value(QLatin1String("id")).toString() ==
                                  fixture.projectId() &&
                              project.toObject().value(QLatin1String("name")).toString() ==
                                  fixture.projectName());
        }
        QVERIFY2(found, result.out.toUtf8());
        QCOMPARE(requestLines(fixture).size(), 2);
        QCOMPARE(requestLines(fixture).constFirst(), kSignIn);
        QVERIFY(requestLines(fixture).constLast().endsWith(QLatin1String("/projects")));

        result = runner.run({QStringLiteral("projects"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(fixture.projectId()));
    }

    void createPrintsTheIdAndSendsExactlyTheRequest()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result =
            runner.run(createArguments(QStringLiteral("sales-dw")) +
                       QStringList{QStringLiteral("--port"), QStringLiteral("8123")});
        QCOMPARE(result.exitCode, 0);
        const QString id = result.out.trimmed();
        QVERIFY2(!id.isEmpty() && !id.contains(QLatin1Char('\n')), qPrintable(result.out));
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("POST ") +
                                           dwsPath(fixture, QStringLiteral("/clusters"))}));
        const QJsonObject cluster = lastBody(fixture).value(QLatin1String("cluster")).toObject();
        QCOMPARE(cluster.value(QLatin1String("name")).toString(), QStringLiteral("sales-dw"));
        QCOMPARE(cluster.value(QLatin1String("node_type")).toString(),
                 QStringLiteral("dws.d2.xlarge"));
        QCOMPARE(cluster.value(QLatin1String("number_of_node")).toInt(), 3);
        QCOMPARE(cluster.value(QLatin1String("vpc_id")).toString(), kTestVpc);
        QCOMPARE(cluster.value(QLatin1String("port")).toInt(), 8123);
        QCOMPARE(cluster.value(QLatin1String("user_name")).toString(), QStringLiteral("dbadmin"));
        QCOMPARE(cluster.value(QLatin1String("user_pwd")).toString(),
                 QLatin1String(DwsctlRunner::kAdminPassword));

        // The emulator knows it under that id.
        const QJsonObject detail = runner.emulatorGet(QStringLiteral("clusters/") + id);
        QCOMPARE(detail.value(QLatin1String("cluster"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("sales-dw"));
    }

    void createReadsTheAdminPasswordFromStdin()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().remove(QStringLiteral("DWS_ADMIN_PASSWORD"));
        const DwsctlResult result =
            runner.run(createArguments(QStringLiteral("stdin-dw")) +
                           QStringList{QStringLiteral("--admin-password-stdin")},
                       QByteArrayLiteral("Piped_Adm1n#Pw\n"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lastBody(fixture)
                     .value(QLatin1String("cluster"))
                     .toObject()
                     .value(QLatin1String("user_pwd"))
                     .toString(),
                 QStringLiteral("Piped_Adm1n#Pw"));
    }

    void createDryRunSendsNothingAndMasksThePassword()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result = runner.run(
            QStringList{QStringLiteral("--output"), QStringLiteral("json")} +
            createArguments(QStringLiteral("dry-dw")) + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(fixture->journal().isEmpty());
        QVERIFY(!result.all().contains(QLatin1String(DwsctlRunner::kAdminPassword)));
        const QJsonObject cluster = result.json().value(QLatin1String("cluster")).toObject();
        QCOMPARE(cluster.value(QLatin1String("name")).toString(), QStringLiteral("dry-dw"));
        QCOMPARE(cluster.value(QLatin1String("number_of_node")).toInt(), 3);
        const QString masked = cluster.value(QLatin1String("user_pwd")).toString();
        QVERIFY(!masked.isEmpty());
        QVERIFY(masked.count(QLatin1Char('*')) == masked.size());
    }

    void createValidationErrorsSendNothing()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        runner.environment().insert(QStringLiteral("DWS_ADMIN_PASSWORD"), QStringLiteral("short"));
        QStringList arguments = createArguments(QStringLiteral("9bad"), 2);
        const DwsctlResult result = runner.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());
        // Every issue is listed, each with its field.
        for (const char* field : {"name", "number_of_node", "user_pwd"})
            QVERIFY2(result.err.contains(QLatin1String(field)), qPrintable(result.err));
    }

    void createMissingOptionsIsAUsageError()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("create"),
                        QStringLiteral("--name"), QStringLiteral("abcd")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--node-type")));
        QVERIFY(result.err.contains(QLatin1String("--admin-user")));
        QVERIFY(fixture->journal().isEmpty());
    }

    void duplicateNameIsAnApiErrorWithCodeMessageAndAction()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        QCOMPARE(runner.run(createArguments(QStringLiteral("twin-dw"))).exitCode, 0);
        const DwsctlResult second = runner.run(createArguments(QStringLiteral("twin-dw")));
        QCOMPARE(second.exitCode, 1);
        const dws::CatalogueEntry* entry = dws::ErrorCatalogue::lookup(QStringLiteral("DWS.5050"));
        QVERIFY(entry);
        QVERIFY2(second.err.contains(QLatin1String("DWS.5050")), qPrintable(second.err));
        QVERIFY2(second.err.contains(dws::ErrorCatalogue::translate(entry->message)),
                 qPrintable(second.err));
        QVERIFY2(second.err.contains(dws::ErrorCatalogue::translate(entry->action)),
                 qPrintable(second.err));
    }

    void listJsonMatchesTheEmulatorAndTableHasHeaders()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        QCOMPARE(runner.run(createArguments(QStringLiteral("first-dw"))).exitCode, 0);
        QCOMPARE(runner.run(createArguments(QStringLiteral("second-dw"), 4)).exitCode, 0);
        const QJsonArray expected = runner.emulatorGet(QStringLiteral("clusters"))
                                        .value(QLatin1String("clusters"))
                                        .toArray();
        fixture->clearJournal();

        DwsctlResult result = runner.run({QStringLiteral("clusters"), QStringLiteral("list"),
                                          QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray printed = result.json().value(QLatin1String("clusters")).toArray();
        QCOMPARE(printed.size(), expected.size());
        QCOMPARE(expected.size(), 2);
        for (qsizetype index = 0; index < expected.size(); ++index) {
            const QJsonObject want = expected.at(index).toObject();
            const QJsonObject got = printed.at(index).toObject();
            for (const char* field : {"id", "name", "status", "node_type", "number_of_node",
                                      "version", "vpc_id", "port", "user_name"})
                QCOMPARE(got.value(QLatin1String(field)), want.value(QLatin1String(field)));
            QCOMPARE(got.value(QLatin1String("action_progress")).toObject().keys(),
                     want.value(QLatin1String("action_progress")).toObject().keys());
        }
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") +
                                           dwsPath(fixture, QStringLiteral("/clusters"))}));

        result = runner.run({QStringLiteral("clusters"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QString header = result.out.section(QLatin1Char('\n'), 0, 0);
        for (const char* column :
             {"ID", "Name", "Status", "Task", "Progress", "Node type", "Nodes"})
            QVERIFY2(header.contains(QLatin1String(column)), qPrintable(header));
        QVERIFY(result.out.contains(QLatin1String("first-dw")));
        QVERIFY(result.out.contains(QLatin1String("Creating")));
    }

    void chineseHeadersWithLangZhCn()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("dwsconsole_zh_CN"), QStringLiteral(":/i18n")));
        const QString name = translator.translate("dws::cli", "Name");
        const QString status = translator.translate("dws::cli", "Status");
        QVERIFY2(!name.isEmpty() && name != QLatin1String("Name"),
                 "no Chinese for the Name header");
        QVERIFY(!status.isEmpty());

        const DwsctlResult result = runner.run({QStringLiteral("clusters"), QStringLiteral("list"),
                                                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(result.exitCode, 0);
        const QString header = result.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.contains(name) && header.contains(status), qPrintable(header));
    }

    void showJsonMatchesTheEmulatorDetail()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("shown-dw"));
        const QJsonObject expected = runner.emulatorGet(QStringLiteral("clusters/") + id)
                                         .value(QLatin1String("cluster"))
                                         .toObject();
        fixture->clearJournal();

        DwsctlResult result = runner.run({QStringLiteral("--output"), QStringLiteral("json"),
                                          QStringLiteral("clusters"), QStringLiteral("show"), id});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject printed = result.json().value(QLatin1String("cluster")).toObject();
        for (const char* field : {"id", "name", "status", "sub_status", "node_type", "node_type_id",
                                  "number_of_node", "availability_zone", "port", "user_name"})
            QCOMPARE(printed.value(QLatin1String(field)), expected.value(QLatin1String(field)));
        QCOMPARE(printed.value(QLatin1String("endpoints")).toArray().size(),
                 expected.value(QLatin1String("endpoints")).toArray().size());
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") +
                                           dwsPath(fixture, QStringLiteral("/clusters/") + id)}));

        result = runner.run({QStringLiteral("clusters"), QStringLiteral("show"), id});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("shown-dw")));
        QVERIFY(result.out.contains(QLatin1String("Available")));
    }

    void showUnknownClusterIsAnApiError()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("show"),
                        QStringLiteral("11111111-2222-3333-4444-555555555555")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("DWS.0047")), qPrintable(result.err));
    }

    void deleteNeedsYesWithoutATerminal()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("doomed-dw"));

        DwsctlResult result = runner.run({QStringLiteral("clusters"), QStringLiteral("delete"), id,
                                          QStringLiteral("--keep-snapshots"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--yes")));
        QVERIFY(fixture->journal().isEmpty());

        result = runner.run({QStringLiteral("clusters"), QStringLiteral("delete"), id,
                             QStringLiteral("--keep-snapshots"), QStringLiteral("1"),
                             QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("DELETE ") +
                                           dwsPath(fixture, QStringLiteral("/clusters/") + id)}));
        QCOMPARE(lastBody(fixture),
                 QJsonObject({{QStringLiteral("keep_last_manual_snapshot"), 1}}));

        result = runner.run({QStringLiteral("clusters"), QStringLiteral("show"), id});
        QCOMPARE(result.exitCode, 1);
    }

    void deleteNeedsKeepSnapshots()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const DwsctlResult result = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("delete"),
             QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--keep-snapshots")));
        QVERIFY(fixture->journal().isEmpty());
    }

    void restart()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("reboot-dw"));
        DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("restart"), id});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());

        result = runner.run(
            {QStringLiteral("-y"), QStringLiteral("clusters"), QStringLiteral("restart"), id});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("POST ") +
                                           dwsPath(fixture, QStringLiteral("/clusters/") + id +
                                                                QStringLiteral("/restart"))}));
        QCOMPARE(lastBody(fixture), QJsonObject({{QStringLiteral("restart"), QJsonObject()}}));
        const QJsonObject detail = runner.emulatorGet(QStringLiteral("clusters/") + id)
                                       .value(QLatin1String("cluster"))
                                       .toObject();
        QCOMPARE(detail.value(QLatin1String("task_status")).toString(),
                 QStringLiteral("REBOOTING"));
    }

    void resizeByScaleOut()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("grow-dw"));
        const DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("resize"), id,
                        QStringLiteral("--add"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        const QString clusterPath = dwsPath(fixture, QStringLiteral("/clusters/") + id);
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") + clusterPath,
                              QStringLiteral("POST ") + clusterPath + QStringLiteral("/resize")}));
        QCOMPARE(lastBody(fixture), QJsonObject({{QStringLiteral("scale_out"),
                                                  QJsonObject{{QStringLiteral("count"), 2}}}}));
        fixture->advanceClock(30min);
        const QJsonObject detail = runner.emulatorGet(QStringLiteral("clusters/") + id)
                                       .value(QLatin1String("cluster"))
                                       .toObject();
        QCOMPARE(detail.value(QLatin1String("number_of_node")).toInt(), 5);
    }

    void resizeToNodeTypeAndCount()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("resize-dw"));
        const DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("resize"), id,
                        QStringLiteral("--node-type"), QStringLiteral("dws.d2.2xlarge"),
                        QStringLiteral("--nodes"), QStringLiteral("6")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lastBody(fixture),
                 QJsonObject(
                     {{QStringLiteral("resize"),
                       QJsonObject{{QStringLiteral("node_type"), QStringLiteral("dws.d2.2xlarge")},
                                   {QStringLiteral("number_of_node"), 6}}}}));
        QCOMPARE(fixture->journal().size(), 3);
    }

    void resizeUsageErrors()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        for (const QStringList& options :
             {QStringList{},
              QStringList{QStringLiteral("--add"), QStringLiteral("2"), QStringLiteral("--nodes"),
                          QStringLiteral("5")},
              QStringList{QStringLiteral("--nodes"), QStringLiteral("5")},
              QStringList{QStringLiteral("--add"), QStringLiteral("two")}}) {
            const DwsctlResult result = runner.run(
                QStringList{QStringLiteral("clusters"), QStringLiteral("resize"), id} + options);
            QCOMPARE(result.exitCode, 2);
        }
        QVERIFY(fixture->journal().isEmpty());
    }

    void resetPasswordFromTheEnvironmentAndFromStdin()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("secret-dw"));
        runner.environment().insert(QStringLiteral("DWS_NEW_PASSWORD"),
                                    QStringLiteral("N3w_Passw0rd#1"));
        DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("reset-password"), id,
                        QStringLiteral("--yes")});
        QCOMPARE(result.exitCode, 0);
        const QString clusterPath = dwsPath(fixture, QStringLiteral("/clusters/") + id);
        QCOMPARE(requestLines(fixture), QStringList({kSignIn, QStringLiteral("GET ") + clusterPath,
                                                     QStringLiteral("POST ") + clusterPath +
                                                         QStringLiteral("/reset-password")}));
        QCOMPARE(lastBody(fixture),
                 QJsonObject({{QStringLiteral("new_password"), QStringLiteral("N3w_Passw0rd#1")}}));
        QVERIFY(!result.all().contains(QLatin1String("N3w_Passw0rd#1")));

        fixture->clearJournal();
        runner.environment().remove(QStringLiteral("DWS_NEW_PASSWORD"));
        result = runner.run({QStringLiteral("clusters"), QStringLiteral("reset-password"), id,
                             QStringLiteral("--yes")},
                            QByteArrayLiteral("Other_Passw0rd#2\n"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lastBody(fixture), QJsonObject({{QStringLiteral("new_password"),
                                                  QStringLiteral("Other_Passw0rd#2")}}));

        // A password that breaks the rules is refused before anything is sent.
        fixture->clearJournal();
        result = runner.run({QStringLiteral("clusters"), QStringLiteral("reset-password"), id,
                             QStringLiteral("--yes")},
                            QByteArrayLiteral("weak\n"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());

        // Without --yes and without a terminal: refused.
        result = runner.run({QStringLiteral("clusters"), QStringLiteral("reset-password"), id},
                            QByteArrayLiteral("Other_Passw0rd#3\n"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(fixture->journal().isEmpty());
    }

    void waitUntilAvailablePrintsProgress()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = runner.run(createArguments(QStringLiteral("waited-dw"))).out.trimmed();
        QVERIFY(!id.isEmpty());
        fixture->advanceClock(3min);

        std::unique_ptr<QProcess> process = runner.start(
            {QStringLiteral("clusters"), QStringLiteral("wait"), id, QStringLiteral("--until"),
             QStringLiteral("available"), QStringLiteral("--interval"), QStringLiteral("0.1")});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process->readAllStandardOutput()).contains("%"), 20000);
        QVERIFY2(output.contains("Creating"), output.constData());
        fixture->advanceClock(15min);
        const DwsctlResult result = DwsctlRunner::finish(*process);
        QCOMPARE(result.exitCode, 0);
        output += result.out.toUtf8();
        QVERIFY2(output.contains("Available"), output.constData());
    }

    void waitEndsWithStatusOneWhenTheOperationFails()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        QVERIFY(fixture->failNext(QStringLiteral("create")));
        const QString id = runner.run(createArguments(QStringLiteral("failing-dw"))).out.trimmed();
        QVERIFY(!id.isEmpty());
        fixture->advanceClock(20min);
        const DwsctlResult result = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("wait"), id, QStringLiteral("--until"),
             QStringLiteral("available"), QStringLiteral("--interval"), QStringLiteral("0.1")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("DWS.6000")), qPrintable(result.err));
    }

    void waitUntilDeleted()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = createAvailableCluster(fixture, runner, QStringLiteral("gone-dw"));
        QCOMPARE(runner
                     .run({QStringLiteral("clusters"), QStringLiteral("delete"), id,
                           QStringLiteral("--keep-snapshots"), QStringLiteral("0"),
                           QStringLiteral("--yes")})
                     .exitCode,
                 0);
        const DwsctlResult result = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("wait"), id, QStringLiteral("--until"),
             QStringLiteral("deleted"), QStringLiteral("--interval"), QStringLiteral("0.1")});
        QCOMPARE(result.exitCode, 0);
    }

    void waitGivesUpAfterItsTimeout()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString id = runner.run(createArguments(QStringLiteral("slow-dw"))).out.trimmed();
        const DwsctlResult result = runner.run(
            {QStringLiteral("clusters"), QStringLiteral("wait"), id, QStringLiteral("--until"),
             QStringLiteral("available"), QStringLiteral("--interval"), QStringLiteral("0.1"),
             QStringLiteral("--timeout"), QStringLiteral("0.3")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
    }

    void projectByNameIsResolvedThroughIam()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString url = fixture.baseUrl().toString();
        const DwsctlResult result =
            runner.run({QStringLiteral("clusters"), QStringLiteral("list"),
                        QStringLiteral("--iam-endpoint"), url, QStringLiteral("--dws-endpoint"),
                        url, QStringLiteral("--project"), fixture.projectName()},
                       {}, false);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requestLines(fixture),
                 QStringList({kSignIn, QStringLiteral("GET ") +
                                           dwsPath(fixture, QStringLiteral("/clusters"))}));
        const QJsonObject scope = QJsonDocument::fromJson(fixture->journal().constFirst().body)
                                      .object()
                                      .value(QLatin1String("auth"))
                                      .toObject()
                                      .value(QLatin1String("scope"))
                                      .toObject()
                                      .value(QLatin1String("project"))
                                      .toObject();
        QCOMPARE(scope.value(QLatin1String("name")).toString(), fixture.projectName());
    }

    void connectionRefusedIsExitThree()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const DwsctlResult result =
            runner.run({QStringLiteral("--iam-endpoint"), url, QStringLiteral("--dws-endpoint"),
                        url, QStringLiteral("--project-id"), fixture.projectId(),
                        QStringLiteral("clusters"), QStringLiteral("list")},
                       {}, false);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDwsctlClusters)
#include "tst_dwsctl_clusters.moc"
