#pragma once

#include "api/ApiError.h"

#include <utility>
#include <variant>

namespace dws::api {

// A value or an ApiError, never both and never neither.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const ApiError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

struct Done
{};
using Status = Result<Done>;

} // namespace dws::api
