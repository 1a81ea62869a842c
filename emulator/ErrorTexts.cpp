#include "ErrorTexts.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

namespace dwsemu {

namespace {

struct ErrorText
{
    int status;
    std::string_view chinese; // section 7.2 of the reference
    std::string_view english;
};

const std::unordered_map<std::string_view, ErrorText>& errorTexts()
{
    static const std::unordered_map<std::string_view, ErrorText> texts = {
        {"DWS.0001", {400, "参数错误!", "Invalid parameter."}},
        {"DWS.0005", {500, "服务器错误。", "Server error."}},
        {"DWS.0006",
         {400, "请求为空，请输入请求参数。",
          "The request is empty. Enter the request parameters."}},
        {"DWS.0011",
         {409, "该实例正在进行其它操作或该实例故障，无法执行该操作，请稍后重试。",
          "The instance is busy with another operation or has failed, so this operation cannot be "
          "performed. Try again later."}},
        {"DWS.0015",
         {403, "访问资源不存在，或者无访问权限。",
          "The resource does not exist or you have no permission to access it."}},
        {"DWS.0020", {403, "帐户受限。", "The account is restricted."}},
        {"DWS.0021", {403, "帐户冻结。", "The account is frozen."}},
        {"DWS.0022",
         {404, "实例不存在或已删除。", "The instance does not exist or has been deleted."}},
        {"DWS.0030", {400, "快照数量达到配额!", "The snapshot quota has been reached."}},
        {"DWS.0031", {400, "对象已存在!", "The object already exists."}},
        {"DWS.0032",
         {403, "当前用户没有操作权限，请通过IAM检查账户权限!",
          "You are not allowed to perform this operation. Check the account's permissions in "
          "IAM."}},
        {"DWS.0047",
         {404, "集群不存在或已删除。", "The cluster does not exist or has been deleted."}},
        {"DWS.1112", {400, "实例数量达到配额。", "The instance quota has been reached."}},
        {"DWS.2026",
         {400, "这是一个弱密码，请输入一个强度大一些的密码!",
          "This password is weak. Enter a stronger one."}},
        {"DWS.2067", {400, "输入参数不合法。", "Invalid input parameter."}},
        {"DWS.2072",
         {400, "新密码不能与当前使用密码相同。",
          "The new password must differ from the current one."}},
        {"DWS.2073", {400, "密码不能重复使用。", "A previous password cannot be used again."}},
        {"DWS.5006", {400, "所选规格非法。", "The selected node type is invalid."}},
        {"DWS.5014", {400, "VPC id非法。", "Invalid VPC ID."}},
        {"DWS.5015", {400, "子网id非法。", "Invalid subnet ID."}},
        {"DWS.5016", {400, "安全组id非法。", "Invalid security group ID."}},
        {"DWS.5026", {400, "Availability Zone非法。", "Invalid availability zone."}},
        {"DWS.5027", {400, "无效的Availability Zone。", "The availability zone is not available."}},
        {"DWS.5046",
         {400, "该集群正在进行其它操作或集群内部的节点故障，无法执行该操作!",
          "The cluster is busy with another operation or one of its nodes has failed, so this "
          "operation cannot be performed."}},
        {"DWS.5047", {400, "实例个数不合法!", "Invalid number of nodes."}},
        {"DWS.5050", {409, "集群名已经存在。", "A cluster with this name already exists."}},
        {"DWS.5057",
         {400, "集群名称含非法字符或长度不合法。",
          "The cluster name contains invalid characters or has an invalid length."}},
        {"DWS.5059", {400, "数据库用户名非法。", "Invalid database user name."}},
        {"DWS.5098", {400, "EIP绑定类型不合法。", "Invalid EIP binding type."}},
        {"DWS.5144", {400, "集群管理员密码非法。", "Invalid cluster administrator password."}},
        {"DWS.5145",
         {400, "管理员密码不能与用户名或倒序的用户名相同。",
          "The administrator password cannot be the user name or the user name reversed."}},
        {"DWS.5149", {400, "快照ID不合法。", "Invalid snapshot ID."}},
        {"DWS.5200",
         {400, "当前规格已售罄, 请切换其他可用区或区域。",
          "This node type is sold out. Choose another availability zone or region."}},
        {"DWS.5206",
         {400, "数据库版本不支持该功能。", "The database version does not support this feature."}},
        {"DWS.6000", {400, "集群创建失败。", "Failed to create the cluster."}},
        {"DWS.6001", {400, "集群扩容失败。", "Failed to scale out the cluster."}},
        {"DWS.6002", {400, "集群重启失败。", "Failed to restart the cluster."}},
        {"DWS.6003", {400, "集群恢复失败。", "Failed to restore the cluster."}},
        {"DWS.9999", {500, "请求处理失败。", "Failed to process the request."}},
        {"APIGW.0101",
         {404, "API不存在或尚未发布。", "The API does not exist or has not been published."}},
        {"APIGW.0301", {401, "IAM认证信息错误。", "Incorrect IAM authentication information."}},
        {"APIGW.0303",
         {401, "请求时间与服务器时间相差过大。",
          "The request time differs too much from the server time."}},
        {"APIGW.0307",
         {401, "Token已过期，请重新获取。", "The token has expired. Obtain a new one."}},
        {"APIGW.0308",
         {429, "请求过于频繁，已被流控。", "Too many requests: the request was throttled."}},
        {"APIGW.0201",
         {503, "服务暂不可用，请稍后重试。",
          "The service is temporarily unavailable. Try again later."}},
    };
    return texts;
}

} // namespace

Language languageOf(const HttpRequest& request)
{
    const QByteArray value = request.header("X-Language").toLower();
    return value.startsWith("zh") ? Language::Chinese : Language::English;
}

int statusForCode(const std::string& code)
{
    const auto& texts = errorTexts();
    const auto found = texts.find(code);
    return found == texts.end() ? 500 : found->second.status;
}

HttpAnswer errorAnswer(const std::string& code, Language language)
{
    return errorAnswer(code, statusForCode(code), language);
}

HttpAnswer errorAnswer(const std::string& code, int status, Language language)
{
    const auto& texts = errorTexts();
    const auto found = texts.find(code);
    std::string message = "Request failed.";
    if (found != texts.end())
        message = std::string(language == Language::Chinese ? found->second.chinese
                                                            : found->second.english);
    const nlohmann::json body = {{"error_code", code}, {"error_msg", message}};
    return HttpAnswer::json(status, QByteArray::fromStdString(body.dump()));
}

std::string codeForStatus(int status)
{
    switch (status) {
    case 400:
        return "DWS.0001";
    case 401:
        return "APIGW.0301";
    case 403:
        return "DWS.0032";
    case 404:
        return "DWS.0047";
    case 409:
        return "DWS.0011";
    case 429:
        return "APIGW.0308";
    case 503:
        return "APIGW.0201";
    default:
        return status >= 500 ? "DWS.9999" : "DWS.0001";
    }
}

} // namespace dwsemu
