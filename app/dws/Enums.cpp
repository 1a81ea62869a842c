#include "dws/Enums.h"

#include <QCoreApplication>
#include <algorithm>

namespace dws {

namespace {

QString fromUtf8View(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

// The table of a wire enum with the wire texts made once, so that mapping a known word costs
// no allocation.
template <typename Tag> class PreparedTable
{
public:
    struct Item
    {
        typename Tag::Value value;
        std::string_view wire;
        QString text;
        const char* display;
    };

    static const PreparedTable& instance()
    {
        static const PreparedTable table;
        return table;
    }

    const Item* find(std::string_view wire) const
    {
        for (const Item& item : m_items) {
            if (item.wire == wire)
                return &item;
        }
        for (const Item& item : m_items) {
            if (equalsIgnoringCase(item.wire, wire))
                return &item;
        }
        return nullptr;
    }
    const Item* find(typename Tag::Value value) const
    {
        for (const Item& item : m_items) {
            if (item.value == value)
                return &item;
        }
        return nullptr;
    }
    const QList<Item>& items() const { return m_items; }

private:
    PreparedTable()
    {
        for (const EnumEntry& entry : Tag::entries()) {
            m_items.append(Item{typename Tag::Value(entry.value), std::string_view(entry.wire),
                                QString::fromLatin1(entry.wire), entry.display});
        }
    }
    QList<Item> m_items;
};

} // namespace

template <typename Tag>
WireEnum<Tag>::WireEnum(Value known)
    : m_value(known)
{
    if (const auto* item = PreparedTable<Tag>::instance().find(known))
        m_text = item->text;
}

template <typename Tag> WireEnum<Tag> WireEnum<Tag>::fromUtf8(std::string_view wire)
{
    WireEnum result;
    if (const auto* item = PreparedTable<Tag>::instance().find(wire)) {
        result.m_value = item->value;
        result.m_text = item->wire == wire ? item->text : fromUtf8View(wire);
    } else {
        result.m_value = Tag::Unknown;
        result.m_text = fromUtf8View(wire);
    }
    return result;
}

template <typename Tag> WireEnum<Tag> WireEnum<Tag>::fromString(QStringView wire)
{
    return fromUtf8(wire.toUtf8().toStdString());
}

template <typename Tag> QList<typename WireEnum<Tag>::Value> WireEnum<Tag>::knownValues()
{
    QList<Value> values;
    for (const auto& item : PreparedTable<Tag>::instance().items()) {
        if (item.value != Tag::Empty)
            values.append(item.value);
    }
    return values;
}

template <typename Tag> QString WireEnum<Tag>::displayText() const
{
    if (m_value != Tag::Unknown) {
        if (const auto* item = PreparedTable<Tag>::instance().find(m_value))
            return QCoreApplication::translate(Tag::context(), item->display);
    }
    return m_text;
}

template class WireEnum<ClusterStatusTag>;
template class WireEnum<TaskStatusTag>;
template class WireEnum<SnapshotStatusTag>;
template class WireEnum<PublicBindTypeTag>;
template class WireEnum<ParameterGroupStatusTag>;

const QList<EnumEntry>& ClusterStatusTag::entries()
{
    static const QList<EnumEntry> table{
        {Creating, "CREATING", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Creating")},
        {Available, "AVAILABLE", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Available")},
        {Unavailable, "UNAVAILABLE", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Unavailable")},
        {CreationFailed, "CREATION FAILED",
         QT_TRANSLATE_NOOP("dws::ClusterStatus", "Creation failed")},
        {Frozen, "FROZEN", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Frozen")},
        {Deleted, "DELETED", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Deleted")},
        {PoliceFrozen, "POLICE_FROZEN",
         QT_TRANSLATE_NOOP("dws::ClusterStatus", "Frozen by the authorities")},
        {Active, "ACTIVE", QT_TRANSLATE_NOOP("dws::ClusterStatus", "Active")},
    };
    return table;
}

const QList<EnumEntry>& TaskStatusTag::entries()
{
    static const QList<EnumEntry> table{
        {None, "", ""},
        {Unfreezing, "UNFREEZING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Unfreezing")},
        {Freezing, "FREEZING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Freezing")},
        {Restoring, "RESTORING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Restoring")},
        {Snapshotting, "SNAPSHOTTING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Taking snapshot")},
        {Growing, "GROWING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Scaling out")},
        {Rebooting, "REBOOTING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Restarting")},
        {SettingConfiguration, "SETTING_CONFIGURATION",
         QT_TRANSLATE_NOOP("dws::TaskStatus", "Applying security settings")},
        {ConfiguringExtDatasource, "CONFIGURING_EXT_DATASOURCE",
         QT_TRANSLATE_NOOP("dws::TaskStatus", "Configuring MRS connection")},
        {DeletingExtDatasource, "DELETING_EXT_DATASOURCE",
         QT_TRANSLATE_NOOP("dws::TaskStatus", "Deleting MRS connection")},
        {RebootFailure, "REBOOT_FAILURE", QT_TRANSLATE_NOOP("dws::TaskStatus", "Restart failed")},
        {ResizeFailure, "RESIZE_FAILURE", QT_TRANSLATE_NOOP("dws::TaskStatus", "Resize failed")},
        {Repairing, "REPAIRING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Repairing")},
        {Creating, "CREATING", QT_TRANSLATE_NOOP("dws::TaskStatus", "Creating")},
        {OrderPending, "ORDER_PENDING",
         QT_TRANSLATE_NOOP("dws::TaskStatus", "Order pending payment")},
    };
    return table;
}

