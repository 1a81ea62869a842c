#include "DeleteClusterDialog.h"

#include "dws/ClusterService.h"
#include "dws/Validation.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dws::ui {

namespace {
const QString kKeep = QStringLiteral("keep_last_manual_snapshot");
const QString kConfirmName = QStringLiteral("confirm_name");
} // namespace

DeleteClusterDialog::DeleteClusterDialog(ClusterService& clusters, const Cluster& cluster,
                                         QWidget* parent)
    : OperationDialog(parent)
    , m_clusters(clusters)
    , m_cluster(cluster)
    , m_warning(new QLabel(this))
    , m_snapshotFirst(new QPushButton(this))
    , m_keepLabel(new QLabel(this))
    , m_keep(new QSpinBox(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirmName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("DeleteClusterDialog"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_snapshotFirst->setObjectName(QStringLiteral("snapshot_first"));
    m_keep->setObjectName(kKeep);
    m_keep->setRange(-1, 999);
    m_keep->setValue(0);
    m_confirmName->setObjectName(kConfirmName);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, m_keepLabel, m_keep, kKeep);
    addField(form, m_confirmLabel, m_confirmName, kConfirmName);
    auto* snapshotRow = new QHBoxLayout;
    snapshotRow->addWidget(m_snapshotFirst);
    snapshotRow->addStretch();
    body()->addWidget(m_warning);
    body()->addLayout(snapshotRow);
    body()->addLayout(form);

    connect(m_keep, &QSpinBox::valueChanged, this, [this] { fieldEdited(kKeep); });
    connect(m_confirmName, &QLineEdit::textEdited, this, [this] { revalidate(); });
    connect(m_snapshotFirst, &QPushButton::clicked, this, [this] {
        emit snapshotRequested(m_cluster.id);
        reject();
    });
    retranslate();
    revalidate();
}

DeleteClusterRequest DeleteClusterDialog::request() const
{
    DeleteClusterRequest request;
    request.keepLastManualSnapshot = m_keep->value();
    return request;
}

bool DeleteClusterDialog::validateInput()
{
    const ValidationIssues issues = validate(request());
    fieldErrors().showIssues(issues);
    // No message for the name: Delete simply stays disabled until it matches exactly.
    return issues.isEmpty() && m_confirmName->text() == m_cluster.name;
}

void DeleteClusterDialog::submit()
{
    setPendingCall(m_clusters.remove(m_cluster.id, request(), this, [this](api::Status result) {
        if (!result) {
            finishFailed(result.error());
            return;
        }
        emit clusterDeleted(m_cluster.id);
        finishSucceeded();
    }));
}

void DeleteClusterDialog::retranslate()
{
    setWindowTitle(tr("Delete Cluster %1").arg(m_cluster.name));
    setConfirmText(tr("&Delete Cluster"));
    m_warning->setText(
        tr("Deleting cluster %1 deletes its nodes, every database in it and its data, its "
           "endpoints and, unless bound to another resource, its public IP. Automated snapshots "
           "are deleted; manual snapshots are deleted too except the most recent ones you keep "
           "below. This cannot be undone.")
            .arg(m_cluster.name));
    m_snapshotFirst->setText(tr("Take a &Snapshot First…"));
    m_snapshotFirst->setToolTip(
        tr("Closes this dialog and opens Create Snapshot, so you can delete after it finished."));
    m_keepLabel->setText(tr("&Keep the last manual snapshots:"));
    m_keepLabel->setBuddy(m_keep);
    m_keep->setToolTip(tr("How many of the most recent manual snapshots to keep; 0 keeps none."));
    m_confirmLabel->setText(tr("Type the cluster name &%1 to confirm:").arg(m_cluster.name));
    m_confirmLabel->setBuddy(m_confirmName);
    m_confirmName->setPlaceholderText(m_cluster.name);
}

} // namespace dws::ui
