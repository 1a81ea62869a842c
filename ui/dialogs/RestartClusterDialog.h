#pragma once

#include "OperationDialog.h"
#include "dws/Cluster.h"

class QLabel;

namespace dws {
class ClusterService;
}

namespace dws::ui {

// Restarts a cluster after confirmation, warning that every connection drops.
class RestartClusterDialog : public OperationDialog
{
    Q_OBJECT
public:
    RestartClusterDialog(ClusterService& clusters, const Cluster& cluster,
                         QWidget* parent = nullptr);

signals:
    void restartStarted(const QString& clusterId);

protected:
    bool validateInput() override { return true; }
    void submit() override;
    void retranslate() override;

private:
    ClusterService& m_clusters;
    Cluster m_cluster;
    QLabel* m_warning;
};

} // namespace dws::ui
