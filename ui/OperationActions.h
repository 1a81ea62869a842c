#pragma once

#include "dws/ActionRules.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;

namespace dws::ui {

// One QAction per operation (toolbar, menus, context menus and shortcuts share them). Each
// is enabled only where dws::decide() allows it; a disabled action's tooltip and status tip
// say why.
class OperationActions : public QObject
{
    Q_OBJECT
public:
    explicit OperationActions(QObject* parent = nullptr);

    QAction* action(Operation operation) const;
    QList<Operation> operations() const;

    // Re-decides every action from what is selected now.
    void update(const ActionContext& context);
    // The verdict of the last update() for this operation.
    Verdict verdict(Operation operation) const;
    void retranslate();

signals:
    void triggered(dws::Operation operation);

private:
    struct Entry
    {
        QAction* action = nullptr;
        Verdict verdict;
    };
    QString text(Operation operation) const;
    QString description(Operation operation) const;
    void applyVerdict(Operation operation);

    QHash<Operation, Entry> m_entries;
    QList<Operation> m_order;
    std::optional<Cluster> m_cluster; // the selection the verdicts were made for
};

} // namespace dws::ui
