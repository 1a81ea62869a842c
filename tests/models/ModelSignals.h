#pragma once

// Records every structural and data signal of a model, to assert exactly what a refresh emits.

#include <QAbstractItemModel>
#include <QSignalSpy>

class ModelSignals
{
public:
    explicit ModelSignals(const QAbstractItemModel* model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , headerDataChanged(model, &QAbstractItemModel::headerDataChanged)
        , rowsInserted(model, &QAbstractItemModel::rowsInserted)
        , rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
        , rowsMoved(model, &QAbstractItemModel::rowsMoved)
        , columnsInserted(model, &QAbstractItemModel::columnsInserted)
        , columnsRemoved(model, &QAbstractItemModel::columnsRemoved)
        , modelReset(model, &QAbstractItemModel::modelReset)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
    {}

    int total() const
    {
        return int(dataChanged.size() + headerDataChanged.size() + rowsInserted.size() +
                   rowsRemoved.size() + rowsMoved.size() + columnsInserted.size() +
                   columnsRemoved.size() + modelReset.size() + layoutChanged.size());
    }

    void clear()
    {
        for (QSignalSpy* spy :
             {&dataChanged, &headerDataChanged, &rowsInserted, &rowsRemoved, &rowsMoved,
              &columnsInserted, &columnsRemoved, &modelReset, &layoutChanged})
            spy->clear();
    }

    QSignalSpy dataChanged;
    QSignalSpy headerDataChanged;
    QSignalSpy rowsInserted;
    QSignalSpy rowsRemoved;
    QSignalSpy rowsMoved;
    QSignalSpy columnsInserted;
    QSignalSpy columnsRemoved;
    QSignalSpy modelReset;
    QSignalSpy layoutChanged;
};
