#include "api/Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "dws.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "dws.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "dws.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMonitor, "dws.monitor", QtInfoMsg)
