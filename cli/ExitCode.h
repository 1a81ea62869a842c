#pragma once

namespace dws::cli {

// dwsctl's exit statuses; scripts depend on them, so the numbers never change.
enum ExitCode : int
{
    Success = 0,
    ApiFailure = 1,     // the service answered with an error, or an operation ended failed
    UsageError = 2,     // bad usage or input that breaks a rule: nothing was sent
    NetworkFailure = 3, // the service could not be reached, timed out, or TLS failed
};

} // namespace dws::cli
