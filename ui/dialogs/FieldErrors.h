#pragma once

#include <QHash>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QString>

namespace dws::ui {

// The inline "why this field is wrong" line shown under an input; hidden while empty.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);

    void setError(const QString& message);
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }
};

// Ties each field key (the request's wire name, e.g. "name", "user_pwd") to its input and its
// inline error line, and shows client-side issues and server errors on them. A server error
// stays on its field until the field is edited (clearServerError) so that the operator sees
// why the request came back even though the value looks valid locally.
class FieldErrors
{
public:
    void registerField(const QString& field, QWidget* input, FieldErrorLabel* label);
    // Where issues about fields without an input of their own are shown.
    void setGeneralLabel(FieldErrorLabel* label) { m_general = label; }
    bool contains(const QString& field) const { return m_fields.contains(field); }
    QWidget* input(const QString& field) const;
    FieldErrorLabel* label(const QString& field) const;

    // Replaces every client-side message: the first issue per field wins; fields without an
    // issue are cleared (unless they hold a server error). IssueRange holds objects with
    // `field` and `message` members.
    template <typename IssueRange> void showIssues(const IssueRange& issues)
    {
        QHash<QString, QString> firstByField;
        for (const auto& issue : issues) {
            if (!firstByField.contains(issue.field))
                firstByField.insert(issue.field, issue.message);
        }
        showMessages(firstByField);
    }
    void showMessages(const QHash<QString, QString>& messageByField);

    // Client-side messages are shown only on fields the operator has touched (edited, or all
    // of them once they try to go on), so a fresh form is not a wall of red.
    void markTouched(const QString& field);
    void markAllTouched();

    void setServerError(const QString& field, const QString& message);
    void clearServerError(const QString& field);
    void clearServerErrors();
    bool hasServerError(const QString& field) const { return m_serverErrors.contains(field); }

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<FieldErrorLabel> label;
        QPalette normalPalette;
    };
    static void present(Entry& entry, const QString& message);
    QString messageFor(const QString& field) const;

    QHash<QString, Entry> m_fields;
    QHash<QString, QString> m_clientErrors;
    QHash<QString, QString> m_serverErrors;
    QSet<QString> m_touched;
    QPointer<FieldErrorLabel> m_general;
    bool m_allTouched = false;
};

} // namespace dws::ui
