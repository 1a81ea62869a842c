#include "ClusterBasicsPage.h"

#include "dws/ErrorCatalogue.h"
#include "dws/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dws::ui {

ClusterBasicsPage::ClusterBasicsPage(QWidget* parent)
    : FormPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nodeTypeLabel(new QLabel(this))
    , m_nodeType(new QComboBox(this))
    , m_nodeTypeDetail(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_nodeCountLabel(new QLabel(this))
    , m_nodeCount(new QSpinBox(this))
    , m_cnCountLabel(new QLabel(this))
    , m_cnCount(new QSpinBox(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(128);
    m_nodeType->setObjectName(QStringLiteral("node_type"));
    m_nodeType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeTypeDetail->setObjectName(QStringLiteral("node_type_detail"));
    m_nodeTypeDetail->setWordWrap(true);
    m_retry->setVisible(false);
    // Wider than the rule allows so that an out-of-range value is explained, not swallowed.
    m_nodeCount->setObjectName(QStringLiteral("number_of_node"));
    m_nodeCount->setRange(0, 999);
    m_nodeCount->setValue(3);
    m_cnCount->setObjectName(QStringLiteral("number_of_cn"));
    m_cnCount->setRange(0, 99);
    m_cnCount->setValue(2);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_nameLabel, m_name, QStringLiteral("name"));
    auto* typeRow = new QWidget(this);
    auto* typeLayout = new QVBoxLayout(typeRow);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    auto* typeChoice = new QHBoxLayout;
    typeChoice->addWidget(m_nodeType, 1);
    typeChoice->addWidget(m_retry);
    typeLayout->addLayout(typeChoice);
    typeLayout->addWidget(m_nodeTypeDetail);
    addField(form, m_nodeTypeLabel, typeRow, QStringLiteral("node_type"));
    fieldErrors().registerField(QStringLiteral("node_type"), m_nodeType,
                                fieldErrors().label(QStringLiteral("node_type")));
    addField(form, m_nodeCountLabel, m_nodeCount, QStringLiteral("number_of_node"));
    addField(form, m_cnCountLabel, m_cnCount, QStringLiteral("number_of_cn"));
    body()->addLayout(form);

    connect(m_name, &QLineEdit::textEdited, this, [this] { fieldEdited(QStringLiteral("name")); });
    connect(m_nodeType, &QComboBox::currentIndexChanged, this, [this] {
        showNodeTypeDetail();
        fieldEdited(QStringLiteral("node_type"));
    });
    connect(m_nodeCount, &QSpinBox::valueChanged, this, [this] {
        fieldEdited(QStringLiteral("number_of_node"));
        // The CN bound depends on the node count.
        fieldErrors().markTouched(QStringLiteral("number_of_cn"));
    });
    connect(m_cnCount, &QSpinBox::valueChanged, this,
            [this] { fieldEdited(QStringLiteral("number_of_cn")); });
    connect(m_retry, &QPushButton::clicked, this, &ClusterBasicsPage::nodeTypesRetryRequested);

    retranslate();
    revalidate();
}

void ClusterBasicsPage::setNodeTypesLoading()
{
    m_nodeTypesLoading = true;
    m_nodeTypesError.reset();
    m_retry->setVisible(false);
    showNodeTypeDetail();
    revalidate();
}

void ClusterBasicsPage::setNodeTypes(const QList<NodeType>& types)
{
    const QString previous = nodeType();
    m_nodeTypesLoading = false;
    m_nodeTypesError.reset();
    m_nodeTypes = types;
    m_retry->setVisible(false);
    {
        const QSignalBlocker blocker(m_nodeType);
        m_nodeType->clear();
        for (const NodeType& type : types)
            m_nodeType->addItem(type.specName, type.specName);
        const int kept = m_nodeType->findData(previous);
        m_nodeType->setCurrentIndex(kept >= 0 ? kept : (types.isEmpty() ? -1 : 0));
    }
    showNodeTypeDetail();
    revalidate();
}

void ClusterBasicsPage::setNodeTypesFailed(const api::ApiError& error)
{
    m_nodeTypesLoading = false;
    m_nodeTypesError = error;
    m_retry->setVisible(true);
    showNodeTypeDetail();
    revalidate();
}

QString ClusterBasicsPage::clusterName() const
{
    return m_name->text().trimmed();
}

QString ClusterBasicsPage::nodeType() const
{
    return m_nodeType->currentData().toString();
}

int ClusterBasicsPage::nodeCount() const
{
    return m_nodeCount->value();
}

int ClusterBasicsPage::coordinatorCount() const
{
    return m_cnCount->value();
}

QString ClusterBasicsPage::nodeTypeDescription() const
{
    const int index = m_nodeType->currentIndex();
    if (index < 0 || index >= m_nodeTypes.size())
        return {};
    return describeNodeType(m_nodeTypes.at(index));
}

QString ClusterBasicsPage::describeNodeType(const NodeType& type)
{
    QStringList parts;
    if (const auto cpus = type.vcpus())
        parts << tr("%1 vCPUs").arg(*cpus);
    if (const auto memory = type.memoryGb())
        parts << tr("%1 GB memory").arg(*memory);
    if (const auto disk = type.diskGb())
        parts << tr("%1 GB %2 disk per node").arg(*disk).arg(type.diskType());
    return parts.join(QStringLiteral(" · "));
}

void ClusterBasicsPage::showNodeTypeDetail()
{
    if (m_nodeTypesLoading) {
        m_nodeTypeDetail->setText(tr("Loading the available node types…"));
    } else if (m_nodeTypesError) {
        const ErrorDescription description = describe(*m_nodeTypesError);
        m_nodeTypeDetail->setText(tr("The node types could not be loaded: %1 %2")
                                      .arg(description.message, description.action));
    } else if (m_nodeTypes.isEmpty()) {
        m_nodeTypeDetail->setText(tr("No node types are offered in this region."));
    } else {
        m_nodeTypeDetail->setText(nodeTypeDescription());
    }
}

bool ClusterBasicsPage::validateInput()
{
    QList<ValidationIssue> issues = validateClusterName(clusterName());
    if (nodeType().isEmpty())
        issues.append({QStringLiteral("node_type"), tr("Choose a node type.")});
    issues.append(validateNodeCount(nodeCount()));
    issues.append(validateCnCount(coordinatorCount(), nodeCount()));
    fieldErrors().showIssues(issues);
    return issues.isEmpty();
}

void ClusterBasicsPage::retranslate()
{
    setTitle(tr("Cluster basics"));
    setSubTitle(tr("Name the cluster and choose its size. The node type and the number of nodes "
                   "decide capacity and price."));
    m_nameLabel->setText(tr("Cluster &name:"));
    m_name->setPlaceholderText(
        tr("4 to 64 characters: letters, digits, - and _, starting with a letter"));
    m_nodeTypeLabel->setText(tr("Node &type:"));
    m_nodeTypeLabel->setBuddy(m_nodeType);
    m_retry->setText(tr("&Retry"));
    m_nodeCountLabel->setText(tr("N&odes:"));
    m_nodeCountLabel->setBuddy(m_nodeCount);
    m_nodeCount->setToolTip(tr("3 to 32 nodes"));
    m_cnCountLabel->setText(tr("&Coordinator nodes (CN):"));
    m_cnCountLabel->setBuddy(m_cnCount);
    m_cnCount->setToolTip(tr("2 to 5, and fewer than the number of nodes"));
    m_nameLabel->setBuddy(m_name);
    showNodeTypeDetail();
}

} // namespace dws::ui
