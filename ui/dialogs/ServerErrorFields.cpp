#include "ServerErrorFields.h"

#include "dws/ErrorCatalogue.h"

#include <QHash>

namespace dws::ui {

QString fieldForServerError(const QString& errorCode)
{
    static const QHash<QString, QString> fieldByCode = {
        {QStringLiteral("DWS.5050"), QStringLiteral("name")}, // cluster name taken
        {QStringLiteral("DWS.5057"), QStringLiteral("name")}, // cluster name malformed
        {QStringLiteral("DWS.0031"), QStringLiteral("name")}, // snapshot name taken
        {QStringLiteral("DWS.5059"), QStringLiteral("user_name")},
        {QStringLiteral("DWS.5013"), QStringLiteral("user_pwd")},
        {QStringLiteral("DWS.5144"), QStringLiteral("user_pwd")},
        {QStringLiteral("DWS.5145"), QStringLiteral("user_pwd")},
        {QStringLiteral("DWS.2026"), QStringLiteral("user_pwd")}, // weak
        {QStringLiteral("DWS.2072"), QStringLiteral("user_pwd")}, // same as the current one
        {QStringLiteral("DWS.2073"), QStringLiteral("user_pwd")}, // used before
        {QStringLiteral("DWS.5047"), QStringLiteral("number_of_node")},
        {QStringLiteral("DWS.5006"), QStringLiteral("node_type")},
        {QStringLiteral("DWS.5200"), QStringLiteral("node_type")}, // sold out in this zone
        {QStringLiteral("DWS.5098"), QStringLiteral("public_ip")},
        {QStringLiteral("DWS.5014"), QStringLiteral("vpc_id")},
        {QStringLiteral("DWS.5015"), QStringLiteral("subnet_id")},
        {QStringLiteral("DWS.5016"), QStringLiteral("security_group_id")},
        {QStringLiteral("DWS.5026"), QStringLiteral("availability_zone")},
        {QStringLiteral("DWS.5027"), QStringLiteral("availability_zone")},
        {QStringLiteral("DWS.5052"), QStringLiteral("availability_zone")},
    };
    return fieldByCode.value(errorCode.trimmed().toUpper());
}

QString fieldForError(const api::ApiError& error)
{
    if (error.kind == api::ErrorKind::Validation && !error.issues.isEmpty())
        return error.issues.first().field;
    return fieldForServerError(error.code);
}

QString fieldMessageForError(const api::ApiError& error, const QString& field)
{
    if (error.kind == api::ErrorKind::Validation) {
        for (const api::FieldIssue& issue : error.issues) {
            if (issue.field == field)
                return issue.message;
        }
    }
    return describe(error).message;
}

} // namespace dws::ui
