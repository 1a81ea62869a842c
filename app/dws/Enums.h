#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <string_view>

namespace dws {

// One known value of a wire enum: its text on the wire and its English display source
// (translated in the table's context).
struct EnumEntry
{
    int value;
    const char* wire;
    const char* display;
};

// A status-like value as the service sends it. Known words map to Tag::Value; unknown words
// keep their text (value() is Unknown, toString() the text as sent) so nothing is dropped.
// Tag provides `enum Value` (with Unknown first) and the table of known values.
template <typename Tag> class WireEnum : public Tag
{
public:
    using Value = typename Tag::Value;

    WireEnum() = default;
    WireEnum(Value known); // NOLINT: implicit, so that `status == ClusterStatus::Available` reads

    static WireEnum fromString(QStringView wire);
    static WireEnum fromUtf8(std::string_view wire);
    static QList<Value> knownValues();

    Value value() const { return m_value; }
    // False for words the table does not know (their text is kept).
    bool isKnown() const { return m_value != Tag::Unknown; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // The wire text: the documented spelling for known values, the text as sent otherwise.
    const QString& toString() const { return m_text; }
    // Translated text for the operator; unknown values show their wire text.
    QString displayText() const;

    bool operator==(const WireEnum& other) const
    {
        return m_value == other.m_value && m_text == other.m_text;
    }
    bool operator==(Value known) const { return m_value == known; }

private:
    Value m_value = Tag::Empty;
    QString m_text;
};

struct ClusterStatusTag
{
    enum Value
    {
        Unknown,
        Creating,
        Available,
        Unavailable,
        CreationFailed, // wire text "CREATION FAILED", with a space
        Frozen,
        // live service only
        Deleted,
        PoliceFrozen,
        Active,
    };
    static const QList<EnumEntry>& entries();
    static constexpr Value Empty = Unknown;
    static const char* context() { return "dws::ClusterStatus"; }
};
using ClusterStatus = WireEnum<ClusterStatusTag>;

// A cluster's running task. None stands for null/absent (no task running). Creating and
// Repairing appear only as action_progress keys, listed here so they display alike.
struct TaskStatusTag
{
    enum Value
    {
        Unknown,
        None,
        Unfreezing,
        Freezing,
        Restoring,
        Snapshotting,
        Growing,
        Rebooting,
        SettingConfiguration,
        ConfiguringExtDatasource,
        DeletingExtDatasource,
        RebootFailure,
        ResizeFailure,
        // action_progress keys
        Repairing,
        Creating,
        // live service only
        OrderPending,
    };
    static const QList<EnumEntry>& entries();
    static constexpr Value Empty = None;
    static const char* context() { return "dws::TaskStatus"; }
};
class TaskStatus : public WireEnum<TaskStatusTag>
{
public:
    using WireEnum::WireEnum;
    TaskStatus(const WireEnum& other)
        : WireEnum(other)
    {}
    static TaskStatus fromString(QStringView wire) { return WireEnum::fromString(wire); }
    static TaskStatus fromUtf8(std::string_view wire) { return WireEnum::fromUtf8(wire); }

    // No task is running (null, absent or empty on the wire).
    bool isIdle() const { return value() == None; }
    // The last task failed: a known *_FAILURE value or any unknown word ending in FAILURE/FAILED.
    bool isFailure() const;
};

struct SnapshotStatusTag
{
    enum Value
    {
        Unknown,
        Creating,
        Available,
        Unavailable
    };
    static const QList<EnumEntry>& entries();
    static constexpr Value Empty = Unknown;
    static const char* context() { return "dws::SnapshotStatus"; }
};
using SnapshotStatus = WireEnum<SnapshotStatusTag>;

struct PublicBindTypeTag
{
    enum Value
    {
        Unknown,
        AutoAssign,
        NotUse,
        BindExisting
    };
    static const QList<EnumEntry>& entries();
    static constexpr Value Empty = Unknown;
    static const char* context() { return "dws::PublicBindType"; }
};
using PublicBindType = WireEnum<PublicBindTypeTag>;

struct ParameterGroupStatusTag
{
    enum Value
    {
        Unknown,
        InSync,
        Applying,
        PendingReboot,
        SyncFailure
    };
    static const QList<EnumEntry>& entries();
    static constexpr Value Empty = Unknown;
    static const char* context() { return "dws::ParameterGroupStatus"; }
};
using ParameterGroupStatus = WireEnum<ParameterGroupStatusTag>;

// The sub-status of an AVAILABLE cluster: a space-separated set of words such as
// "DEGRADED UNBALANCED READONLY REDISTRIBUTION-FAILURE". Known words become flags; unknown
// words are kept in order.
class SubStatus
{
public:
    enum Flag
    {
        Normal = 0x01,
        ReadOnly = 0x02,
        Redistributing = 0x04,
        RedistributionFailure = 0x08,
        Unbalanced = 0x10,
        Degraded = 0x20,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    SubStatus() = default;
    SubStatus(Flags flags);
    static SubStatus fromString(QStringView wire);
    static SubStatus fromUtf8(std::string_view wire);

    Flags flags() const { return m_flags; }
    bool testFlag(Flag flag) const { return m_flags.testFlag(flag); }
    const QStringList& unknownWords() const { return m_unknownWords; }
    bool isEmpty() const { return m_words.isEmpty(); }
    // Every word in wire order, joined by a space.
    QString toString() const { return m_words.join(QLatin1Char(' ')); }
    // Translated words joined by the language's list separator; unknown words as sent.
    QString displayText() const;
    // Translated text of one flag.
    static QString displayText(Flag flag);
    static QList<Flag> allFlags();

    bool operator==(const SubStatus&) const = default;

private:
    Flags m_flags;
    QStringList m_words;
    QStringList m_unknownWords;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(SubStatus::Flags)

// Display text of a maintenance-window day ("Mon".."Sun"); other text as sent.
QString maintainDayDisplayText(const QString& day);

extern template class WireEnum<ClusterStatusTag>;
extern template class WireEnum<TaskStatusTag>;
extern template class WireEnum<SnapshotStatusTag>;
extern template class WireEnum<PublicBindTypeTag>;
extern template class WireEnum<ParameterGroupStatusTag>;

} // namespace dws
