#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace dws::ui {

// "Sending…" with an indeterminate bar, shown while a request is on its way.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start();
    void stop();
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
    QProgressBar* m_bar;
    bool m_busy = false;
};

} // namespace dws::ui
