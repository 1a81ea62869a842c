#include "FormPage.h"

#include "dialogs/ErrorPanel.h"
#include "dialogs/ServerErrorFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QVBoxLayout>

namespace dws::ui {

FormPage::FormPage(QWidget* parent)
    : QWizardPage(parent)
    , m_body(new QVBoxLayout)
    , m_errorPanel(new ErrorPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    auto* generalError = new FieldErrorLabel(this);
    layout->addWidget(generalError);
    m_fieldErrors.setGeneralLabel(generalError);
    layout->addStretch();
    layout->addWidget(m_errorPanel);
}

bool FormPage::isComplete() const
{
    return m_valid && !m_locked;
}

void FormPage::revalidate()
{
    const bool valid = validateInput();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

void FormPage::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit completeChanged();
}

FieldErrorLabel* FormPage::addField(QFormLayout* form, QWidget* label, QWidget* input,
                                    const QString& field)
{
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    auto* error = new FieldErrorLabel(this);
    column->addWidget(error);
    form->addRow(label, column);
    m_fieldErrors.registerField(field, input, error);
    return error;
}

void FormPage::fieldEdited(const QString& field)
{
    m_fieldErrors.clearServerError(field);
    m_fieldErrors.markTouched(field);
    if (field == m_serverErrorField)
        clearServerError();
    revalidate();
}

void FormPage::showServerError(const api::ApiError& error, const QString& field)
{
    m_serverError = error;
    m_serverErrorField = field;
    m_errorPanel->showError(error);
    presentServerError();
    if (QWidget* input = m_fieldErrors.input(field))
        input->setFocus(Qt::OtherFocusReason);
}

void FormPage::clearServerError()
{
    m_serverError.reset();
    m_fieldErrors.clearServerErrors();
    m_serverErrorField.clear();
    m_errorPanel->clear();
}

void FormPage::presentServerError()
{
    if (m_serverError && m_fieldErrors.contains(m_serverErrorField))
        m_fieldErrors.setServerError(m_serverErrorField,
                                     fieldMessageForError(*m_serverError, m_serverErrorField));
}

void FormPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
        presentServerError();
    }
    QWizardPage::changeEvent(event);
}

} // namespace dws::ui
