#include "SubmittingWizard.h"

#include "FormPage.h"
#include "SummaryPage.h"
#include "dialogs/ErrorPanel.h"
#include "dialogs/ServerErrorFields.h"

#include <QAbstractButton>
#include <QEvent>

namespace dws::ui {

SubmittingWizard::SubmittingWizard(QWidget* parent)
    : QWizard(parent)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
}

FormPage* SubmittingWizard::pageOfField(const QString& field) const
{
    if (field.isEmpty())
        return nullptr;
    const QList<int> ids = pageIds();
    for (int id : ids) {
        auto* form = qobject_cast<FormPage*>(page(id));
        if (form && form->fieldErrors().contains(field))
            return form;
    }
    return nullptr;
}

void SubmittingWizard::done(int result)
{
    if (m_closing) {
        QWizard::done(result);
        return;
    }
    if (m_sending)
        return; // the request cannot be called back once sent: wait for its answer
    if (result != QDialog::Accepted) {
        QWizard::done(result);
        return;
    }
    if (!currentPage() || !currentPage()->isComplete() || !validateCurrentPage())
        return;
    for (int id : pageIds()) {
        if (auto* form = qobject_cast<FormPage*>(page(id)))
            form->clearServerError();
    }
    if (m_summary)
        m_summary->errorPanel()->clear();
    setSending(true);
    submit();
}

void SubmittingWizard::finishSucceeded()
{
    setSending(false);
    m_closing = true;
    QWizard::done(QDialog::Accepted);
    m_closing = false;
}

void SubmittingWizard::finishFailed(const api::ApiError& error)
{
    setSending(false);
    if (error.kind == api::ErrorKind::Cancelled)
        return;
    if (m_summary)
        m_summary->errorPanel()->showError(error);
    const QString field = fieldForError(error);
    FormPage* form = pageOfField(field);
    if (!form)
        return;
    for (int id : pageIds()) {
        if (page(id) == form) {
            goBackTo(id);
            break;
        }
    }
    form->showServerError(error, field);
}

void SubmittingWizard::goBackTo(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId && currentId() != -1)
        back();
}

void SubmittingWizard::setSending(bool sending)
{
    m_sending = sending;
    if (m_summary)
        m_summary->setBusy(sending);
    for (int id : pageIds()) {
        if (auto* form = qobject_cast<FormPage*>(page(id)))
            form->setLocked(sending);
    }
    setOption(QWizard::DisabledBackButtonOnLastPage, sending);
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!sending);
}

void SubmittingWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace dws::ui
