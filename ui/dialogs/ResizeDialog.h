#pragma once

#include "OperationDialog.h"
#include "api/CallHandle.h"
#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Requests.h"

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace dws {
class ClusterService;
}

namespace dws::ui {

// Resizes a cluster: "add nodes" (scale_out, every version) or "change type and size"
// (resize, version 1.5.0 or later). Shows the current and the target size and checks the
// limit of 32 nodes.
class ResizeDialog : public OperationDialog
{
    Q_OBJECT
public:
    ResizeDialog(ClusterService& clusters, const Cluster& cluster, QWidget* parent = nullptr);
    ~ResizeDialog() override;

    ResizeRequest request() const;
    bool resizeSupported() const;
    QString targetText() const;

signals:
    void resizeStarted(const QString& clusterId);

protected:
    bool validateInput() override;
    void submit() override;
    void retranslate() override;

private:
    void loadNodeTypes();
    void updateModeWidgets();
    int targetNodeCount() const;
    QString targetNodeType() const;

    ClusterService& m_clusters;
    Cluster m_cluster;
    QList<NodeType> m_nodeTypes;
    api::CallHandle m_nodeTypesCall;

    QLabel* m_current;
    QRadioButton* m_scaleOut;
    QRadioButton* m_resize;
    QLabel* m_resizeUnsupported;
    QLabel* m_countLabel;
    QSpinBox* m_count;
    QLabel* m_nodeTypeLabel;
    QComboBox* m_nodeType;
    QLabel* m_nodesLabel;
    QSpinBox* m_nodes;
    QLabel* m_target;
};

} // namespace dws::ui
