#include "ClusterDetailPane.h"

#include "DetailFormatting.h"
#include "DetailSection.h"
#include "dws/ErrorCatalogue.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dws::ui {
namespace {

QString orNone(const QString& text)
{
    return text.trimmed().isEmpty() ? noValueText() : text;
}

QString numberText(std::optional<int> number)
{
    return number ? QString::number(*number) : noValueText();
}

QString progressText(const ActionProgress& progress)
{
    QStringList parts;
    for (const TaskProgress& task : progress.tasks)
        parts << task.task.displayText() + QLatin1String(": ") + task.text;
    return parts.join(QLatin1String(", "));
}

} // namespace

ClusterDetailPane::ClusterDetailPane(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    for (DetailSection** section : {&m_overview, &m_failure, &m_network, &m_resize, &m_maintenance,
                                    &m_parameterGroup, &m_tags}) {
        *section = new DetailSection(content);
        layout->addWidget(*section);
    }
    layout->addStretch(1);
    setWidget(content);
    clear();
}

void ClusterDetailPane::setCluster(const Cluster& cluster)
{
    if (m_cluster && *m_cluster == cluster)
        return;
    m_cluster = cluster;
    rebuild();
}

void ClusterDetailPane::clear()
{
    m_cluster.reset();
    rebuild();
}

void ClusterDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

void ClusterDetailPane::rebuild()
{
    m_overview->setTitle(tr("Overview"));
    m_network->setTitle(tr("Network and endpoints"));
    m_resize->setTitle(tr("Resize"));
    m_failure->setTitle(tr("Failure"));
    m_maintenance->setTitle(tr("Maintenance window"));
    m_tags->setTitle(tr("Tags"));
    m_parameterGroup->setTitle(tr("Parameter group"));
    for (DetailSection* section :
         {m_overview, m_network, m_resize, m_failure, m_maintenance, m_tags, m_parameterGroup})
        section->clear();

    if (!m_cluster) {
        m_title->setText(tr("No cluster selected"));
        for (DetailSection* section :
             {m_overview, m_network, m_resize, m_failure, m_maintenance, m_tags, m_parameterGroup})
            section->setVisible(false);
        return;
    }
    const Cluster& cluster = *m_cluster;
    m_title->setText(cluster.name);
    fillOverview(cluster);
    fillNetwork(cluster);
    fillResize(cluster);
    fillFailure(cluster);
    fillMaintenance(cluster);
    fillTags(cluster);
    fillParameterGroup(cluster);
    for (DetailSection* section : {m_overview, m_network, m_maintenance, m_tags, m_parameterGroup})
        section->setVisible(true);
    m_resize->setVisible(!m_resize->isEmpty());
    m_failure->setVisible(!m_failure->isEmpty());
}

void ClusterDetailPane::fillOverview(const Cluster& cluster)
{
    m_overview->addCopyableRow(tr("ID"), cluster.id);
    m_overview->addRow(tr("Status"), orNone(cluster.status.displayText()),
                       cluster.status.toString());
    m_overview->addRow(tr("Sub-status"), orNone(cluster.subStatus.displayText()),
                       cluster.subStatus.toString());
    m_overview->addRow(tr("Task"),
                       cluster.taskStatus.isIdle() ? tr("None")
                                                   : orNone(cluster.taskStatus.displayText()),
                       cluster.taskStatus.toString());
    if (!cluster.actionProgress.isEmpty())
        m_overview->addRow(tr("Progress"), progressText(cluster.actionProgress));
    m_overview->addRow(tr("Version"), orNone(cluster.version));
    m_overview->addRow(tr("Node type"), orNone(cluster.nodeType));
    if (!cluster.nodeTypeId.isEmpty())
        m_overview->addRow(tr("Node type ID"), cluster.nodeTypeId);
    m_overview->addRow(tr("Nodes"), QString::number(cluster.numberOfNode));
    m_overview->addRow(tr("Availability zone"), orNone(cluster.availabilityZone));
    m_overview->addRow(tr("Administrator"), orNone(cluster.userName));
    m_overview->addRow(tr("Created"), localTimestampText(cluster.created),
                       cluster.created.toString(Qt::ISODate));
    m_overview->addRow(tr("Updated"), localTimestampText(cluster.updated),
                       cluster.updated.toString(Qt::ISODate));
    m_overview->addRow(tr("Enterprise project"), orNone(cluster.enterpriseProjectId));
    m_overview->addRow(tr("Recent events"), QString::number(cluster.recentEvent));
}

