#include "RequestPreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dws::ui {

namespace {

bool isSecretKey(const QString& key)
{
    return key == QLatin1String("user_pwd") || key == QLatin1String("new_password") ||
           key == QLatin1String("password");
}

QJsonValue masked(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() =
                isSecretKey(it.key()) ? QJsonValue(QStringLiteral("********")) : masked(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = masked(*it);
        return array;
    }
    return value;
}

} // namespace

QByteArray maskedRequestBody(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {}; // never show a body that could not be masked
    return QJsonDocument(masked(document.object()).toObject()).toJson(QJsonDocument::Indented);
}

} // namespace dws::ui
