#include "dws/JsonMapping.h"

#include "api/Logging.h"

#include <QDate>
#include <QTime>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <deque>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Bodies are mapped straight from nlohmann's SAX events into the domain objects, without an
// intermediate DOM: each object type is described by a table of fields (key, whether it is
// required, where it is stored, how its value is read), and a small stack machine walks the
// events through those tables. Errors name the field by its path ("clusters[3].port").

namespace dws {

namespace {

using Json = nlohmann::json;

// ---- scalars ----

struct Scalar
{
    enum class Type
    {
        Null,
        Bool,
        Integer,
        Unsigned,
        Float,
        String
    };
    Type type = Type::Null;
    bool boolean = false;
    std::int64_t integer = 0;
    std::uint64_t unsignedValue = 0;
    double real = 0;
    std::string_view text = {};
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<int> integerFromText(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// An integer from an integer, an integral float or a string of digits ("6").
std::optional<int> integerOf(const Scalar& value)
{
    switch (value.type) {
    case Scalar::Type::Integer:
        if (value.integer >= INT_MIN && value.integer <= INT_MAX)
            return int(value.integer);
        return std::nullopt;
    case Scalar::Type::Unsigned:
        if (value.unsignedValue <= std::uint64_t(INT_MAX))
            return int(value.unsignedValue);
        return std::nullopt;
    case Scalar::Type::Float:
        if (std::isfinite(value.real) && std::trunc(value.real) == value.real &&
            value.real >= INT_MIN && value.real <= INT_MAX)
            return int(value.real);
        return std::nullopt;
    case Scalar::Type::String:
        return integerFromText(value.text);
    default:
        return std::nullopt;
    }
}

std::optional<double> doubleOf(const Scalar& value)
{
    switch (value.type) {
    case Scalar::Type::Integer:
        return double(value.integer);
    case Scalar::Type::Unsigned:
        return double(value.unsignedValue);
    case Scalar::Type::Float:
        return value.real;
    case Scalar::Type::String: {
        const std::string_view text = trimmed(value.text);
        double result = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
            !std::isfinite(result))
            return std::nullopt;
        return result;
    }
    default:
        return std::nullopt;
    }
}

// Each setter stores a non-null scalar; it returns nullptr, or what it expected instead.
using ScalarSetter = const char* (*)(void* target, const Scalar& value);

constexpr const char* kExpectString = "expected a string";
constexpr const char* kExpectInteger = "expected an integer";
constexpr const char* kExpectNumber = "expected a number";
constexpr const char* kExpectTimestamp = "expected an ISO 8601 timestamp";
constexpr const char* kExpectObject = "expected an object";
constexpr const char* kExpectArray = "expected an array";
constexpr const char* kExpectPercent = "expected a percentage such as \"20%\"";

const char* setString(void* target, const Scalar& value)
{
    if (value.type != Scalar::Type::String)
        return kExpectString;
    *static_cast<QString*>(target) = fromUtf8(value.text);
    return nullptr;
}

const char* appendString(void* target, const Scalar& value)
{
    if (value.type != Scalar::Type::String)
        return kExpectString;
    static_cast<QStringList*>(target)->append(fromUtf8(value.text));
    return nullptr;
}

const char* setInt(void* target, const Scalar& value)
{
    const auto number = integerOf(value);
    if (!number)
        return kExpectInteger;
    *static_cast<int*>(target) = *number;
    return nullptr;
}

const char* setOptionalInt(void* target, const Scalar& value)
{
    if (value.type == Scalar::Type::String && trimmed(value.text).empty())
        return nullptr;
    const auto number = integerOf(value);
    if (!number)
        return kExpectInteger;
    *static_cast<std::optional<int>*>(target) = *number;
    return nullptr;
}

const char* setOptionalDouble(void* target, const Scalar& value)
{
    if (value.type == Scalar::Type::String && trimmed(value.text).empty())
        return nullptr;
    const auto number = doubleOf(value);
    if (!number)
        return kExpectNumber;
    *static_cast<std::optional<double>*>(target) = *number;
    return nullptr;
}

QDateTime timestampFromUtf8(std::string_view text);

const char* setTimestamp(void* target, const Scalar& value)
{
    if (value.type != Scalar::Type::String)
        return kExpectTimestamp;
    if (trimmed(value.text).empty())
        return nullptr;
    QDateTime time = timestampFromUtf8(trimmed(value.text));
    if (!time.isValid())
        return kExpectTimestamp;
    *static_cast<QDateTime*>(target) = std::move(time);
    return nullptr;
}

template <typename E> const char* setEnum(void* target, const Scalar& value)
{
    if (value.type != Scalar::Type::String)
        return kExpectString;
    *static_cast<E*>(target) = E::fromUtf8(value.text);
    return nullptr;
}

// ---- timestamps ----

bool digitsAt(std::string_view text, std::size_t position, std::size_t count, int& out)
{
    if (position + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = position; i < position + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

// YYYY-MM-DDThh:mm:ss[.fraction][Z|+hh:mm|+hhmm|-hh:mm]; no zone means UTC.
QDateTime timestampFromUtf8(std::string_view text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 19 || !digitsAt(text, 0, 4, year) || text[4] != '-' ||
        !digitsAt(text, 5, 2, month) || text[7] != '-' || !digitsAt(text, 8, 2, day) ||
        (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || !digitsAt(text, 11, 2, hour) ||
        text[13] != ':' || !digitsAt(text, 14, 2, minute) || text[16] != ':' ||
        !digitsAt(text, 17, 2, second))
        return {};
    std::size_t position = 19;
    int millisecond = 0;
    if (position < text.size() && (text[position] == '.' || text[position] == ',')) {
        ++position;
        const std::size_t start = position;
        int scale = 100;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            millisecond += (text[position] - '0') * scale;
            scale /= 10;
            ++position;
        }
        if (position == start)
            return {};
    }
    int offsetSeconds = 0;
    if (position < text.size()) {
        const char zone = text[position];
        if ((zone == 'Z' || zone == 'z') && position + 1 == text.size()) {
            // UTC
        } else if (zone == '+' || zone == '-') {
            int offsetHours = 0, offsetMinutes = 0;
            const std::string_view rest = text.substr(position + 1);
            const bool colon = rest.size() == 5 && rest[2] == ':' &&
                               digitsAt(rest, 0, 2, offsetHours) &&
                               digitsAt(rest, 3, 2, offsetMinutes);
            const bool compact = rest.size() == 4 && digitsAt(rest, 0, 2, offsetHours) &&
                                 digitsAt(rest, 2, 2, offsetMinutes);
            const bool hoursOnly = rest.size() == 2 && digitsAt(rest, 0, 2, offsetHours);
            if (!colon && !compact && !hoursOnly)
                return {};
            if (offsetHours > 23 || offsetMinutes > 59)
                return {};
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone == '-' ? -1 : 1);
        } else {
            return {};
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    if (offsetSeconds != 0)
        result = result.addSecs(-offsetSeconds);
    return result;
}

// ---- value and field descriptions ----

struct ObjectSpec;

using MapEntrySetter = const char* (*)(void* target, std::string_view key, const Scalar& value);

// How one JSON value position is read. Exactly one of scalar, object, element, mapEntry is set.
struct ValueSpec
{
    ScalarSetter scalar = nullptr;
    const ObjectSpec* object = nullptr;
    const ValueSpec* element = nullptr;
    MapEntrySetter mapEntry = nullptr;
    // For objects and arrays: from the storage to the object/container to fill (emplace an
    // optional, append to a list); identity when null.
    void* (*enter)(void* target) = nullptr;
};

enum FieldFlag : unsigned
{
    Optional = 0,
    Required = 1,
    NullAllowed = 2
};

struct FieldSpec
{
    std::string_view key;
    unsigned flags;
    void* (*access)(void* owner);
    ValueSpec value;
};

struct ObjectSpec
{
    std::span<const FieldSpec> fields;
};

#define DWS_MEMBER(Type, member)                                                                   \
    [](void* owner) -> void* { return &static_cast<Type*>(owner)->member; }

void* identity(void* target)
{
    return target;
}

template <typename T> void* emplaceOptional(void* target)
{
    return &static_cast<std::optional<T>*>(target)->emplace();
}

template <typename T> void* appendTo(void* target)
{
    return &static_cast<QList<T>*>(target)->emplaceBack();
}

// Top-level lists collect into a deque (no relocation while growing) and move into a QList of
// the exact size at the end: a 10,000-cluster list otherwise spends much of its time regrowing.
template <typename T> void* appendToDeque(void* target)
{
    return &static_cast<std::deque<T>*>(target)->emplace_back();
}

constexpr ValueSpec stringValue{.scalar = setString};
constexpr ValueSpec intValue{.scalar = setInt};
constexpr ValueSpec optionalIntValue{.scalar = setOptionalInt};
constexpr ValueSpec optionalDoubleValue{.scalar = setOptionalDouble};
constexpr ValueSpec timestampValue{.scalar = setTimestamp};
template <typename E> constexpr ValueSpec enumValue{.scalar = setEnum<E>};
constexpr ValueSpec stringElement{.scalar = appendString};
constexpr ValueSpec stringArray{.element = &stringElement};

const char* setProgressEntry(void* target, std::string_view key, const Scalar& value)
{
    TaskProgress progress;
    progress.task = TaskStatus::fromUtf8(key);
    switch (value.type) {
    case Scalar::Type::String:
        progress.text = fromUtf8(value.text);
        progress.percent = parsePercent(progress.text);
        break;
    case Scalar::Type::Integer:
    case Scalar::Type::Unsigned:
    case Scalar::Type::Float:
        progress.percent = integerOf(value);
        if (!progress.percent)
            return kExpectPercent;
        progress.text = QString::number(*progress.percent) + QLatin1Char('%');
        break;
    default:
        return kExpectPercent;
    }
    static_cast<ActionProgress*>(target)->tasks.append(std::move(progress));
    return nullptr;
}

constexpr FieldSpec kPublicIpFields[] = {
    {"public_bind_type", Optional, DWS_MEMBER(PublicIp, bindType), enumValue<PublicBindType>},
    {"eip_id", Optional, DWS_MEMBER(PublicIp, eipId), stringValue},
    {"eip_address", Optional, DWS_MEMBER(PublicIp, eipAddress), stringValue},
    {"status", Optional, DWS_MEMBER(PublicIp, status), stringValue},
    {"error_message", Optional, DWS_MEMBER(PublicIp, errorMessage), stringValue},
};
constexpr ObjectSpec kPublicIpSpec{kPublicIpFields};

constexpr FieldSpec kPublicEndpointFields[] = {
    {"public_connect_info", Optional, DWS_MEMBER(PublicEndpoint, publicConnectInfo), stringValue},
    {"jdbc_url", Optional, DWS_MEMBER(PublicEndpoint, jdbcUrl), stringValue},
};
constexpr ObjectSpec kPublicEndpointSpec{kPublicEndpointFields};
constexpr ValueSpec kPublicEndpointElement{.object = &kPublicEndpointSpec,
                                           .enter = appendTo<PublicEndpoint>};

constexpr FieldSpec kEndpointFields[] = {
    {"connect_info", Optional, DWS_MEMBER(Endpoint, connectInfo), stringValue},
    {"jdbc_url", Optional, DWS_MEMBER(Endpoint, jdbcUrl), stringValue},
};
constexpr ObjectSpec kEndpointSpec{kEndpointFields};
constexpr ValueSpec kEndpointElement{.object = &kEndpointSpec, .enter = appendTo<Endpoint>};

constexpr FieldSpec kFailedReasonsFields[] = {
    {"error_code", Optional, DWS_MEMBER(FailedReasons, errorCode), stringValue},
    {"error_msg", Optional, DWS_MEMBER(FailedReasons, errorMessage), stringValue},
};
constexpr ObjectSpec kFailedReasonsSpec{kFailedReasonsFields};

constexpr FieldSpec kMaintainWindowFields[] = {
    {"day", Optional, DWS_MEMBER(MaintainWindow, day), stringValue},
    {"start_time", Optional, DWS_MEMBER(MaintainWindow, startTime), stringValue},
    {"end_time", Optional, DWS_MEMBER(MaintainWindow, endTime), stringValue},
};
constexpr ObjectSpec kMaintainWindowSpec{kMaintainWindowFields};

constexpr FieldSpec kResizeInfoFields[] = {
    {"target_node_num", Optional, DWS_MEMBER(ResizeInfo, targetNodeNum), optionalIntValue},
    {"origin_node_num", Optional, DWS_MEMBER(ResizeInfo, originNodeNum), optionalIntValue},
    {"status", Optional, DWS_MEMBER(ResizeInfo, status), enumValue<TaskStatus>},
    {"start_time", Optional, DWS_MEMBER(ResizeInfo, startTime), timestampValue},
    {"origin_node_type", Optional, DWS_MEMBER(ResizeInfo, originNodeType), stringValue},
    {"target_node_type", Optional, DWS_MEMBER(ResizeInfo, targetNodeType), stringValue},
};
constexpr ObjectSpec kResizeInfoSpec{kResizeInfoFields};

constexpr FieldSpec kTagFields[] = {
    {"key", Optional, DWS_MEMBER(Tag, key), stringValue},
    {"value", Optional, DWS_MEMBER(Tag, value), stringValue},
};
constexpr ObjectSpec kTagSpec{kTagFields};
constexpr ValueSpec kTagElement{.object = &kTagSpec, .enter = appendTo<Tag>};

constexpr FieldSpec kParameterGroupFields[] = {
    {"id", Optional, DWS_MEMBER(ParameterGroup, id), stringValue},
    {"name", Optional, DWS_MEMBER(ParameterGroup, name), stringValue},
    {"status", Optional, DWS_MEMBER(ParameterGroup, status), enumValue<ParameterGroupStatus>},
};
constexpr ObjectSpec kParameterGroupSpec{kParameterGroupFields};

// Required: what the console cannot show a cluster without (its id, name, state and size).
// The rest the reference's samples always carry too, but one cluster lacking, say, its version
// while it is being created must not fail the whole list: it shows a gap instead.
constexpr FieldSpec kClusterFields[] = {
    {"id", Required, DWS_MEMBER(Cluster, id), stringValue},
    {"status", Required, DWS_MEMBER(Cluster, status), enumValue<ClusterStatus>},
    {"sub_status", Optional, DWS_MEMBER(Cluster, subStatus), enumValue<SubStatus>},
    {"task_status", Optional, DWS_MEMBER(Cluster, taskStatus), enumValue<TaskStatus>},
    {"action_progress", Optional, DWS_MEMBER(Cluster, actionProgress),
     ValueSpec{.mapEntry = setProgressEntry}},
    {"node_type", Optional, DWS_MEMBER(Cluster, nodeType), stringValue},
    {"node_type_id", Optional, DWS_MEMBER(Cluster, nodeTypeId), stringValue},
    {"subnet_id", Optional, DWS_MEMBER(Cluster, subnetId), stringValue},
    {"security_group_id", Optional, DWS_MEMBER(Cluster, securityGroupId), stringValue},
    {"number_of_node", Required, DWS_MEMBER(Cluster, numberOfNode), intValue},
    {"availability_zone", Optional, DWS_MEMBER(Cluster, availabilityZone), stringValue},
    {"port", Required, DWS_MEMBER(Cluster, port), intValue},
    {"name", Required, DWS_MEMBER(Cluster, name), stringValue},
    {"version", Optional, DWS_MEMBER(Cluster, version), stringValue},
    {"vpc_id", Optional, DWS_MEMBER(Cluster, vpcId), stringValue},
    {"user_name", Optional, DWS_MEMBER(Cluster, userName), stringValue},
    {"public_ip", Optional, DWS_MEMBER(Cluster, publicIp), ValueSpec{.object = &kPublicIpSpec}},
    {"private_ip", Optional, DWS_MEMBER(Cluster, privateIps), stringArray},
    {"public_endpoints", Optional, DWS_MEMBER(Cluster, publicEndpoints),
     ValueSpec{.element = &kPublicEndpointElement}},
    {"endpoints", Optional, DWS_MEMBER(Cluster, endpoints),
     ValueSpec{.element = &kEndpointElement}},
    {"updated", Optional, DWS_MEMBER(Cluster, updated), timestampValue},
    {"created", Optional, DWS_MEMBER(Cluster, created), timestampValue},
    {"failed_reasons", Optional, DWS_MEMBER(Cluster, failedReasons),
     ValueSpec{.object = &kFailedReasonsSpec, .enter = emplaceOptional<FailedReasons>}},
    {"enterprise_project_id", Optional, DWS_MEMBER(Cluster, enterpriseProjectId), stringValue},
    {"recent_event", Optional, DWS_MEMBER(Cluster, recentEvent), intValue},
    {"maintain_window", Optional, DWS_MEMBER(Cluster, maintainWindow),
     ValueSpec{.object = &kMaintainWindowSpec, .enter = emplaceOptional<MaintainWindow>}},
    {"resize_info", Optional, DWS_MEMBER(Cluster, resizeInfo),
     ValueSpec{.object = &kResizeInfoSpec, .enter = emplaceOptional<ResizeInfo>}},
    {"tags", Optional, DWS_MEMBER(Cluster, tags), ValueSpec{.element = &kTagElement}},
    {"parameter_group", Optional, DWS_MEMBER(Cluster, parameterGroup),
     ValueSpec{.object = &kParameterGroupSpec, .enter = emplaceOptional<ParameterGroup>}},
};
constexpr ObjectSpec kClusterSpec{kClusterFields};
constexpr ValueSpec kClusterElement{.object = &kClusterSpec, .enter = appendToDeque<Cluster>};

constexpr FieldSpec kClusterListFields[] = {
    {"clusters", Required, identity, ValueSpec{.element = &kClusterElement}},
};
constexpr ObjectSpec kClusterListDocument{kClusterListFields};

constexpr FieldSpec kClusterDetailFields[] = {
    {"cluster", Required, identity, ValueSpec{.object = &kClusterSpec}},
};
constexpr ObjectSpec kClusterDetailDocument{kClusterDetailFields};

constexpr FieldSpec kSnapshotFields[] = {
    {"id", Required, DWS_MEMBER(Snapshot, id), stringValue},
    {"name", Required, DWS_MEMBER(Snapshot, name), stringValue},
    {"description", Optional, DWS_MEMBER(Snapshot, description), stringValue},
    {"started", Required, DWS_MEMBER(Snapshot, started), timestampValue},
    {"finished", Optional, DWS_MEMBER(Snapshot, finished), timestampValue},
    {"size", Optional, DWS_MEMBER(Snapshot, sizeGb), optionalDoubleValue},
    {"status", Required, DWS_MEMBER(Snapshot, status), enumValue<SnapshotStatus>},
    {"type", Optional, DWS_MEMBER(Snapshot, type), stringValue},
    {"cluster_id", Required, DWS_MEMBER(Snapshot, clusterId), stringValue},
};
constexpr ObjectSpec kSnapshotSpec{kSnapshotFields};
constexpr ValueSpec kSnapshotElement{.object = &kSnapshotSpec, .enter = appendToDeque<Snapshot>};

constexpr FieldSpec kSnapshotListFields[] = {
    {"snapshots", Required, identity, ValueSpec{.element = &kSnapshotElement}},
};
constexpr ObjectSpec kSnapshotListDocument{kSnapshotListFields};

constexpr FieldSpec kSnapshotDetailFields[] = {
    {"snapshot", Required, identity, ValueSpec{.object = &kSnapshotSpec}},
};
constexpr ObjectSpec kSnapshotDetailDocument{kSnapshotDetailFields};

constexpr FieldSpec kNodeTypeDetailFields[] = {
    {"type", Required, DWS_MEMBER(NodeTypeDetail, type), stringValue},
    {"value", Required, DWS_MEMBER(NodeTypeDetail, value), stringValue},
    {"unit", Optional, DWS_MEMBER(NodeTypeDetail, unit), stringValue},
};
constexpr ObjectSpec kNodeTypeDetailSpec{kNodeTypeDetailFields};
constexpr ValueSpec kNodeTypeDetailElement{.object = &kNodeTypeDetailSpec,
                                           .enter = appendTo<NodeTypeDetail>};

constexpr FieldSpec kNodeTypeFields[] = {
    {"spec_name", Required, DWS_MEMBER(NodeType, specName), stringValue},
    {"id", Required, DWS_MEMBER(NodeType, id), stringValue},
    {"detail", Required | NullAllowed, DWS_MEMBER(NodeType, details),
     ValueSpec{.element = &kNodeTypeDetailElement}},
};
constexpr ObjectSpec kNodeTypeSpec{kNodeTypeFields};
constexpr ValueSpec kNodeTypeElement{.object = &kNodeTypeSpec, .enter = appendToDeque<NodeType>};

constexpr FieldSpec kNodeTypeListFields[] = {
    {"node_types", Required, identity, ValueSpec{.element = &kNodeTypeElement}},
};
constexpr ObjectSpec kNodeTypeListDocument{kNodeTypeListFields};

constexpr FieldSpec kCreatedIdFields[] = {
    {"id", Required, identity, stringValue},
};
constexpr ObjectSpec kCreatedIdSpec{kCreatedIdFields};

constexpr FieldSpec kCreatedClusterFields[] = {
    {"cluster", Required, identity, ValueSpec{.object = &kCreatedIdSpec}},
};
constexpr ObjectSpec kCreatedClusterDocument{kCreatedClusterFields};

constexpr FieldSpec kCreatedSnapshotFields[] = {
    {"snapshot", Required, identity, ValueSpec{.object = &kCreatedIdSpec}},
};
constexpr ObjectSpec kCreatedSnapshotDocument{kCreatedSnapshotFields};

#undef DWS_MEMBER

// ---- the event walker ----

class SpecReader
{
public:
    SpecReader(const ObjectSpec& document, void* target)
        : m_rootSpec{.object = &document}
        , m_rootTarget(target)
    {
        m_stack.reserve(16);
    }

    const std::optional<api::ApiError>& error() const { return m_error; }
    void setError(api::ErrorKind kind, QString detail)
    {
        if (m_error)
            return;
        api::ApiError error;
        error.kind = kind;
        error.detail = std::move(detail);
        m_error = std::move(error);
    }

    // nlohmann SAX interface
    bool null() { return onScalar(Scalar{}); }
    bool boolean(bool value)
    {
        return onScalar(Scalar{.type = Scalar::Type::Bool, .boolean = value});
    }
    bool number_integer(Json::number_integer_t value)
    {
        return onScalar(Scalar{.type = Scalar::Type::Integer, .integer = value});
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        return onScalar(Scalar{.type = Scalar::Type::Unsigned, .unsignedValue = value});
    }
    bool number_float(Json::number_float_t value, const Json::string_t&)
    {
        return onScalar(Scalar{.type = Scalar::Type::Float, .real = value});
    }
    bool string(Json::string_t& value)
    {
        return onScalar(Scalar{.type = Scalar::Type::String, .text = value});
    }
    bool binary(Json::binary_t&) { return fail(kExpectString); }
    bool start_object(std::size_t) { return onStart(true); }
    bool end_object() { return onEnd(); }
    bool start_array(std::size_t) { return onStart(false); }
    bool end_array() { return onEnd(); }
    bool key(Json::string_t& key);
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&)
    {
        setError(api::ErrorKind::Parse,
                 QStringLiteral("body: not valid JSON (at byte %1)").arg(qulonglong(position)));
        return false;
    }

private:
    enum class FrameKind
    {
        Object,
        Array,
        Map
    };
    struct Frame
    {
        FrameKind kind;
        void* target;
        const ObjectSpec* object = nullptr; // Object
        const ValueSpec* element = nullptr; // Array
        MapEntrySetter mapEntry = nullptr;  // Map
        const FieldSpec* field = nullptr;   // Object: the field being read; null to skip
        std::size_t lastField = 0;          // Object: where to start looking for the next key
        std::uint64_t seen = 0;             // Object: fields present, by index
        int index = -1;                     // Array: the element being read
        std::string key = {};               // Map: the key being read
    };

    // What the next value is: its description and storage; spec is null to skip it.
    struct Slot
    {
        const ValueSpec* spec = nullptr;
        void* target = nullptr;
        unsigned flags = Optional;
        bool map = false;
    };

    Slot nextSlot();
    bool onScalar(const Scalar& value);
    bool onStart(bool isObject);
    bool onEnd();
    bool fail(const char* expectation) { return failAt(path(m_stack.size()), expectation); }
    bool failAt(const QString& where, const char* what)
    {
        setError(api::ErrorKind::Parse, where + QLatin1String(": ") + QLatin1String(what));
        return false;
    }
    // The path of the value being read, through the first `frames` frames.
    QString path(std::size_t frames) const;

    ValueSpec m_rootSpec;
    void* m_rootTarget;
    bool m_rootDone = false;
    std::vector<Frame> m_stack;
    int m_depth = 0;
    int m_skipDepth = 0;     // > 0 while inside an ignored (unknown) object or array
    bool m_skipNext = false; // the value after an unknown key is ignored
    std::optional<api::ApiError> m_error;
};

QString SpecReader::path(std::size_t frames) const
{
    QString result;
    for (std::size_t i = 0; i < frames && i < m_stack.size(); ++i) {
        const Frame& frame = m_stack[i];
        switch (frame.kind) {
        case FrameKind::Object:
            if (frame.field) {
                if (!result.isEmpty())
                    result += QLatin1Char('.');
                result += fromUtf8(frame.field->key);
            }
            break;
        case FrameKind::Array:
            result += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            break;
        case FrameKind::Map:
            if (!result.isEmpty())
                result += QLatin1Char('.');
            result += QString::fromStdString(frame.key);
            break;
        }
    }
    return result.isEmpty() ? QStringLiteral("body") : result;
}

SpecReader::Slot SpecReader::nextSlot()
{
    if (m_stack.empty())
        return Slot{&m_rootSpec, m_rootTarget, Required};
    Frame& frame = m_stack.back();
    switch (frame.kind) {
    case FrameKind::Object:
        if (!frame.field)
            return {};
        return Slot{&frame.field->value, frame.field->access(frame.target), frame.field->flags};
    case FrameKind::Array:
        ++frame.index;
        return Slot{frame.element, frame.target, NullAllowed};
    case FrameKind::Map:
        return Slot{nullptr, frame.target, Optional, true};
    }
    return {};
}

bool SpecReader::onScalar(const Scalar& value)
{
    if (m_skipDepth > 0)
        return true;
    if (m_stack.empty() && m_rootDone)
        return true;
    const Slot slot = nextSlot();
    if (m_stack.empty()) {
        m_rootDone = true;
        return fail(kExpectObject);
    }
    if (slot.map) {
        if (value.type == Scalar::Type::Null)
            return true;
        Frame& frame = m_stack.back();
        if (const char* problem = frame.mapEntry(frame.target, frame.key, value))
            return fail(problem);
        return true;
    }
    if (!slot.spec)
        return true; // the value of an unknown key
    if (value.type == Scalar::Type::Null) {
        if ((slot.flags & Required) && !(slot.flags & NullAllowed)) {
            return fail(slot.spec->scalar
                            ? (slot.spec->scalar == setInt ? kExpectInteger : kExpectString)
                        : slot.spec->object ? kExpectObject
                                            : kExpectArray);
        }
        return true;
    }
    if (!slot.spec->scalar)
        return fail(slot.spec->object || slot.spec->mapEntry ? kExpectObject : kExpectArray);
    if (const char* problem = slot.spec->scalar(slot.target, value))
        return fail(problem);
    return true;
}

bool SpecReader::onStart(bool isObject)
{
    if (++m_depth > kMaxJsonDepth) {
        setError(api::ErrorKind::TooLarge,
                 QStringLiteral("body: nested deeper than %1 levels").arg(kMaxJsonDepth));
        return false;
    }
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return true;
    }
    const Slot slot = nextSlot();
    if (slot.map)
        return fail(kExpectPercent);
    if (!slot.spec) {
        m_skipDepth = 1;
        return true;
    }
    if (isObject && slot.spec->object) {
        Frame frame{FrameKind::Object,
                    slot.spec->enter ? slot.spec->enter(slot.target) : slot.target};
        frame.object = slot.spec->object;
        m_stack.push_back(std::move(frame));
        return true;
    }
    if (isObject && slot.spec->mapEntry) {
        Frame frame{FrameKind::Map, slot.spec->enter ? slot.spec->enter(slot.target) : slot.target};
        frame.mapEntry = slot.spec->mapEntry;
        m_stack.push_back(std::move(frame));
        return true;
    }
    if (!isObject && slot.spec->element) {
        Frame frame{FrameKind::Array,
                    slot.spec->enter ? slot.spec->enter(slot.target) : slot.target};
        frame.element = slot.spec->element;
        m_stack.push_back(std::move(frame));
        return true;
    }
    if (slot.spec->scalar == setInt || slot.spec->scalar == setOptionalInt)
        return fail(kExpectInteger);
    if (slot.spec->scalar == setOptionalDouble)
        return fail(kExpectNumber);
    if (slot.spec->scalar == setTimestamp)
        return fail(kExpectTimestamp);
    if (slot.spec->scalar)
        return fail(kExpectString);
    return fail(slot.spec->element ? kExpectArray : kExpectObject);
}

bool SpecReader::key(Json::string_t& key)
{
    if (m_skipDepth > 0)
        return true;
    Frame& frame = m_stack.back();
    if (frame.kind == FrameKind::Map) {
        frame.key = key;
        return true;
    }
    const auto fields = frame.object->fields;
    const std::string_view wanted(key);
    frame.field = nullptr;
    for (std::size_t step = 0; step < fields.size(); ++step) {
        std::size_t index = frame.lastField + step;
        if (index >= fields.size())
            index -= fields.size();
        if (fields[index].key == wanted) {
            frame.field = &fields[index];
            frame.seen |= std::uint64_t(1) << index;
            frame.lastField = index + 1 == fields.size() ? 0 : index + 1;
            break;
        }
    }
    return true;
}

bool SpecReader::onEnd()
{
    --m_depth;
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    const Frame& frame = m_stack.back();
    if (frame.kind == FrameKind::Object) {
        const auto fields = frame.object->fields;
        for (std::size_t index = 0; index < fields.size(); ++index) {
            if ((fields[index].flags & Required) && !(frame.seen & (std::uint64_t(1) << index))) {
                QString where = path(m_stack.size() - 1);
                where = where == QLatin1String("body")
                            ? fromUtf8(fields[index].key)
                            : where + QLatin1Char('.') + fromUtf8(fields[index].key);
                return failAt(where, "missing");
            }
        }
    }
    m_stack.pop_back();
    if (m_stack.empty())
        m_rootDone = true;
    return true;
}

template <typename T>
api::Result<T> readDocument(const QByteArray& body, const ObjectSpec& document)
{
    T value{};
    SpecReader reader(document, &value);
    const char* begin = body.constData();
    const bool ok = Json::sax_parse(begin, begin + body.size(), &reader);
    if (!ok || reader.error()) {
        if (!reader.error())
            reader.setError(api::ErrorKind::Parse, QStringLiteral("body: not valid JSON"));
        qCDebug(lcDomain) << "mapping failed:" << reader.error()->detail;
        return *reader.error();
    }
    return value;
}

template <typename T>
api::Result<QList<T>> readList(const QByteArray& body, const ObjectSpec& document)
{
    auto collected = readDocument<std::deque<T>>(body, document);
    if (!collected)
        return collected.error();
    QList<T> list;
    list.reserve(qsizetype(collected.value().size()));
    for (T& item : collected.value())
        list.append(std::move(item));
    return list;
}

} // namespace

api::Result<QList<Cluster>> parseClusterList(const QByteArray& body)
{
    return readList<Cluster>(body, kClusterListDocument);
}

api::Result<Cluster> parseClusterDetail(const QByteArray& body)
{
    auto result = readDocument<Cluster>(body, kClusterDetailDocument);
    if (result)
        result.value().hasDetail = true;
    return result;
}

api::Result<QList<Snapshot>> parseSnapshotList(const QByteArray& body)
{
    return readList<Snapshot>(body, kSnapshotListDocument);
}

api::Result<Snapshot> parseSnapshotDetail(const QByteArray& body)
{
    return readDocument<Snapshot>(body, kSnapshotDetailDocument);
}

api::Result<QList<NodeType>> parseNodeTypes(const QByteArray& body)
{
    return readList<NodeType>(body, kNodeTypeListDocument);
}

api::Result<QString> parseCreatedClusterId(const QByteArray& body)
{
    return readDocument<QString>(body, kCreatedClusterDocument);
}

api::Result<QString> parseCreatedSnapshotId(const QByteArray& body)
{
    return readDocument<QString>(body, kCreatedSnapshotDocument);
}

QDateTime parseTimestamp(QStringView text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return timestampFromUtf8(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

std::optional<int> parsePercent(QStringView text)
{
    QStringView number = text.trimmed();
    if (number.endsWith(QLatin1Char('%')))
        number.chop(1);
    number = number.trimmed();
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int whole = number.toInt(&ok);
    if (ok)
        return whole;
    const double fractional = number.toDouble(&ok);
    if (ok && std::isfinite(fractional) && fractional >= INT_MIN && fractional <= INT_MAX)
        return int(fractional);
    return std::nullopt;
}

// ---- request bodies ----

namespace {

using Body = nlohmann::ordered_json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

void putIfSet(Body& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object[key] = utf8(value);
}

Body publicIpBody(const PublicIpRequest& publicIp)
{
    Body body = Body::object();
    body["public_bind_type"] = utf8(publicIp.bindType.toString());
    putIfSet(body, "eip_id", publicIp.eipId);
    return body;
}

QByteArray dump(const Body& body)
{
    return QByteArray::fromStdString(body.dump());
}

} // namespace

QByteArray toJson(const CreateClusterRequest& request)
{
    Body cluster = Body::object();
    cluster["node_type"] = utf8(request.nodeType);
    cluster["number_of_node"] = request.numberOfNode;
    cluster["subnet_id"] = utf8(request.subnetId);
    cluster["security_group_id"] = utf8(request.securityGroupId);
    cluster["vpc_id"] = utf8(request.vpcId);
    putIfSet(cluster, "availability_zone", request.availabilityZone);
    cluster["name"] = utf8(request.name);
    cluster["user_name"] = utf8(request.userName);
    cluster["user_pwd"] = utf8(request.userPassword);
    if (request.port)
        cluster["port"] = *request.port;
    if (request.publicIp)
        cluster["public_ip"] = publicIpBody(*request.publicIp);
    if (request.numberOfCn)
        cluster["number_of_cn"] = *request.numberOfCn;
    putIfSet(cluster, "enterprise_project_id", request.enterpriseProjectId);
    return dump(Body{{"cluster", std::move(cluster)}});
}

QByteArray toJson(const RestoreRequest& request)
{
    Body restore = Body::object();
    restore["name"] = utf8(request.name);
    putIfSet(restore, "subnet_id", request.subnetId);
    putIfSet(restore, "vpc_id", request.vpcId);
    putIfSet(restore, "security_group_id", request.securityGroupId);
    putIfSet(restore, "availability_zone", request.availabilityZone);
    if (request.port)
        restore["port"] = *request.port;
    if (request.publicIp)
        restore["public_ip"] = publicIpBody(*request.publicIp);
    putIfSet(restore, "enterprise_project_id", request.enterpriseProjectId);
    return dump(Body{{"restore", std::move(restore)}});
}

QByteArray toJson(const ResizeRequest& request)
{
    if (request.kind == ResizeRequest::Kind::Resize) {
        Body resize = Body::object();
        resize["node_type"] = utf8(request.nodeType);
        resize["number_of_node"] = request.numberOfNode;
        return dump(Body{{"resize", std::move(resize)}});
    }
    Body scaleOut = Body::object();
    scaleOut["count"] = request.count;
    return dump(Body{{"scale_out", std::move(scaleOut)}});
}

QByteArray toJson(const CreateSnapshotRequest& request)
{
    Body snapshot = Body::object();
    snapshot["name"] = utf8(request.name);
    snapshot["cluster_id"] = utf8(request.clusterId);
    putIfSet(snapshot, "description", request.description);
    return dump(Body{{"snapshot", std::move(snapshot)}});
}

QByteArray toJson(const DeleteClusterRequest& request)
{
    Body body = Body::object();
    body["keep_last_manual_snapshot"] = request.keepLastManualSnapshot;
    return dump(body);
}

QByteArray toJson(const ResetPasswordRequest& request)
{
    Body body = Body::object();
    body["new_password"] = utf8(request.newPassword);
    return dump(body);
}

QByteArray toJson(const RestartRequest&)
{
    Body body = Body::object();
    body["restart"] = Body::object();
    return dump(body);
}

} // namespace dws
