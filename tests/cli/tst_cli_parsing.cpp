// dwsctl's building blocks without a network: option parsing, global options, table layout.

#include "ArgumentParser.h"
#include "GlobalOptions.h"
#include "TableWriter.h"

#include <QTest>

using namespace dws::cli;

namespace {

QList<OptionSpec> sampleSpecs()
{
    return {{QStringLiteral("name"), QStringLiteral("NAME"), "name"},
            {QStringLiteral("yes"), {}, "yes", QLatin1Char('y')},
            {QStringLiteral("nodes"), QStringLiteral("N"), "nodes"}};
}

ParsedArguments parsed(const QStringList& tokens)
{
    auto outcome = ArgumentParser(sampleSpecs()).parse(tokens);
    if (auto* failure = std::get_if<ParseFailure>(&outcome))
        qWarning() << failure->message;
    return std::get<ParsedArguments>(outcome);
}

QString failure(const QStringList& tokens, const QList<OptionSpec>& specs = sampleSpecs())
{
    auto outcome = ArgumentParser(specs).parse(tokens);
    if (auto* failed = std::get_if<ParseFailure>(&outcome))
        return failed->message;
    return {};
}

} // namespace

class TestCliParsing : public QObject
{
    Q_OBJECT

private slots:
    void valuesInBothSpellings()
    {
        const ParsedArguments arguments =
            parsed({QStringLiteral("--name"), QStringLiteral("a b"), QStringLiteral("--nodes=5")});
        QCOMPARE(arguments.value(QStringLiteral("name")), QStringLiteral("a b"));
        QCOMPARE(arguments.value(QStringLiteral("nodes")), QStringLiteral("5"));
        QVERIFY(!arguments.isSet(QStringLiteral("yes")));
    }

    void optionsAndWordsMixInAnyOrder()
    {
        const ParsedArguments arguments =
            parsed({QStringLiteral("-y"), QStringLiteral("clusters"), QStringLiteral("--name"),
                    QStringLiteral("x"), QStringLiteral("delete"), QStringLiteral("ID")});
        QVERIFY(arguments.isSet(QStringLiteral("yes")));
        QCOMPARE(arguments.positionals(),
                 QStringList(
                     {QStringLiteral("clusters"), QStringLiteral("delete"), QStringLiteral("ID")}));
    }

    void doubleDashEndsOptions()
    {
        const ParsedArguments arguments =
            parsed({QStringLiteral("--"), QStringLiteral("--name"), QStringLiteral("-y")});
        QCOMPARE(arguments.positionals(),
                 QStringList({QStringLiteral("--name"), QStringLiteral("-y")}));
        QVERIFY(!arguments.isSet(QStringLiteral("name")));
    }

    void aValueMayLookLikeAnOption()
    {
        const ParsedArguments arguments = parsed({QStringLiteral("--nodes"), QStringLiteral("-3")});
        QCOMPARE(arguments.value(QStringLiteral("nodes")), QStringLiteral("-3"));
    }

    void lastValueWins()
    {
        const ParsedArguments arguments =
            parsed({QStringLiteral("--name=a"), QStringLiteral("--name=b")});
        QCOMPARE(arguments.value(QStringLiteral("name")), QStringLiteral("b"));
        QCOMPARE(arguments.values(QStringLiteral("name")).size(), 2);
    }

    void errors()
    {
        QVERIFY(failure({QStringLiteral("--colour")}).contains(QLatin1String("--colour")));
        QVERIFY(failure({QStringLiteral("-q")}).contains(QLatin1String("-q")));
        QVERIFY(failure({QStringLiteral("--name")}).contains(QLatin1String("--name")));
        QVERIFY(failure({QStringLiteral("--yes=1")}).contains(QLatin1String("--yes")));
        QVERIFY(failure({QStringLiteral("--name"), QStringLiteral("x")}).isEmpty());
    }

    void secretOptionsAreRefusedEvenWhenDeclared()
    {
        QList<OptionSpec> specs = sampleSpecs();
        specs.append({QStringLiteral("password"), QStringLiteral("P"), "password"});
        for (const QString& token :
             {QStringLiteral("--password=hunter2"), QStringLiteral("--password"),
              QStringLiteral("--sk"), QStringLiteral("--token"), QStringLiteral("--admin-password"),
              QStringLiteral("--new-password")}) {
            const QString message = failure({token, QStringLiteral("hunter2")}, specs);
            QVERIFY2(message.contains(QLatin1String("process list")), qPrintable(token));
            QVERIFY(!message.contains(QLatin1String("hunter2")));
        }
        QVERIFY(ArgumentParser::secretOptionRefusal(QStringLiteral("name")).isEmpty());
        QVERIFY(!ArgumentParser::secretOptionRefusal(QStringLiteral("password")).isEmpty());
    }

