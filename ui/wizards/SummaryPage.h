#pragma once

#include <QList>
#include <QWizardPage>
#include <functional>
#include <utility>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace dws::ui {

class BusyIndicator;
class ErrorPanel;

// The last step: every value that will be sent, in words and as the request body (with the
// password masked), the busy line while the request is on its way and the error if it failed.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    using Row = std::pair<QString, QString>; // label, value (both already translated)
    struct Content
    {
        QList<Row> rows;
        QString note;          // shown above the rows, may be empty
        QByteArray maskedBody; // the request body with secrets masked
    };

    // `content` is asked again whenever the page is shown or the language changes.
    explicit SummaryPage(std::function<Content()> content, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override {}

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    ErrorPanel* errorPanel() const { return m_errorPanel; }
    BusyIndicator* busyIndicator() const { return m_busyIndicator; }
    // The value shown for a row label, for tests; empty if there is no such row.
    QString valueFor(const QString& label) const;
    QString bodyText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    std::function<Content()> m_content;
    QList<Row> m_rows;
    QLabel* m_note;
    QFormLayout* m_form;
    QLabel* m_bodyLabel;
    QPlainTextEdit* m_body;
    ErrorPanel* m_errorPanel;
    BusyIndicator* m_busyIndicator;
    bool m_busy = false;
};

} // namespace dws::ui
