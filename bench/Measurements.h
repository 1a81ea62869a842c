#pragma once

#include "dws/Cluster.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dws::bench {

class EmulatorThread;

// GET `url` with a token, waiting in a local event loop; empty on any failure.
QByteArray fetchBody(const QUrl& url, const QString& token);

// Milliseconds for nlohmann::json to parse `body` (no mapping).
double bareParseMs(const QByteArray& body);
// Milliseconds for parseClusterList to turn `body` into domain objects.
double parseMapMs(const QByteArray& body);

// `clusters` with every twentieth one changed (node count and update time): a 5% refresh.
QList<Cluster> withFivePercentChanged(const QList<Cluster>& clusters);

struct ModelFigures
{
    double applyFivePercentMs = 0; // median
    int identicalSignals = 0;
};
// ClusterTableModel behind a ClusterFilterProxy (dynamic sort on the name) and a shown
// QTableView: GUI-thread time of a 5% refresh, and the signals of an identical one.
ModelFigures measureModel(const QList<Cluster>& clusters, int runs);

// The longest gap between the ticks of a 1 ms timer while ClusterService lists the clusters
// of `emulator` over HTTP and the result is applied to a model with a view attached (which
// starts out with 5% of the rows different).
double maxGuiStallMs(const EmulatorThread& emulator, const QList<Cluster>& clusters);

// The longest synchronous repaint of a window with a toolbar while the cluster and snapshot
// lists of `emulator` are fetched and parsed at the same time. Qt 6.4 blends translucent lines
// (Fusion draws a toolbar's edges with them) on the global thread pool and waits for it, so a
// parse queued on that pool would hold the repaint up.
double longestRepaintWhileListingMs(const EmulatorThread& emulator);

// Milliseconds from launching `program` until it reports that its table was first painted,
// in a scratch home; -1 if it never does. Start-up as the operator sees it.
double launchToFirstPaintMs(const QString& program, const QStringList& arguments);

// Milliseconds from constructing a window to the first paint of its table's viewport: the
// real main window signing in to a demo project, or a bare QMainWindow with a QTableView.
double mainWindowFirstPaintMs();
double baselineFirstPaintMs();
// A window of plain Qt widgets with the same visible parts as the console's first frame
// (menus, toolbar, tabs, filter box, cluster table headers, detail placeholder, status bar):
// the floor any window showing that much pays.
double sameChromeFirstPaintMs();

// Fetches the clusters and snapshots of `emulator` the way the console does (services,
// worker-thread parsing), loads them into the models and returns this process's peak RSS in
// MiB. Meant to run in a fresh child process; -1 on failure.
double fleetPeakResidentMegabytes(const QUrl& baseUrl, const QString& projectId,
                                  const QString& token);

} // namespace dws::bench
