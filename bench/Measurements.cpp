#include "Measurements.h"

#include "BenchFigures.h"
#include "DemoMode.h"
#include "EmulatorThread.h"
#include "MainWindow.h"
#include "TablePane.h"
#include "api/Credentials.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/JsonMapping.h"
#include "dws/SnapshotService.h"
#include "models/ClusterFilterProxy.h"
#include "models/ClusterTableModel.h"
#include "models/SnapshotTableModel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <functional>
#include <nlohmann/json.hpp>

namespace dws::bench {

namespace {

// How long any single wait for the network or a window may take before giving up.
constexpr int kWaitLimitMs = 120'000;

// What dws-console logs (category dws.ui) and dws-bench-bare-window writes when their table is
// first painted.
constexpr char kFirstFramePainted[] = "first frame painted";

// Waits in a local event loop until `done` returns true or the limit passes.
void waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < kWaitLimitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

// A model, its sort/filter proxy and a shown table view, as the clusters pane has them.
struct ClusterTable
{
    ClusterTableModel model;
    ClusterFilterProxy proxy;
    QTableView view;

    ClusterTable()
    {
        proxy.setSourceModel(&model);
        proxy.setDynamicSortFilter(true);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(ClusterTableModel::NameColumn, Qt::AscendingOrder);
        view.resize(1000, 700);
        view.show();
    }
};

// Counts every structural or data signal a model emits.
class SignalCounter
{
public:
    void watch(const QAbstractItemModel* model)
    {
        const auto count = [this] { ++m_count; };
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, count);
        QObject::connect(model, &QAbstractItemModel::headerDataChanged, model, count);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, count);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, count);
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model, count);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, count);
        QObject::connect(model, &QAbstractItemModel::modelReset, model, count);
    }
    int count() const { return m_count; }
    void reset() { m_count = 0; }

private:
    int m_count = 0;
};

// The visible texts of the console's first frame, for a window of plain Qt widgets.
struct OperationTexts
{
    QList<std::pair<QString, int>> menus{{QStringLiteral("&File"), 4},
                                         {QStringLiteral("&Cluster"), 6},
                                         {QStringLiteral("&Snapshot"), 2},
                                         {QStringLiteral("&View"), 4},
                                         {QStringLiteral("&Help"), 2}};
    QStringList operations{QStringLiteral("Refresh"),        QStringLiteral("Create Cluster"),
                           QStringLiteral("Resize"),         QStringLiteral("Restart"),
                           QStringLiteral("Reset Password"), QStringLiteral("Create Snapshot"),
                           QStringLiteral("Delete Cluster"), QStringLiteral("Restore"),
                           QStringLiteral("Delete Snapshot")};
    QStringList statusLabels{QStringLiteral("Not signed in"), QStringLiteral("Updated 3 s ago")};
};

// Records the first paint of a widget, measured from `clock`'s start.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(const QElapsedTimer& clock)
        : m_clock(clock)
    {}

    void watch(QWidget* widget) { widget->installEventFilter(this); }
    bool painted() const { return m_painted; }
    double firstPaintMs() const { return m_firstPaintMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_firstPaintMs = double(m_clock.nsecsElapsed()) / 1e6;
            m_painted = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_painted = false;
    double m_firstPaintMs = -1;
};

api::ConnectionSettings settingsFor(const QUrl& baseUrl, const QString& projectId)
{
    api::ConnectionSettings settings;
    settings.iamEndpoint = baseUrl;
    settings.dwsEndpoint = baseUrl;
    settings.projectId = projectId;
    settings.maxResponseBytes = 512LL * 1024 * 1024;
    settings.transferTimeout = std::chrono::milliseconds(kWaitLimitMs);
    return settings;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QByteArray fetchBody(const QUrl& url, const QString& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", token.toUtf8());
    request.setTransferTimeout(kWaitLimitMs);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    bool finished = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, [&finished] { finished = true; });
    waitUntil([&finished] { return finished; });
    if (!finished || reply->error() != QNetworkReply::NoError)
        return {};
    return reply->readAll();
}

double bareParseMs(const QByteArray& body)
{
    QElapsedTimer timer;
    timer.start();
    const nlohmann::json document = nlohmann::json::parse(body.cbegin(), body.cend(), nullptr,
                                                          /*allow_exceptions=*/false);
    const double ms = elapsedMs(timer);
    if (document.is_discarded())
        return -1;
    return ms;
}

double parseMapMs(const QByteArray& body)
{
    QElapsedTimer timer;
    timer.start();
    const api::Result<QList<Cluster>> clusters = parseClusterList(body);
    const double ms = elapsedMs(timer);
    return clusters ? ms : -1;
}

