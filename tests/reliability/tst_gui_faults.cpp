// The fault matrix for the GUI: the main window signed in to the in-process emulator over real
// HTTP, faults injected by the emulator, everything driven through the window's own actions,
// dialogs and wizards. What the window must do under each fault is in docs/reliability.md.

#include "EmulatorFixture.h"
#include "FormInput.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "OperationActions.h"
#include "OperationLauncher.h"
#include "Session.h"
#include "SessionFactory.h"
#include "TablePane.h"
#include "api/HttpClient.h"
#include "dialogs/BusyIndicator.h"
#include "dialogs/ErrorPanel.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/RestartClusterDialog.h"
#include "dws/ClusterService.h"
#include "dws/ErrorCatalogue.h"
#include "i18n/Language.h"
#include "models/ClusterTableModel.h"
#include "monitor/ActivityLog.h"
#include "monitor/Freshness.h"
#include "monitor/Poller.h"
#include "wizards/AdministratorPage.h"
#include "wizards/ClusterBasicsPage.h"
#include "wizards/CreateClusterWizard.h"
#include "wizards/NetworkPage.h"
#include "wizards/SummaryPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace dws;
using namespace dws::ui;
using namespace mainwindowtest;
using namespace std::chrono_literals;

namespace {

const QString kNewClusterPassword = QStringLiteral("Dws@Cluster2024");
constexpr int kDemoClusters = 12;

dwsemu::EmulatorOptions seededDemoOptions()
{
    dwsemu::EmulatorOptions options = demoOptions();
    options.randomSeed = 7;
    return options;
}

// The journal entries with this method whose path ends with `pathSuffix`, oldest first.
QList<dwsemu::JournalEntry> requests(EmulatorFixture& fixture, const QString& method,
                                     const QString& pathSuffix)
{
    QList<dwsemu::JournalEntry> found;
    for (const dwsemu::JournalEntry& entry : fixture->journal())
        if (entry.method == method && entry.path.endsWith(pathSuffix))
            found.append(entry);
    return found;
}

bool activityHasFailure(const ActivityLog& log)
{
    for (int row = 0; row < log.rowCount(); ++row)
        if (log.entryAt(row).result == ActivityLog::Result::Failed)
            return true;
    return false;
}

bool activityHasText(const ActivityLog& log, const QString& text)
{
    for (int row = 0; row < log.rowCount(); ++row)
        if (log.entryAt(row).whatText() == text)
            return true;
    return false;
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// Every text an error panel shows, one label a line.
QString panelText(const ErrorPanel& panel)
{
    QStringList lines;
    for (const QLabel* label : panel.findChildren<QLabel*>())
        if (!label->text().isEmpty())
            lines.append(label->text());
    return lines.join(QLatin1Char('\n'));
}

// Fills every page of the create wizard with valid values and stops on the summary page.
void fillWizard(CreateClusterWizard& wizard, const QString& name)
{
    auto* types = wizard.basicsPage()->findChild<QComboBox*>(QStringLiteral("node_type"));
    QTRY_VERIFY_WITH_TIMEOUT(types->count() > 0, 10000);
    types->setCurrentIndex(types->findData(QStringLiteral("dws.d2.xlarge")));
    typeInto(wizard.basicsPage()->findChild<QLineEdit*>(QStringLiteral("name")), name);
    wizard.basicsPage()->findChild<QSpinBox*>(QStringLiteral("number_of_node"))->setValue(3);
    wizard.next();
    typeDemoNetwork(wizard.networkPage());
    wizard.next();
    typeInto(wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_name")),
             QStringLiteral("dbadmin"));
    typeInto(wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_pwd")),
             kNewClusterPassword);
    typeInto(
        wizard.administratorPage()->findChild<QLineEdit*>(QStringLiteral("user_pwd_confirmation")),
        kNewClusterPassword);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateClusterWizard::SummaryPageId));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT

private:
    // How the session's client behaves in a test: retries as in production but without the
    // real waits, and a short transfer timeout so that a silent server is given up quickly.
    struct ClientSetup
    {
        int maxAttempts = 3;
        std::chrono::milliseconds transferTimeout = 30s;
    };

