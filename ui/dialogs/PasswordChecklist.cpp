#include "PasswordChecklist.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dws::ui {

namespace {
const QColor kMetColour(0x2e, 0x7d, 0x32);
const QColor kUnmetColour(0xb7, 0x1c, 0x1c);
constexpr QChar kCheckMark(0x2713);
constexpr QChar kCrossMark(0x2717);
} // namespace

PasswordChecklist::PasswordChecklist(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void PasswordChecklist::setRules(const QList<Rule>& rules)
{
    m_rules = rules;
    while (m_labels.size() < rules.size()) {
        auto* label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        m_layout->addWidget(label);
        m_labels.append(label);
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QLabel* label = m_labels.at(i);
        if (i >= rules.size()) {
            label->hide();
            continue;
        }
        const Rule& rule = rules.at(i);
        label->setText(QString(rule.met ? kCheckMark : kCrossMark) + QLatin1Char(' ') + rule.text);
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText, rule.met ? kMetColour : kUnmetColour);
        label->setPalette(colours);
        label->setProperty("ruleMet", rule.met);
        label->show();
    }
}

bool PasswordChecklist::allMet() const
{
    for (const Rule& rule : m_rules) {
        if (!rule.met)
            return false;
    }
    return true;
}

QLabel* PasswordChecklist::ruleLabel(int index) const
{
    return index >= 0 && index < m_rules.size() ? m_labels.at(index) : nullptr;
}

} // namespace dws::ui
