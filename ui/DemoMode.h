#pragma once

#include "ConnectionProfile.h"

#include <QObject>
#include <memory>

namespace dwsemu {
class Emulator;
}

namespace dws::ui {

class MainWindow;

// `--demo`: runs the emulator in-process on a free loopback port, with the demo project and
// time sped up so progress visibly moves, and signs the window in to it without a dialog.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    static constexpr double kTimeScale = 30.0;

    explicit DemoMode(QObject* parent = nullptr);
    ~DemoMode() override;

    // Starts the emulator; false (and `error()`) when it cannot listen.
    bool start();
    QString error() const { return m_error; }
    dwsemu::Emulator* emulator() const { return m_emulator.get(); }
    // A profile with the emulator's address as custom endpoints.
    ConnectionProfile profile() const;
    static QString password();

    // Signs `window` in; the session is marked simulated.
    void signIn(MainWindow* window);

signals:
    void signInFailed(const QString& message);

private:
    std::unique_ptr<dwsemu::Emulator> m_emulator;
    QString m_error;
};

} // namespace dws::ui
