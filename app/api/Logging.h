#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)    // dws.http: requests and replies, redacted
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // dws.auth: token and signing life cycle, no secrets
Q_DECLARE_LOGGING_CATEGORY(lcDomain)  // dws.domain: mapping and service calls
Q_DECLARE_LOGGING_CATEGORY(lcMonitor) // dws.monitor: polling and transitions