    // Signs `window` in without the dialog, sets the client up, adds `faultsBeforeStart` and
    // only then starts polling. False when signing in failed.
    bool signIn(MainWindow& window, EmulatorFixture& fixture, const ClientSetup& setup,
                const QList<dwsemu::FaultRule>& faultsBeforeStart = {})
    {
        std::unique_ptr<Session> session = signInSession(window, fixture);
        if (!session)
            return false;
        api::HttpClient* client = session->clusterService()->client();
        api::RetryPolicy::Options retries;
        retries.maxAttempts = setup.maxAttempts;
        retries.delayScale = 0.01;
        retries.seed = 11;
        client->setRetryPolicy(api::RetryPolicy(retries));
        api::ConnectionSettings settings = client->settings();
        settings.transferTimeout = setup.transferTimeout;
        client->setSettings(settings);
        for (const dwsemu::FaultRule& fault : faultsBeforeStart)
            fixture->addFault(fault);
        window.setSession(std::move(session));
        return true;
    }

    // Signs in and waits for the first complete refresh.
    bool signInAndLoad(MainWindow& window, EmulatorFixture& fixture, const ClientSetup& setup)
    {
        if (!signIn(window, fixture, setup))
            return false;
        return QTest::qWaitFor(
            [&] {
                return window.clusterModel()->rowCount() == kDemoClusters &&
                       window.freshness()->hasData() && !window.session()->poller()->isRefreshing();
            },
            10000);
    }

    static OperationLauncher* launcherOf(MainWindow& window)
    {
        return window.findChild<OperationLauncher*>();
    }

    // Opens the reset-password dialog of `clusterName` through the window's action.
    static ResetPasswordDialog* openResetPassword(MainWindow& window, const QString& clusterName)
    {
        if (!window.showCluster(clusterIdNamed(window, clusterName)))
            return nullptr;
        window.trigger(Operation::ResetPassword);
        return qobject_cast<ResetPasswordDialog*>(
            launcherOf(window)->openDialog(QStringLiteral("resetPassword")));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_faults"));
    }

    void init() { QSettings().clear(); }

