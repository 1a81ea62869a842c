#include "DwsRules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <sstream>

namespace dwsemu {

namespace {

const std::regex& uuidPattern()
{
    static const std::regex pattern(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    return pattern;
}

bool isNamePattern(const std::string& name)
{
    static const std::regex pattern("^[A-Za-z][A-Za-z0-9_-]{3,63}$");
    return std::regex_match(name, pattern);
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

} // namespace

bool isUuid(const std::string& text)
{
    return std::regex_match(text, uuidPattern());
}

bool isValidClusterName(const std::string& name)
{
    return isNamePattern(name);
}

bool isValidSnapshotName(const std::string& name)
{
    return isNamePattern(name);
}

bool isValidUserName(const std::string& userName)
{
    static const std::regex pattern("^[a-z_][a-z0-9_]{5,63}$");
    // A few of the database's keywords and reserved accounts that fit the pattern.
    static const std::array<const char*, 16> keywords = {
        "select",       "insert",       "update",   "delete", "create", "column",
        "default",      "database",     "public",   "schema", "grant",  "revoke",
        "current_user", "session_user", "rdsadmin", "gaussdb"};
    if (!std::regex_match(userName, pattern))
        return false;
    return std::none_of(keywords.begin(), keywords.end(),
                        [&](const char* keyword) { return userName == keyword; });
}

std::optional<std::string> passwordProblem(const std::string& password, const std::string& userName)
{
    const std::string reversed(userName.rbegin(), userName.rend());
    if (!userName.empty() && (password == userName || password == reversed))
        return "DWS.5145";
    if (password.size() < 8 || password.size() > 32)
        return "DWS.5144";
    static const std::string specials = "~!@#%^&*()-_=+|[{}];:,<.>/?";
    bool lowerCase = false, upperCase = false, digit = false, special = false;
    for (const char c : password) {
        if (c >= 'a' && c <= 'z')
            lowerCase = true;
        else if (c >= 'A' && c <= 'Z')
            upperCase = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (specials.find(c) != std::string::npos)
            special = true;
        else
            return "DWS.5144";
    }
    if (int(lowerCase) + int(upperCase) + int(digit) + int(special) < 3)
        return "DWS.5144";
    static const std::array<const char*, 10> weak = {
        "admin123!", "admin@123", "huawei@123", "huawei123!", "password1!",
        "p@ssw0rd",  "abc@1234",  "qwerty123!", "root@1234",  "gauss@123"};
    const std::string folded = lower(password);
    if (std::any_of(weak.begin(), weak.end(), [&](const char* item) { return folded == item; }))
        return "DWS.2026";
    return std::nullopt;
}

std::optional<std::string> availabilityZoneProblem(const std::string& zone)
{
    if (zone == "cn-north-1c" || zone == "cn-south-1e")
        return "DWS.5027";
    static const std::regex pattern("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$");
    if (!std::regex_match(zone, pattern))
        return "DWS.5026";
    return std::nullopt;
}

bool versionBelow150(const std::string& version)
{
    std::istringstream stream(version);
    int major = 0, minor = 0;
    char dot = 0;
    stream >> major >> dot >> minor;
    return major < 1 || (major == 1 && minor < 5);
}

} // namespace dwsemu