    void globalOptionsAreChecked()
    {
        auto outcome =
            ArgumentParser(GlobalOptions::specs())
                .parse({QStringLiteral("--output"), QStringLiteral("json"),
                        QStringLiteral("--iam-endpoint"), QStringLiteral("https://iam.example.com"),
                        QStringLiteral("--timeout"), QStringLiteral("12"),
                        QStringLiteral("--lang=zh_CN")});
        const auto globals = GlobalOptions::from(std::get<ParsedArguments>(outcome));
        QVERIFY(std::holds_alternative<GlobalOptions>(globals));
        const GlobalOptions& options = std::get<GlobalOptions>(globals);
        QCOMPARE(options.output, OutputFormat::Json);
        QCOMPARE(options.iamEndpoint, QUrl(QStringLiteral("https://iam.example.com")));
        QCOMPARE(options.timeoutSeconds, 12);
        QCOMPARE(options.language, QStringLiteral("zh_CN"));

        outcome = ArgumentParser(GlobalOptions::specs())
                      .parse({QStringLiteral("--output"), QStringLiteral("xml"),
                              QStringLiteral("--dws-endpoint"), QStringLiteral("ftp://x"),
                              QStringLiteral("--timeout"), QStringLiteral("0"),
                              QStringLiteral("--region"), QStringLiteral("Nowhere!")});
        const auto problems = GlobalOptions::from(std::get<ParsedArguments>(outcome));
        QVERIFY(std::holds_alternative<QStringList>(problems));
        QCOMPARE(std::get<QStringList>(problems).size(), 4);
    }

    void aCommandMayOverrideAGlobalOption()
    {
        auto outcome = ArgumentParser(GlobalOptions::specs())
                           .parse({QStringLiteral("--timeout"), QStringLiteral("0.5")});
        const auto globals =
            GlobalOptions::from(std::get<ParsedArguments>(outcome), {QStringLiteral("timeout")});
        QVERIFY(std::holds_alternative<GlobalOptions>(globals));
        QCOMPARE(std::get<GlobalOptions>(globals).timeoutSeconds, 0);
    }

    void peekLanguage()
    {
        QCOMPARE(GlobalOptions::peekLanguage(
                     {QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}),
                 QStringLiteral("zh_CN"));
        QCOMPARE(GlobalOptions::peekLanguage({QStringLiteral("--lang=en")}), QStringLiteral("en"));
        QCOMPARE(GlobalOptions::peekLanguage({QStringLiteral("--"), QStringLiteral("--lang=en")}),
                 QString());
    }

    void displayWidthCountsWideCharactersTwice()
    {
        QCOMPARE(TableWriter::displayWidth(QStringLiteral("Name")), 4);
        QCOMPARE(TableWriter::displayWidth(QStringLiteral("名称")), 4);
        QCOMPARE(TableWriter::displayWidth(QStringLiteral("可用（只读）")), 12);
        QCOMPARE(TableWriter::displayWidth(QStringLiteral("e\u0301")), 1); // combining accent
    }

    void columnsLineUpWithMixedScripts()
    {
        TableWriter table({QStringLiteral("名称"), QStringLiteral("Status")});
        table.addRow({QStringLiteral("dws-prod"), QStringLiteral("可用")});
        table.addRow({QStringLiteral("集群"), QStringLiteral("x")});
        table.addRow({QStringLiteral("short")}); // a missing cell is blank
        const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // The second column starts at the same terminal column on every line that has one.
        const auto secondColumnAt = [](const QString& line, const QString& cell) {
            return TableWriter::displayWidth(line.left(line.lastIndexOf(cell)));
        };
        const int expected = secondColumnAt(lines.at(0), QStringLiteral("Status"));
        QCOMPARE(secondColumnAt(lines.at(1), QStringLiteral("可用")), expected);
        QCOMPARE(secondColumnAt(lines.at(2), QStringLiteral("x")), expected);
        QCOMPARE(lines.at(3), QStringLiteral("short")); // no trailing blanks
        for (const QString& line : lines)
            QVERIFY(!line.endsWith(QLatin1Char(' ')));
    }

    void detailLabelsAreAligned()
    {
        DetailWriter detail;
        detail.add(QStringLiteral("ID"), QStringLiteral("1"));
        detail.add(QStringLiteral("节点规格"), QStringLiteral("dws.d2.xlarge"));
        const QStringList lines = detail.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            TableWriter::displayWidth(lines.at(0).left(lines.at(0).indexOf(QLatin1Char('1')))),
            TableWriter::displayWidth(lines.at(1).left(lines.at(1).indexOf(QLatin1String("dws")))));
    }
};

QTEST_GUILESS_MAIN(TestCliParsing)
#include "tst_cli_parsing.moc"
