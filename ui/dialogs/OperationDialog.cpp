#include "OperationDialog.h"

#include "BusyIndicator.h"
#include "ErrorPanel.h"
#include "ServerErrorFields.h"
#include "UiLogging.h"
#include "dws/ErrorCatalogue.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace dws::ui {

OperationDialog::OperationDialog(QWidget* parent)
    : QDialog(parent)
    , m_content(new QWidget(this))
    , m_body(new QVBoxLayout(m_content))
    , m_errorPanel(new ErrorPanel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_confirmButton(m_buttons->button(QDialogButtonBox::Ok))
{
    m_body->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content);
    auto* generalError = new FieldErrorLabel(this);
    layout->addWidget(generalError);
    m_fieldErrors.setGeneralLabel(generalError);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperationDialog::reject);
    m_confirmButton->setEnabled(false);
}

FieldErrorLabel* OperationDialog::addField(QFormLayout* form, QWidget* label, QWidget* input,
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

void OperationDialog::accept()
{
    if (m_sending)
        return;
    revalidate();
    if (!m_inputValid)
        return;
    m_errorPanel->clear();
    m_fieldErrors.clearServerErrors();
    m_lastError.reset();
    m_lastErrorField.clear();
    setSending(true);
    submit();
}

void OperationDialog::reject()
{
    if (m_sending)
        abandonWait();
    QDialog::reject();
}

void OperationDialog::abandonWait()
{
    // A request once sent cannot be called back; this only stops waiting for its answer, so
    // a server that never answers cannot hold the dialog open.
    qCInfo(lcUi) << objectName() << "stopped waiting for the answer";
    // Held here: cancelling may answer at once, and the answer clears m_pendingCall.
    api::CallHandle call = std::exchange(m_pendingCall, {});
    call.cancel();
    setSending(false);
    emit waitAbandoned();
}

void OperationDialog::revalidate()
{
    m_inputValid = validateInput();
    m_confirmButton->setEnabled(m_inputValid && !m_sending);
}

void OperationDialog::fieldEdited(const QString& field)
{
    m_fieldErrors.clearServerError(field);
    m_fieldErrors.markTouched(field);
    revalidate();
}

QString OperationDialog::fieldForError(const api::ApiError& error) const
{
    return dws::ui::fieldForError(error);
}

void OperationDialog::setConfirmText(const QString& text)
{
    m_confirmButton->setText(text);
}

void OperationDialog::finishSucceeded()
{
    m_pendingCall = {};
    setSending(false);
    QDialog::accept();
}

void OperationDialog::finishFailed(const api::ApiError& error)
{
    m_pendingCall = {};
    setSending(false);
    if (error.kind == api::ErrorKind::Cancelled)
        return;
    m_lastError = error;
    m_errorPanel->showError(error);
    m_lastErrorField = fieldForError(error);
    showServerFieldError();
    if (QWidget* input = m_fieldErrors.input(m_lastErrorField)) {
        input->setFocus(Qt::OtherFocusReason);
    }
    revalidate();
}

void OperationDialog::showServerFieldError()
{
    if (!m_lastError || m_lastErrorField.isEmpty() || !m_fieldErrors.contains(m_lastErrorField))
        return;
    m_fieldErrors.setServerError(m_lastErrorField,
                                 fieldMessageForError(*m_lastError, m_lastErrorField));
}

void OperationDialog::setSending(bool sending)
{
    m_sending = sending;
    m_content->setEnabled(!sending);
    m_confirmButton->setEnabled(!sending && m_inputValid);
    if (sending)
        m_busy->start();
    else
        m_busy->stop();
}

void OperationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
        if (m_fieldErrors.hasServerError(m_lastErrorField))
            showServerFieldError();
    }
    QDialog::changeEvent(event);
}

} // namespace dws::ui
