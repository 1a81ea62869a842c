#pragma once

#include "FormPage.h"
#include "dws/NodeType.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dws::ui {

// Create cluster, step 1: name, node type (from the node-types call, with vCPU, memory and
// disk shown), node count (3..32) and CN count (2..min(5, nodes - 1), default 2).
class ClusterBasicsPage : public FormPage
{
    Q_OBJECT
public:
    explicit ClusterBasicsPage(QWidget* parent = nullptr);

    void setNodeTypesLoading();
    void setNodeTypes(const QList<NodeType>& types);
    void setNodeTypesFailed(const api::ApiError& error);

    QString clusterName() const;
    QString nodeType() const; // the spec name
    int nodeCount() const;
    int coordinatorCount() const;
    // vCPU, memory and disk of the chosen type, e.g. "4 vCPUs · 32 GB memory · 1675 GB SSD".
    QString nodeTypeDescription() const;

signals:
    void nodeTypesRetryRequested();

protected:
    bool validateInput() override;
    void retranslate() override;

private:
    void showNodeTypeDetail();
    static QString describeNodeType(const NodeType& type);

    QList<NodeType> m_nodeTypes;
    bool m_nodeTypesLoading = true;
    std::optional<api::ApiError> m_nodeTypesError;

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nodeTypeLabel;
    QComboBox* m_nodeType;
    QLabel* m_nodeTypeDetail;
    QPushButton* m_retry;
    QLabel* m_nodeCountLabel;
    QSpinBox* m_nodeCount;
    QLabel* m_cnCountLabel;
    QSpinBox* m_cnCount;
};

} // namespace dws::ui
