#pragma once

#include <QGroupBox>

class QFormLayout;

namespace dws::ui {

// One titled group of label/value rows in a detail pane. Values are selectable text; a row
// may carry a copy button. clear() and the add* calls rebuild the rows on every update.
class DetailSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit DetailSection(QWidget* parent = nullptr);

    void clear();
    void addRow(const QString& label, const QString& value, const QString& toolTip = {});
    void addCopyableRow(const QString& label, const QString& value);
    // Rich text (links); `linkActivated` reports clicks.
    void addLinkRow(const QString& label, const QString& html);
    void addNote(const QString& text);
    bool isEmpty() const;

signals:
    void linkActivated(const QString& link);

private:
    QFormLayout* m_form;
};

} // namespace dws::ui
