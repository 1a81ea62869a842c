#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace dws::ui {

// Passwords and secret keys the user asked to remember, kept only in the system keychain
// (never in a settings file: the insecure fallback is off). When no keychain is available the
// callbacks say so and the caller keeps the secret in memory.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // `problem` is empty on success, else a translated sentence for the status bar.
    using ReadDone = std::function<void(std::optional<QString> secret, QString problem)>;
    using WriteDone = std::function<void(QString problem)>;

    explicit SecretStore(QObject* parent = nullptr);

    // The callbacks run on this object's thread, never after `context` is destroyed.
    void read(const QString& key, QObject* context, ReadDone done);
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done);
    void remove(const QString& key, QObject* context, WriteDone done);

    static QString serviceName();

signals:
    // Any read, write or removal that could not use the keychain, for the status bar.
    void problemOccurred(const QString& problem);
};

} // namespace dws::ui