QList<Cluster> withFivePercentChanged(const QList<Cluster>& clusters)
{
    QList<Cluster> changed = clusters;
    for (qsizetype i = 0; i < changed.size(); i += 20) {
        Cluster& cluster = changed[i];
        cluster.numberOfNode += 1;
        cluster.updated = cluster.updated.addSecs(60);
    }
    return changed;
}

ModelFigures measureModel(const QList<Cluster>& clusters, int runs)
{
    ClusterTable table;
    table.model.apply(clusters);
    QCoreApplication::processEvents();

    const QList<Cluster> changed = withFivePercentChanged(clusters);
    ModelFigures figures;
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        // Alternate between the two versions so every run changes the same 5% of the rows.
        QList<Cluster> incoming = (run % 2 == 0) ? changed : clusters;
        incoming.detach();
        QElapsedTimer timer;
        timer.start();
        table.model.apply(std::move(incoming));
        QCoreApplication::processEvents(); // the view's deferred layout and repaint
        samples.append(elapsedMs(timer));
    }
    figures.applyFivePercentMs = median(samples);

    SignalCounter counter;
    counter.watch(&table.model);
    counter.watch(&table.proxy);
    QList<Cluster> identical = table.model.clusters();
    identical.detach();
    table.model.apply(std::move(identical));
    QCoreApplication::processEvents();
    figures.identicalSignals = counter.count();
    return figures;
}

double maxGuiStallMs(const EmulatorThread& emulator, const QList<Cluster>& clusters)
{
    ClusterTable table;
    table.model.apply(withFivePercentChanged(clusters));
    QCoreApplication::processEvents();

    api::HttpClient client(settingsFor(emulator.baseUrl(), emulator.projectId()),
                           api::Credentials::token(emulator.token()));
    ClusterService service(&client);

    QElapsedTimer clock;
    double lastTickMs = 0;
    double longestGapMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = elapsedMs(clock);
        longestGapMs = std::max(longestGapMs, now - lastTickMs);
        lastTickMs = now;
    });

    bool finished = false;
    bool succeeded = false;
    clock.start();
    ticker.start();
    service.list(&table.model, [&](api::Result<QList<Cluster>> result) {
        succeeded = bool(result);
        if (succeeded)
            table.model.apply(std::move(result).value());
        finished = true;
    });
    waitUntil([&finished] { return finished; });
    // Let the view catch up with the refresh, still under the ticker.
    QCoreApplication::processEvents();
    const double now = elapsedMs(clock);
    longestGapMs = std::max(longestGapMs, now - lastTickMs);
    ticker.stop();
    return succeeded ? longestGapMs : -1;
}

double longestRepaintWhileListingMs(const EmulatorThread& emulator)
{
    QMainWindow window;
    QToolBar* toolBar = window.addToolBar(QStringLiteral("Operations"));
    for (const QString& text : OperationTexts().operations)
        toolBar->addAction(text);
    window.setCentralWidget(new QTableView(&window));
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    api::HttpClient client(settingsFor(emulator.baseUrl(), emulator.projectId()),
                           api::Credentials::token(emulator.token()));
    ClusterService clusters(&client);
    SnapshotService snapshots(&client);
    int pending = 2;
    bool failed = false;
    clusters.list(&window, [&](api::Result<QList<Cluster>> result) {
        failed = failed || !result;
        --pending;
    });
    snapshots.list(&window, [&](api::Result<QList<Snapshot>> result) {
        failed = failed || !result;
        --pending;
    });

    QElapsedTimer waited;
    waited.start();
    double longestMs = 0;
    while (pending > 0 && waited.elapsed() < kWaitLimitMs) {
        QElapsedTimer repaint;
        repaint.start();
        window.repaint();
        longestMs = std::max(longestMs, elapsedMs(repaint));
        QCoreApplication::processEvents();
    }
    return pending == 0 && !failed ? longestMs : -1;
}

double launchToFirstPaintMs(const QString& program, const QStringList& arguments)
{
    // The program's settings and data go to a scratch home, never to the user's.
    const QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dws.ui.info=true"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    QByteArray written;
    double paintedMs = -1;
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
        written += process.readAllStandardError();
        if (paintedMs < 0 && written.contains(kFirstFramePainted))
            paintedMs = elapsedMs(clock);
    });
    clock.start();
    process.start(program, arguments);
    waitUntil([&] { return paintedMs >= 0 || process.state() == QProcess::NotRunning; });
    process.kill();
    process.waitForFinished(kWaitLimitMs);
    return paintedMs;
}

