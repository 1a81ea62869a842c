#include "DeleteSnapshotDialog.h"

#include "dws/SnapshotService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dws::ui {

DeleteSnapshotDialog::DeleteSnapshotDialog(SnapshotService& snapshots, const Snapshot& snapshot,
                                           QWidget* parent)
    : OperationDialog(parent)
    , m_snapshots(snapshots)
    , m_snapshot(snapshot)
    , m_question(new QLabel(this))
{
    setObjectName(QStringLiteral("DeleteSnapshotDialog"));
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    body()->addWidget(m_question);
    retranslate();
    revalidate();
}

bool DeleteSnapshotDialog::isManual() const
{
    // The reference knows only MANUAL; an empty type is taken as manual too.
    return m_snapshot.type.isEmpty() ||
           m_snapshot.type.compare(QLatin1String("MANUAL"), Qt::CaseInsensitive) == 0;
}

bool DeleteSnapshotDialog::validateInput()
{
    return isManual();
}

void DeleteSnapshotDialog::submit()
{
    setPendingCall(m_snapshots.remove(m_snapshot.id, this, [this](api::Status result) {
        if (!result) {
            finishFailed(result.error());
            return;
        }
        emit snapshotDeleted(m_snapshot.id);
        finishSucceeded();
    }));
}

void DeleteSnapshotDialog::retranslate()
{
    setWindowTitle(tr("Delete Snapshot %1").arg(m_snapshot.name));
    setConfirmText(tr("&Delete Snapshot"));
    if (isManual()) {
        m_question->setText(tr("Delete the manual snapshot %1? A cluster can no longer be "
                               "restored from it. This cannot be undone.")
                                .arg(m_snapshot.name));
    } else {
        m_question->setText(tr("Snapshot %1 is of type %2. Only manual snapshots can be deleted.")
                                .arg(m_snapshot.name, m_snapshot.type));
    }
}

} // namespace dws::ui
