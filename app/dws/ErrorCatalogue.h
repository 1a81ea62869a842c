#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QString>

namespace dws {

// One error code of the reference's table 7.2 (or a known API gateway code).
// message and action are English source texts; translate them with
// QCoreApplication::translate(ErrorCatalogue::kContext, ...) at display time so a
// run-time language switch takes effect.
struct CatalogueEntry
{
    QString code;          // "DWS.0047", "APIGW.0303"
    int httpStatus = 0;    // the status the reference documents for the code
    const char* message{}; // what went wrong
    const char* action{};  // what the operator should do
};

class ErrorCatalogue
{
public:
    static constexpr const char* kContext = "dws::ErrorCatalogue";

    // The entry for a code, tolerant of case and stray spaces ("dws. 6003"); nullptr if unknown.
    static const CatalogueEntry* lookup(const QString& code);
    // Every DWS and APIGW entry, in code order. The generic gateway entry is not included.
    static QList<CatalogueEntry> all();
    // The entry used for an APIGW.* code that has no entry of its own.
    static const CatalogueEntry& genericGatewayEntry();
    // True for codes that mean "the resource does not exist", whatever HTTP status they came with.
    static bool isNotFoundCode(const QString& code);

    // The IAM authorization item an operation needs ("clusters.resize" ->
    // "dws:openAPICluster:resize"); empty for an unknown operation.
    static QString iamActionFor(const QString& operation);
    // Every operation id that has an IAM authorization item.
    static QList<QString> operations();

    // The localized explanation of an HTTP status (section 7.1); a generic one by status class
    // for statuses the reference does not list.
    static QString httpStatusText(int status);
    // The reason phrase ("Not Found"), untranslated; empty if the status is not in section 7.1.
    static QString httpReasonPhrase(int status);
    // The localized recommended action for an error answered with this HTTP status.
    static QString httpStatusAction(int status);
    // Every status listed in section 7.1.
    static QList<int> httpStatuses();

    // QCoreApplication::translate with this catalogue's context.
    static QString translate(const char* sourceText);
};

// An error explained for the operator, in the current UI language.
struct ErrorDescription
{
    QString code;          // the error code, or empty
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString title;         // a short headline: "Not found", "Permission denied", ...
    QString message;       // what went wrong
    QString action;        // what to do about it
    QString iamAction;     // the IAM authorization item to ask for, when permission was refused
    QString serverMessage; // the server's own message, as sent
    QString requestId;     // for support
    QString detail;        // transport detail, or the field an unreadable answer is about

    // One paragraph for a dialog or the command line.
    QString summary() const;
};

ErrorDescription describe(const api::ApiError& error);

// Explains a cluster's failed_reasons (DWS.6000..6003 and any other code).
ErrorDescription describeFailedReason(const QString& code, const QString& serverMessage);

} // namespace dws
