// IAM tokens and projects, the --account restriction, token expiry, AK/SK signatures,
// X-Language and HTTPS, over real HTTP.
#include "AkSkVerifier.h"
#include "EmulatorClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// An independent signer written from the digest's steps, so the emulator's verifier is
// checked against something other than itself.
QByteArray signRequest(const QByteArray& method, const QUrl& url, const QByteArray& body,
                       const QByteArray& sdkDate, const QByteArray& host,
                       const QByteArray& accessKey, const QByteArray& secretKey)
{
    QByteArray canonicalUri = url.path(QUrl::FullyEncoded).toUtf8();
    if (!canonicalUri.endsWith('/'))
        canonicalUri += '/';
    const QByteArray canonicalQuery =
        url.query(QUrl::FullyEncoded).toUtf8(); // one key, already encoded
    const QByteArray canonical = method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' +
                                 "host:" + host + '\n' + "x-sdk-date:" + sdkDate + '\n' + '\n' +
                                 "host;x-sdk-date" + '\n' +
                                 QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray stringToSign =
        "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    return "SDK-HMAC-SHA256 Access=" + accessKey +
           ", SignedHeaders=host;x-sdk-date, Signature=" + signature;
}

QByteArray sdkDate(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private:
    HttpResult signedGet(EmulatorFixture& fixture, EmulatorClient& client,
                         const QByteArray& accessKey, const QByteArray& secretKey,
                         const QDateTime& when, const QString& query = {})
    {
        const QUrl url = fixture.url(
            QLatin1String("/v1.0/") + fixture.projectId() + QLatin1String("/clusters"), query);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(fixture.port());
        const QByteArray date = sdkDate(when);
        return client.send(
            "GET", url, {},
            {{"Host", host},
             {"X-Sdk-Date", date},
             {"Authorization", signRequest("GET", url, {}, date, host, accessKey, secretKey)}});
    }

private slots:
    void tokenHasTheDocumentedShape()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        const HttpResult result = client.signIn();
        QCOMPARE(result.status, 201);
        QVERIFY(!result.header("X-Subject-Token").isEmpty());
        const QJsonObject token = result.json()[QLatin1String("token")].toObject();
        const QDateTime expires =
            QDateTime::fromString(token[QLatin1String("expires_at")].toString(), Qt::ISODateWithMs);
        const QDateTime issued =
            QDateTime::fromString(token[QLatin1String("issued_at")].toString(), Qt::ISODateWithMs);
        QVERIFY(expires.isValid() && issued.isValid());
        QCOMPARE(issued.secsTo(expires), 24 * 3600);
        QCOMPARE(token[QLatin1String("methods")].toArray().first().toString(),
                 QLatin1String("password"));
        QVERIFY(!token[QLatin1String("catalog")].toArray().isEmpty());
        QCOMPARE(token[QLatin1String("project")].toObject()[QLatin1String("id")].toString(),
                 fixture.projectId());
        QCOMPARE(token[QLatin1String("user")].toObject()[QLatin1String("name")].toString(),
                 QLatin1String("testname"));
        QVERIFY(!result.body.contains("Passw0rd"));
    }

    void tokenScopedByProjectIdOrName()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        const QUrl url = fixture.url(QStringLiteral("/v3/auth/tokens"));
        auto body = [](const QJsonObject& project) {
            return EmulatorClient::tokenBody(QStringLiteral("u"), QStringLiteral("p"),
                                             QStringLiteral("d"), project);
        };
        QCOMPARE(
            client.send("POST", url, body(QJsonObject{{QStringLiteral("id"), fixture.projectId()}}))
                .status,
            201);
        QCOMPARE(client
                     .send("POST", url,
                           body(QJsonObject{{QStringLiteral("name"), fixture.projectName()}}))
                     .status,
                 201);
        QCOMPARE(client
                     .send("POST", url,
                           body(QJsonObject{{QStringLiteral("id"), QStringLiteral("other")}}))
                     .status,
                 401);
        QCOMPARE(client
                     .send("POST", url,
                           body(QJsonObject{{QStringLiteral("name"), QStringLiteral("eu-west-0")}}))
                     .status,
                 401);
        QCOMPARE(client.send("POST", url, "not json").status, 400);
        QCOMPARE(client.signIn(QString(), QStringLiteral("p"), QStringLiteral("d")).status, 401);
    }

    void projectsNeedAToken()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        QCOMPARE(client.send("GET", fixture.url(QStringLiteral("/v3/projects"))).status, 401);
        QCOMPARE(client.signIn().status, 201);
        const HttpResult result = client.send("GET", fixture.url(QStringLiteral("/v3/projects")));
        QCOMPARE(result.status, 200);
        const QJsonObject project =
            result.json()[QLatin1String("projects")].toArray().first().toObject();
        QCOMPARE(project[QLatin1String("id")].toString(), fixture.projectId());
        QCOMPARE(project[QLatin1String("name")].toString(), fixture.projectName());
        QVERIFY(!project[QLatin1String("domain_id")].toString().isEmpty());
        QCOMPARE(project[QLatin1String("enabled")].toBool(), true);
    }

    void dwsPathsNeedAValidToken()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        HttpResult result = client.dws("GET", QStringLiteral("clusters"));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QLatin1String("APIGW.0301"));
        client.setToken("MIIEforged");
        QCOMPARE(client.dws("GET", QStringLiteral("clusters")).status, 401);
        QCOMPARE(client.signIn().status, 201);
        QCOMPARE(client.dws("GET", QStringLiteral("clusters")).status, 200);
        result = client.send("GET", fixture.url(QStringLiteral("/v1.0/0000aaaa/clusters")));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorCode(), QLatin1String("DWS.0015"));
    }

    void tokensExpireAfter24Hours()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        QCOMPARE(client.signIn().status, 201);
        fixture->advanceClock(23h);
        QCOMPARE(client.dws("GET", QStringLiteral("clusters")).status, 200);
        fixture->advanceClock(2h);
        const HttpResult expired = client.dws("GET", QStringLiteral("clusters"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QLatin1String("APIGW.0307"));

        QCOMPARE(client.signIn().status, 201);
        fixture->expireTokens();
        QCOMPARE(client.dws("GET", QStringLiteral("clusters")).status, 401);
        client.setToken(fixture->issueToken().toLatin1());
        QCOMPARE(client.dws("GET", QStringLiteral("clusters")).status, 200);
    }

    void accountRestriction()
    {
        dwsemu::EmulatorOptions options;
        options.account = dwsemu::Account{QStringLiteral("ops"), QStringLiteral("S3cret!pass"),
                                          QStringLiteral("acme")};
        EmulatorFixture fixture(options);
        EmulatorClient client(fixture);
        QCOMPARE(client
                     .signIn(QStringLiteral("ops"), QStringLiteral("S3cret!pass"),
                             QStringLiteral("acme"))
                     .status,
                 201);
        QCOMPARE(
            client.signIn(QStringLiteral("ops"), QStringLiteral("wrong"), QStringLiteral("acme"))
                .status,
            401);
        QCOMPARE(client
                     .signIn(QStringLiteral("ops"), QStringLiteral("S3cret!pass"),
                             QStringLiteral("other"))
                     .status,
                 401);
        QCOMPARE(client
                     .signIn(QStringLiteral("dev"), QStringLiteral("S3cret!pass"),
                             QStringLiteral("acme"))
                     .status,
                 401);
    }

    void akskKnownVector()
    {
        const QByteArray canonical =
            dwsemu::canonicalRequest("GET", QStringLiteral("/path"), QStringLiteral("limit=1"),
                                     {{"X-Sdk-Date", "20060102T150405Z"}}, {}, {"x-sdk-date"});
        QCOMPARE(dwsemu::akskSignature(canonical, "20060102T150405Z", "SecretKey"),
                 QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    }

    void akskSignedRequests()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(signedGet(fixture, client, "DEMOACCESSKEY", "DEMOSECRETKEY", now).status, 200);
        QCOMPARE(signedGet(fixture, client, "DEMOACCESSKEY", "DEMOSECRETKEY", now,
                           QStringLiteral("datastoreType=dws"))
                     .status,
                 200);

        HttpResult result = signedGet(fixture, client, "DEMOACCESSKEY", "WRONGSECRET", now);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QLatin1String("APIGW.0301"));
        result = signedGet(fixture, client, "NOSUCHKEY", "DEMOSECRETKEY", now);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QLatin1String("APIGW.0301"));
        result =
            signedGet(fixture, client, "DEMOACCESSKEY", "DEMOSECRETKEY", now.addSecs(-20 * 60));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QLatin1String("APIGW.0303"));
        QCOMPARE(signedGet(fixture, client, "DEMOACCESSKEY", "DEMOSECRETKEY", now.addSecs(-10 * 60))
                     .status,
                 200);
    }

    void akskPairsFromOptions()
    {
        dwsemu::EmulatorOptions options;
        options.accessKeys = {{QStringLiteral("MYAK"), QStringLiteral("MYSK")}};
        EmulatorFixture fixture(options);
        EmulatorClient client(fixture);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(signedGet(fixture, client, "MYAK", "MYSK", now).status, 200);
        QCOMPARE(signedGet(fixture, client, "DEMOACCESSKEY", "DEMOSECRETKEY", now).status, 401);
    }

    void languageSwitch()
    {
        EmulatorFixture fixture;
        EmulatorClient client(fixture);
        QCOMPARE(client.signIn().status, 201);
        const QString missing = QStringLiteral("clusters/00000000-0000-4000-8000-000000000000");
        HttpResult result = client.dws("GET", missing);
        QCOMPARE(result.errorCode(), QLatin1String("DWS.0047"));
        QCOMPARE(result.json()[QLatin1String("error_msg")].toString(),
                 QLatin1String("The cluster does not exist or has been deleted."));
        client.setLanguage("zh_cn");
        result = client.dws("GET", missing);
        QCOMPARE(result.json()[QLatin1String("error_msg")].toString(),
                 QStringLiteral("集群不存在或已删除。"));
        client.setLanguage("en_us");
        result = client.dws("GET", missing);
        QCOMPARE(result.json()[QLatin1String("error_msg")].toString(),
                 QLatin1String("The cluster does not exist or has been deleted."));
    }

    void httpsWithASelfSignedCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString certificatePath = directory.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);

        dwsemu::EmulatorOptions options;
        options.tlsCertificateFile = certificatePath;
        options.tlsKeyFile = keyPath;
        EmulatorFixture fixture(options);
        QVERIFY(fixture.isListening());
        QCOMPARE(fixture.baseUrl().scheme(), QLatin1String("https"));

        // Not trusted: verification is on, so the handshake fails.
        EmulatorClient untrusting(fixture);
        const HttpResult refused = untrusting.signIn();
        QCOMPARE(refused.status, 0);
        QVERIFY(refused.error != QNetworkReply::NoError);

        QFile certificateFile(certificatePath);
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({QSslCertificate(&certificateFile, QSsl::Pem)});
        EmulatorClient client(fixture);
        client.setSslConfiguration(configuration);
        const HttpResult trusted = client.signIn();
        QVERIFY2(trusted.status == 201, qPrintable(QString::number(int(trusted.error))));
        QCOMPARE(client.dws("GET", QStringLiteral("node_types")).status, 200);
    }

    void badTlsFilesFailToListen()
    {
        dwsemu::EmulatorOptions options;
        options.tlsCertificateFile = QStringLiteral("/nonexistent/cert.pem");
        options.tlsKeyFile = QStringLiteral("/nonexistent/key.pem");
        dwsemu::Emulator emulator(options);
        QCOMPARE(emulator.listen(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
