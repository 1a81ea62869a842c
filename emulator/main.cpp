// dws-emulator: the DWS v1.0 + IAM v3 emulator as a stand-alone server.
#include "Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

void fatal(const QString& message)
{
    QTextStream(stderr) << "dws-emulator: " << message << Qt::endl;
    std::exit(2);
}

std::pair<QString, QString> splitPair(const QString& text, QChar separator, const char* what)
{
    const qsizetype at = text.indexOf(separator);
    if (at <= 0 || at == text.size() - 1)
        fatal(QStringLiteral("%1 must look like %2").arg(text, QLatin1String(what)));
    return {text.left(at), text.mid(at + 1)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dws-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local emulator of the DWS v1.0 and IAM v3 APIs for DWS Console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with this PEM certificate; the key follows as the first "
                       "positional argument or via --tls-key."),
        QStringLiteral("CERT"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("PEM private key for --tls."),
                                          QStringLiteral("KEY"));
    const QCommandLineOption timeScaleOption(QStringLiteral("time-scale"),
                                             QStringLiteral("Run every duration N times faster."),
                                             QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Seed a believable demo project."));
    const QCommandLineOption seedClustersOption(QStringLiteral("seed-clusters"),
                                                QStringLiteral("Generate N clusters."),
                                                QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedSnapshotsOption(QStringLiteral("seed-snapshots"),
                                                 QStringLiteral("Generate M snapshots."),
                                                 QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption failRateOption(
        QStringLiteral("fail-rate"),
        QStringLiteral("Probability P that a long-running operation ends failed."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("Accept only this account."),
                                           QStringLiteral("USER:PASSWORD@DOMAIN"));
    const QCommandLineOption accessKeyOption(
        QStringLiteral("access-key"),
        QStringLiteral("Accept this AK/SK pair (repeatable; replaces the default "
                       "DEMOACCESSKEY:DEMOSECRETKEY)."),
        QStringLiteral("AK:SK"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, e.g. 'GET /clusters 503 x2' (repeatable; see README.md)."),
        QStringLiteral("RULE"));
    const QCommandLineOption projectIdOption(
        QStringLiteral("project-id"), QStringLiteral("The project's id."), QStringLiteral("ID"));
    const QCommandLineOption projectNameOption(QStringLiteral("project-name"),
                                               QStringLiteral("The project's name (region)."),
                                               QStringLiteral("NAME"));
    const QCommandLineOption clusterQuotaOption(
        QStringLiteral("cluster-quota"), QStringLiteral("Most clusters allowed (DWS.1112 beyond)."),
        QStringLiteral("N"));
    const QCommandLineOption snapshotQuotaOption(
        QStringLiteral("snapshot-quota"),
        QStringLiteral("Most snapshots allowed (DWS.0030 beyond)."), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("random-seed"),
                                        QStringLiteral("Seed of the emulator's randomness."),
                                        QStringLiteral("N"));
    parser.addOptions({portOption, bindOption, tlsOption, tlsKeyOption, timeScaleOption, demoOption,
                       seedClustersOption, seedSnapshotsOption, failRateOption, accountOption,
                       accessKeyOption, faultOption, projectIdOption, projectNameOption,
                       clusterQuotaOption, snapshotQuotaOption, seedOption});
    parser.addPositionalArgument(QStringLiteral("key"),
                                 QStringLiteral("PEM private key, when --tls CERT KEY is used."),
                                 QStringLiteral("[KEY]"));
    parser.process(app);

    auto number = [&](const QCommandLineOption& option, double low, double high) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < low || value > high)
            fatal(QStringLiteral("--%1 must be a number from %2 to %3")
                      .arg(option.names().first())
                      .arg(low)
                      .arg(high));
        return value;
    };

    dwsemu::EmulatorOptions options;
    options.timeScale = number(timeScaleOption, 0, 1e7);
    options.demo = parser.isSet(demoOption);
    options.seedClusters = int(number(seedClustersOption, 0, 1e6));
    options.seedSnapshots = int(number(seedSnapshotsOption, 0, 1e7));
    options.failRate = number(failRateOption, 0, 1);
    if (parser.isSet(clusterQuotaOption))
        options.clusterQuota = int(number(clusterQuotaOption, 0, 1e7));
    else
        options.clusterQuota = std::max(options.clusterQuota, options.seedClusters + 100);
    if (parser.isSet(snapshotQuotaOption))
        options.snapshotQuota = int(number(snapshotQuotaOption, 0, 1e8));
    else
        options.snapshotQuota = std::max(options.snapshotQuota, options.seedSnapshots + 500);
    if (parser.isSet(seedOption))
        options.randomSeed = quint32(number(seedOption, 0, 4294967295.0));
    if (parser.isSet(projectIdOption))
        options.projectId = parser.value(projectIdOption);
    if (parser.isSet(projectNameOption))
        options.projectName = parser.value(projectNameOption);
    if (parser.isSet(accountOption)) {
        const QString text = parser.value(accountOption);
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at <= 0)
            fatal(QStringLiteral("--account must look like USER:PASSWORD@DOMAIN"));
        const auto [user, password] =
            splitPair(text.left(at), QLatin1Char(':'), "USER:PASSWORD@DOMAIN");
        options.account = dwsemu::Account{user, password, text.mid(at + 1)};
    }
    if (parser.isSet(accessKeyOption)) {
        options.accessKeys.clear();
        for (const QString& pair : parser.values(accessKeyOption))
            options.accessKeys.append(splitPair(pair, QLatin1Char(':'), "AK:SK"));
    }
    if (parser.isSet(tlsOption)) {
        options.tlsCertificateFile = parser.value(tlsOption);
        options.tlsKeyFile = parser.isSet(tlsKeyOption) ? parser.value(tlsKeyOption)
                                                        : parser.positionalArguments().value(0);
        if (options.tlsKeyFile.isEmpty())
            fatal(QStringLiteral("--tls needs a certificate and a key: --tls CERT KEY"));
    }
    QList<dwsemu::FaultRule> faults;
    for (const QString& text : parser.values(faultOption)) {
        QString error;
        const auto rule = dwsemu::parseFaultRule(text, &error);
        if (!rule)
            fatal(QStringLiteral("bad --fault '%1': %2").arg(text, error));
        faults.append(*rule);
    }
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        fatal(QStringLiteral("--bind must be an IP address"));

    dwsemu::Emulator emulator(options);
    for (const auto& rule : faults)
        emulator.addFault(rule);
    const quint16 port = emulator.listen(address, quint16(number(portOption, 0, 65535)));
    if (port == 0)
        fatal(QStringLiteral("cannot listen on %1").arg(parser.value(bindOption)));
    const QString scheme =
        options.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    std::printf("dws-emulator listening on %s://%s:%u\n", qPrintable(scheme),
                qPrintable(address.toString()), unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
