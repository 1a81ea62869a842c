#include "CreateClusterWizard.h"

#include "AdministratorPage.h"
#include "ClusterBasicsPage.h"
#include "EnterpriseProjectPage.h"
#include "NetworkPage.h"
#include "RequestPreview.h"
#include "SummaryPage.h"
#include "dws/ClusterService.h"
#include "dws/JsonMapping.h"

namespace dws::ui {

CreateClusterWizard::CreateClusterWizard(ClusterService& clusters, QWidget* parent)
    : SubmittingWizard(parent)
    , m_clusters(clusters)
    , m_basics(new ClusterBasicsPage(this))
    , m_network(new NetworkPage(NetworkPage::Purpose::CreateCluster, this))
    , m_administrator(new AdministratorPage(this))
    , m_enterpriseProject(new EnterpriseProjectPage(this))
{
    setObjectName(QStringLiteral("CreateClusterWizard"));
    setPage(BasicsPageId, m_basics);
    setPage(NetworkPageId, m_network);
    setPage(AdministratorPageId, m_administrator);
    setPage(EnterpriseProjectPageId, m_enterpriseProject);
    auto* summary = createSummaryPage();
    setPage(SummaryPageId, summary);
    setSummaryPage(summary);
    connect(m_basics, &ClusterBasicsPage::nodeTypesRetryRequested, this,
            &CreateClusterWizard::loadNodeTypes);
    retranslate();
    loadNodeTypes();
}

CreateClusterWizard::~CreateClusterWizard()
{
    m_nodeTypesCall.cancel();
}

void CreateClusterWizard::loadNodeTypes()
{
    m_basics->setNodeTypesLoading();
    m_nodeTypesCall.cancel();
    m_nodeTypesCall = m_clusters.nodeTypes(this, [this](api::Result<QList<NodeType>> result) {
        if (result)
            m_basics->setNodeTypes(result.value());
        else
            m_basics->setNodeTypesFailed(result.error());
    });
}

CreateClusterRequest CreateClusterWizard::request() const
{
    CreateClusterRequest request;
    request.name = m_basics->clusterName();
    request.nodeType = m_basics->nodeType();
    request.numberOfNode = m_basics->nodeCount();
    request.numberOfCn = m_basics->coordinatorCount();
    request.vpcId = m_network->vpcId();
    request.subnetId = m_network->subnetId();
    request.securityGroupId = m_network->securityGroupId();
    request.availabilityZone = m_network->availabilityZone();
    request.port = m_network->port();
    request.publicIp = m_network->publicIpRequest();
    request.userName = m_administrator->userName();
    request.userPassword = m_administrator->password();
    request.enterpriseProjectId = m_enterpriseProject->enterpriseProjectId();
    return request;
}

SummaryPage* CreateClusterWizard::createSummaryPage()
{
    return new SummaryPage(
        [this] {
            const CreateClusterRequest sent = request();
            SummaryPage::Content content;
            const QString nodeType =
                m_basics->nodeTypeDescription().isEmpty()
                    ? sent.nodeType
                    : tr("%1 (%2)").arg(sent.nodeType, m_basics->nodeTypeDescription());
            content.rows = {
                {tr("Cluster name"), sent.name},
                {tr("Node type"), nodeType},
                {tr("Nodes"), QString::number(sent.numberOfNode)},
                {tr("Coordinator nodes (CN)"), QString::number(sent.numberOfCn.value_or(2))},
                {tr("VPC ID"), sent.vpcId},
                {tr("Subnet ID"), sent.subnetId},
                {tr("Security group ID"), sent.securityGroupId},
                {tr("Availability zone"), sent.availabilityZone.isEmpty()
                                              ? tr("Chosen by the service")
                                              : sent.availabilityZone},
                {tr("Database port"), QString::number(sent.port.value_or(8000))},
                {tr("Public IP"), m_network->publicIpText()},
                {tr("Administrator"), sent.userName},
                {tr("Password"), QStringLiteral("********")},
                {tr("Enterprise project"),
                 sent.enterpriseProjectId.isEmpty() ? tr("Default (0)") : sent.enterpriseProjectId},
            };
            content.note = tr("Creating a cluster takes about 10 to 15 minutes. Its progress is "
                              "shown in the clusters table.");
            content.maskedBody = maskedRequestBody(toJson(sent));
            return content;
        },
        this);
}

void CreateClusterWizard::submit()
{
    const CreateClusterRequest sent = request();
    m_createCall = m_clusters.create(sent, this, [this, name = sent.name](auto result) {
        if (!result) {
            finishFailed(result.error());
            return;
        }
        emit clusterCreated(result.value().id, name, result.value().reconciled);
        finishSucceeded();
    });
}

void CreateClusterWizard::retranslate()
{
    setWindowTitle(tr("Create Cluster"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace dws::ui