const QList<EnumEntry>& SnapshotStatusTag::entries()
{
    static const QList<EnumEntry> table{
        {Creating, "CREATING", QT_TRANSLATE_NOOP("dws::SnapshotStatus", "Creating")},
        {Available, "AVAILABLE", QT_TRANSLATE_NOOP("dws::SnapshotStatus", "Available")},
        {Unavailable, "UNAVAILABLE", QT_TRANSLATE_NOOP("dws::SnapshotStatus", "Unavailable")},
    };
    return table;
}

const QList<EnumEntry>& PublicBindTypeTag::entries()
{
    static const QList<EnumEntry> table{
        {AutoAssign, "auto_assign",
         QT_TRANSLATE_NOOP("dws::PublicBindType", "Assign automatically")},
        {NotUse, "not_use", QT_TRANSLATE_NOOP("dws::PublicBindType", "Not used")},
        {BindExisting, "bind_existing",
         QT_TRANSLATE_NOOP("dws::PublicBindType", "Use an existing EIP")},
    };
    return table;
}

const QList<EnumEntry>& ParameterGroupStatusTag::entries()
{
    static const QList<EnumEntry> table{
        {InSync, "In-Sync", QT_TRANSLATE_NOOP("dws::ParameterGroupStatus", "In sync")},
        {Applying, "Applying", QT_TRANSLATE_NOOP("dws::ParameterGroupStatus", "Applying")},
        {PendingReboot, "Pending-Reboot",
         QT_TRANSLATE_NOOP("dws::ParameterGroupStatus", "Restart required")},
        {SyncFailure, "Sync-Failure",
         QT_TRANSLATE_NOOP("dws::ParameterGroupStatus", "Apply failed")},
    };
    return table;
}

bool TaskStatus::isFailure() const
{
    if (value() == RebootFailure || value() == ResizeFailure)
        return true;
    if (isKnown())
        return false;
    return toString().endsWith(QLatin1String("FAILURE"), Qt::CaseInsensitive) ||
           toString().endsWith(QLatin1String("FAILED"), Qt::CaseInsensitive);
}

// ---- SubStatus ----

