#include "DetailSection.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dws::ui {
namespace {

QLabel* valueLabel(const QString& text, QWidget* parent, bool wrap = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DetailSection::DetailSection(QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
{
    // Never squeezed below its rows' height: the pane scrolls instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void DetailSection::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

bool DetailSection::isEmpty() const
{
    return m_form->rowCount() == 0;
}

void DetailSection::addRow(const QString& label, const QString& value, const QString& toolTip)
{
    // Long texts (failure explanations) wrap; short values stay on one line.
    QLabel* field = valueLabel(value, this, value.size() > 60);
    field->setToolTip(toolTip);
    m_form->addRow(label, field);
}

void DetailSection::addCopyableRow(const QString& label, const QString& value)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* field = valueLabel(value, row);
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    field->setToolTip(value);
    auto* copy = new QToolButton(row);
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(copy->icon().isNull() ? Qt::ToolButtonTextOnly
                                                   : Qt::ToolButtonIconOnly);
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QToolButton::clicked, copy,
            [value] { QApplication::clipboard()->setText(value); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    m_form->addRow(label, row);
}

void DetailSection::addLinkRow(const QString& label, const QString& html)
{
    auto* field = new QLabel(html, this);
    field->setTextFormat(Qt::RichText);
    field->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(field, &QLabel::linkActivated, this, &DetailSection::linkActivated);
    m_form->addRow(label, field);
}

void DetailSection::addNote(const QString& text)
{
    QLabel* note = valueLabel(text, this, true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
}

} // namespace dws::ui
