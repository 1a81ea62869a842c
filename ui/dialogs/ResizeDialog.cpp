#include "ResizeDialog.h"

#include "dws/ActionRules.h"
#include "dws/ClusterService.h"
#include "dws/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dws::ui {

namespace {
const QString kCount = QStringLiteral("count");
const QString kNodeType = QStringLiteral("node_type");
const QString kNodes = QStringLiteral("number_of_node");
} // namespace

ResizeDialog::ResizeDialog(ClusterService& clusters, const Cluster& cluster, QWidget* parent)
    : OperationDialog(parent)
    , m_clusters(clusters)
    , m_cluster(cluster)
    , m_current(new QLabel(this))
    , m_scaleOut(new QRadioButton(this))
    , m_resize(new QRadioButton(this))
    , m_resizeUnsupported(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_nodeTypeLabel(new QLabel(this))
    , m_nodeType(new QComboBox(this))
    , m_nodesLabel(new QLabel(this))
    , m_nodes(new QSpinBox(this))
    , m_target(new QLabel(this))
{
    setObjectName(QStringLiteral("ResizeDialog"));
    m_current->setObjectName(QStringLiteral("current"));
    m_target->setObjectName(QStringLiteral("target"));
    m_scaleOut->setObjectName(QStringLiteral("scale_out"));
    m_resize->setObjectName(QStringLiteral("resize"));
    m_count->setObjectName(kCount);
    m_nodeType->setObjectName(kNodeType);
    m_nodes->setObjectName(kNodes);
    m_resizeUnsupported->setWordWrap(true);
    m_target->setWordWrap(true);
    // Wider than the rules allow so that an out-of-range value is explained, not swallowed.
    m_count->setRange(0, 999);
    m_count->setValue(1);
    m_nodes->setRange(0, 999);
    m_nodes->setValue(cluster.numberOfNode);
    m_scaleOut->setChecked(true);
    m_resize->setEnabled(resizeSupported());
    m_resizeUnsupported->setVisible(!resizeSupported());

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_current);
    form->addRow(m_scaleOut);
    addField(form, m_countLabel, m_count, kCount);
    form->addRow(m_resize);
    form->addRow(m_resizeUnsupported);
    addField(form, m_nodeTypeLabel, m_nodeType, kNodeType);
    addField(form, m_nodesLabel, m_nodes, kNodes);
    form->addRow(m_target);
    body()->addLayout(form);

    connect(m_scaleOut, &QRadioButton::toggled, this, [this] {
        updateModeWidgets();
        revalidate();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { fieldEdited(kCount); });
    connect(m_nodes, &QSpinBox::valueChanged, this, [this] { fieldEdited(kNodes); });
    connect(m_nodeType, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(kNodeType); });

    updateModeWidgets();
    retranslate();
    revalidate();
    if (resizeSupported())
        loadNodeTypes();
}

ResizeDialog::~ResizeDialog()
{
    m_nodeTypesCall.cancel();
}

bool ResizeDialog::resizeSupported() const
{
    return supportsResizeToNodeType(m_cluster.version);
}

void ResizeDialog::loadNodeTypes()
{
    m_nodeType->clear();
    m_nodeType->addItem(m_cluster.nodeType, m_cluster.nodeType);
    m_nodeTypesCall = m_clusters.nodeTypes(this, [this](api::Result<QList<NodeType>> result) {
        if (!result)
            return; // the current type stays the only choice
        const QString chosen = targetNodeType();
        const QSignalBlocker blocker(m_nodeType);
        m_nodeType->clear();
        m_nodeTypes = result.value();
        for (const NodeType& type : m_nodeTypes)
            m_nodeType->addItem(type.specName, type.specName);
        if (m_nodeType->findData(m_cluster.nodeType) < 0)
            m_nodeType->insertItem(0, m_cluster.nodeType, m_cluster.nodeType);
        m_nodeType->setCurrentIndex(std::max(0, m_nodeType->findData(chosen)));
        revalidate();
    });
}

void ResizeDialog::updateModeWidgets()
{
    const bool scaleOut = m_scaleOut->isChecked();
    for (QWidget* widget : {static_cast<QWidget*>(m_countLabel), static_cast<QWidget*>(m_count)})
        widget->setEnabled(scaleOut);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_nodeTypeLabel), static_cast<QWidget*>(m_nodeType),
          static_cast<QWidget*>(m_nodesLabel), static_cast<QWidget*>(m_nodes)})
        widget->setEnabled(!scaleOut);
}

ResizeRequest ResizeDialog::request() const
{
    if (m_scaleOut->isChecked())
        return ResizeRequest::scaleOut(m_count->value());
    return ResizeRequest::resizeTo(targetNodeType(), m_nodes->value());
}

QString ResizeDialog::targetNodeType() const
{
    return m_nodeType->currentData().toString();
}

int ResizeDialog::targetNodeCount() const
{
    return m_scaleOut->isChecked() ? m_cluster.numberOfNode + m_count->value() : m_nodes->value();
}

QString ResizeDialog::targetText() const
{
    const QString type = m_scaleOut->isChecked() ? m_cluster.nodeType : targetNodeType();
    return tr("After the change: %1, %2 nodes").arg(type).arg(targetNodeCount());
}

bool ResizeDialog::validateInput()
{
    ValidationIssues issues = validate(request(), m_cluster.numberOfNode);
    const ResizeRequest wanted = request();
    if (wanted.kind == ResizeRequest::Kind::Resize && wanted.nodeType == m_cluster.nodeType &&
        wanted.numberOfNode == m_cluster.numberOfNode) {
        issues.append({kNodes, tr("Choose another node type or node count than the cluster "
                                  "has now.")});
    }
    fieldErrors().showIssues(issues);
    m_target->setText(targetText());
    return issues.isEmpty();
}

void ResizeDialog::submit()
{
    setPendingCall(m_clusters.resize(m_cluster.id, request(), m_cluster.numberOfNode, this,
                                     [this](api::Status result) {
                                         if (!result) {
                                             finishFailed(result.error());
                                             return;
                                         }
                                         emit resizeStarted(m_cluster.id);
                                         finishSucceeded();
                                     }));
}

void ResizeDialog::retranslate()
{
    setWindowTitle(tr("Resize Cluster %1").arg(m_cluster.name));
    setConfirmText(tr("&Resize"));
    m_current->setText(tr("Now: %1, %2 nodes").arg(m_cluster.nodeType).arg(m_cluster.numberOfNode));
    m_scaleOut->setText(tr("&Add nodes (scale out)"));
    m_resize->setText(tr("C&hange node type and size (resize)"));
    m_resizeUnsupported->setText(
        tr("Changing the node type needs cluster version 1.5.0 or later; this cluster runs %1.")
            .arg(m_cluster.version.isEmpty() ? tr("an unknown version") : m_cluster.version));
    m_countLabel->setText(tr("Nodes to &add:"));
    m_countLabel->setBuddy(m_count);
    m_nodeTypeLabel->setText(tr("Node &type:"));
    m_nodeTypeLabel->setBuddy(m_nodeType);
    m_nodesLabel->setText(tr("&Nodes after the change:"));
    m_nodesLabel->setBuddy(m_nodes);
    m_target->setText(targetText());
}

} // namespace dws::ui
