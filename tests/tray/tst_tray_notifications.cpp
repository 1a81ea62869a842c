// The tray icon and its messages on a real (throw-away) desktop session: Qt talks D-Bus to
// fake-notification-host, which records what a desktop would show. Drives the main window
// against the emulator and moves the emulator's clock to finish and fail tasks.

#include "EmulatorFixture.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "Session.h"
#include "dws/ClusterService.h"

#include <QProcess>
#include <QSystemTrayIcon>
#include <QTest>

using namespace dws;
using namespace dws::ui;
using namespace mainwindowtest;
using namespace std::chrono_literals;

namespace {

struct Notification
{
    QString icon;
    QString summary;
    QString body;
};

// Runs fake-notification-host and collects the events it prints.
class NotificationHost
{
public:
    bool start()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { readEvents(); });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(DWS_FAKE_NOTIFICATION_HOST), {});
        return QTest::qWaitFor([this] { return m_ready; }, 10000);
    }

    int registeredItems() const { return m_items; }

    QList<Notification> notificationsAbout(const QString& summary) const
    {
        QList<Notification> about;
        for (const Notification& notification : m_notifications)
            if (notification.summary == summary)
                about.append(notification);
        return about;
    }

private:
    void readEvents()
    {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).chopped(1);
            if (line == QLatin1String("ready")) {
                m_ready = true;
            } else if (line.startsWith(QLatin1String("item "))) {
                ++m_items;
            } else if (line.startsWith(QLatin1String("notify "))) {
                const QStringList parts = line.mid(7).split(QLatin1Char('\t'));
                if (parts.size() == 3)
                    m_notifications.append({parts[0], parts[1], parts[2]});
            }
        }
    }

    QProcess m_process;
    bool m_ready = false;
    int m_items = 0;
    QList<Notification> m_notifications;
};

bool restart(MainWindow& window, const QString& clusterId)
{
    bool done = false;
    bool accepted = false;
    window.session()->clusterService()->restart(clusterId, &window,
                                                [&](api::Result<api::Done> result) {
                                                    accepted = bool(result);
                                                    done = true;
                                                });
    return QTest::qWaitFor([&] { return done; }, 10000) && accepted;
}

} // namespace

class TestTrayNotifications : public QObject
{
    Q_OBJECT

private:
    NotificationHost m_host;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("DWS_DESKTOP_MISSING"))
            QSKIP(qPrintable(qEnvironmentVariable("DWS_DESKTOP_MISSING")));
        if (!qEnvironmentVariableIsSet("DWS_DESKTOP_SESSION"))
            QSKIP("needs a throw-away desktop session: run through run-in-desktop-session.sh");
        QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tray_notifications"));
        QVERIFY(m_host.start());
    }

    void trayIconIsShownOnceTheWindowIs()
    {
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
        const int before = m_host.registeredItems();
        MainWindow window;
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(m_host.registeredItems(), before + 1, 10000);
    }

    // Only endings are announced: a task finished or failed. Starts and progress are not, so
    // the failure is the cluster's second notification, with nothing between. (The demo's
    // other clusters finish their own tasks meanwhile.)
    void finishedAndFailedTasksAreAnnounced()
    {
        EmulatorFixture fixture(demoOptions());
        QVERIFY(fixture.isListening());
        MainWindow window;
        window.show();
        QVERIFY(signIn(window, fixture));
        const QString name = QStringLiteral("dws-prod-sales");
        const QString clusterId = clusterIdNamed(window, name);
        QVERIFY(!clusterId.isEmpty());
        QVERIFY(m_host.notificationsAbout(name).isEmpty());

        QVERIFY(restart(window, clusterId));
        QVERIFY(refreshAndWait(window));
        fixture->advanceClock(30min);
        QVERIFY(refreshAndWait(window));
        QTRY_COMPARE_WITH_TIMEOUT(m_host.notificationsAbout(name).size(), 1, 10000);
        const Notification finished = m_host.notificationsAbout(name).constLast();
        QVERIFY2(finished.body.startsWith(QLatin1String("Cluster ") + name + QLatin1Char(':')),
                 qPrintable(finished.body));
        QVERIFY2(finished.body.endsWith(QLatin1String(" finished")), qPrintable(finished.body));
        QCOMPARE(finished.icon, QStringLiteral("dialog-information"));

        QVERIFY(fixture->failNext(QStringLiteral("restart")));
        QVERIFY(restart(window, clusterId));
        QVERIFY(refreshAndWait(window));
        fixture->advanceClock(30min);
        QVERIFY(refreshAndWait(window));
        QTRY_COMPARE_WITH_TIMEOUT(m_host.notificationsAbout(name).size(), 2, 10000);
        const Notification failed = m_host.notificationsAbout(name).constLast();
        QVERIFY2(failed.body.endsWith(QLatin1String(" failed")), qPrintable(failed.body));
        QCOMPARE(failed.icon, QStringLiteral("dialog-warning"));
    }
};

QTEST_MAIN(TestTrayNotifications)
#include "tst_tray_notifications.moc"
