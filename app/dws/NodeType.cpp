#include "dws/NodeType.h"

namespace dws {

namespace {

std::optional<double> numberOf(const NodeTypeDetail* detail)
{
    if (!detail)
        return std::nullopt;
    bool ok = false;
    const double value = detail->value.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

const NodeTypeDetail* diskDetail(const NodeType& nodeType)
{
    for (const NodeTypeDetail& entry : nodeType.details) {
        if (entry.type.compare(QLatin1String("LOCAL_DISK"), Qt::CaseInsensitive) == 0 ||
            entry.type.compare(QLatin1String("SSD"), Qt::CaseInsensitive) == 0 ||
            entry.type.contains(QLatin1String("DISK"), Qt::CaseInsensitive))
            return &entry;
    }
    return nullptr;
}

} // namespace

const NodeTypeDetail* NodeType::detail(QStringView type) const
{
    for (const NodeTypeDetail& entry : details) {
        if (entry.type.compare(type, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

std::optional<int> NodeType::vcpus() const
{
    const auto value = numberOf(detail(u"vCPU"));
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

std::optional<double> NodeType::memoryGb() const
{
    return numberOf(detail(u"mem"));
}

std::optional<double> NodeType::diskGb() const
{
    return numberOf(diskDetail(*this));
}

QString NodeType::diskType() const
{
    const NodeTypeDetail* disk = diskDetail(*this);
    return disk ? disk->type : QString();
}

} // namespace dws
