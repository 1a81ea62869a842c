#include "BusyIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace dws::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch();
    retranslate();
    setVisible(false);
}

void BusyIndicator::start()
{
    m_busy = true;
    setVisible(true);
}

void BusyIndicator::stop()
{
    m_busy = false;
    setVisible(false);
}

void BusyIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BusyIndicator::retranslate()
{
    m_label->setText(tr("Sending the request…"));
}

} // namespace dws::ui
