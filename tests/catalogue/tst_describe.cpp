#include "dws/ErrorCatalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using dws::ErrorCatalogue;
using dws::api::ApiError;
using dws::api::ErrorKind;

Q_DECLARE_METATYPE(dws::api::ErrorKind)

namespace {

ApiError httpError(int status, const QString& code, const QString& operation = {},
                   const QString& serverMessage = {})
{
    ApiError error;
    error.kind = ErrorKind::Http;
    error.httpStatus = status;
    error.code = code;
    error.operation = operation;
    error.serverMessage = serverMessage;
    return error;
}

ApiError transportError(ErrorKind kind)
{
    ApiError error;
    error.kind = kind;
    error.detail = QStringLiteral("transport detail");
    error.operation = QStringLiteral("clusters.list");
    return error;
}

QString catalogueMessage(const QString& code)
{
    return ErrorCatalogue::translate(ErrorCatalogue::lookup(code)->message);
}

QString catalogueAction(const QString& code)
{
    return ErrorCatalogue::translate(ErrorCatalogue::lookup(code)->action);
}

} // namespace

class TestDescribe : public QObject
{
    Q_OBJECT

private slots:
    void everyTransportKind_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("network") << ErrorKind::Network;
        QTest::newRow("timeout") << ErrorKind::Timeout;
        QTest::newRow("tls") << ErrorKind::Tls;
        QTest::newRow("parse") << ErrorKind::Parse;
        QTest::newRow("too large") << ErrorKind::TooLarge;
        QTest::newRow("cancelled") << ErrorKind::Cancelled;
        QTest::newRow("auth") << ErrorKind::Auth;
        QTest::newRow("insecure") << ErrorKind::Insecure;
        QTest::newRow("validation") << ErrorKind::Validation;
    }

    void everyTransportKind()
    {
        QFETCH(ErrorKind, kind);
        const auto description = dws::describe(transportError(kind));
        QVERIFY(!description.title.isEmpty());
        QVERIFY(!description.message.isEmpty());
        QVERIFY(!description.action.isEmpty());
        QVERIFY(description.iamAction.isEmpty());
        QCOMPARE(description.detail, QStringLiteral("transport detail"));
        const QString summary = description.summary();
        QVERIFY(summary.contains(description.message));
        QVERIFY(summary.contains(description.action));
        QVERIFY(summary.contains(QStringLiteral("transport detail")));
    }

    void everyKindIsToldApart()
    {
        const ErrorKind kinds[] = {ErrorKind::Network, ErrorKind::Timeout,  ErrorKind::Tls,
                                   ErrorKind::Parse,   ErrorKind::TooLarge, ErrorKind::Cancelled,
                                   ErrorKind::Auth,    ErrorKind::Insecure, ErrorKind::Validation,
                                   ErrorKind::Http};
        QSet<QString> messages;
        QSet<QString> titles;
        for (const ErrorKind kind : kinds) {
            const auto description = dws::describe(transportError(kind));
            messages.insert(description.message);
            titles.insert(description.title);
        }
        QCOMPARE(messages.size(), int(std::size(kinds)));
        QCOMPARE(titles.size(), int(std::size(kinds)));
    }

    void timeoutWarnsTheOperationMayHaveHappened()
    {
        const auto description = dws::describe(transportError(ErrorKind::Timeout));
        QVERIFY2(description.action.contains(QLatin1String("refresh"), Qt::CaseInsensitive),
                 qPrintable(description.action));
    }

    void forbiddenNamesTheIamItem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("item");
        QTest::newRow("DWS.0032 resize") << "DWS.0032"
                                         << "clusters.resize"
                                         << "dws:openAPICluster:resize";
        QTest::newRow("no code, snapshot delete") << ""
                                                  << "snapshots.delete"
                                                  << "dws:openAPISnapshot:delete";
        QTest::newRow("DWS.0015 detail") << "DWS.0015"
                                         << "clusters.detail"
                                         << "dws:openAPICluster:getDetail";
        QTest::newRow("APIGW.0302 node types") << "APIGW.0302"
                                               << "nodeTypes.list"
                                               << "dws:openAPIFlavors:get";
    }

    void forbiddenNamesTheIamItem()
    {
        QFETCH(QString, code);
        QFETCH(QString, operation);
        QFETCH(QString, item);
        const auto description = dws::describe(httpError(403, code, operation));
        QCOMPARE(description.iamAction, item);
        QVERIFY2(description.action.contains(item), qPrintable(description.action));
        QVERIFY(description.summary().contains(item));
        QCOMPARE(description.httpStatus, 403);
    }

    void forbiddenForUnknownOperationStillAdvises()
    {
        const auto description = dws::describe(httpError(403, QString(), QStringLiteral("x.y")));
        QVERIFY(description.iamAction.isEmpty());
        QCOMPARE(description.action, ErrorCatalogue::httpStatusAction(403));
    }

    void frozenAccountIsNotAPermissionProblem()
    {
        const auto frozen = dws::describe(
            httpError(403, QStringLiteral("DWS.0021"), QStringLiteral("clusters.create")));
        const auto refused = dws::describe(
            httpError(403, QStringLiteral("DWS.0032"), QStringLiteral("clusters.create")));
        QVERIFY(frozen.iamAction.isEmpty());
        QCOMPARE(frozen.action, catalogueAction(QStringLiteral("DWS.0021")));
        QVERIFY(frozen.title != refused.title);
    }

    void notFoundArrivingWith401IsNotFound()
    {
        const auto withUnauthorized = dws::describe(
            httpError(401, QStringLiteral("DWS.0047"), QStringLiteral("clusters.detail")));
        const auto withNotFound = dws::describe(
            httpError(404, QStringLiteral("DWS.0047"), QStringLiteral("clusters.detail")));
        const auto credentialsProblem =
            dws::describe(httpError(401, QString(), QStringLiteral("clusters.detail")));

        QCOMPARE(withUnauthorized.message, catalogueMessage(QStringLiteral("DWS.0047")));
        QCOMPARE(withUnauthorized.action, catalogueAction(QStringLiteral("DWS.0047")));
        QCOMPARE(withUnauthorized.title, withNotFound.title);
        QVERIFY(withUnauthorized.title != credentialsProblem.title);
        QVERIFY(withUnauthorized.action != ErrorCatalogue::httpStatusAction(401));
        QVERIFY(withUnauthorized.iamAction.isEmpty());
        QCOMPARE(withUnauthorized.httpStatus, 401); // what really arrived is kept
        QCOMPARE(credentialsProblem.action, ErrorCatalogue::httpStatusAction(401));
    }

    void notFoundArrivingWith403IsNotFound()
    {
        const auto description = dws::describe(
            httpError(403, QStringLiteral("DWS.0047"), QStringLiteral("clusters.restart")));
        QCOMPARE(description.message, catalogueMessage(QStringLiteral("DWS.0047")));
        QVERIFY(description.iamAction.isEmpty());
    }

    void unknownDwsCodeWith401IsNotACredentialsProblem()
    {
        const auto description = dws::describe(httpError(
            401, QStringLiteral("DWS.4242"), QStringLiteral("clusters.list"), QStringLiteral("x")));
        QVERIFY(description.action != ErrorCatalogue::httpStatusAction(401));
    }

    void gatewayCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("0101") << "APIGW.0101" << 404;
        QTest::newRow("0301") << "APIGW.0301" << 401;
        QTest::newRow("0303") << "APIGW.0303" << 401;
        QTest::newRow("0308") << "APIGW.0308" << 429;
    }

    void gatewayCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        const auto description = dws::describe(
            httpError(status, code, QStringLiteral("clusters.list"), QStringLiteral("gw says")));
        QCOMPARE(description.code, code);
        QCOMPARE(description.message, catalogueMessage(code));
        QCOMPARE(description.action, catalogueAction(code));
        QCOMPARE(description.serverMessage, QStringLiteral("gw says"));
        QVERIFY(description.summary().contains(QStringLiteral("gw says")));
    }

    void signatureDateOutOfRangePointsAtTheClock()
    {
        const auto description = dws::describe(httpError(401, QStringLiteral("APIGW.0303")));
        QVERIFY2(description.action.contains(QLatin1String("clock")),
                 qPrintable(description.action));
    }

    void unknownGatewayCodeGetsTheGenericGatewayEntry()
    {
        const auto description =
            dws::describe(httpError(400, QStringLiteral("APIGW.0777"),
                                    QStringLiteral("clusters.list"), QStringLiteral("odd")));
        const auto& generic = ErrorCatalogue::genericGatewayEntry();
        QCOMPARE(description.message, ErrorCatalogue::translate(generic.message));
        QCOMPARE(description.action, ErrorCatalogue::translate(generic.action));
        QCOMPARE(description.code, QStringLiteral("APIGW.0777"));
        const QString summary = description.summary();
        QVERIFY(summary.contains(QStringLiteral("APIGW.0777")));
        QVERIFY(summary.contains(QStringLiteral("odd")));
    }

    void unknownCodeUsesTheServerMessageAndTheStatusAction()
    {
        const auto description = dws::describe(httpError(400, QStringLiteral("DWS.4242"),
                                                         QStringLiteral("clusters.list"),
                                                         QStringLiteral("Something odd happened")));
        QCOMPARE(description.code, QStringLiteral("DWS.4242"));
        QCOMPARE(description.message, QStringLiteral("Something odd happened"));
        QCOMPARE(description.action, ErrorCatalogue::httpStatusAction(400));
        QVERIFY(!description.title.isEmpty());
        // The server message is the message: the summary does not repeat it.
        QCOMPARE(description.summary().count(QStringLiteral("Something odd happened")), 1);
    }

    void bareStatusIsExplained_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {400, 401, 404, 409, 429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status;
    }

    void bareStatusIsExplained()
    {
        QFETCH(int, status);
        const auto description = dws::describe(httpError(status, QString()));
        QCOMPARE(description.message, ErrorCatalogue::httpStatusText(status));
        QCOMPARE(description.action, ErrorCatalogue::httpStatusAction(status));
        QVERIFY(description.summary().contains(QString::number(status)));
    }

    void errorCodeInA200BodyIsDescribedByItsCode()
    {
        const auto description = dws::describe(httpError(200, QStringLiteral("DWS.0011")));
        QCOMPARE(description.message, catalogueMessage(QStringLiteral("DWS.0011")));
        QCOMPARE(description.action, catalogueAction(QStringLiteral("DWS.0011")));
    }

    void emptyHttpErrorStillSaysSomething()
    {
        const auto description = dws::describe(httpError(0, QString()));
        QVERIFY(!description.message.isEmpty());
        QVERIFY(!description.action.isEmpty());
        QVERIFY(!description.summary().isEmpty());
    }

    void summaryCarriesTheRequestId()
    {
        auto error = httpError(500, QStringLiteral("DWS.9999"));
        error.requestId = QStringLiteral("req-8f2c");
        const auto description = dws::describe(error);
        QCOMPARE(description.requestId, QStringLiteral("req-8f2c"));
        const QString summary = description.summary();
        QVERIFY(summary.contains(QStringLiteral("req-8f2c")));
        QVERIFY(summary.contains(QStringLiteral("DWS.9999")));
        QVERIFY(summary.contains(QStringLiteral("500")));
    }

    void failedReasonsAreExplained_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("create") << "DWS.6000";
        QTest::newRow("resize") << "DWS.6001";
        QTest::newRow("restart") << "DWS.6002";
        QTest::newRow("restore") << "DWS.6003";
    }

    void failedReasonsAreExplained()
    {
        QFETCH(QString, code);
        const auto description = dws::describeFailedReason(code, QStringLiteral("quota"));
        QCOMPARE(description.code, code);
        QCOMPARE(description.message, catalogueMessage(code));
        QCOMPARE(description.action, catalogueAction(code));
        QCOMPARE(description.serverMessage, QStringLiteral("quota"));
        QVERIFY(!description.title.isEmpty());
    }

    void failedReasonsOfTheFourOperationsDiffer()
    {
        QSet<QString> messages;
        for (const char* code : {"DWS.6000", "DWS.6001", "DWS.6002", "DWS.6003"})
            messages.insert(dws::describeFailedReason(QString::fromLatin1(code), {}).message);
        QCOMPARE(messages.size(), 4);
    }

    void failedReasonWithOddSpacingAndUnknownCode()
    {
        QCOMPARE(dws::describeFailedReason(QStringLiteral("DWS. 6003"), {}).code,
                 QStringLiteral("DWS.6003"));
        const auto unknown =
            dws::describeFailedReason(QStringLiteral("DWS.6999"), QStringLiteral("disk gone"));
        QCOMPARE(unknown.message, QStringLiteral("disk gone"));
        QVERIFY(!unknown.action.isEmpty());
        QVERIFY(!dws::describeFailedReason({}, {}).message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDescribe)
#include "tst_describe.moc"
