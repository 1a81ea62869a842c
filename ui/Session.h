#pragma once

#include "ConnectionProfile.h"
#include "api/ConnectionSettings.h"
#include "api/Result.h"
#include "dws/NodeType.h"

#include <QObject>
#include <functional>
#include <memory>

namespace dws {
class ClusterService;
class SnapshotService;
class Poller;
} // namespace dws

namespace dws::ui {

// One signed-in connection to a DWS project: the services and the poller that follows it.
// The window owns one at a time; signing out or switching profiles replaces it.
class Session : public QObject
{
    Q_OBJECT
public:
    ~Session() override;

    ConnectionProfile profile() const { return m_profile; }
    // True when the data comes from the built-in emulator (demo mode).
    bool isSimulated() const { return m_simulated; }
    void setSimulated(bool simulated) { m_simulated = simulated; }

    dws::ClusterService* clusterService() const;
    dws::SnapshotService* snapshotService() const;
    dws::Poller* poller() const;
    // DWS answers error messages in this language from now on.
    void setLanguage(api::Language language);

    void fetchNodeTypes(QObject* context,
                        std::function<void(api::Result<QList<NodeType>>)> done) const;

private:
    friend class SessionFactory;
    struct Parts;
    Session(ConnectionProfile profile, std::unique_ptr<Parts> parts, QObject* parent);

    ConnectionProfile m_profile;
    std::unique_ptr<Parts> m_parts;
    bool m_simulated = false;
};

} // namespace dws::ui
