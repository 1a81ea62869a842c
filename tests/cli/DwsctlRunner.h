#pragma once

// Runs the built dwsctl binary with QProcess against an in-process emulator. The test's event
// loop keeps running while dwsctl works (the emulator answers from this thread), so waiting
// is done with an event loop, never by blocking.

#include "EmulatorFixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>
#include <QTimer>
#include <memory>

// The network of the clusters the dwsctl tests create (any well-formed ids are accepted).
inline const QString kTestVpc = QStringLiteral("3a1b8c4e-58d1-4b53-9c0a-2f1f7cfb1a01");
inline const QString kTestSubnet = QStringLiteral("4b2c9d5f-69e2-4c64-8d1b-3a2a8dac2b02");
inline const QString kTestSecurityGroup = QStringLiteral("5c3daf60-7af3-4d75-9e2c-4b3b9ebd3c03");

// `dwsctl clusters create` with every required option, for a cluster of `nodes` nodes.
inline QStringList createArguments(const QString& name, int nodes = 3)
{
    return {QStringLiteral("clusters"),
            QStringLiteral("create"),
            QStringLiteral("--name"),
            name,
            QStringLiteral("--node-type"),
            QStringLiteral("dws.d2.xlarge"),
            QStringLiteral("--nodes"),
            QString::number(nodes),
            QStringLiteral("--vpc-id"),
            kTestVpc,
            QStringLiteral("--subnet-id"),
            kTestSubnet,
            QStringLiteral("--security-group-id"),
            kTestSecurityGroup,
            QStringLiteral("--admin-user"),
            QStringLiteral("dbadmin"),
            QStringLiteral("--public-ip"),
            QStringLiteral("not_use")};
}

struct DwsctlResult
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + err; }
};

class DwsctlRunner
{
public:
    static constexpr const char* kUser = "opsuser";
    static constexpr const char* kPassword = "Acc0unt-Pa55word!x";
    static constexpr const char* kDomain = "example-account";
    static constexpr const char* kAdminPassword = "Adm1n_Secret#Pw";

    explicit DwsctlRunner(EmulatorFixture& fixture)
        : m_fixture(fixture)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& key : environment.keys()) {
            if (key.startsWith(QLatin1String("DWS_")) && key != QLatin1String("DWS_TEST_BIN_DIR") &&
                key != QLatin1String("DWS_SOURCE_DIR"))
                environment.remove(key);
        }
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        environment.insert(QStringLiteral("DWS_USERNAME"), QLatin1String(kUser));
        environment.insert(QStringLiteral("DWS_PASSWORD"), QLatin1String(kPassword));
        environment.insert(QStringLiteral("DWS_DOMAIN"), QLatin1String(kDomain));
        environment.insert(QStringLiteral("DWS_ADMIN_PASSWORD"), QLatin1String(kAdminPassword));
        m_environment = environment;
    }

    static QString program()
    {
        return qEnvironmentVariable("DWS_TEST_BIN_DIR") + QLatin1String("/cli/dwsctl");
    }

    QProcessEnvironment& environment() { return m_environment; }

    // --iam-endpoint URL --dws-endpoint URL --project-id ID for the emulator.
    QStringList connection() const
    {
        const QString url = m_fixture.baseUrl().toString();
        return {QStringLiteral("--iam-endpoint"), url,
                QStringLiteral("--dws-endpoint"), url,
                QStringLiteral("--project-id"),   m_fixture.projectId()};
    }

    // Starts dwsctl with the connection options in front of `arguments`.
    std::unique_ptr<QProcess> start(const QStringList& arguments, const QByteArray& input = {},
                                    bool withConnection = true)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(program(), (withConnection ? connection() : QStringList()) + arguments);
        process->waitForStarted(10000);
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return process;
    }

    // Waits for a started dwsctl with the event loop running.
    static DwsctlResult finish(QProcess& process, int timeoutMs = 60000)
    {
        DwsctlResult result;
        if (process.state() != QProcess::NotRunning) {
            QEventLoop loop;
            QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        result.finished = process.state() == QProcess::NotRunning;
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    DwsctlResult run(const QStringList& arguments, const QByteArray& input = {},
                     bool withConnection = true)
    {
        std::unique_ptr<QProcess> process = start(arguments, input, withConnection);
        return finish(*process);
    }

    // A DWS GET straight to the emulator (with a token it issues), for comparing dwsctl's
    // output with the emulator's state. Not journaled requests are not needed: tests clear the
    // journal after calling this.
    QJsonObject emulatorGet(const QString& path)
    {
        QNetworkRequest request(m_fixture.dwsUrl(path));
        request.setRawHeader("X-Auth-Token", m_fixture->issueToken().toUtf8());
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }

private:
    EmulatorFixture& m_fixture;
    QProcessEnvironment m_environment;
    QNetworkAccessManager m_network;
};
