#include "PasswordRules.h"

#include <QCoreApplication>

namespace dws::ui {

PasswordVerdict checkNewPassword(const QString& password, const QString& confirmation,
                                 const QString& userName, const QString& passwordField,
                                 const QString& confirmationField)
{
    PasswordVerdict verdict;
    const QList<PasswordRuleCheck> checks = passwordChecklist(password, userName);
    for (const PasswordRuleCheck& check : checks)
        verdict.checklist.append({check.text, check.met});
    const bool entriesMatch = !password.isEmpty() && password == confirmation;
    verdict.checklist.append(
        {QCoreApplication::translate("dws::ui::PasswordRules", "Both entries match"),
         entriesMatch});

    verdict.issues = validatePassword(password, userName, passwordField);
    if (confirmation.isEmpty()) {
        verdict.issues.append({confirmationField, QCoreApplication::translate(
                                                      "dws::ui::PasswordRules",
                                                      "Type the password again to confirm it.")});
    } else if (!entriesMatch) {
        verdict.issues.append(
            {confirmationField,
             QCoreApplication::translate("dws::ui::PasswordRules",
                                         "The two entries differ. Type the same password twice.")});
    }
    return verdict;
}

} // namespace dws::ui
