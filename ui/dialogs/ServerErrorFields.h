#pragma once

#include "api/ApiError.h"

#include <QString>

namespace dws::ui {

// The form field a DWS error code is about, as the request's wire name ("name", "user_name",
// "user_pwd", "number_of_node", "node_type", "public_ip", "vpc_id", "subnet_id",
// "security_group_id", "availability_zone", "port"); empty when the error is not about one
// field (quota, busy, permission, ...). Forms without such a field ignore the answer.
QString fieldForServerError(const QString& errorCode);

// The field an error is about: the first issue's field for a request refused before sending
// (ErrorKind::Validation), otherwise fieldForServerError(code).
QString fieldForError(const api::ApiError& error);
// What to show on `field` for this error: the issue's own message for a refused request,
// otherwise the catalogue's message, in the current language.
QString fieldMessageForError(const api::ApiError& error, const QString& field);

} // namespace dws::ui