    // 502/503/504, or 429 with Retry-After, twice, then the answer: the retries hide the
    // outage from the user.
    void transientListErrorsAreRetriedUnseen_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("options");
        QTest::newRow("502") << 502 << QString();
        QTest::newRow("503") << 503 << QString();
        QTest::newRow("504") << 504 << QString();
        QTest::newRow("429, Retry-After 1 s") << 429 << QStringLiteral("retry=1");
    }
    void transientListErrorsAreRetriedUnseen()
    {
        QFETCH(int, status);
        QFETCH(QString, options);
        EmulatorFixture fixture(seededDemoOptions());
        QVERIFY(fixture.isListening());
        MainWindow window;
        window.show();
        QVERIFY(signIn(
            window, fixture, ClientSetup{},
            {faultRule(QStringLiteral("GET /clusters$ %1 x2 %2").arg(status).arg(options))}));
        QSignalSpy failed(window.session()->poller(), &Poller::refreshFailed);
        QSignalSpy retried(window.session()->clusterService()->client(),
                           &api::HttpClient::retryScheduled);

        QTRY_COMPARE_WITH_TIMEOUT(window.clusterModel()->rowCount(), kDemoClusters, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.freshness()->hasData(), 10000);
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), kDemoClusters);

        const QList<dwsemu::JournalEntry> lists =
            requests(fixture, QStringLiteral("GET"), QStringLiteral("/clusters"));
        QVERIFY(lists.size() >= 3);
        QCOMPARE(lists.at(0).status, status);
        QCOMPARE(lists.at(1).status, status);
        QCOMPARE(lists.at(2).status, 200);
        QCOMPARE(retried.count(), 2);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.freshness()->isStale());
        QVERIFY(!window.staleWarning()->isVisibleTo(&window));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        QVERIFY(!activityHasFailure(*window.activityLog()));
    }

    // An expired token: signed in again and the list replayed once, unseen by the user.
    void anExpiredTokenIsRenewedUnseen()
    {
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->clearJournal();
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ token-expired")));
        QSignalSpy failed(window.session()->poller(), &Poller::refreshFailed);
        QSignalSpy succeeded(window.session()->poller(), &Poller::refreshSucceeded);
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(
            requests(fixture, QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(), 1);
        const QList<dwsemu::JournalEntry> lists =
            requests(fixture, QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0).status, 401);
        QCOMPARE(lists.at(1).status, 200);
        QVERIFY(!window.staleWarning()->isVisibleTo(&window));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    // The whole service unreachable for a minute, with the polling policy scaled down a
    // hundredfold (5 s busy, 30 s idle, 120 s backoff ceiling become 50, 300 and 1,200 ms): the
    // window says it is offline and keeps the last data, the poller backs off, and once the
    // service answers again the window recovers on its own schedule, with no refresh asked.
    void aMinuteLongOutageIsRiddenOutWithoutARestart()
    {
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{1, 30s}));
        Poller* poller = window.session()->poller();
        poller->setIntervals({50ms, 300ms, 1200ms});
        QSignalSpy failed(poller, &Poller::refreshFailed);
        QSignalSpy succeeded(poller, &Poller::refreshSucceeded);
        fixture->addFault(faultRule(QStringLiteral("* * reset always")));
        QElapsedTimer outage;
        outage.start();

        QTRY_VERIFY_WITH_TIMEOUT(window.staleWarning()->isVisibleTo(&window), 10000);
        QCOMPARE(window.clusterModel()->rowCount(), kDemoClusters);
        QVERIFY(window.freshnessLabel()->text().contains(
            QCoreApplication::translate("dws::Freshness", "Offline, last updated %1")
                .section(QLatin1Char('%'), 0, 0)
                .trimmed()));
        // A scaled minute of outage; the poller keeps trying, backing off, never storming.
        QTRY_VERIFY_WITH_TIMEOUT(outage.elapsed() >= 600 && failed.count() >= 2, 10000);
        QCOMPARE(poller->mode(), Poller::Mode::Backoff);
        const qint64 failures = failed.count();
        QVERIFY2(failures <= outage.elapsed() / 50 + 1, qPrintable(QString::number(failures)));

        succeeded.clear();
        fixture->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 5000); // within the backoff ceiling
        QTRY_VERIFY_WITH_TIMEOUT(!window.staleWarning()->isVisibleTo(&window), 5000);
        QVERIFY(!window.freshness()->isStale());
        QVERIFY(poller->mode() != Poller::Mode::Backoff);
        QCOMPARE(window.clusterModel()->rowCount(), kDemoClusters);
    }

    // Answers that cannot be read, on every attempt: the last known rows stay and can still be
    // filtered, the offline warning says what failed, and a later refresh recovers.
    void brokenListAnswersKeepTheWindowUsableAndRecover_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("connection reset")
            << QStringLiteral("GET /clusters$ reset always") << int(api::ErrorKind::Network);
        QTest::newRow("empty body")
            << QStringLiteral("GET /clusters$ empty always") << int(api::ErrorKind::Parse);
        QTest::newRow("malformed JSON")
            << QStringLiteral("GET /clusters$ malformed always") << int(api::ErrorKind::Parse);
        QTest::newRow("truncated JSON")
            << QStringLiteral("GET /clusters$ truncated always") << int(api::ErrorKind::Parse);
        QTest::newRow("no answer")
            << QStringLiteral("GET /clusters$ no-answer always") << int(api::ErrorKind::Timeout);
    }
    void brokenListAnswersKeepTheWindowUsableAndRecover()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{3, 1500ms}));
        const QString stagingId = clusterIdNamed(window, QStringLiteral("dws-staging"));
        QCOMPARE(window.clusterModel()->cluster(stagingId)->status, ClusterStatus::Creating);

        fixture->addFault(faultRule(fault));
        window.refresh();
        // While the refresh is on its way the window answers: the filter works at once.
        QLineEdit* filter = window.clusterPane()->filterEdit();
        QTest::keyClicks(filter, QStringLiteral("prod-sal"));
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), kDemoClusters);

        QTRY_VERIFY_WITH_TIMEOUT(window.staleWarning()->isVisibleTo(&window), 20000);
        QVERIFY(window.freshness()->isStale());
        const api::ApiError error = *window.freshness()->lastError();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(window.staleWarning()->text(),
                 QCoreApplication::translate("dws::ui::MainWindow",
                                             "Offline — showing the last known data"));
        QCOMPARE(window.staleWarning()->toolTip(), describe(error).summary());
        QVERIFY(!window.staleWarning()->toolTip().isEmpty());
        // The first failure is also said in the status bar.
        QVERIFY2(window.statusBar()->currentMessage().contains(describe(error).message),
                 qPrintable(window.statusBar()->currentMessage()));
        // The last known data stays, and still filters.
        QCOMPARE(window.clusterModel()->rowCount(), kDemoClusters);
        QTest::keyClicks(filter, QStringLiteral("dws-etl"));
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        filter->clear();

        // The fault goes, time moves on: the next refresh shows the new state without a restart.
        fixture->clearFaults();
        fixture->advanceClock(45min);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!window.staleWarning()->isVisibleTo(&window), 20000);
        QVERIFY(!window.freshness()->isStale());
        QTRY_COMPARE_WITH_TIMEOUT(window.clusterModel()->cluster(stagingId)->status,
                                  ClusterStatus::Available, 10000);
        QCOMPARE(window.clusterModel()->rowCount(), kDemoClusters);
    }

    // A body dribbled over a second and a half arrives whole; the window answers meanwhile.
    void aSlowlyDribbledListArrives()
    {
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ slow=1500")));
        QSignalSpy failed(window.session()->poller(), &Poller::refreshFailed);
        QSignalSpy succeeded(window.session()->poller(), &Poller::refreshSucceeded);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->poller()->isRefreshing(), 5000);
        window.clusterPane()->filterEdit()->setText(QStringLiteral("prod-sal"));
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.staleWarning()->isVisibleTo(&window));
        window.clusterPane()->filterEdit()->clear();
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), kDemoClusters);
        const QList<dwsemu::JournalEntry> lists =
            requests(fixture, QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.last().status, 200);
    }

    // 400/403/404 on the list are sent once per refresh, never retried, and explained.
    void clientErrorsOnTheListAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << QStringLiteral("DWS.0001");
        QTest::newRow("403") << 403 << QStringLiteral("DWS.0032");
        QTest::newRow("404") << 404 << QStringLiteral("DWS.0047");
    }
    void clientErrorsOnTheListAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ %1 always").arg(status)));
        fixture->clearJournal();
        QSignalSpy retried(window.session()->clusterService()->client(),
                           &api::HttpClient::retryScheduled);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.staleWarning()->isVisibleTo(&window), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->poller()->isRefreshing(), 10000);
        const QList<dwsemu::JournalEntry> lists =
            requests(fixture, QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.constFirst().status, status);
        QCOMPARE(retried.count(), 0);
        const QString tip = window.staleWarning()->toolTip();
        QVERIFY2(tip.contains(code), qPrintable(tip));
        if (status == 403)
            QVERIFY2(tip.contains(QLatin1String("dws:openAPICluster:list")), qPrintable(tip));
        QCOMPARE(window.clusterModel()->rowCount(), kDemoClusters);
    }

    // An operation refused with 400/403/404: the dialog shows the code, the message, the action
    // (and for 403 the IAM item), keeps the input, and the POST was sent exactly once.
    void operationRefusalsAreExplainedAndNotRetried_data()
    {
        clientErrorsOnTheListAreNotRetried_data();
    }
    void operationRefusalsAreExplainedAndNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->addFault(faultRule(QStringLiteral("POST /reset-password$ %1").arg(status)));
        QPointer<ResetPasswordDialog> dialog =
            openResetPassword(window, QStringLiteral("dws-lakehouse"));
        QVERIFY(dialog);
        QSignalSpy reset(dialog.data(), &ResetPasswordDialog::passwordReset);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("new_password"));
        auto* confirmation =
            dialog->findChild<QLineEdit*>(QStringLiteral("new_password_confirmation"));
        typeInto(password, QStringLiteral("Fresh#Pass2024"));
        typeInto(confirmation, QStringLiteral("Fresh#Pass2024"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorPanel()->isVisible(), 10000);
        QVERIFY(!dialog->isSending());
        QVERIFY(dialog->isVisible());
        QCOMPARE(reset.count(), 0);

        const api::ApiError error = *dialog->errorPanel()->error();
        QCOMPARE(error.httpStatus, status);
        const ErrorDescription description = describe(error);
        QVERIFY2(dialog->errorPanel()->headline().contains(code),
                 qPrintable(dialog->errorPanel()->headline()));
        QCOMPARE(dialog->errorPanel()->message(), description.message);
        QVERIFY(!description.message.isEmpty());
        QVERIFY(dialog->errorPanel()->action().contains(description.action));
        QVERIFY(!description.action.isEmpty());
        const QString iamItem = QStringLiteral("dws:openAPICluster:resetPassword");
        QCOMPARE(panelText(*dialog->errorPanel()).contains(iamItem), status == 403);
        // The input stays for another try.
        QCOMPARE(password->text(), QStringLiteral("Fresh#Pass2024"));
        QCOMPARE(confirmation->text(), QStringLiteral("Fresh#Pass2024"));
        QVERIFY(dialog->confirmButton()->isEnabled());

        // Nothing was re-sent, not even later: a whole refresh runs to its end first.
        QSignalSpy succeeded(window.session()->poller(), &Poller::refreshSucceeded);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() >= 1, 10000);
        QCOMPARE(
            requests(fixture, QStringLiteral("POST"), QStringLiteral("/reset-password")).size(), 1);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    // The server takes the restart and never answers: the dialog is busy, Cancel ends the wait
    // at once, the window says what that means, and no late answer has any effect.
    void cancelEndsAWaitForAServerThatNeverAnswers()
    {
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->addFault(faultRule(QStringLiteral("POST /restart$ no-answer")));
        const QString clusterId = clusterIdNamed(window, QStringLiteral("dws-lakehouse"));
        QVERIFY(window.showCluster(clusterId));
        OperationLauncher* launcher = launcherOf(window);
        QSignalSpy started(launcher, &OperationLauncher::taskStarted);
        window.trigger(Operation::RestartCluster);
        QPointer<RestartClusterDialog> dialog = qobject_cast<RestartClusterDialog*>(
            launcher->openDialog(QStringLiteral("restartCluster")));
        QVERIFY(dialog);
        QSignalSpy abandoned(dialog.data(), &OperationDialog::waitAbandoned);
        dialog->confirmButton()->click();
        QVERIFY(dialog->isSending());
        QVERIFY(dialog->busyIndicator()->isBusy());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(
            requests(fixture, QStringLiteral("POST"), QStringLiteral("/restart")).size(), 1, 10000);

        // The window stays usable while the dialog waits.
        window.clusterPane()->filterEdit()->setText(QStringLiteral("lakehouse"));
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        window.clusterPane()->filterEdit()->clear();

        QAbstractButton* cancel =
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel->isEnabled());
        const QString title = dialog->windowTitle();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(abandoned.count(), 1);
        QTRY_VERIFY(!dialog); // closed and deleted
        const QString told = OperationLauncher::tr("Stopped waiting for the answer to \"%1\". The "
                                                   "request may still take effect; the lists are "
                                                   "refreshed to show it.")
                                 .arg(title);
        QCOMPARE(window.statusBar()->currentMessage(), told);
        QVERIFY(activityHasText(*window.activityLog(), told));

        // No late effect: a whole refresh runs to its end, nothing reports the restart.
        QSignalSpy succeeded(window.session()->poller(), &Poller::refreshSucceeded);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() >= 1, 10000);
        QCOMPARE(started.count(), 0);
        const QList<dwsemu::JournalEntry> posts =
            requests(fixture, QStringLiteral("POST"), QStringLiteral("/restart"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.constFirst().status, 0); // never answered

        // The same operation opens again and goes through now that the server answers.
        window.trigger(Operation::RestartCluster);
        dialog = qobject_cast<RestartClusterDialog*>(
            launcher->openDialog(QStringLiteral("restartCluster")));
        QVERIFY(dialog);
        dialog->confirmButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QCOMPARE(requests(fixture, QStringLiteral("POST"), QStringLiteral("/restart")).size(), 2);
    }

    // A create whose answer is lost (500, silence, a late or a cut answer) is sent once; the
    // wizard looks for the cluster by name and tells the user whether it was created.
    void aLostCreateIsSentOnceAndReconciled_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("500") << QStringList{QStringLiteral("POST /clusters$ 500")}
                             << QStringLiteral("not created");
        QTest::newRow("timeout, no answer")
            << QStringList{QStringLiteral("POST /clusters$ no-answer")}
            << QStringLiteral("not created");
        QTest::newRow("timeout, late answer")
            << QStringList{QStringLiteral("POST /clusters$ latency=4000")}
            << QStringLiteral("created");
        QTest::newRow("truncated answer")
            << QStringList{QStringLiteral("POST /clusters$ truncated")}
            << QStringLiteral("created");
        QTest::newRow("500, list down too")
            << QStringList{QStringLiteral("POST /clusters$ 500"),
                           QStringLiteral("GET /clusters$ 503 always")}
            << QStringLiteral("unknown");
    }
    void aLostCreateIsSentOnceAndReconciled()
    {
        QFETCH(QStringList, faults);
        QFETCH(QString, outcome);
        const bool created = outcome == QLatin1String("created");
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{3, 1500ms}));
        OperationLauncher* launcher = launcherOf(window);
        window.trigger(Operation::CreateCluster);
        QPointer<CreateClusterWizard> wizard = qobject_cast<CreateClusterWizard*>(
            launcher->openDialog(QStringLiteral("createCluster")));
        QVERIFY(wizard);
        const QString name = QStringLiteral("dws-lost-answer");
        fillWizard(*wizard, name);
        if (QTest::currentTestFailed())
            return;
        const CreateClusterRequest before = wizard->request();
        QSignalSpy appeared(launcher, &OperationLauncher::clusterAppeared);
        for (const QString& fault : faults)
            fixture->addFault(faultRule(fault));
        fixture->clearJournal();

        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isSending());
        if (created) {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard, 15000); // closed on success
            QCOMPARE(appeared.count(), 1);
            const QString id = appeared.constFirst().at(0).toString();
            const QString told =
                OperationLauncher::tr("The answer to the request for cluster %1 was lost, but the "
                                      "cluster list shows the cluster: it was created and is being "
                                      "set up.")
                    .arg(name);
            QCOMPARE(window.statusBar()->currentMessage(), told);
            QVERIFY(activityHasText(*window.activityLog(), told));
            QTRY_VERIFY_WITH_TIMEOUT(window.clusterModel()->cluster(id).has_value(), 10000);
            QCOMPARE(window.clusterModel()->cluster(id)->name, name);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->isSending(), 15000);
            QVERIFY(wizard->isVisible());
            QCOMPARE(appeared.count(), 0);
            ErrorPanel* panel = wizard->summaryPage()->errorPanel();
            QVERIFY(panel->isVisible());
            if (outcome == QLatin1String("not created"))
                QCOMPARE(panel->outcome(),
                         ErrorPanel::tr("The cluster was not created: the cluster list, read "
                                        "after the answer was lost, holds no cluster of that "
                                        "name. You can send the request again."));
            else
                QCOMPARE(panel->outcome(),
                         ErrorPanel::tr("Whether the cluster was created is unknown: the answer "
                                        "was lost and the cluster list could not be read to "
                                        "check. Refresh the cluster list before sending the "
                                        "request again."));
            QVERIFY(!panel->headline().isEmpty());
            QVERIFY(!panel->action().isEmpty());
            // Every value stays, ready to be sent again.
            QCOMPARE(wizard->request(), before);
            QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
            QVERIFY(clusterIdNamed(window, name).isEmpty());
            fixture->clearFaults();
            bool listed = false;
            bool exists = true;
            window.session()->clusterService()->list(
                &window, [&](api::Result<QList<Cluster>> clusters) {
                    QVERIFY(clusters.ok());
                    exists = false;
                    for (const Cluster& cluster : clusters.value())
                        exists = exists || cluster.name == name;
                    listed = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
            QVERIFY(!exists); // the emulator agrees: nothing was created
        }

        // Sent once, never again; the list read after it is the reconciliation.
        const QList<dwsemu::JournalEntry> journal = fixture->journal();
        int posts = 0;
        bool listedAfterPost = false;
        for (const dwsemu::JournalEntry& entry : journal) {
            if (entry.method == QLatin1String("POST") && entry.path.endsWith(u"/clusters"))
                ++posts;
            else if (posts > 0 && entry.method == QLatin1String("GET") &&
                     entry.path.endsWith(u"/clusters"))
                listedAfterPost = true;
        }
        QCOMPARE(posts, 1);
        QVERIFY(listedAfterPost);
        if (wizard)
            wizard->reject();
    }

    // In Chinese, a refused operation and an outage are explained in Chinese; an error already
    // on screen follows a language switch.
    void errorsAreShownInTheChosenLanguage()
    {
        i18n::LanguageManager languages;
        languages.start(QStringLiteral("en"));
        EmulatorFixture fixture(seededDemoOptions());
        MainWindow window;
        window.setLanguageManager(&languages);
        window.show();
        QVERIFY(signInAndLoad(window, fixture, ClientSetup{}));
        fixture->addFault(faultRule(QStringLiteral("POST /reset-password$ 403")));
        QPointer<ResetPasswordDialog> dialog =
            openResetPassword(window, QStringLiteral("dws-lakehouse"));
        QVERIFY(dialog);
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("new_password")),
                 QStringLiteral("Fresh#Pass2024"));
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("new_password_confirmation")),
                 QStringLiteral("Fresh#Pass2024"));
        dialog->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorPanel()->isVisible(), 10000);
        QVERIFY(!hasChinese(dialog->errorPanel()->message()));

        QAction* chinese = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->data().toString() == QLatin1String("zh_CN"))
                chinese = action;
        QVERIFY(chinese && chinese->isEnabled());
        chinese->trigger();
        QCOMPARE(languages.language(), QStringLiteral("zh_CN"));

        const api::ApiError error = *dialog->errorPanel()->error();
        const ErrorDescription description = describe(error); // now in Chinese
        QTRY_COMPARE(dialog->errorPanel()->message(), description.message);
        QVERIFY2(hasChinese(description.message), qPrintable(description.message));
        QVERIFY2(hasChinese(dialog->errorPanel()->action()),
                 qPrintable(dialog->errorPanel()->action()));
        QVERIFY(dialog->errorPanel()->headline().contains(QLatin1String("DWS.0032")));
        QVERIFY(hasChinese(dialog->errorPanel()->headline()));
        QVERIFY(dialog->errorPanel()->action().contains(
            QLatin1String("dws:openAPICluster:resetPassword")));
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // An outage in Chinese: the warning and its explanation.
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ 503 always")));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.staleWarning()->isVisibleTo(&window), 15000);
        QVERIFY2(hasChinese(window.staleWarning()->text()),
                 qPrintable(window.staleWarning()->text()));
        QVERIFY2(hasChinese(window.staleWarning()->toolTip()),
                 qPrintable(window.staleWarning()->toolTip()));
        languages.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(!hasChinese(window.staleWarning()->text()));
    }
};

QTEST_MAIN(TestGuiFaults)
#include "tst_gui_faults.moc"
