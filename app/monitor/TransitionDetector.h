#pragma once

#include "dws/Cluster.h"
#include "dws/Snapshot.h"
#include "monitor/Transition.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace dws {

// Compares consecutive cluster and snapshot lists and reports what changed. The first list
// of each kind is the baseline and reports nothing; clear() starts over (sign-out).
class TransitionDetector : public QObject
{
    Q_OBJECT
public:
    explicit TransitionDetector(QObject* parent = nullptr);

    // Pure comparisons, in the order of `after` (gone resources last).
    static QList<Transition> compareClusters(const QList<Cluster>& before,
                                             const QList<Cluster>& after);
    // The transitions of one cluster seen twice (same id).
    static QList<Transition> compareCluster(const Cluster& before, const Cluster& after);
    static QList<Transition> compareSnapshots(const QList<Snapshot>& before,
                                              const QList<Snapshot>& after);

    // Feed each new list; emits transition() for every change since the previous one.
    void feedClusters(const QList<dws::Cluster>& clusters);
    void feedSnapshots(const QList<dws::Snapshot>& snapshots);
    void clear();

signals:
    void transition(const dws::Transition& transition);

private:
    QList<Cluster> m_clusters;
    QList<Snapshot> m_snapshots;
    bool m_haveClusters = false;
    bool m_haveSnapshots = false;
};

} // namespace dws
