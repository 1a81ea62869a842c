#include "api/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using dws::api::Redaction;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void secretHeaders_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("secret");
        QTest::newRow("token") << QByteArray("X-Auth-Token") << true;
        QTest::newRow("subject") << QByteArray("x-subject-token") << true;
        QTest::newRow("authorization") << QByteArray("Authorization") << true;
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << true;
        QTest::newRow("cookie") << QByteArray("Cookie") << true;
        QTest::newRow("language") << QByteArray("X-Language") << false;
        QTest::newRow("date") << QByteArray("X-Sdk-Date") << false;
        QTest::newRow("project") << QByteArray("X-Project-Id") << false;
    }

    void secretHeaders()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, secret);
        QCOMPARE(Redaction::isSecretHeader(name), secret);
        const QByteArray value = Redaction::headerValue(name, "s3cr3t-value");
        QCOMPARE(value.contains("s3cr3t-value"), !secret);
    }

    void headerList()
    {
        const QByteArray text =
            Redaction::headers({{"X-Auth-Token", "MIItokenvalue"},
                                {"X-Language", "zh_cn"},
                                {"Authorization", "SDK-HMAC-SHA256 Access=AK, Signature=abcdef"}});
        QVERIFY(!text.contains("MIItokenvalue"));
        QVERIFY(!text.contains("abcdef"));
        QVERIFY(text.contains("X-Language: zh_cn"));
        QVERIFY(text.contains("X-Auth-Token: ***"));
    }

    void nestedJsonBody()
    {
        const QByteArray body =
            "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":"
            "\"ops\",\"password\":\"P@ssw0rd!x\",\"domain\":{\"name\":\"acme\"}}}}},"
            "\"cluster\":{\"name\":\"c1\",\"user_pwd\":\"Us3r#Pwd99\",\"nested\":[{\"new_"
            "password\":\"N3w!Pass77\"}]}}";
        const QByteArray redacted = Redaction::body(body);
        QVERIFY(!redacted.contains("P@ssw0rd!x"));
        QVERIFY(!redacted.contains("Us3r#Pwd99"));
        QVERIFY(!redacted.contains("N3w!Pass77"));
        const QJsonObject object = QJsonDocument::fromJson(redacted).object();
        QCOMPARE(object[QLatin1String("cluster")].toObject()[QLatin1String("name")].toString(),
                 QStringLiteral("c1"));
        QCOMPARE(object[QLatin1String("cluster")].toObject()[QLatin1String("user_pwd")].toString(),
                 QStringLiteral("***"));
        // The "password" object of the identity is walked into, not replaced.
        QCOMPARE(object[QLatin1String("auth")]
                     .toObject()[QLatin1String("identity")]
                     .toObject()[QLatin1String("password")]
                     .toObject()[QLatin1String("user")]
                     .toObject()[QLatin1String("name")]
                     .toString(),
                 QStringLiteral("ops"));
    }

    void malformedJsonIsRedactedByPattern_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("trailing comma")
            << QByteArray("{\"cluster\": {\"user_pwd\": \"Us3r#Pwd99\", \"port\": 8000,}}")
            << QByteArray("Us3r#Pwd99");
        QTest::newRow("cut off") << QByteArray("{\"new_password\": \"N3w!Pass77")
                                 << QByteArray("N3w!Pass77");
        QTest::newRow("escaped quote")
            << QByteArray("{\"password\": \"ab\\\"cdEF12\", oops}") << QByteArray("cdEF12");
        QTest::newRow("form") << QByteArray("user=ops&password=P@ssw0rd!x&x=1")
                              << QByteArray("P@ssw0rd!x");
        QTest::newRow("number") << QByteArray("{\"secret\": 12345678, }") << QByteArray("12345678");
    }

    void malformedJsonIsRedactedByPattern()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        const QByteArray redacted = Redaction::body(body);
        QVERIFY2(!redacted.contains(secret), redacted.constData());
        QVERIFY(redacted.contains("***"));
    }

    void deeplyNestedBodyIsRedactedByPattern()
    {
        QByteArray body =
            QByteArray(200, '[') + "{\"user_pwd\":\"Us3r#Pwd99\"}" + QByteArray(200, ']');
        const QByteArray redacted = Redaction::body(body);
        QVERIFY(!redacted.contains("Us3r#Pwd99"));
    }

    void knownSecretsAreScrubbedAnywhere()
    {
        const QByteArray body = "{\"note\":\"key DEMOSECRETKEY leaked\",\"other\":\"x\"}";
        const QByteArray redacted = Redaction::body(body, {"DEMOSECRETKEY"});
        QVERIFY(!redacted.contains("DEMOSECRETKEY"));
        QCOMPARE(Redaction::scrub("a DEMOSECRETKEY b", {"DEMOSECRETKEY"}), QByteArray("a *** b"));
    }

    void harmlessBodiesKeepTheirContent()
    {
        const QByteArray body = "{\"clusters\":[{\"id\":\"1\",\"name\":\"集群\"}]}";
        const QJsonDocument before = QJsonDocument::fromJson(body);
        QCOMPARE(QJsonDocument::fromJson(Redaction::body(body)), before);
        QCOMPARE(Redaction::body(QByteArray()), QByteArray());
        QCOMPARE(Redaction::body("plain text"), QByteArray("plain text"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
