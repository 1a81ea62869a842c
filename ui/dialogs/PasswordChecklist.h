#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace dws::ui {

// A live list of the password rules, each marked as met or not yet met while the operator
// types. The rules come from the core's validation (already translated) plus any the form
// adds (e.g. "both entries match").
class PasswordChecklist : public QWidget
{
    Q_OBJECT
public:
    struct Rule
    {
        QString text;
        bool met = false;
    };

    explicit PasswordChecklist(QWidget* parent = nullptr);

    void setRules(const QList<Rule>& rules);
    QList<Rule> rules() const { return m_rules; }
    bool allMet() const;

    // The label showing rule `index`, for tests and accessibility.
    QLabel* ruleLabel(int index) const;

private:
    QVBoxLayout* m_layout;
    QList<Rule> m_rules;
    QList<QLabel*> m_labels;
};

} // namespace dws::ui
