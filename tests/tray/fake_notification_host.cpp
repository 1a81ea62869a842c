// A stand-in for a desktop's tray and notification service on a private D-Bus session: it
// owns org.kde.StatusNotifierWatcher (so Qt shows tray icons as StatusNotifierItems) and
// org.freedesktop.Notifications (where tray messages go), and prints one line per event:
//
//   ready
//   item <service>
//   notify <icon><TAB><summary><TAB><body>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QStringList>
#include <QVariantMap>
#include <cstdio>

namespace {

void printLine(const QString& line)
{
    QString escaped = line;
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    std::printf("%s\n", escaped.toUtf8().constData());
    std::fflush(stdout);
}

class StatusNotifierWatcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)

public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList registeredItems() const { return m_items; }

public slots:
    void RegisterStatusNotifierItem(const QString& service)
    {
        m_items.append(service);
        printLine(QLatin1String("item ") + service);
        emit StatusNotifierItemRegistered(service);
    }
    void RegisterStatusNotifierHost(const QString&) {}

signals:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierItemUnregistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public slots:
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(actions);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        printLine(QLatin1String("notify ") + icon + QLatin1Char('\t') + summary +
                  QLatin1Char('\t') + body);
        return ++m_lastId;
    }
    void CloseNotification(uint) {}

private:
    uint m_lastId = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    StatusNotifierWatcher watcher;
    NotificationServer notifications;
    const bool registered =
        bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher,
                           QDBusConnection::ExportAllContents) &&
        bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher")) &&
        bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications,
                           QDBusConnection::ExportAllContents) &&
        bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    if (!registered) {
        std::fprintf(stderr, "fake-notification-host: cannot register on the session bus: %s\n",
                     bus.lastError().message().toUtf8().constData());
        return 1;
    }
    printLine(QStringLiteral("ready"));
    return app.exec();
}

#include "fake_notification_host.moc"
