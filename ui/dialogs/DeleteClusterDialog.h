#pragma once

#include "OperationDialog.h"
#include "dws/Cluster.h"
#include "dws/Requests.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dws {
class ClusterService;
}

namespace dws::ui {

// Deletes a cluster: says what is lost, asks how many of the last manual snapshots to keep,
// offers to take a snapshot first, and enables Delete only once the cluster's name is typed.
class DeleteClusterDialog : public OperationDialog
{
    Q_OBJECT
public:
    DeleteClusterDialog(ClusterService& clusters, const Cluster& cluster,
                        QWidget* parent = nullptr);

    DeleteClusterRequest request() const;
    QPushButton* snapshotFirstButton() const { return m_snapshotFirst; }

signals:
    void clusterDeleted(const QString& clusterId);
    // The operator chose to take a snapshot before deleting; the dialog closed.
    void snapshotRequested(const QString& clusterId);

protected:
    bool validateInput() override;
    void submit() override;
    void retranslate() override;

private:
    ClusterService& m_clusters;
    Cluster m_cluster;
    QLabel* m_warning;
    QPushButton* m_snapshotFirst;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirmName;
};

} // namespace dws::ui
