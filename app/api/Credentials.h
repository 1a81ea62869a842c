#pragma once

#include <QString>

namespace dws::api {

// How calls are authorised: an IAM user's password (exchanged for a token), an access key
// pair (every request signed with SDK-HMAC-SHA256), or a token obtained elsewhere.
// Holds secrets in memory only; nothing here is ever logged.
class Credentials
{
public:
    enum class Kind
    {
        None,
        Password,
        AccessKey,
        Token,
    };

    Credentials() = default;
    static Credentials password(const QString& userName, const QString& password,
                                const QString& domainName);
    static Credentials accessKey(const QString& accessKeyId, const QString& secretAccessKey);
    static Credentials token(const QString& token);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }

    QString userName() const { return m_user; }     // Password
    QString domainName() const { return m_domain; } // Password
    QString accessKeyId() const { return m_user; }  // AccessKey
    // The secret: the password, the secret access key, or the token.
    QString secret() const { return m_secret; }

private:
    Kind m_kind = Kind::None;
    QString m_user;
    QString m_domain;
    QString m_secret;
};

} // namespace dws::api
