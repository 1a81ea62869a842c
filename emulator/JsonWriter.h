#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dwsemu {

// A minimal streaming JSON writer. List bodies of 10,000 clusters or 100,000 snapshots are
// written straight into one buffer instead of through a DOM, which keeps listing fast.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(int number);
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();

    // key(name).value(v) in one call.
    template <typename T> JsonWriter& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

    void reserve(size_t bytes) { m_out.reserve(bytes); }
    std::string take() { return std::move(m_out); }

private:
    void separate();
    void appendEscaped(std::string_view text);

    std::string m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace dwsemu
