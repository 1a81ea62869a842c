#include "api/AkSkSigner.h"

#include <QCryptographicHash>
#include <QTest>

using dws::api::AkSkSigner;

class TestAkSkSigner : public QObject
{
    Q_OBJECT

private slots:
    void knownVector()
    {
        // The Go SDK's test vector: GET /path?limit=1 with only X-Sdk-Date signed.
        AkSkSigner::Request request{
            "GET", QUrl(QStringLiteral("http://127.0.0.1/path?limit=1")), {}, {}};
        const QList<AkSkSigner::Header> headers = {{"X-Sdk-Date", "20060102T150405Z"}};
        const QByteArray canonical = AkSkSigner::canonicalRequest(request, headers);
        const QByteArray signature = AkSkSigner::signature(
            "SecretKey", AkSkSigner::stringToSign(canonical, "20060102T150405Z"));
        QCOMPARE(signature,
                 QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    }

    void canonicalRequestPieces()
    {
        AkSkSigner::Request request{"get", QUrl(QStringLiteral("http://h/path?limit=1")), {}, {}};
        const QByteArray canonical =
            AkSkSigner::canonicalRequest(request, {{"X-Sdk-Date", "20060102T150405Z"}});
        const QList<QByteArray> lines = canonical.split('\n');
        QCOMPARE(lines.size(), 7); // method, uri, query, header line, blank, signed, hash
        QCOMPARE(lines[0], QByteArray("GET"));
        QCOMPARE(lines[1], QByteArray("/path/"));
        QCOMPARE(lines[2], QByteArray("limit=1"));
        QCOMPARE(lines[3], QByteArray("x-sdk-date:20060102T150405Z"));
        QCOMPARE(lines[4], QByteArray());
        QCOMPARE(lines[5], QByteArray("x-sdk-date"));
        QCOMPARE(lines[6],
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void canonicalUriAlwaysEndsInSlash_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("root") << QString() << QByteArray("/");
        QTest::newRow("slash") << QStringLiteral("/") << QByteArray("/");
        QTest::newRow("plain") << QStringLiteral("/v1.0/p/clusters")
                               << QByteArray("/v1.0/p/clusters/");
        QTest::newRow("trailing") << QStringLiteral("/a/b/") << QByteArray("/a/b/");
        QTest::newRow("encoded") << QStringLiteral("/a b/c:d~e_f-g.h")
                                 << QByteArray("/a%20b/c%3Ad~e_f-g.h/");
        QTest::newRow("utf8") << QStringLiteral("/集群") << QByteArray("/%E9%9B%86%E7%BE%A4/");
    }

    void canonicalUriAlwaysEndsInSlash()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(AkSkSigner::canonicalUri(path), expected);
    }

    void canonicalQuerySortsKeysAndValues()
    {
        const QUrl url(QStringLiteral("http://h/p?b=2&a=z&a=y&c=x%20y&empty="));
        QCOMPARE(AkSkSigner::canonicalQuery(url), QByteArray("a=y&a=z&b=2&c=x%20y&empty="));
        QCOMPARE(AkSkSigner::canonicalQuery(QUrl(QStringLiteral("http://h/p"))), QByteArray());
    }

    void signedAndCanonicalHeaders()
    {
        const QList<AkSkSigner::Header> headers = {{"X-Sdk-Date", "20060102T150405Z"},
                                                   {"Host", " example.com "},
                                                   {"Content-Type", "application/json"}};
        QCOMPARE(AkSkSigner::signedHeaders(headers), QByteArray("content-type;host;x-sdk-date"));
        QCOMPARE(AkSkSigner::canonicalHeaders(headers),
                 QByteArray("content-type:application/json\nhost:example.com\n"
                            "x-sdk-date:20060102T150405Z\n"));
    }

    void bodyHashIsSigned()
    {
        AkSkSigner::Request request{"POST", QUrl(QStringLiteral("https://h/p")), {}, "{\"a\":1}"};
        const QByteArray canonical = AkSkSigner::canonicalRequest(request, {{"Host", "h"}});
        QVERIFY(canonical.endsWith(
            QCryptographicHash::hash("{\"a\":1}", QCryptographicHash::Sha256).toHex()));
    }

    void sdkDateFormat()
    {
        const QDateTime time(QDate(2006, 1, 2), QTime(15, 4, 5), Qt::UTC);
        QCOMPARE(AkSkSigner::sdkDate(time), QByteArray("20060102T150405Z"));
    }

    void signProducesAuthorization()
    {
        const QDateTime time(QDate(2006, 1, 2), QTime(15, 4, 5), Qt::UTC);
        AkSkSigner::Request request{
            "GET",
            QUrl(QStringLiteral("https://dws.example.com:8443/v1.0/p/clusters")),
            {{"X-Project-Id", "p"}},
            {}};
        const auto added =
            AkSkSigner::sign(request, QStringLiteral("AK"), QStringLiteral("SK"), time);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added[0].first, QByteArray("X-Sdk-Date"));
        QCOMPARE(added[0].second, QByteArray("20060102T150405Z"));
        const QByteArray authorization = added[1].second;
        QVERIFY(authorization.startsWith(
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-project-id;x-sdk-date, Signature="));

        // The signature is the one the documented steps give for the host with its port.
        const QList<AkSkSigner::Header> signedList = {{"X-Project-Id", "p"},
                                                      {"Host", "dws.example.com:8443"},
                                                      {"X-Sdk-Date", "20060102T150405Z"}};
        const QByteArray expected = AkSkSigner::signature(
            "SK", AkSkSigner::stringToSign(AkSkSigner::canonicalRequest(request, signedList),
                                           "20060102T150405Z"));
        QVERIFY(authorization.endsWith(QByteArray(QByteArray("Signature=") + expected)));
        QVERIFY(!authorization.contains("SK,"));
    }
};

QTEST_GUILESS_MAIN(TestAkSkSigner)
#include "tst_aksk_signer.moc"
