#pragma once

#include <QByteArray>

namespace dws::ui {

// The request body as the summary page shows it: indented, every password field masked.
QByteArray maskedRequestBody(const QByteArray& body);

} // namespace dws::ui
