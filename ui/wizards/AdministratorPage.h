#pragma once

#include "FormPage.h"

class QLabel;
class QLineEdit;

namespace dws::ui {

class PasswordChecklist;

// Create cluster: the database administrator's user name and password, typed twice, with a
// live checklist of every password rule.
class AdministratorPage : public FormPage
{
    Q_OBJECT
public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    QString userName() const;
    QString password() const;

protected:
    bool validateInput() override;
    void retranslate() override;

private:
    QLabel* m_userNameLabel;
    QLineEdit* m_userName;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QLabel* m_checklistLabel;
    PasswordChecklist* m_checklist;
};

} // namespace dws::ui
