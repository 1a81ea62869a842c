#pragma once

#include "dws/Cluster.h"

#include <QScrollArea>
#include <optional>

class QLabel;

namespace dws::ui {

class DetailSection;

// Every field of a cluster's detail call, grouped: overview, network and endpoints, resize,
// failure, maintenance, tags, parameter group. Endpoints and JDBC URLs have copy buttons.
class ClusterDetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit ClusterDetailPane(QWidget* parent = nullptr);

    // Rebuilds only when the cluster differs from the one shown.
    void setCluster(const Cluster& cluster);
    void clear();
    std::optional<Cluster> cluster() const { return m_cluster; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fillOverview(const Cluster& cluster);
    void fillNetwork(const Cluster& cluster);
    void fillResize(const Cluster& cluster);
    void fillFailure(const Cluster& cluster);
    void fillMaintenance(const Cluster& cluster);
    void fillTags(const Cluster& cluster);
    void fillParameterGroup(const Cluster& cluster);

    std::optional<Cluster> m_cluster;
    QLabel* m_title;
    DetailSection* m_overview;
    DetailSection* m_network;
    DetailSection* m_resize;
    DetailSection* m_failure;
    DetailSection* m_maintenance;
    DetailSection* m_tags;
    DetailSection* m_parameterGroup;
};

} // namespace dws::ui
