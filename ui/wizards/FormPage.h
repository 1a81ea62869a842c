#pragma once

#include "api/ApiError.h"
#include "dialogs/FieldErrors.h"

#include <QWizardPage>

class QFormLayout;
class QVBoxLayout;

namespace dws::ui {

class ErrorPanel;

// A wizard page with inline field errors: Next/Finish are enabled only while validateInput()
// passes (isComplete + completeChanged), every invalid field shows why under it, and a server
// error about one of its fields is shown on the page with the catalogue's message and action.
// Going Back keeps every value (cleanupPage does not reset anything).
class FormPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FormPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    void cleanupPage() override {}

    FieldErrors& fieldErrors() { return m_fieldErrors; }
    const FieldErrors& fieldErrors() const { return m_fieldErrors; }
    ErrorPanel* errorPanel() const { return m_errorPanel; }

    // Shows a server error on this page and, when the field is one of this page's, marks it
    // and gives it focus.
    void showServerError(const api::ApiError& error, const QString& field);
    void clearServerError();

    // Blocks Next/Finish while a request is on its way.
    void setLocked(bool locked);

    // Runs validateInput() and emits completeChanged when the page's validity changed.
    void revalidate();

protected:
    QVBoxLayout* body() const { return m_body; }
    // Adds "label: input" with the inline error line under the input, registered as `field`.
    FieldErrorLabel* addField(QFormLayout* form, QWidget* label, QWidget* input,
                              const QString& field);
    // An input changed: its server error is stale; revalidate.
    void fieldEdited(const QString& field);

    virtual bool validateInput() = 0;
    virtual void retranslate() = 0;

    void changeEvent(QEvent* event) override;

private:
    void presentServerError();

    QVBoxLayout* m_body;
    ErrorPanel* m_errorPanel;
    FieldErrors m_fieldErrors;
    std::optional<api::ApiError> m_serverError;
    QString m_serverErrorField;
    bool m_valid = false;
    bool m_locked = false;
};

} // namespace dws::ui
