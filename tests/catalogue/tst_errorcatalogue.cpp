#include "ReferenceTables.h"
#include "dws/ErrorCatalogue.h"

#include <QFileInfo>
#include <QSet>
#include <QTest>

using dws::CatalogueEntry;
using dws::ErrorCatalogue;

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private:
    void requireReference()
    {
        if (!QFileInfo::exists(reference::referencePath()))
            QSKIP(qPrintable(QStringLiteral("The DWS API reference is not at %1; the checks "
                                            "against it cannot run.")
                                 .arg(reference::referencePath())));
    }

private slots:
    void everyReferenceCodeIsCatalogued()
    {
        requireReference();
        const auto rows = reference::errorCodeTable();
        // The parser must see every code-like line, or a broken parser would pass vacuously.
        QCOMPARE(rows.size(), reference::errorCodeLineCount());
        QVERIFY2(rows.size() >= 70, qPrintable(QString::number(rows.size())));
        for (const auto& row : rows) {
            const CatalogueEntry* entry = ErrorCatalogue::lookup(row.code);
            QVERIFY2(entry, qPrintable(row.code + QStringLiteral(" is missing")));
            QCOMPARE(entry->code, row.code);
            QVERIFY2(entry->httpStatus == row.httpStatus,
                     qPrintable(QStringLiteral("%1: catalogue %2, reference %3")
                                    .arg(row.code)
                                    .arg(entry->httpStatus)
                                    .arg(row.httpStatus)));
        }
    }

    void catalogueHasNoCodeTheReferenceLacks()
    {
        requireReference();
        QSet<QString> referenceCodes;
        for (const auto& row : reference::errorCodeTable())
            referenceCodes.insert(row.code);
        for (const auto& entry : ErrorCatalogue::all()) {
            if (entry.code.startsWith(QLatin1String("DWS.")))
                QVERIFY2(referenceCodes.contains(entry.code), qPrintable(entry.code));
        }
    }

    void everyEntryHasMessageAndAction()
    {
        QSet<QString> seen;
        const auto entries = ErrorCatalogue::all();
        QVERIFY(!entries.isEmpty());
        for (const auto& entry : entries) {
            QVERIFY2(!seen.contains(entry.code), qPrintable(entry.code + " is listed twice"));
            seen.insert(entry.code);
            QVERIFY2(entry.message && *entry.message, qPrintable(entry.code));
            QVERIFY2(entry.action && *entry.action, qPrintable(entry.code));
            QVERIFY2(entry.httpStatus >= 400 && entry.httpStatus < 600, qPrintable(entry.code));
        }
        const CatalogueEntry& gateway = ErrorCatalogue::genericGatewayEntry();
        QVERIFY(gateway.message && *gateway.message);
        QVERIFY(gateway.action && *gateway.action);
    }

    void gatewayCodesHaveTheirLiveStatus_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("api not found") << "APIGW.0101" << 404;
        QTest::newRow("iam auth") << "APIGW.0301" << 401;
        QTest::newRow("app auth / signature date") << "APIGW.0303" << 401;
        QTest::newRow("throttled") << "APIGW.0308" << 429;
    }

    void gatewayCodesHaveTheirLiveStatus()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        const CatalogueEntry* entry = ErrorCatalogue::lookup(code);
        QVERIFY(entry);
        QCOMPARE(entry->httpStatus, status);
        QVERIFY(QString::fromUtf8(entry->message) !=
                QString::fromUtf8(ErrorCatalogue::genericGatewayEntry().message));
    }

    void lookupToleratesSpacingAndCase()
    {
        QVERIFY(ErrorCatalogue::lookup(QStringLiteral("DWS. 6003")));
        QCOMPARE(ErrorCatalogue::lookup(QStringLiteral(" dws.0047 "))->code,
                 QStringLiteral("DWS.0047"));
        QCOMPARE(ErrorCatalogue::lookup(QStringLiteral("DWS.4242")), nullptr);
        QCOMPARE(ErrorCatalogue::lookup(QString()), nullptr);
        QCOMPARE(ErrorCatalogue::lookup(QStringLiteral("APIGW.9999")), nullptr);
    }

    void everyReferenceStatusIsExplained()
    {
        requireReference();
        const auto rows = reference::statusTable();
        QVERIFY2(rows.size() >= 40, qPrintable(QString::number(rows.size())));
        const QList<int> statuses = ErrorCatalogue::httpStatuses();
        const QString genericClientText = ErrorCatalogue::httpStatusText(499);
        const QString genericServerText = ErrorCatalogue::httpStatusText(599);
        for (const auto& row : rows) {
            QVERIFY2(statuses.contains(row.status), qPrintable(QString::number(row.status)));
            QVERIFY(!ErrorCatalogue::httpReasonPhrase(row.status).isEmpty());
            const QString text = ErrorCatalogue::httpStatusText(row.status);
            QVERIFY(!text.isEmpty());
            QVERIFY(text != genericClientText && text != genericServerText);
            QVERIFY(!ErrorCatalogue::httpStatusAction(row.status).isEmpty());
        }
    }

    void unlistedStatusesGetAGenericText()
    {
        QVERIFY(ErrorCatalogue::httpReasonPhrase(418).isEmpty());
        QVERIFY(!ErrorCatalogue::httpStatusText(418).isEmpty());
        QVERIFY(!ErrorCatalogue::httpStatusText(-1).isEmpty());
        QVERIFY(!ErrorCatalogue::httpStatusAction(0).isEmpty());
        QVERIFY(ErrorCatalogue::httpStatusText(418) != ErrorCatalogue::httpStatusText(599));
    }

    void iamItemsOfEveryOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("item");
        QTest::newRow("create") << "clusters.create"
                                << "dws:openAPICluster:create";
        QTest::newRow("list") << "clusters.list"
                              << "dws:openAPICluster:list";
        QTest::newRow("detail") << "clusters.detail"
                                << "dws:openAPICluster:getDetail";
        QTest::newRow("delete") << "clusters.delete"
                                << "dws:openAPICluster:delete";
        QTest::newRow("restart") << "clusters.restart"
                                 << "dws:openAPICluster:restart";
        QTest::newRow("resize") << "clusters.resize"
                                << "dws:openAPICluster:resize";
        QTest::newRow("reset") << "clusters.resetPassword"
                               << "dws:openAPICluster:resetPassword";
        QTest::newRow("node types") << "nodeTypes.list"
                                    << "dws:openAPIFlavors:get";
        QTest::newRow("snap create") << "snapshots.create"
                                     << "dws:openAPISnapshot:create";
        QTest::newRow("snap list") << "snapshots.list"
                                   << "dws:openAPISnapshot:list";
        QTest::newRow("snap detail") << "snapshots.detail"
                                     << "dws:openAPISnapshot:getDetail";
        QTest::newRow("snap delete") << "snapshots.delete"
                                     << "dws:openAPISnapshot:delete";
        QTest::newRow("restore") << "snapshots.restore"
                                 << "dws:openAPISnapshot:restore";
    }

    void iamItemsOfEveryOperation()
    {
        QFETCH(QString, operation);
        QFETCH(QString, item);
        QCOMPARE(ErrorCatalogue::iamActionFor(operation), item);
        QVERIFY(ErrorCatalogue::operations().contains(operation));
    }

    void iamItemsMatchTheReference()
    {
        requireReference();
        QStringList fromReference = reference::iamItems();
        QCOMPARE(fromReference.size(), 13);
        QStringList fromCatalogue;
        for (const QString& operation : ErrorCatalogue::operations())
            fromCatalogue.append(ErrorCatalogue::iamActionFor(operation));
        fromReference.sort();
        fromCatalogue.sort();
        QCOMPARE(fromCatalogue, fromReference);
    }

    void unknownOperationHasNoIamItem()
    {
        QVERIFY(ErrorCatalogue::iamActionFor(QStringLiteral("clusters.fly")).isEmpty());
        QVERIFY(ErrorCatalogue::iamActionFor(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
