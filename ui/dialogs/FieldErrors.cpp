#include "FieldErrors.h"

#include <QWidget>

namespace dws::ui {

namespace {
const QColor kErrorText(0xb7, 0x1c, 0x1c);
const QColor kErrorBase(0xfd, 0xec, 0xea);
} // namespace

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, kErrorText);
    setPalette(errorPalette);
    setVisible(false);
}

void FieldErrorLabel::setError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrors::registerField(const QString& field, QWidget* input, FieldErrorLabel* label)
{
    m_fields.insert(field, Entry{input, label, input ? input->palette() : QPalette()});
    if (label && input)
        label->setBuddy(input);
}

QWidget* FieldErrors::input(const QString& field) const
{
    const auto found = m_fields.constFind(field);
    return found == m_fields.constEnd() ? nullptr : found->input.data();
}

FieldErrorLabel* FieldErrors::label(const QString& field) const
{
    const auto found = m_fields.constFind(field);
    return found == m_fields.constEnd() ? nullptr : found->label.data();
}

void FieldErrors::showMessages(const QHash<QString, QString>& messageByField)
{
    m_clientErrors = messageByField;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        present(it.value(), messageFor(it.key()));
    }
    if (m_general) {
        QStringList unplaced;
        for (auto it = m_clientErrors.cbegin(); it != m_clientErrors.cend(); ++it) {
            if (!m_fields.contains(it.key()))
                unplaced << it.value();
        }
        m_general->setError(unplaced.join(QLatin1Char('\n')));
    }
}

QString FieldErrors::messageFor(const QString& field) const
{
    if (m_serverErrors.contains(field))
        return m_serverErrors.value(field);
    if (m_allTouched || m_touched.contains(field))
        return m_clientErrors.value(field);
    return {};
}

void FieldErrors::markTouched(const QString& field)
{
    m_touched.insert(field);
    const auto found = m_fields.find(field);
    if (found != m_fields.end())
        present(*found, messageFor(field));
}

void FieldErrors::markAllTouched()
{
    m_allTouched = true;
    showMessages(QHash<QString, QString>(m_clientErrors));
}

void FieldErrors::setServerError(const QString& field, const QString& message)
{
    m_serverErrors.insert(field, message);
    const auto found = m_fields.find(field);
    if (found != m_fields.end())
        present(*found, message);
}

void FieldErrors::clearServerError(const QString& field)
{
    if (!m_serverErrors.remove(field))
        return;
    const auto found = m_fields.find(field);
    if (found != m_fields.end())
        present(*found, messageFor(field));
}

void FieldErrors::clearServerErrors()
{
    const QList<QString> fields = m_serverErrors.keys();
    for (const QString& field : fields)
        clearServerError(field);
}

void FieldErrors::present(Entry& entry, const QString& message)
{
    if (entry.label)
        entry.label->setError(message);
    if (!entry.input)
        return;
    if (message.isEmpty()) {
        entry.input->setPalette(entry.normalPalette);
    } else {
        QPalette marked = entry.normalPalette;
        marked.setColor(QPalette::Base, kErrorBase);
        entry.input->setPalette(marked);
    }
    entry.input->setToolTip(message);
}

} // namespace dws::ui
