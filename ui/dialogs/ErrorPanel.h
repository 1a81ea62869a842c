#pragma once

#include "api/ApiError.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace dws::ui {

// Shows why an operation failed: the error code, the catalogue's message and the recommended
// action (and the IAM item to ask for when permission was refused), in the current language.
// After a create whose answer was lost it also says what the lookup by name found: not
// created, or unknown. Hidden while there is no error.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    void showError(const api::ApiError& error);
    void clear();
    bool hasError() const { return m_error.has_value(); }
    std::optional<api::ApiError> error() const { return m_error; }

    // The text on screen, for tests: headline, message and action.
    QString headline() const;
    QString message() const;
    QString action() const;
    // What became of a create whose answer was lost; empty for any other error.
    QString outcome() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString createOutcomeText() const;

    std::optional<api::ApiError> m_error;
    QLabel* m_headline;
    QLabel* m_message;
    QLabel* m_action;
    QLabel* m_outcome;
    QLabel* m_extra;
};

} // namespace dws::ui
