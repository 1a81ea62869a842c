#include "RestoreWizard.h"

#include "EnterpriseProjectPage.h"
#include "NetworkPage.h"
#include "RequestPreview.h"
#include "RestoreNamePage.h"
#include "SummaryPage.h"
#include "dws/JsonMapping.h"
#include "dws/SnapshotService.h"

namespace dws::ui {

RestoreWizard::RestoreWizard(SnapshotService& snapshots, const Snapshot& snapshot,
                             const std::optional<Cluster>& sourceCluster, QWidget* parent)
    : SubmittingWizard(parent)
    , m_snapshots(snapshots)
    , m_snapshot(snapshot)
    , m_source(sourceCluster)
    , m_name(new RestoreNamePage(snapshot.name, sourceCluster ? sourceCluster->nodeType : QString(),
                                 sourceCluster ? sourceCluster->numberOfNode : 0, this))
    , m_network(new NetworkPage(NetworkPage::Purpose::Restore, this))
    , m_enterpriseProject(new EnterpriseProjectPage(this))
{
    setObjectName(QStringLiteral("RestoreWizard"));
    setPage(NamePageId, m_name);
    setPage(NetworkPageId, m_network);
    setPage(EnterpriseProjectPageId, m_enterpriseProject);
    auto* summary = createSummaryPage();
    setPage(SummaryPageId, summary);
    setSummaryPage(summary);
    if (m_source) {
        m_network->prefill(m_source->vpcId, m_source->subnetId, m_source->securityGroupId,
                           m_source->availabilityZone);
    }
    retranslate();
}

RestoreRequest RestoreWizard::request() const
{
    RestoreRequest request;
    request.name = m_name->clusterName();
    // Values equal to the source's are sent too: the summary shows exactly what is sent.
    request.vpcId = m_network->vpcId();
    request.subnetId = m_network->subnetId();
    request.securityGroupId = m_network->securityGroupId();
    request.availabilityZone = m_network->availabilityZone();
    request.port = m_network->port();
    request.publicIp = m_network->publicIpRequest();
    request.enterpriseProjectId = m_enterpriseProject->enterpriseProjectId();
    return request;
}

SummaryPage* RestoreWizard::createSummaryPage()
{
    return new SummaryPage(
        [this] {
            const RestoreRequest sent = request();
            const auto orSource = [this](const QString& value) {
                return value.isEmpty() ? tr("The source cluster's") : value;
            };
            SummaryPage::Content content;
            content.rows = {
                {tr("Snapshot"), m_snapshot.name},
                {tr("New cluster name"), sent.name},
                {tr("Node type and size"), m_name->sizeText()},
                {tr("VPC ID"), orSource(sent.vpcId)},
                {tr("Subnet ID"), orSource(sent.subnetId)},
                {tr("Security group ID"), orSource(sent.securityGroupId)},
                {tr("Availability zone"), orSource(sent.availabilityZone)},
                {tr("Database port"), QString::number(sent.port.value_or(8000))},
                {tr("Public IP"), m_network->publicIpText()},
                {tr("Enterprise project"),
                 sent.enterpriseProjectId.isEmpty() ? tr("Default (0)") : sent.enterpriseProjectId},
            };
            content.note = tr("The snapshot is restored into a new cluster; this takes a while. "
                              "Its progress is shown in the clusters table.");
            content.maskedBody = maskedRequestBody(toJson(sent));
            return content;
        },
        this);
}

void RestoreWizard::submit()
{
    const RestoreRequest sent = request();
    m_restoreCall =
        m_snapshots.restore(m_snapshot.id, sent, this, [this, name = sent.name](auto result) {
            if (!result) {
                finishFailed(result.error());
                return;
            }
            emit clusterRestored(result.value().id, name, result.value().reconciled);
            finishSucceeded();
        });
}

void RestoreWizard::retranslate()
{
    setWindowTitle(tr("Restore Snapshot"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Restore"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace dws::ui
