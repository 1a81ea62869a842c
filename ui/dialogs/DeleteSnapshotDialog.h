#pragma once

#include "OperationDialog.h"
#include "dws/Snapshot.h"

class QLabel;

namespace dws {
class SnapshotService;
}

namespace dws::ui {

// Deletes a manual snapshot after confirmation; automated snapshots cannot be deleted.
class DeleteSnapshotDialog : public OperationDialog
{
    Q_OBJECT
public:
    DeleteSnapshotDialog(SnapshotService& snapshots, const Snapshot& snapshot,
                         QWidget* parent = nullptr);

    bool isManual() const;

signals:
    void snapshotDeleted(const QString& snapshotId);

protected:
    bool validateInput() override;
    void submit() override;
    void retranslate() override;

private:
    SnapshotService& m_snapshots;
    Snapshot m_snapshot;
    QLabel* m_question;
};

} // namespace dws::ui
