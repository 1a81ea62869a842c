#include "dws/ErrorCatalogue.h"

#include "dws/ErrorCatalogueData.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace dws {

namespace {

// Texts of describe() and of the HTTP actions. Declared with QT_TRANSLATE_NOOP so the
// translation tools find them; translated at call time so a language switch takes effect.
namespace text {
constexpr const char* kTitleNetwork = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Network error");
constexpr const char* kTitleTimeout = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Timed out");
constexpr const char* kTitleTls =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Secure connection failed");
constexpr const char* kTitleParse = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Unexpected answer");
constexpr const char* kTitleTooLarge = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Answer too large");
constexpr const char* kTitleCancelled = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Cancelled");
constexpr const char* kTitleAuth = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Sign-in failed");
constexpr const char* kTitleInsecure =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Insecure connection refused");
constexpr const char* kTitleValidation = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Invalid input");
constexpr const char* kTitleNotFound = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Not found");
constexpr const char* kTitleUnauthorized =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Authentication failed");
constexpr const char* kTitleForbidden =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Permission denied");
constexpr const char* kTitleAccount =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Account restricted");
constexpr const char* kTitleThrottled =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Too many requests");
constexpr const char* kTitleServer = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Server error");
constexpr const char* kTitleRejected = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Request rejected");
constexpr const char* kTitleFailed = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Request failed");
constexpr const char* kTitleGateway = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "API gateway error");
constexpr const char* kTitleConflict = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Conflict");
constexpr const char* kTitleOperationFailed =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Operation failed");

constexpr const char* kNetwork =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The server could not be reached.");
constexpr const char* kTimeout =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The server did not answer in time.");
constexpr const char* kTls = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "A secure connection to the server could not be established: its certificate was not "
    "accepted.");
constexpr const char* kParse =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The server's answer could not be understood.");
constexpr const char* kTooLarge = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "The server's answer was too large to process safely.");
constexpr const char* kCancelled =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The operation was cancelled.");
constexpr const char* kAuth = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Signing in failed.");
constexpr const char* kInsecure =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue",
                      "The request was not sent: plain http is allowed only to this computer.");
constexpr const char* kValidation = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "The request was not sent: some values break the service's rules.");
constexpr const char* kRequestFailed =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The request failed.");
constexpr const char* kClusterOperationFailed =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The last operation on the cluster failed.");

constexpr const char* kActionNetwork = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check your network connection, the endpoint addresses and the proxy settings, then try "
    "again.");
constexpr const char* kActionTimeout = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check your network connection and try again; the operation may still have been carried "
    "out — refresh to see.");
constexpr const char* kActionTls = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check the endpoint address and this computer's date and time. If your organisation uses "
    "its own certificate authority, set its CA file in the connection settings.");
constexpr const char* kActionParse = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Try again; if it keeps happening, contact customer service with the request ID.");
constexpr const char* kActionTooLarge =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue",
                      "Narrow the request, for example to one enterprise project, then try again.");
constexpr const char* kActionCancelled = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Nothing to do. If you cancelled a change, refresh to see whether it was carried out.");
constexpr const char* kActionAuth = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check the user name, password and account name, or the access key and secret key, and "
    "the IAM endpoint in the connection settings.");
constexpr const char* kActionInsecure = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "Use an https:// endpoint in the connection settings.");
constexpr const char* kActionValidation =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Correct the values named here, then try again.");
constexpr const char* kActionGrant =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Ask your administrator to grant %1.");
constexpr const char* kActionClusterOperationFailed = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check the cluster's events; if the problem persists, contact customer service.");

constexpr const char* kHttpCorrectRequest = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Correct the request as the message describes; sending it again unchanged will fail again.");
constexpr const char* kHttpSignInAgain = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Sign in again; if it keeps failing, check the credentials in the connection settings.");
constexpr const char* kHttpAskPermission = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "Ask your administrator for the permission this operation needs.");
constexpr const char* kHttpCheckExists =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue",
                      "Check that the resource still exists: refresh the list, then try again.");
constexpr const char* kHttpProxyCredentials = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "Check the proxy user name and password in the connection settings.");
constexpr const char* kHttpTryAgain = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Try again.");
constexpr const char* kHttpWaitForOperation =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue",
                      "Wait for the operation in progress to finish, refresh, then try again.");
