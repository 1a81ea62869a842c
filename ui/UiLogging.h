#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi) // dws.ui: window life cycle, sign-in, refresh outcomes
