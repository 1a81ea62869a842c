#pragma once

#include <QByteArrayView>

namespace dws::api {

// True when the brackets of `text`, outside strings, nest deeper than `limit`: a cheap scan
// that lets a caller refuse a body before a recursive parser could overflow the stack on it.
inline bool jsonNestsDeeperThan(QByteArrayView text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

} // namespace dws::api
