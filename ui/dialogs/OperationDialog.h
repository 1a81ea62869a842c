#pragma once

#include "FieldErrors.h"
#include "api/ApiError.h"
#include "api/CallHandle.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace dws::ui {

class BusyIndicator;
class ErrorPanel;

// The frame every operation dialog shares: a body for the form, an error panel, a busy line and
// Confirm/Cancel. Confirm is enabled only while the input is valid; pressing it sends the
// request with the dialog kept open and busy; success closes the dialog, failure keeps every
// value, shows the code, message and action, and marks and focuses the field the error is about.
// Cancel stays available while the request is on its way: it stops waiting for the answer
// (the request may still take effect on the server), emits waitAbandoned() and closes.
class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    bool isSending() const { return m_sending; }
    QPushButton* confirmButton() const { return m_confirmButton; }
    ErrorPanel* errorPanel() const { return m_errorPanel; }
    BusyIndicator* busyIndicator() const { return m_busy; }
    const FieldErrors& fieldErrors() const { return m_fieldErrors; }

public slots:
    void accept() override;
    void reject() override;

signals:
    // Cancel was pressed while the request was on its way: the answer is no longer awaited and
    // the outcome is unknown here.
    void waitAbandoned();

protected:
    explicit OperationDialog(QWidget* parent = nullptr);

    QVBoxLayout* body() const { return m_body; }
    // Adds "label: input" with the inline error line under the input, registered as `field`.
    FieldErrorLabel* addField(QFormLayout* form, QWidget* label, QWidget* input,
                              const QString& field);
    FieldErrors& fieldErrors() { return m_fieldErrors; }

    // Subclasses: check the input, show issues (fieldErrors().showIssues), return validity.
    virtual bool validateInput() = 0;
    // Subclasses: send the request, hand its handle to setPendingCall(), and call
    // finishSucceeded() or finishFailed() when answered.
    virtual void submit() = 0;
    // Subclasses: set every text (called at construction end and on a language change).
    virtual void retranslate() = 0;

    // Runs validateInput() and enables Confirm accordingly. Connect every input to it.
    void revalidate();
    // An input changed: its server error (if any) is stale now; revalidate.
    void fieldEdited(const QString& field);
    // The field an error is about, in this dialog's field names.
    virtual QString fieldForError(const api::ApiError& error) const;
    void setConfirmText(const QString& text);
    // The request submit() sent; Cancel aborts it while it is on its way.
    void setPendingCall(api::CallHandle call) { m_pendingCall = std::move(call); }

    void finishSucceeded();
    void finishFailed(const api::ApiError& error);

    void changeEvent(QEvent* event) override;

private:
    void setSending(bool sending);
    void showServerFieldError();
    void abandonWait();

    QWidget* m_content;
    QVBoxLayout* m_body;
    ErrorPanel* m_errorPanel;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirmButton;
    FieldErrors m_fieldErrors;
    api::CallHandle m_pendingCall;
    std::optional<api::ApiError> m_lastError;
    QString m_lastErrorField;
    bool m_sending = false;
    bool m_inputValid = false;
};

} // namespace dws::ui
