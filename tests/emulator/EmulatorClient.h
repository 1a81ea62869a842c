#pragma once

// A small synchronous HTTP client for the emulator's tests: real HTTP through
// QNetworkAccessManager, waiting with QSignalSpy (no sleeps).

#include "EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <optional>

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QLatin1String("error_code")).toString(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class EmulatorClient
{
public:
    explicit EmulatorClient(EmulatorFixture& fixture)
        : m_fixture(fixture)
    {}

    QNetworkAccessManager& manager() { return m_manager; }
    void setLanguage(const QByteArray& language) { m_language = language; }
    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpResult send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                    int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("X-Auth-Token", m_token);
        if (!m_language.isEmpty())
            request.setRawHeader("X-Language", m_language);
        for (const auto& [key, value] : headers)
            request.setRawHeader(key, value);
        if (m_sslConfiguration)
            request.setSslConfiguration(*m_sslConfiguration);
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(timeoutMs);
        if (!result.finished) {
            reply->abort();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    HttpResult dws(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send(method, m_fixture.dwsUrl(path), body, headers);
    }

    HttpResult control(const QByteArray& method, const QString& what, const QByteArray& body = {})
    {
        return send(method, m_fixture.url(QLatin1String("/_emulator/") + what), body);
    }

    static QByteArray tokenBody(const QString& user, const QString& password, const QString& domain,
                                const QJsonObject& project)
    {
        const QJsonObject userObject{
            {QStringLiteral("name"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}};
        const QJsonObject auth{
            {QStringLiteral("identity"),
             QJsonObject{
                 {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                 {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), userObject}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}};
        return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}})
            .toJson(QJsonDocument::Compact);
    }

    // Signs in with the password method; keeps the token for later calls.
    HttpResult signIn(const QString& user = QStringLiteral("testname"),
                      const QString& password = QStringLiteral("Passw0rd"),
                      const QString& domain = QStringLiteral("testname"))
    {
        const QByteArray body = tokenBody(
            user, password, domain, QJsonObject{{QStringLiteral("name"), m_fixture.projectName()}});
        const QByteArray previous = m_token;
        m_token.clear();
        HttpResult result = send("POST", m_fixture.url(QStringLiteral("/v3/auth/tokens")), body);
        m_token = result.status == 201 ? result.header("X-Subject-Token") : previous;
        return result;
    }

    void setSslConfiguration(const QSslConfiguration& configuration)
    {
        m_sslConfiguration = configuration;
    }

private:
    EmulatorFixture& m_fixture;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
    QByteArray m_language;
    std::optional<QSslConfiguration> m_sslConfiguration;
};

// Test data shared by the suites.
namespace testdata {
using demonetwork::securityGroup;
using demonetwork::subnet;
using demonetwork::vpc;

inline QJsonObject clusterSpec(const QString& name,
                               const QString& nodeType = QStringLiteral("dws.d2.xlarge"),
                               int nodes = 3)
{
    return QJsonObject{{QStringLiteral("node_type"), nodeType},
                       {QStringLiteral("number_of_node"), nodes},
                       {QStringLiteral("subnet_id"), subnet},
                       {QStringLiteral("security_group_id"), securityGroup},
                       {QStringLiteral("vpc_id"), vpc},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("user_name"), QStringLiteral("dbadmin")},
                       {QStringLiteral("user_pwd"), QStringLiteral("Dws2017demo!")}};
}

inline QByteArray wrapped(const char* key, const QJsonObject& object)
{
    return QJsonDocument(QJsonObject{{QLatin1String(key), object}}).toJson(QJsonDocument::Compact);
}

inline QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace testdata
