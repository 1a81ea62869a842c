#include "ErrorPanel.h"

#include "dws/ErrorCatalogue.h"
#include "dws/Reconciler.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dws::ui {

ErrorPanel::ErrorPanel(QWidget* parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_action(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_extra(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    colours.setColor(QPalette::WindowText, QColor(0x5f, 0x10, 0x10));
    setPalette(colours);

    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    for (QLabel* label : {m_headline, m_message, m_action, m_outcome, m_extra}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    setVisible(false);
}

void ErrorPanel::showError(const api::ApiError& error)
{
    m_error = error;
    render();
    setVisible(true);
}

void ErrorPanel::clear()
{
    m_error.reset();
    for (QLabel* label : {m_headline, m_message, m_action, m_outcome, m_extra})
        label->clear();
    setVisible(false);
}

QString ErrorPanel::headline() const
{
    return m_headline->text();
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::action() const
{
    return m_action->text();
}

QString ErrorPanel::outcome() const
{
    return m_outcome->text();
}

void ErrorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_error)
        render();
    QFrame::changeEvent(event);
}

void ErrorPanel::render()
{
    const ErrorDescription description = describe(*m_error);
    const QString title =
        description.title.isEmpty() ? tr("The request failed") : description.title;
    m_headline->setText(description.code.isEmpty() ? title
                                                   : tr("%1 (%2)").arg(title, description.code));
    QString message = description.message;
    if (message.isEmpty())
        message = description.serverMessage;
    m_message->setText(message);
    m_action->setText(description.action.isEmpty() ? QString()
                                                   : tr("What to do: %1").arg(description.action));
    m_action->setVisible(!description.action.isEmpty());
    m_outcome->setText(createOutcomeText());
    m_outcome->setVisible(!m_outcome->text().isEmpty());

    QStringList extra;
    if (!description.iamAction.isEmpty())
        extra << tr("Permission needed: %1").arg(description.iamAction);
    if (!description.serverMessage.isEmpty() && description.serverMessage != message)
        extra << tr("Server said: %1").arg(description.serverMessage);
    if (!description.requestId.isEmpty())
        extra << tr("Request ID: %1").arg(description.requestId);
    m_extra->setText(extra.join(QLatin1Char('\n')));
    m_extra->setVisible(!extra.isEmpty());
}

QString ErrorPanel::createOutcomeText() const
{
    // The services never re-send a create; after a lost answer they look for the new resource
    // by its unique name, and fail with the original error when it is not there.
    const QString& operation = m_error->operation;
    const bool cluster = operation == QLatin1String("clusters.create") ||
                         operation == QLatin1String("snapshots.restore");
    const bool snapshot = operation == QLatin1String("snapshots.create");
    if ((!cluster && !snapshot) || !createOutcomeIsUnknown(*m_error))
        return {};
    if (wasNotCreated(*m_error))
        return cluster ? tr("The cluster was not created: the cluster list, read after the "
                            "answer was lost, holds no cluster of that name. You can send the "
                            "request again.")
                       : tr("The snapshot was not created: the snapshot list, read after the "
                            "answer was lost, holds no snapshot of that name. You can send the "
                            "request again.");
    return cluster ? tr("Whether the cluster was created is unknown: the answer was lost and the "
                        "cluster list could not be read to check. Refresh the cluster list "
                        "before sending the request again.")
                   : tr("Whether the snapshot was created is unknown: the answer was lost and "
                        "the snapshot list could not be read to check. Refresh the snapshot list "
                        "before sending the request again.");
}

} // namespace dws::ui
