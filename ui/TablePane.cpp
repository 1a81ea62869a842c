#include "TablePane.h"

#include "HeaderSettings.h"
#include "models/ModelRoles.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dws::ui {

TablePane::TablePane(QSortFilterProxyModel* proxy, const QString& settingsName,
                     FilterSetter setFilter, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (setFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(settingsName + QLatin1String("Filter"));
        m_filter->setClearButtonEnabled(true);
        connect(m_filter, &QLineEdit::textChanged, this, std::move(setFilter));
        layout->addWidget(m_filter);
    }
    layout->addWidget(m_view);

    m_view->setObjectName(settingsName + QLatin1String("View"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    // Uniform rows: a fixed height, never sized to contents over all rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_headerSettings = new HeaderSettings(m_view->horizontalHeader(), settingsName, this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentId();
        if (id != m_lastId) {
            m_lastId = id;
            emit currentIdChanged(id);
        }
    });
    // Rows vanishing (deleted cluster, filter) can change the current row without a
    // currentRowChanged carrying a new id; check after every structural change.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(proxy, signal, this, [this] {
            const QString id = currentId();
            if (id != m_lastId) {
                m_lastId = id;
                emit currentIdChanged(id);
            }
        });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_lastId.isEmpty() && currentId().isEmpty()) {
            m_lastId.clear();
            emit currentIdChanged(QString());
        }
    });
}

QString TablePane::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.siblingAtColumn(0).data(IdRole).toString();
}

bool TablePane::selectId(const QString& id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() != id)
            continue;
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

void TablePane::restoreHeader()
{
    m_headerSettings->restore();
}

void TablePane::setFilterPlaceholder(const QString& text)
{
    if (m_filter)
        m_filter->setPlaceholderText(text);
}

} // namespace dws::ui