double mainWindowFirstPaintMs()
{
    QElapsedTimer clock;
    FirstPaintWatcher watcher(clock);
    clock.start();
    ui::MainWindow window;
    bool firstData = false;
    QObject::connect(&window, &ui::MainWindow::firstDataArrived,
                     [&firstData] { firstData = true; });
    watcher.watch(window.clusterPane()->view()->viewport());
    // As dws-console --demo does it: the demo starts once the first frame is shown.
    ui::DemoMode demo;
    bool demoStarted = true;
    QObject::connect(&window, &ui::MainWindow::firstFrameShown, &demo, [&] {
        demoStarted = demo.start();
        if (demoStarted)
            demo.signIn(&window);
    });
    window.show();
    waitUntil([&watcher] { return watcher.painted(); });
    // Let the sign-in and first lists finish before the window and its demo go away.
    waitUntil([&firstData, &demoStarted] { return firstData || !demoStarted; });
    window.signOut();
    return watcher.painted() && demoStarted ? watcher.firstPaintMs() : -1;
}

double baselineFirstPaintMs()
{
    QElapsedTimer clock;
    FirstPaintWatcher watcher(clock);
    clock.start();
    QMainWindow window;
    auto* view = new QTableView(&window);
    auto* model = new QStandardItemModel(0, 9, view);
    view->setModel(model);
    window.setCentralWidget(view);
    watcher.watch(view->viewport());
    window.resize(1000, 700);
    window.show();
    waitUntil([&watcher] { return watcher.painted(); });
    return watcher.painted() ? watcher.firstPaintMs() : -1;
}

double sameChromeFirstPaintMs()
{
    QElapsedTimer clock;
    FirstPaintWatcher watcher(clock);
    clock.start();
    QMainWindow window;
    const OperationTexts texts;
    for (const auto& [menuTitle, actionCount] : texts.menus) {
        QMenu* menu = window.menuBar()->addMenu(menuTitle);
        for (int action = 0; action < actionCount; ++action)
            menu->addAction(texts.operations.value(action % texts.operations.size()));
    }
    QToolBar* toolBar = window.addToolBar(QStringLiteral("Operations"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const QString& text : texts.operations)
        toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), text);

    auto* splitter = new QSplitter(&window);
    auto* tabs = new QTabWidget(splitter);
    tabs->setDocumentMode(true);
    auto* page = new QWidget(tabs);
    auto* layout = new QVBoxLayout(page);
    auto* filter = new QLineEdit(page);
    filter->setClearButtonEnabled(true);
    filter->setPlaceholderText(QStringLiteral("Filter clusters by name, ID or status"));
    auto* view = new QTableView(page);
    auto* model = new ClusterTableModel(view);
    view->setModel(model);
    layout->addWidget(filter);
    layout->addWidget(view);
    tabs->addTab(page, QStringLiteral("Clusters"));
    tabs->addTab(new QWidget(tabs), QStringLiteral("Snapshots"));
    tabs->addTab(new QWidget(tabs), QStringLiteral("Node Types"));
    splitter->addWidget(tabs);
    splitter->addWidget(new QLabel(QStringLiteral("Sign in to see your clusters."), splitter));
    window.setCentralWidget(splitter);
    for (const QString& text : texts.statusLabels)
        window.statusBar()->addPermanentWidget(new QLabel(text, &window));
    auto* dock = new QDockWidget(QStringLiteral("Activity"), &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    watcher.watch(view->viewport());
    window.resize(1280, 800);
    window.show();
    waitUntil([&watcher] { return watcher.painted(); });
    return watcher.painted() ? watcher.firstPaintMs() : -1;
}

double fleetPeakResidentMegabytes(const QUrl& baseUrl, const QString& projectId,
                                  const QString& token)
{
    api::HttpClient client(settingsFor(baseUrl, projectId), api::Credentials::token(token));
    ClusterService clusters(&client);
    SnapshotService snapshots(&client);
    ClusterTableModel clusterModel;
    SnapshotTableModel snapshotModel;
    snapshotModel.setClusterModel(&clusterModel);

    int pending = 2;
    bool failed = false;
    const auto finishOne = [&](bool ok) {
        failed = failed || !ok;
        --pending;
    };
    clusters.list(&clusterModel, [&](api::Result<QList<Cluster>> result) {
        if (result)
            clusterModel.apply(std::move(result).value());
        finishOne(bool(result));
    });
    snapshots.list(&snapshotModel, [&](api::Result<QList<Snapshot>> result) {
        if (result)
            snapshotModel.apply(std::move(result).value());
        finishOne(bool(result));
    });
    waitUntil([&pending] { return pending == 0; });
    if (pending > 0 || failed)
        return -1;
    return peakResidentMegabytes();
}

} // namespace dws::bench
