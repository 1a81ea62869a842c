#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace dws {

// One attribute of a node type: {"type": "vCPU"|"mem"|"LOCAL_DISK"|"SSD"|..., "value", "unit"}.
struct NodeTypeDetail
{
    QString type;
    QString value; // always a string on the wire ("4", "1675")
    QString unit;  // "GB", or empty

    bool operator==(const NodeTypeDetail&) const = default;
};

// A node type (flavor) from GET /node_types.
struct NodeType
{
    QString specName; // spec_name, the value a create request sends as node_type
    QString id;
    QList<NodeTypeDetail> details;

    std::optional<int> vcpus() const;
    std::optional<double> memoryGb() const;
    // Size of the data disk (the LOCAL_DISK or SSD entry), in GB.
    std::optional<double> diskGb() const;
    // "LOCAL_DISK", "SSD", ... the type of the disk entry; empty when none is listed.
    QString diskType() const;
    const NodeTypeDetail* detail(QStringView type) const;

    bool operator==(const NodeType&) const = default;
};

} // namespace dws

Q_DECLARE_TYPEINFO(dws::NodeTypeDetail, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dws::NodeType, Q_RELOCATABLE_TYPE);
