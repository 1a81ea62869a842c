#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <cstddef>
#include <cstdint>

namespace dws::fuzz {

// The bytes libFuzzer hands over, without a copy.
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data),
                                   static_cast<qsizetype>(size));
}

// Parse-failure warnings would flood the fuzzer's output; the behaviour under test is unchanged.
inline void silenceLogging()
{
    static const bool silenced = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    (void)silenced;
}

} // namespace dws::fuzz
