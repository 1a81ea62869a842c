#pragma once

#include "FormPage.h"

class QLabel;
class QLineEdit;

namespace dws::ui {

// The optional enterprise project; empty means the default project ("0").
class EnterpriseProjectPage : public FormPage
{
    Q_OBJECT
public:
    explicit EnterpriseProjectPage(QWidget* parent = nullptr);

    QString enterpriseProjectId() const; // empty: not set (the default project)

protected:
    bool validateInput() override;
    void retranslate() override;

private:
    QLabel* m_explanation;
    QLabel* m_projectLabel;
    QLineEdit* m_project;
};

} // namespace dws::ui