constexpr const char* kHttpWaitMoment =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Wait a moment, then try again.");
constexpr const char* kHttpUnavailable = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue", "The service is temporarily unavailable; try again in a few minutes.");
constexpr const char* kHttpServerError = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Try again later; if the error persists, contact customer service with the request ID.");
constexpr const char* kHttpCheckRequest = QT_TRANSLATE_NOOP(
    "dws::ErrorCatalogue",
    "Check the request and the endpoint addresses in the connection settings, then try again.");
constexpr const char* kHttpRefresh =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue",
                      "Refresh and try again; if the error persists, contact customer service.");
constexpr const char* kHttpUnexpected =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The server answered with an unexpected status.");
constexpr const char* kHttpClientError =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The request was rejected by the server.");
constexpr const char* kHttpServerFailure =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "The server failed to process the request.");

constexpr const char* kSummaryHeadline = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "%1: %2");
constexpr const char* kSummaryServerMessage =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Server message: %1");
constexpr const char* kSummaryCode = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Error code: %1.");
constexpr const char* kSummaryStatus = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "HTTP status: %1.");
constexpr const char* kSummaryRequestId =
    QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Request ID: %1.");
constexpr const char* kSummaryDetail = QT_TRANSLATE_NOOP("dws::ErrorCatalogue", "Detail: %1");
} // namespace text

struct IamItem
{
    const char* operation;
    const char* action;
};

// Section 6: the authorization item each operation needs.
constexpr IamItem kIamItems[] = {
    {"clusters.create", "dws:openAPICluster:create"},
    {"clusters.list", "dws:openAPICluster:list"},
    {"clusters.detail", "dws:openAPICluster:getDetail"},
    {"clusters.delete", "dws:openAPICluster:delete"},
    {"clusters.restart", "dws:openAPICluster:restart"},
    {"clusters.resize", "dws:openAPICluster:resize"},
    {"clusters.resetPassword", "dws:openAPICluster:resetPassword"},
    {"nodeTypes.list", "dws:openAPIFlavors:get"},
    {"snapshots.create", "dws:openAPISnapshot:create"},
    {"snapshots.list", "dws:openAPISnapshot:list"},
    {"snapshots.detail", "dws:openAPISnapshot:getDetail"},
    {"snapshots.delete", "dws:openAPISnapshot:delete"},
    {"snapshots.restore", "dws:openAPISnapshot:restore"},
};

// Codes that say "it does not exist" whatever status they arrive with (the live service sends
// DWS.0047 with 401 and 404).
const QStringList kNotFoundCodes = {QStringLiteral("DWS.0022"), QStringLiteral("DWS.0047"),
                                    QStringLiteral("DWS.3027")};
const QStringList kAccountCodes = {QStringLiteral("DWS.0020"), QStringLiteral("DWS.0021")};

QString localized(const char* sourceText)
{
    return QCoreApplication::translate(ErrorCatalogue::kContext, sourceText);
}

CatalogueEntry toEntry(const catalogue_data::CodeRow& row)
{
    return CatalogueEntry{QString::fromLatin1(row.code), row.httpStatus, row.message, row.action};
}

struct Store
{
    QList<CatalogueEntry> entries;
    QHash<QString, qsizetype> indexByCode;
    CatalogueEntry genericGateway;
};

const Store& store()
{
    static const Store instance = [] {
        Store built;
        for (const auto& row : catalogue_data::dwsCodes())
            built.entries.append(toEntry(row));
        for (const auto& row : catalogue_data::gatewayCodes())
            built.entries.append(toEntry(row));
        for (qsizetype i = 0; i < built.entries.size(); ++i)
            built.indexByCode.insert(built.entries.at(i).code, i);
        built.genericGateway = toEntry(catalogue_data::genericGateway());
        return built;
    }();
    return instance;
}

QString normalizedCode(const QString& code)
{
    QString compact;
    compact.reserve(code.size());
    for (const QChar c : code) {
        if (!c.isSpace())
            compact.append(c.toUpper());
    }
    return compact;
}

const catalogue_data::HttpRow* httpRow(int status)
{
    for (const auto& row : catalogue_data::httpStatuses()) {
        if (row.status == status)
            return &row;
    }
    return nullptr;
}

bool isAccountCode(const QString& code)
{
    return kAccountCodes.contains(normalizedCode(code));
}

