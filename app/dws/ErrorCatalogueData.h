#pragma once

#include <span>

// The catalogue's raw tables; only ErrorCatalogue.cpp reads them.
namespace dws::catalogue_data {

struct CodeRow
{
    const char* code;
    int httpStatus;
    const char* message; // English source text, context "dws::ErrorCatalogue"
    const char* action;  // English source text, context "dws::ErrorCatalogue"
};

struct HttpRow
{
    int status;
    const char* reasonPhrase; // untranslated, as HTTP sends it
    const char* explanation;  // English source text, context "dws::ErrorCatalogue"
};

std::span<const CodeRow> dwsCodes();     // table 7.2
std::span<const CodeRow> gatewayCodes(); // the common APIGW.* codes
const CodeRow& genericGateway();         // any other APIGW.* code
std::span<const HttpRow> httpStatuses(); // table 7.1

} // namespace dws::catalogue_data
