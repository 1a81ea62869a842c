// Certificate trust end to end: a custom CA file is trusted for exactly the certificate it
// holds. The default rejection and the missing-file case are covered by tests/api
// (tlsIsVerifiedAndACustomCaCanBeTrusted); here a server whose certificate changed is refused
// again even though the old CA file is still configured.

#include "EmulatorFixture.h"
#include "ReliabilitySupport.h"
#include "api/HttpClient.h"
#include "api/IamClient.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace dws::api;

namespace {

dwsemu::EmulatorOptions tlsOptions(const reliability::CertificateFiles& files)
{
    dwsemu::EmulatorOptions options;
    options.tlsCertificateFile = files.certificate;
    options.tlsKeyFile = files.key;
    return options;
}

ConnectionSettings settingsFor(const EmulatorFixture& fixture, const QString& caFile)
{
    ConnectionSettings settings;
    settings.iamEndpoint = fixture.baseUrl();
    settings.dwsEndpoint = fixture.baseUrl();
    settings.projectName = fixture.projectName();
    settings.caFile = caFile;
    return settings;
}

Credentials credentials()
{
    return Credentials::password(QStringLiteral("ops_admin"), QStringLiteral("Tls#Check2024x"),
                                 QStringLiteral("acme"));
}

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT

private:
    std::optional<Result<HttpResponse>> listClusters(HttpClient& client)
    {
        std::optional<Result<HttpResponse>> outcome;
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/clusters");
        request.operation = QStringLiteral("clusters.list");
        client.send(request, this, [&outcome](Result<HttpResponse> result) {
            outcome.emplace(std::move(result));
        });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
        return outcome;
    }

private slots:
    void changedCertificateIsRefusedAgain()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const auto first =
            reliability::makeSelfSignedCertificate(directory.path(), QStringLiteral("first"));
        const auto second =
            reliability::makeSelfSignedCertificate(directory.path(), QStringLiteral("second"));
        if (!first || !second)
            QSKIP("openssl is not available to make throw-away certificates");

        auto original = std::make_unique<EmulatorFixture>(tlsOptions(*first));
        QVERIFY(original->isListening());
        QCOMPARE(original->baseUrl().scheme(), QLatin1String("https"));
        HttpClient client(settingsFor(*original, first->certificate), credentials());

        const auto trusted = listClusters(client);
        QVERIFY(trusted.has_value());
        QVERIFY2(trusted->ok(), qPrintable(trusted->ok() ? QString() : trusted->error().detail));
        QVERIFY(!original->emulator().journal().isEmpty());

        // The same host now presents another certificate; the old CA file must not vouch for it.
        original.reset();
        EmulatorFixture replaced(tlsOptions(*second));
        QVERIFY(replaced.isListening());
        client.setSettings(settingsFor(replaced, first->certificate));
        const auto refused = listClusters(client);
        QVERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().kind, ErrorKind::Tls);
        QVERIFY(!refused->error().detail.isEmpty());
        QVERIFY2(replaced.emulator().journal().isEmpty(), "a request got through the handshake");

        // Trusting the new certificate makes it work again.
        client.setSettings(settingsFor(replaced, second->certificate));
        const auto retrusted = listClusters(client);
        QVERIFY(retrusted.has_value());
        QVERIFY2(retrusted->ok(),
                 qPrintable(retrusted->ok() ? QString() : retrusted->error().detail));
    }

    void defaultVerificationRefusesEveryCallOfTheScenario()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const auto files =
            reliability::makeSelfSignedCertificate(directory.path(), QStringLiteral("server"));
        if (!files)
            QSKIP("openssl is not available to make throw-away certificates");
        EmulatorFixture fixture(tlsOptions(*files));
        QVERIFY(fixture.isListening());
        HttpClient client(settingsFor(fixture, QString()), credentials());
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto refused = listClusters(client);
            QVERIFY(refused.has_value());
            QVERIFY(!refused->ok());
            QCOMPARE(refused->error().kind, ErrorKind::Tls);
        }
        QVERIFY(fixture.emulator().journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tls_trust.moc"
