#include "Session.h"

#include "SessionParts.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"
#include "monitor/Poller.h"
#include "monitor/ServiceMonitorSource.h"

namespace dws::ui {

Session::Session(ConnectionProfile profile, std::unique_ptr<Parts> parts, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_parts(std::move(parts))
{}

Session::~Session()
{
    m_parts->poller->stop();
}

ClusterService* Session::clusterService() const
{
    return m_parts->clusters.get();
}

SnapshotService* Session::snapshotService() const
{
    return m_parts->snapshots.get();
}

Poller* Session::poller() const
{
    return m_parts->poller.get();
}

void Session::setLanguage(api::Language language)
{
    m_parts->client->setLanguage(language);
}

void Session::fetchNodeTypes(QObject* context,
                             std::function<void(api::Result<QList<NodeType>>)> done) const
{
    m_parts->clusters->nodeTypes(context, std::move(done));
}

} // namespace dws::ui
