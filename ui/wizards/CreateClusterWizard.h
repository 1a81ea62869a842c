#pragma once

#include "SubmittingWizard.h"
#include "api/CallHandle.h"
#include "dws/Requests.h"

namespace dws {
class ClusterService;
}

namespace dws::ui {

class AdministratorPage;
class ClusterBasicsPage;
class EnterpriseProjectPage;
class NetworkPage;

// The create-cluster wizard: basics, network, administrator, enterprise project, summary.
// Finish sends the request and keeps the wizard open until the answer; see SubmittingWizard.
class CreateClusterWizard : public SubmittingWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        BasicsPageId,
        NetworkPageId,
        AdministratorPageId,
        EnterpriseProjectPageId,
        SummaryPageId,
    };

    explicit CreateClusterWizard(ClusterService& clusters, QWidget* parent = nullptr);
    ~CreateClusterWizard() override;

    // The request the wizard's values make now.
    CreateClusterRequest request() const;

    ClusterBasicsPage* basicsPage() const { return m_basics; }
    NetworkPage* networkPage() const { return m_network; }
    AdministratorPage* administratorPage() const { return m_administrator; }
    EnterpriseProjectPage* enterpriseProjectPage() const { return m_enterpriseProject; }

signals:
    // The service accepted the request: the cluster exists now and is being created.
    // `reconciled`: the answer was lost and the new cluster was found by listing its name.
    void clusterCreated(const QString& clusterId, const QString& name, bool reconciled);

protected:
    void submit() override;
    void retranslate() override;

private:
    void loadNodeTypes();
    SummaryPage* createSummaryPage();

    ClusterService& m_clusters;
    ClusterBasicsPage* m_basics;
    NetworkPage* m_network;
    AdministratorPage* m_administrator;
    EnterpriseProjectPage* m_enterpriseProject;
    api::CallHandle m_nodeTypesCall;
    api::CallHandle m_createCall;
};

} // namespace dws::ui
