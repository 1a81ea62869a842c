#include "SummaryPage.h"

#include "dialogs/BusyIndicator.h"
#include "dialogs/ErrorPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dws::ui {

SummaryPage::SummaryPage(std::function<Content()> content, QWidget* parent)
    : QWizardPage(parent)
    , m_content(std::move(content))
    , m_note(new QLabel(this))
    , m_form(new QFormLayout)
    , m_bodyLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_busyIndicator(new BusyIndicator(this))
{
    m_note->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("request_body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setMaximumHeight(120);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_busyIndicator);
    setFinalPage(true);
    retranslate();
}

void SummaryPage::initializePage()
{
    refresh();
}

bool SummaryPage::isComplete() const
{
    return !m_busy;
}

void SummaryPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_busyIndicator->start();
    else
        m_busyIndicator->stop();
    emit completeChanged();
}

QString SummaryPage::valueFor(const QString& label) const
{
    for (const Row& row : m_rows) {
        if (row.first == label)
            return row.second;
    }
    return {};
}

QString SummaryPage::bodyText() const
{
    return m_body->toPlainText();
}

void SummaryPage::refresh()
{
    const Content content = m_content();
    m_rows = content.rows;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const Row& row : content.rows) {
        auto* value = new QLabel(row.second, this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(tr("%1:").arg(row.first), value);
    }
    m_note->setText(content.note);
    m_note->setVisible(!content.note.isEmpty());
    m_body->setPlainText(QString::fromUtf8(content.maskedBody));
}

void SummaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (wizard() && wizard()->currentPage() == this)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be sent. Nothing is sent before you confirm."));
    m_bodyLabel->setText(tr("Request body (password masked):"));
}

} // namespace dws::ui