void ClusterDetailPane::fillNetwork(const Cluster& cluster)
{
    m_network->addCopyableRow(tr("VPC"), orNone(cluster.vpcId));
    m_network->addCopyableRow(tr("Subnet"), orNone(cluster.subnetId));
    m_network->addCopyableRow(tr("Security group"), orNone(cluster.securityGroupId));
    m_network->addRow(tr("Port"), cluster.port > 0 ? QString::number(cluster.port) : noValueText());
    m_network->addRow(tr("Private IP addresses"),
                      cluster.privateIps.isEmpty() ? noValueText()
                                                   : cluster.privateIps.join(QLatin1String(", ")));
    const PublicIp& publicIp = cluster.publicIp;
    m_network->addRow(tr("Elastic IP binding"), orNone(publicIp.bindType.displayText()));
    if (!publicIp.eipId.isEmpty())
        m_network->addRow(tr("Elastic IP ID"), publicIp.eipId);
    if (!publicIp.eipAddress.isEmpty())
        m_network->addCopyableRow(tr("Elastic IP address"), publicIp.eipAddress);
    if (publicIp.bindFailed())
        m_network->addRow(tr("Elastic IP status"),
                          tr("Binding failed: %1").arg(orNone(publicIp.errorMessage)));
    for (const Endpoint& endpoint : cluster.endpoints) {
        m_network->addCopyableRow(tr("Private address"), endpoint.connectInfo);
        m_network->addCopyableRow(tr("Private JDBC URL"), endpoint.jdbcUrl);
    }
    for (const PublicEndpoint& endpoint : cluster.publicEndpoints) {
        m_network->addCopyableRow(tr("Public address"), endpoint.publicConnectInfo);
        m_network->addCopyableRow(tr("Public JDBC URL"), endpoint.jdbcUrl);
    }
    if (cluster.endpoints.isEmpty() && cluster.publicEndpoints.isEmpty())
        m_network->addNote(tr("No connection addresses yet."));
}

void ClusterDetailPane::fillResize(const Cluster& cluster)
{
    if (!cluster.resizeInfo)
        return;
    const ResizeInfo& resize = *cluster.resizeInfo;
    m_resize->addRow(tr("Status"), orNone(resize.status.displayText()), resize.status.toString());
    m_resize->addRow(tr("Nodes"), tr("%1 → %2").arg(numberText(resize.originNodeNum),
                                                    numberText(resize.targetNodeNum)));
    m_resize->addRow(tr("Node type"), tr("%1 → %2").arg(orNone(resize.originNodeType),
                                                        orNone(resize.targetNodeType)));
    m_resize->addRow(tr("Started"), localTimestampText(resize.startTime),
                     resize.startTime.toString(Qt::ISODate));
}

void ClusterDetailPane::fillFailure(const Cluster& cluster)
{
    if (!cluster.failedReasons || cluster.failedReasons->isEmpty())
        return;
    const ErrorDescription description =
        describeFailedReason(cluster.failedReasons->errorCode, cluster.failedReasons->errorMessage);
    m_failure->addRow(tr("Error code"), orNone(description.code));
    m_failure->addRow(tr("What happened"), orNone(description.message));
    if (!description.serverMessage.isEmpty() && description.serverMessage != description.message)
        m_failure->addRow(tr("Server message"), description.serverMessage);
    m_failure->addRow(tr("What to do"), orNone(description.action));
}

void ClusterDetailPane::fillMaintenance(const Cluster& cluster)
{
    if (!cluster.maintainWindow) {
        m_maintenance->addNote(cluster.hasDetail ? tr("No maintenance window is set.")
                                                 : tr("Loading details…"));
        return;
    }
    m_maintenance->addRow(tr("Window"),
                          maintainWindowText(*cluster.maintainWindow, QTimeZone::systemTimeZone()));
}

void ClusterDetailPane::fillTags(const Cluster& cluster)
{
    if (cluster.tags.isEmpty()) {
        m_tags->addNote(tr("No tags."));
        return;
    }
    for (const Tag& tag : cluster.tags)
        m_tags->addRow(tag.key, orNone(tag.value));
}

void ClusterDetailPane::fillParameterGroup(const Cluster& cluster)
{
    if (!cluster.parameterGroup) {
        m_parameterGroup->addNote(cluster.hasDetail ? tr("No parameter group.")
                                                    : tr("Loading details…"));
        return;
    }
    const ParameterGroup& group = *cluster.parameterGroup;
    m_parameterGroup->addRow(tr("Name"), orNone(group.name));
    m_parameterGroup->addRow(tr("ID"), orNone(group.id));
    m_parameterGroup->addRow(tr("Status"), orNone(group.status.displayText()),
                             group.status.toString());
}

} // namespace dws::ui
