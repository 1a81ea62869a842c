#include "api/ErrorBody.h"

#include <QTest>

using namespace dws::api;

class TestErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("dws") << QByteArray("{\"error_msg\":\"bad\",\"error_code\":\"DWS.0001\"}")
                             << QStringLiteral("DWS.0001") << QStringLiteral("bad");
        QTest::newRow("errCode") << QByteArray(
                                        "{\"errCode\":\"APIGW.0101\",\"externalMessage\":\"x\"}")
                                 << QStringLiteral("APIGW.0101") << QStringLiteral("x");
        QTest::newRow("code") << QByteArray("{\"code\":\"DWS.5050\",\"message\":\"exists\"}")
                              << QStringLiteral("DWS.5050") << QStringLiteral("exists");
        QTest::newRow("iam") << QByteArray(
                                    "{\"error\":{\"code\":401,\"message\":\"no\",\"title\":\"U\"}}")
                             << QStringLiteral("401") << QStringLiteral("no");
        QTest::newRow("nested")
            << QByteArray("{\"error\":{\"error_code\":\"IAM.0004\",\"error_msg\":\"w\"}}")
            << QStringLiteral("IAM.0004") << QStringLiteral("w");
    }

    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto error = errorInBody(body);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, code);
        QCOMPARE(error->message, message);
    }

    void noError()
    {
        QVERIFY(!errorInBody("").has_value());
        QVERIFY(!errorInBody("not json").has_value());
        QVERIFY(!errorInBody("{\"clusters\":[]}").has_value());
        QVERIFY(!errorInBody("[1,2]").has_value());
        QVERIFY(!errorInBody(QByteArray(100, '[') + QByteArray(100, ']'), 64).has_value());
    }

    void successCode()
    {
        QVERIFY(!isFailureCode(QStringLiteral("DWS.0000")));
        QVERIFY(!isFailureCode(QString()));
        QVERIFY(isFailureCode(QStringLiteral("DWS.0001")));
    }

    void requestIdAndHttpError()
    {
        const QList<std::pair<QByteArray, QByteArray>> headers = {
            {"Content-Type", "application/json"}, {"X-Request-Id", "req-42"}};
        QCOMPARE(requestIdFrom(headers), QStringLiteral("req-42"));
        QCOMPARE(requestIdFrom({{"x-openstack-request-id", "os-1"}}), QStringLiteral("os-1"));
        const ApiError error =
            httpError(404, "{\"error_code\":\"DWS.0047\",\"error_msg\":\"gone\"}", headers,
                      QStringLiteral("clusters.detail"));
        QCOMPARE(error.kind, ErrorKind::Http);
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.code, QStringLiteral("DWS.0047"));
        QCOMPARE(error.serverMessage, QStringLiteral("gone"));
        QCOMPARE(error.requestId, QStringLiteral("req-42"));
        QCOMPARE(error.operation, QStringLiteral("clusters.detail"));
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_error_body.moc"
