#pragma once

#include "api/ApiError.h"

#include <QWizard>

namespace dws::ui {

class FormPage;
class SummaryPage;

// A wizard whose Finish sends a request and stays open, busy, until the answer arrives.
// Success closes it; failure keeps every value, shows the catalogue's message and action, and
// goes back to the page of the field the error is about, marking and focusing that field.
class SubmittingWizard : public QWizard
{
    Q_OBJECT
public:
    bool isSending() const { return m_sending; }
    SummaryPage* summaryPage() const { return m_summary; }
    // The page holding `field`, or nullptr.
    FormPage* pageOfField(const QString& field) const;

    void done(int result) override;

protected:
    explicit SubmittingWizard(QWidget* parent = nullptr);

    void setSummaryPage(SummaryPage* page) { m_summary = page; }
    // Sends the request; answer with finishSucceeded() or finishFailed().
    virtual void submit() = 0;
    virtual void retranslate() = 0;

    void finishSucceeded();
    void finishFailed(const api::ApiError& error);

    void changeEvent(QEvent* event) override;

private:
    void setSending(bool sending);
    void goBackTo(int pageId);

    SummaryPage* m_summary = nullptr;
    bool m_sending = false;
    bool m_closing = false;
};

} // namespace dws::ui
