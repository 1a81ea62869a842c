#pragma once

#include "SubmittingWizard.h"
#include "api/CallHandle.h"
#include "dws/Cluster.h"
#include "dws/Requests.h"
#include "dws/Snapshot.h"

#include <optional>

namespace dws {
class SnapshotService;
}

namespace dws::ui {

class EnterpriseProjectPage;
class NetworkPage;
class RestoreNamePage;

// Restores a snapshot into a new cluster: name, network (prefilled from the source cluster),
// enterprise project, summary. Same sending and failure behaviour as the create wizard.
class RestoreWizard : public SubmittingWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        NamePageId,
        NetworkPageId,
        EnterpriseProjectPageId,
        SummaryPageId,
    };

    // sourceCluster: the snapshot's cluster when it still exists (prefills the network and
    // tells the node type and size).
    RestoreWizard(SnapshotService& snapshots, const Snapshot& snapshot,
                  const std::optional<Cluster>& sourceCluster, QWidget* parent = nullptr);

    RestoreRequest request() const;
    const Snapshot& snapshot() const { return m_snapshot; }

    RestoreNamePage* namePage() const { return m_name; }
    NetworkPage* networkPage() const { return m_network; }
    EnterpriseProjectPage* enterpriseProjectPage() const { return m_enterpriseProject; }

signals:
    // `reconciled`: the answer was lost and the new cluster was found by listing its name.
    void clusterRestored(const QString& clusterId, const QString& name, bool reconciled);

protected:
    void submit() override;
    void retranslate() override;

private:
    SummaryPage* createSummaryPage();

    SnapshotService& m_snapshots;
    Snapshot m_snapshot;
    std::optional<Cluster> m_source;
    RestoreNamePage* m_name;
    NetworkPage* m_network;
    EnterpriseProjectPage* m_enterpriseProject;
    api::CallHandle m_restoreCall;
};

} // namespace dws::ui
