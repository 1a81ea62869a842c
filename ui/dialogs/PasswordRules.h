#pragma once

#include "PasswordChecklist.h"
#include "dws/Validation.h"

namespace dws::ui {

// What a "new password, typed twice" form shows: the checklist of every rule (plus "both
// entries match") and the issues to put on the two fields.
struct PasswordVerdict
{
    QList<PasswordChecklist::Rule> checklist;
    ValidationIssues issues;
};

PasswordVerdict checkNewPassword(const QString& password, const QString& confirmation,
                                 const QString& userName, const QString& passwordField,
                                 const QString& confirmationField);

} // namespace dws::ui