namespace {

struct SubStatusWord
{
    SubStatus::Flag flag;
    std::string_view wire;
    const char* display;
};

const SubStatusWord kSubStatusWords[] = {
    {SubStatus::Normal, "NORMAL", QT_TRANSLATE_NOOP("dws::SubStatus", "Normal")},
    {SubStatus::ReadOnly, "READONLY", QT_TRANSLATE_NOOP("dws::SubStatus", "Read-only")},
    {SubStatus::Redistributing, "REDISTRIBUTING",
     QT_TRANSLATE_NOOP("dws::SubStatus", "Redistributing")},
    {SubStatus::RedistributionFailure, "REDISTRIBUTION-FAILURE",
     QT_TRANSLATE_NOOP("dws::SubStatus", "Redistribution failed")},
    {SubStatus::Unbalanced, "UNBALANCED", QT_TRANSLATE_NOOP("dws::SubStatus", "Unbalanced")},
    {SubStatus::Degraded, "DEGRADED", QT_TRANSLATE_NOOP("dws::SubStatus", "Node fault")},
};

const SubStatusWord* findSubStatusWord(std::string_view word)
{
    for (const auto& known : kSubStatusWords) {
        if (known.wire == word)
            return &known;
    }
    for (const auto& known : kSubStatusWords) {
        if (equalsIgnoringCase(known.wire, word))
            return &known;
    }
    return nullptr;
}

} // namespace

SubStatus::SubStatus(Flags flags)
    : m_flags(flags)
{
    for (const auto& known : kSubStatusWords) {
        if (flags.testFlag(known.flag))
            m_words.append(QString::fromLatin1(known.wire.data(), qsizetype(known.wire.size())));
    }
}

SubStatus SubStatus::fromUtf8(std::string_view wire)
{
    SubStatus result;
    std::size_t position = 0;
    while (position < wire.size()) {
        while (position < wire.size() && (wire[position] == ' ' || wire[position] == '\t'))
            ++position;
        std::size_t end = position;
        while (end < wire.size() && wire[end] != ' ' && wire[end] != '\t')
            ++end;
        if (end > position) {
            const std::string_view word = wire.substr(position, end - position);
            const QString text = fromUtf8View(word);
            if (const SubStatusWord* known = findSubStatusWord(word))
                result.m_flags |= known->flag;
            else
                result.m_unknownWords.append(text);
            result.m_words.append(text);
        }
        position = end;
    }
    return result;
}

SubStatus SubStatus::fromString(QStringView wire)
{
    return fromUtf8(wire.toUtf8().toStdString());
}

QString SubStatus::displayText(Flag flag)
{
    for (const auto& known : kSubStatusWords) {
        if (known.flag == flag)
            return QCoreApplication::translate("dws::SubStatus", known.display);
    }
    return {};
}

QList<SubStatus::Flag> SubStatus::allFlags()
{
    QList<Flag> flags;
    for (const auto& known : kSubStatusWords)
        flags.append(known.flag);
    return flags;
}

QString SubStatus::displayText() const
{
    QStringList parts;
    for (const QString& word : m_words) {
        const QByteArray utf8 = word.toUtf8();
        const SubStatusWord* known =
            findSubStatusWord(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        parts.append(known ? QCoreApplication::translate("dws::SubStatus", known->display) : word);
    }
    //: Separates the parts of a compound sub-status, e.g. "Node fault, Read-only"
    return parts.join(QCoreApplication::translate("dws::SubStatus", ", "));
}

QString maintainDayDisplayText(const QString& day)
{
    static const struct
    {
        const char* wire;
        const char* display;
    } days[] = {
        {"Mon", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Monday")},
        {"Tue", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Tuesday")},
        {"Wed", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Wednesday")},
        {"Thu", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Thursday")},
        {"Fri", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Friday")},
        {"Sat", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Saturday")},
        {"Sun", QT_TRANSLATE_NOOP("dws::MaintainWindow", "Sunday")},
    };
    for (const auto& entry : days) {
        if (day.compare(QLatin1String(entry.wire), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("dws::MaintainWindow", entry.display);
    }
    return day;
}

} // namespace dws
