#pragma once

#include "HttpExchange.h"

#include <QByteArray>
#include <string>

namespace dwsemu {

enum class Language
{
    English,
    Chinese
};

// Reads X-Language: "zh_cn" (or "zh-cn") selects Chinese, anything else English.
Language languageOf(const HttpRequest& request);

// The HTTP status that goes with an error code (section 7.2; 500 for unknown codes).
int statusForCode(const std::string& code);

// {"error_code": code, "error_msg": message in the language}, with the code's status.
HttpAnswer errorAnswer(const std::string& code, Language language);
HttpAnswer errorAnswer(const std::string& code, int status, Language language);

// A typical error code for an HTTP status, used by fault rules that name only a status.
std::string codeForStatus(int status);

} // namespace dwsemu
