#pragma once

#include "Emulator.h"
#include "HttpExchange.h"
#include "VirtualClock.h"

#include <QHash>
#include <QUrl>
#include <functional>
#include <random>

namespace dwsemu {

// IAM v3: POST /v3/auth/tokens (password method) and GET /v3/projects, plus the token
// book that DWS paths check. Tokens live 24 hours of virtual time.
class IamApi
{
public:
    IamApi(const EmulatorOptions& options, VirtualClock& clock);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }

    HttpAnswer issueToken(const HttpRequest& request);
    HttpAnswer listProjects(const HttpRequest& request) const;

    enum class TokenState
    {
        Valid,
        Expired,
        Unknown
    };
    TokenState check(const QByteArray& token) const;
    QString mintToken(const QString& userName, const QString& domainName);
    void expireAll();

private:
    struct IssuedToken
    {
        qint64 expiresMs = 0;
    };

    const EmulatorOptions& m_options;
    VirtualClock& m_clock;
    QUrl m_baseUrl;
    QHash<QByteArray, IssuedToken> m_tokens;
    std::mt19937 m_random;
};

} // namespace dwsemu
