#include "IamApi.h"

#include "DwsStore.h"

#include <QCryptographicHash>
#include <nlohmann/json.hpp>

namespace dwsemu {

using nlohmann::json;

namespace {

constexpr qint64 tokenLifetimeMs = 24LL * 60 * 60 * 1000;

std::string stableId(const QString& seed)
{
    return QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex().toStdString();
}

HttpAnswer iamError(int status, const char* code, const char* message)
{
    const json body = {{"error_code", code},
                       {"error_msg", message},
                       {"error",
                        {{"code", status},
                         {"message", message},
                         {"title", status == 401 ? "Unauthorized" : "Bad Request"}}}};
    return HttpAnswer::json(status, QByteArray::fromStdString(body.dump()));
}

const json* path(const json& root, std::initializer_list<const char*> keys)
{
    const json* node = &root;
    for (const char* key : keys) {
        if (!node->is_object())
            return nullptr;
        const auto found = node->find(key);
        if (found == node->end())
            return nullptr;
        node = &*found;
    }
    return node;
}

std::string stringAt(const json& root, std::initializer_list<const char*> keys)
{
    const json* node = path(root, keys);
    return node && node->is_string() ? node->get<std::string>() : std::string();
}

} // namespace

IamApi::IamApi(const EmulatorOptions& options, VirtualClock& clock)
    : m_options(options)
    , m_clock(clock)
    , m_random(options.randomSeed + 7)
{}

QString IamApi::mintToken(const QString& userName, const QString& domainName)
{
    // Real tokens are long base64 blobs starting with "MII"; these look alike.
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray noise;
    for (int i = 0; i < 180; ++i)
        noise.append(char(byte(m_random)));
    const QByteArray token =
        "MIIE" +
        (userName + QLatin1Char('@') + domainName)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        noise.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, {m_clock.nowMs() + tokenLifetimeMs});
    return QString::fromLatin1(token);
}

IamApi::TokenState IamApi::check(const QByteArray& token) const
{
    const auto found = m_tokens.constFind(token);
    if (token.isEmpty() || found == m_tokens.constEnd())
        return TokenState::Unknown;
    return m_clock.nowMs() < found->expiresMs ? TokenState::Valid : TokenState::Expired;
}

void IamApi::expireAll()
{
    const qint64 now = m_clock.nowMs();
    for (auto& token : m_tokens)
        token.expiresMs = std::min(token.expiresMs, now);
}

HttpAnswer IamApi::issueToken(const HttpRequest& request)
{
    const json body =
        json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return iamError(400, "IAM.0001", "The request body is not valid JSON.");
    const json* methods = path(body, {"auth", "identity", "methods"});
    if (!methods || !methods->is_array() ||
        std::find(methods->begin(), methods->end(), json("password")) == methods->end())
        return iamError(400, "IAM.0001", "Only the password method is supported.");
    const std::string user = stringAt(body, {"auth", "identity", "password", "user", "name"});
    const std::string password =
        stringAt(body, {"auth", "identity", "password", "user", "password"});
    const std::string domain =
        stringAt(body, {"auth", "identity", "password", "user", "domain", "name"});
    if (user.empty() || password.empty() || domain.empty())
        return iamError(401, "IAM.0004", "The username or password is wrong.");
    if (m_options.account) {
        const Account& account = *m_options.account;
        if (account.user.toStdString() != user || account.password.toStdString() != password ||
            account.domain.toStdString() != domain)
            return iamError(401, "IAM.0004", "The username or password is wrong.");
    }
    const std::string projectId = stringAt(body, {"auth", "scope", "project", "id"});
    const std::string projectName = stringAt(body, {"auth", "scope", "project", "name"});
    if ((!projectId.empty() && projectId != m_options.projectId.toStdString()) ||
        (projectId.empty() && !projectName.empty() &&
         projectName != m_options.projectName.toStdString()))
        return iamError(401, "IAM.0011", "The project does not exist or you have no access to it.");

    const QString token = mintToken(QString::fromStdString(user), QString::fromStdString(domain));
    const qint64 now = m_clock.nowMs();
    const std::string base = m_baseUrl.toString(QUrl::StripTrailingSlash).toStdString();
    const std::string region = m_options.projectName.toStdString();
    const std::string domainId = stableId(QString::fromStdString("domain:" + domain));
    const json project = {{"id", m_options.projectId.toStdString()},
                          {"name", region},
                          {"domain", {{"id", domainId}, {"name", domain}}}};
    auto service = [&](const char* type, const char* name) {
        return json{
            {"type", type},
            {"name", name},
            {"id", stableId(QString::fromLatin1(type))},
            {"endpoints",
             json::array({{{"id", stableId(QString::fromLatin1(name) + QLatin1String("-ep"))},
                           {"interface", "public"},
                           {"region", region},
                           {"region_id", region},
                           {"url", base}}})}};
    };
    const json answer = {
        {"token",
         {{"expires_at", isoTimeNoZone(now + tokenLifetimeMs) + ".000000Z"},
          {"issued_at", isoTimeNoZone(now) + ".000000Z"},
          {"methods", json::array({"password"})},
          {"catalog", json::array({service("dws", "dws"), service("identity", "iam")})},
          {"project", project},
          {"roles", json::array({{{"id", stableId(QStringLiteral("role:te_admin"))},
                                  {"name", "te_admin"}}})},
          {"user",
           {{"id", stableId(QString::fromStdString("user:" + domain + "/" + user))},
            {"name", user},
            {"domain", {{"id", domainId}, {"name", domain}}},
            {"password_expires_at", ""}}}}}};
    HttpAnswer result = HttpAnswer::json(201, QByteArray::fromStdString(answer.dump()));
    result.headers.emplaceBack("X-Subject-Token", token.toLatin1());
    return result;
}

HttpAnswer IamApi::listProjects(const HttpRequest&) const
{
    const std::string base = m_baseUrl.toString(QUrl::StripTrailingSlash).toStdString();
    const std::string domainId = stableId(QStringLiteral("domain:projects"));
    const json answer = {
        {"projects",
         json::array({{{"id", m_options.projectId.toStdString()},
                       {"name", m_options.projectName.toStdString()},
                       {"domain_id", domainId},
                       {"parent_id", domainId},
                       {"is_domain", false},
                       {"enabled", true},
                       {"description", ""},
                       {"links",
                        {{"next", nullptr},
                         {"previous", nullptr},
                         {"self", base + "/v3/projects/" + m_options.projectId.toStdString()}}}}})},
        {"links", {{"next", nullptr}, {"previous", nullptr}, {"self", base + "/v3/projects"}}}};
    return HttpAnswer::json(200, QByteArray::fromStdString(answer.dump()));
}

} // namespace dwsemu
