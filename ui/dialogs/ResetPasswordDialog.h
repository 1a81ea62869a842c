#pragma once

#include "OperationDialog.h"
#include "dws/Cluster.h"

class QLabel;
class QLineEdit;

namespace dws {
class ClusterService;
}

namespace dws::ui {

class PasswordChecklist;

// Sets a new administrator password: typed twice, with the live rule checklist. The server's
// "too weak" (DWS.2026), "same as the current one" (2072) and "used before" (2073) are shown
// on the password field.
class ResetPasswordDialog : public OperationDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(ClusterService& clusters, const Cluster& cluster,
                        QWidget* parent = nullptr);

    PasswordChecklist* checklist() const { return m_checklist; }

signals:
    void passwordReset(const QString& clusterId);

protected:
    bool validateInput() override;
    void submit() override;
    void retranslate() override;
    QString fieldForError(const api::ApiError& error) const override;

private:
    ClusterService& m_clusters;
    Cluster m_cluster;
    QLabel* m_explanation;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QLabel* m_checklistLabel;
    PasswordChecklist* m_checklist;
};

} // namespace dws::ui
