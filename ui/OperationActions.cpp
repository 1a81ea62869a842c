#include "OperationActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace dws::ui {
namespace {

QKeySequence shortcutFor(Operation operation)
{
    switch (operation) {
    case Operation::Refresh:
        return QKeySequence::Refresh;
    case Operation::CreateCluster:
        return QKeySequence(QStringLiteral("Ctrl+N"));
    case Operation::RestoreSnapshot:
        return QKeySequence(QStringLiteral("Ctrl+Shift+R"));
    case Operation::ResizeCluster:
        return QKeySequence(QStringLiteral("Ctrl+Shift+E"));
    case Operation::RestartCluster:
        return QKeySequence(QStringLiteral("Ctrl+Shift+B"));
    case Operation::ResetPassword:
        return QKeySequence(QStringLiteral("Ctrl+Shift+P"));
    case Operation::CreateSnapshot:
        return QKeySequence(QStringLiteral("Ctrl+Shift+S"));
    case Operation::DeleteCluster:
        return QKeySequence(QStringLiteral("Ctrl+Del"));
    case Operation::DeleteSnapshot:
        return QKeySequence(QStringLiteral("Ctrl+Shift+Del"));
    }
    return {};
}

QIcon iconFor(Operation operation)
{
    switch (operation) {
    case Operation::Refresh:
        return QIcon::fromTheme(QStringLiteral("view-refresh"));
    case Operation::CreateCluster:
        return QIcon::fromTheme(QStringLiteral("list-add"));
    case Operation::RestoreSnapshot:
        return QIcon::fromTheme(QStringLiteral("document-revert"));
    case Operation::ResizeCluster:
        return QIcon::fromTheme(QStringLiteral("zoom-in"));
    case Operation::RestartCluster:
        return QIcon::fromTheme(QStringLiteral("system-reboot"));
    case Operation::ResetPassword:
        return QIcon::fromTheme(QStringLiteral("dialog-password"));
    case Operation::CreateSnapshot:
        return QIcon::fromTheme(QStringLiteral("camera-photo"));
    case Operation::DeleteCluster:
    case Operation::DeleteSnapshot:
        return QIcon::fromTheme(QStringLiteral("edit-delete"));
    }
    return {};
}

} // namespace

OperationActions::OperationActions(QObject* parent)
    : QObject(parent)
    , m_order{Operation::Refresh,        Operation::CreateCluster,   Operation::ResizeCluster,
              Operation::RestartCluster, Operation::ResetPassword,   Operation::CreateSnapshot,
              Operation::DeleteCluster,  Operation::RestoreSnapshot, Operation::DeleteSnapshot}
{
    for (Operation operation : std::as_const(m_order)) {
        auto* action = new QAction(this);
        action->setShortcut(shortcutFor(operation));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setIcon(iconFor(operation));
        connect(action, &QAction::triggered, this, [this, operation] {
            // A shortcut can fire while a stale verdict is shown; re-check before acting.
            if (m_entries.value(operation).verdict.allowed())
                emit triggered(operation);
        });
        m_entries.insert(operation, Entry{action, Verdict{Refusal::NotSignedIn, {}}});
    }
    retranslate();
    update({});
}

QAction* OperationActions::action(Operation operation) const
{
    return m_entries.value(operation).action;
}

QList<Operation> OperationActions::operations() const
{
    return m_order;
}

Verdict OperationActions::verdict(Operation operation) const
{
    return m_entries.value(operation).verdict;
}

void OperationActions::update(const ActionContext& context)
{
    m_cluster = context.cluster ? std::optional<Cluster>(*context.cluster) : std::nullopt;
    for (Operation operation : std::as_const(m_order)) {
        m_entries[operation].verdict = decide(operation, context);
        applyVerdict(operation);
    }
}

void OperationActions::applyVerdict(Operation operation)
{
    const Entry& entry = m_entries[operation];
    const Cluster* cluster = m_cluster ? &*m_cluster : nullptr;
    QString tip = description(operation);
    if (!entry.verdict.allowed())
        tip = tr("%1 — not available: %2")
                  .arg(text(operation).remove(QLatin1Char('&')),
                       explainRefusal(entry.verdict.refusal, cluster));
    else if (const QString limits = explainLimits(operation, entry.verdict, cluster);
             !limits.isEmpty())
        tip = tip + QLatin1Char('\n') + limits;
    if (!entry.action->shortcut().isEmpty())
        tip += QLatin1String(" (") + entry.action->shortcut().toString(QKeySequence::NativeText) +
               QLatin1Char(')');
    entry.action->setEnabled(entry.verdict.allowed());
    entry.action->setToolTip(tip);
    entry.action->setStatusTip(tip);
}

void OperationActions::retranslate()
{
    for (Operation operation : std::as_const(m_order)) {
        m_entries[operation].action->setText(text(operation));
        applyVerdict(operation);
    }
}

QString OperationActions::text(Operation operation) const
{
    switch (operation) {
    case Operation::Refresh:
        return tr("&Refresh");
    case Operation::CreateCluster:
        return tr("&Create Cluster…");
    case Operation::RestoreSnapshot:
        return tr("Res&tore to New Cluster…");
    case Operation::ResizeCluster:
        return tr("Resi&ze…");
    case Operation::RestartCluster:
        return tr("Re&start…");
    case Operation::ResetPassword:
        return tr("Reset &Password…");
    case Operation::CreateSnapshot:
        return tr("Create S&napshot…");
    case Operation::DeleteCluster:
        return tr("&Delete Cluster…");
    case Operation::DeleteSnapshot:
        return tr("De&lete Snapshot…");
    }
    return {};
}

QString OperationActions::description(Operation operation) const
{
    switch (operation) {
    case Operation::Refresh:
        return tr("Reload clusters, snapshots and node types now");
    case Operation::CreateCluster:
        return tr("Create a new cluster");
    case Operation::RestoreSnapshot:
        return tr("Restore the selected snapshot to a new cluster");
    case Operation::ResizeCluster:
        return tr("Add nodes to the selected cluster or change its node type");
    case Operation::RestartCluster:
        return tr("Restart the selected cluster");
    case Operation::ResetPassword:
        return tr("Reset the administrator password of the selected cluster");
    case Operation::CreateSnapshot:
        return tr("Create a manual snapshot of the selected cluster");
    case Operation::DeleteCluster:
        return tr("Delete the selected cluster");
    case Operation::DeleteSnapshot:
        return tr("Delete the selected manual snapshot");
    }
    return {};
}

} // namespace dws::ui
