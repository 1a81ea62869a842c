#pragma once

#include <QString>

namespace dws::ui {

// The form field a DWS error code is about, as the request's wire name ("name", "user_name",
// "user_pwd", "number_of_node", "node_type", "public_ip", "vpc_id", "subnet_id",
// "security_group_id", "availability_zone", "port"); empty when the error is not about one
// field (quota, busy, permission, ...). Forms without such a field ignore the answer.
QString fieldForServerError(const QString& errorCode);

} // namespace dws::ui
