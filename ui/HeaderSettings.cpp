#include "HeaderSettings.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace dws::ui {

HeaderSettings::HeaderSettings(QHeaderView* header, const QString& name, QObject* parent)
    : QObject(parent)
    , m_header(header)
    , m_key(QLatin1String("views/") + name + QLatin1String("/header"))
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->setSectionsMovable(true);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            &HeaderSettings::showColumnMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, &HeaderSettings::save);
    connect(m_header, &QHeaderView::sectionResized, this, &HeaderSettings::save);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &HeaderSettings::save);
}

bool HeaderSettings::restore()
{
    m_restored = true;
    const QByteArray state = QSettings().value(m_key).toByteArray();
    return !state.isEmpty() && m_header->restoreState(state);
}

void HeaderSettings::save() const
{
    // Default widths set before restore() must not overwrite what the user chose last time.
    if (!m_restored)
        return;
    QSettings().setValue(m_key, m_header->saveState());
}

void HeaderSettings::showColumnMenu(const QPoint& position)
{
    const QAbstractItemModel* model = m_header->model();
    if (!model)
        return;
    QMenu menu;
    menu.setTitle(tr("Columns"));
    int visibleCount = 0;
    for (int section = 0; section < model->columnCount(); ++section)
        visibleCount += m_header->isSectionHidden(section) ? 0 : 1;
    for (int section = 0; section < model->columnCount(); ++section) {
        QAction* toggle =
            menu.addAction(model->headerData(section, m_header->orientation()).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_header->isSectionHidden(section));
        // The last visible column stays: a table without columns cannot be brought back.
        toggle->setEnabled(m_header->isSectionHidden(section) || visibleCount > 1);
        connect(toggle, &QAction::toggled, this, [this, section](bool visible) {
            m_header->setSectionHidden(section, !visible);
            save();
        });
    }
    menu.addSeparator();
    QAction* resetAction = menu.addAction(tr("Show all columns"));
    connect(resetAction, &QAction::triggered, this, [this, model] {
        for (int section = 0; section < model->columnCount(); ++section)
            m_header->setSectionHidden(section, false);
        save();
    });
    menu.exec(m_header->mapToGlobal(position));
}

} // namespace dws::ui
