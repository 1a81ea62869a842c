#include "RestartClusterDialog.h"

#include "dws/ClusterService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dws::ui {

RestartClusterDialog::RestartClusterDialog(ClusterService& clusters, const Cluster& cluster,
                                           QWidget* parent)
    : OperationDialog(parent)
    , m_clusters(clusters)
    , m_cluster(cluster)
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("RestartClusterDialog"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    body()->addWidget(m_warning);
    retranslate();
    revalidate();
}

void RestartClusterDialog::submit()
{
    setPendingCall(m_clusters.restart(m_cluster.id, this, [this](api::Status result) {
        if (!result) {
            finishFailed(result.error());
            return;
        }
        emit restartStarted(m_cluster.id);
        finishSucceeded();
    }));
}

void RestartClusterDialog::retranslate()
{
    setWindowTitle(tr("Restart Cluster %1").arg(m_cluster.name));
    setConfirmText(tr("&Restart"));
    m_warning->setText(
        tr("Restart cluster %1? Every client connection drops and running queries and "
           "transactions are cancelled. The cluster is unavailable until the restart ends, "
           "usually a few minutes.")
            .arg(m_cluster.name));
}

} // namespace dws::ui
