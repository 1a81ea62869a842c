#include "api/Credentials.h"

namespace dws::api {

Credentials Credentials::password(const QString& userName, const QString& password,
                                  const QString& domainName)
{
    Credentials credentials;
    credentials.m_kind = Kind::Password;
    credentials.m_user = userName;
    credentials.m_secret = password;
    credentials.m_domain = domainName;
    return credentials;
}

Credentials Credentials::accessKey(const QString& accessKeyId, const QString& secretAccessKey)
{
    Credentials credentials;
    credentials.m_kind = Kind::AccessKey;
    credentials.m_user = accessKeyId;
    credentials.m_secret = secretAccessKey;
    return credentials;
}

Credentials Credentials::token(const QString& token)
{
    Credentials credentials;
    credentials.m_kind = Kind::Token;
    credentials.m_secret = token;
    return credentials;
}

} // namespace dws::api
