#pragma once

#include "OperationDialog.h"
#include "dws/Cluster.h"
#include "dws/Requests.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dws {
class SnapshotService;
}

namespace dws::ui {

// Takes a manual snapshot of a cluster: a name (4..64, starting with a letter; letters,
// digits, - and _) and an optional description.
class CreateSnapshotDialog : public OperationDialog
{
    Q_OBJECT
public:
    CreateSnapshotDialog(SnapshotService& snapshots, const Cluster& cluster,
                         QWidget* parent = nullptr);

    CreateSnapshotRequest request() const;

signals:
    void snapshotCreated(const QString& snapshotId, const QString& name);

protected:
    bool validateInput() override;
    void submit() override;
    void retranslate() override;

private:
    SnapshotService& m_snapshots;
    Cluster m_cluster;
    QLabel* m_explanation;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
};

} // namespace dws::ui
