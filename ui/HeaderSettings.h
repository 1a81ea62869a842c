#pragma once

#include <QObject>
#include <QString>

class QHeaderView;

namespace dws::ui {

// Remembers a table header's column order, widths, hidden columns and sort order in
// QSettings (key "views/<name>/header"), and gives the header a context menu to show or
// hide columns.
class HeaderSettings : public QObject
{
    Q_OBJECT
public:
    HeaderSettings(QHeaderView* header, const QString& name, QObject* parent = nullptr);

    // Applies the saved state, if any; call once the model has its columns. Nothing is saved
    // before this is called.
    bool restore();
    void save() const;

private:
    void showColumnMenu(const QPoint& position);

    QHeaderView* m_header;
    QString m_key;
    bool m_restored = false;
};

} // namespace dws::ui
