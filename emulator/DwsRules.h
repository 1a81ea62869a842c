#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dwsemu {

// Thrown by the request handlers; the dispatcher turns it into an error answer.
struct DwsFailure
{
    std::string code;
};

// The reference's input rules (sections 5.1.1, 5.1.8, 5.2.1, 5.2.5). Each returns the
// error code for a broken rule, or nothing.
bool isUuid(const std::string& text);
bool isValidClusterName(const std::string& name);  // DWS.5057
bool isValidSnapshotName(const std::string& name); // same shape, case-insensitive unique
bool isValidUserName(const std::string& userName); // DWS.5059
// DWS.5145 (user name or reversed), DWS.5144 (length, characters, classes), DWS.2026 (weak).
std::optional<std::string> passwordProblem(const std::string& password,
                                           const std::string& userName);
// DWS.5027 for zones the reference names unsupported, DWS.5026 for malformed ones.
std::optional<std::string> availabilityZoneProblem(const std::string& zone);
// True for versions below 1.5.0, which do not support "resize".
bool versionBelow150(const std::string& version);

} // namespace dwsemu
