#pragma once

#include "dws/Snapshot.h"

#include <QScrollArea>
#include <optional>

class QLabel;

namespace dws::ui {

class DetailSection;

// Every field of a snapshot's detail call, with a link to its cluster.
class SnapshotDetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit SnapshotDetailPane(QWidget* parent = nullptr);

    // `clusterName` is shown on the link when the cluster is known; empty otherwise.
    void setSnapshot(const Snapshot& snapshot, const QString& clusterName = {});
    void clear();
    std::optional<Snapshot> snapshot() const { return m_snapshot; }

signals:
    void clusterLinkActivated(const QString& clusterId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    std::optional<Snapshot> m_snapshot;
    QString m_clusterName;
    QLabel* m_title;
    DetailSection* m_overview;
};

} // namespace dws::ui