void describeTransport(const api::ApiError& error, ErrorDescription& description)
{
    struct KindTexts
    {
        const char* title;
        const char* message;
        const char* action;
    };
    const KindTexts texts = [&]() -> KindTexts {
        switch (error.kind) {
        case api::ErrorKind::Network:
            return {text::kTitleNetwork, text::kNetwork, text::kActionNetwork};
        case api::ErrorKind::Timeout:
            return {text::kTitleTimeout, text::kTimeout, text::kActionTimeout};
        case api::ErrorKind::Tls:
            return {text::kTitleTls, text::kTls, text::kActionTls};
        case api::ErrorKind::Parse:
            return {text::kTitleParse, text::kParse, text::kActionParse};
        case api::ErrorKind::TooLarge:
            return {text::kTitleTooLarge, text::kTooLarge, text::kActionTooLarge};
        case api::ErrorKind::Cancelled:
            return {text::kTitleCancelled, text::kCancelled, text::kActionCancelled};
        case api::ErrorKind::Auth:
            return {text::kTitleAuth, text::kAuth, text::kActionAuth};
        case api::ErrorKind::Insecure:
            return {text::kTitleInsecure, text::kInsecure, text::kActionInsecure};
        case api::ErrorKind::Validation:
            return {text::kTitleValidation, text::kValidation, text::kActionValidation};
        case api::ErrorKind::Http:
            break;
        }
        return {text::kTitleFailed, text::kRequestFailed, text::kActionParse};
    }();
    description.title = localized(texts.title);
    description.message = localized(texts.message);
    description.action = localized(texts.action);
}

const char* titleForHttp(const QString& code, int status, bool gateway)
{
    if (ErrorCatalogue::isNotFoundCode(code))
        return text::kTitleNotFound;
    if (isAccountCode(code))
        return text::kTitleAccount;
    if (status == 403)
        return text::kTitleForbidden;
    if (status == 401)
        return text::kTitleUnauthorized;
    if (status == 409)
        return text::kTitleConflict;
    if (status == 429)
        return text::kTitleThrottled;
    if (gateway)
        return text::kTitleGateway;
    if (status >= 500)
        return text::kTitleServer;
    if (status >= 400)
        return text::kTitleRejected;
    return text::kTitleFailed;
}

void describeHttp(const api::ApiError& error, ErrorDescription& description)
{
    const QString code = normalizedCode(error.code);
    const bool gateway = code.startsWith(QLatin1String("APIGW"));
    const CatalogueEntry* entry = ErrorCatalogue::lookup(code);
    if (!entry && gateway)
        entry = &ErrorCatalogue::genericGatewayEntry();

    // The status that explains the error best: the one the catalogue documents for the code,
    // since the live service sends some codes with a misleading status (DWS.0047 with 401).
    int explainingStatus = error.httpStatus;
    if (entry && entry->httpStatus != 0)
        explainingStatus = entry->httpStatus;
    else if (!entry && !code.isEmpty() && error.httpStatus == 401)
        explainingStatus = 400; // a 401 that carries a DWS code is not a credentials problem

    if (entry) {
        description.message = localized(entry->message);
        description.action = localized(entry->action);
    } else {
        if (!error.serverMessage.trimmed().isEmpty())
            description.message = error.serverMessage.trimmed();
        else if (error.httpStatus > 0)
            description.message = ErrorCatalogue::httpStatusText(error.httpStatus);
        else
            description.message = localized(text::kRequestFailed);
        description.action = ErrorCatalogue::httpStatusAction(explainingStatus);
    }
    if (entry && entry != &ErrorCatalogue::genericGatewayEntry())
        description.code = entry->code;

    description.title = localized(titleForHttp(code, explainingStatus, gateway));

    const bool permissionRefused = !ErrorCatalogue::isNotFoundCode(code) && !isAccountCode(code) &&
                                   (explainingStatus == 403 || error.httpStatus == 403);
    if (permissionRefused) {
        description.iamAction = ErrorCatalogue::iamActionFor(error.operation);
        if (!description.iamAction.isEmpty()) {
            const QString grant = localized(text::kActionGrant).arg(description.iamAction);
            // Without a code the generic 403 advice is replaced by the precise one.
            description.action = entry ? description.action + QLatin1Char(' ') + grant : grant;
        }
    }
}

} // namespace

const CatalogueEntry* ErrorCatalogue::lookup(const QString& code)
{
    const Store& catalogue = store();
    const auto found = catalogue.indexByCode.constFind(normalizedCode(code));
    if (found == catalogue.indexByCode.constEnd())
        return nullptr;
    return &catalogue.entries.at(found.value());
}

QList<CatalogueEntry> ErrorCatalogue::all()
{
    return store().entries;
}

