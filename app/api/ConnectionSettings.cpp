#include "api/ConnectionSettings.h"

#include <QHostAddress>

namespace dws::api {

QByteArray languageHeaderValue(Language language)
{
    // The reference's sample is "zh_cn"; English follows the same shape.
    return language == Language::Chinese ? QByteArrayLiteral("zh_cn") : QByteArrayLiteral("en_us");
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace dws::api