const CatalogueEntry& ErrorCatalogue::genericGatewayEntry()
{
    return store().genericGateway;
}

bool ErrorCatalogue::isNotFoundCode(const QString& code)
{
    return kNotFoundCodes.contains(normalizedCode(code));
}

QString ErrorCatalogue::iamActionFor(const QString& operation)
{
    for (const auto& item : kIamItems) {
        if (operation == QLatin1String(item.operation))
            return QString::fromLatin1(item.action);
    }
    return {};
}

QList<QString> ErrorCatalogue::operations()
{
    QList<QString> ids;
    for (const auto& item : kIamItems)
        ids.append(QString::fromLatin1(item.operation));
    return ids;
}

QString ErrorCatalogue::httpStatusText(int status)
{
    if (const auto* row = httpRow(status))
        return localized(row->explanation);
    if (status >= 400 && status < 500)
        return localized(text::kHttpClientError);
    if (status >= 500 && status < 600)
        return localized(text::kHttpServerFailure);
    return localized(text::kHttpUnexpected);
}

QString ErrorCatalogue::httpReasonPhrase(int status)
{
    const auto* row = httpRow(status);
    return row ? QString::fromLatin1(row->reasonPhrase) : QString();
}

QString ErrorCatalogue::httpStatusAction(int status)
{
    switch (status) {
    case 400:
    case 422:
        return localized(text::kHttpCorrectRequest);
    case 401:
        return localized(text::kHttpSignInAgain);
    case 403:
        return localized(text::kHttpAskPermission);
    case 404:
    case 410:
        return localized(text::kHttpCheckExists);
    case 407:
        return localized(text::kHttpProxyCredentials);
    case 408:
        return localized(text::kHttpTryAgain);
    case 409:
        return localized(text::kHttpWaitForOperation);
    case 429:
        return localized(text::kHttpWaitMoment);
    case 502:
    case 503:
    case 504:
        return localized(text::kHttpUnavailable);
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return localized(text::kHttpServerError);
    if (status >= 400 && status < 500)
        return localized(text::kHttpCheckRequest);
    return localized(text::kHttpRefresh);
}

QList<int> ErrorCatalogue::httpStatuses()
{
    QList<int> statuses;
    for (const auto& row : catalogue_data::httpStatuses())
        statuses.append(row.status);
    return statuses;
}

QString ErrorCatalogue::translate(const char* sourceText)
{
    return localized(sourceText);
}

QString ErrorDescription::summary() const
{
    QStringList sentences;
    sentences.append(title.isEmpty() ? message
                                     : localized(text::kSummaryHeadline).arg(title, message));
    if (!action.isEmpty())
        sentences.append(action);
    if (!serverMessage.isEmpty() && serverMessage != message)
        sentences.append(localized(text::kSummaryServerMessage).arg(serverMessage));
    if (!detail.isEmpty())
        sentences.append(localized(text::kSummaryDetail).arg(detail));
    if (!code.isEmpty())
        sentences.append(localized(text::kSummaryCode).arg(code));
    if (httpStatus > 0)
        sentences.append(localized(text::kSummaryStatus).arg(httpStatus));
    if (!requestId.isEmpty())
        sentences.append(localized(text::kSummaryRequestId).arg(requestId));
    return sentences.join(QLatin1Char(' '));
}

ErrorDescription describe(const api::ApiError& error)
{
    ErrorDescription description;
    description.code = error.code.trimmed();
    description.httpStatus = error.httpStatus;
    description.serverMessage = error.serverMessage.trimmed();
    description.requestId = error.requestId;
    description.detail = error.detail;
    if (error.kind == api::ErrorKind::Http)
        describeHttp(error, description);
    else
        describeTransport(error, description);
    return description;
}

ErrorDescription describeFailedReason(const QString& code, const QString& serverMessage)
{
    ErrorDescription description;
    description.code = code.trimmed();
    description.serverMessage = serverMessage.trimmed();
    description.title = localized(text::kTitleOperationFailed);
    if (const CatalogueEntry* entry = ErrorCatalogue::lookup(code)) {
        description.code = entry->code;
        description.message = localized(entry->message);
        description.action = localized(entry->action);
    } else {
        description.message = description.serverMessage.isEmpty()
                                  ? localized(text::kClusterOperationFailed)
                                  : description.serverMessage;
        description.action = localized(text::kActionClusterOperationFailed);
    }
    return description;
}

} // namespace dws
