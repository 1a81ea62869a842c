#pragma once

// Starts an in-process DWS + IAM emulator on a free loopback port, for tests.
//
//     EmulatorFixture fixture;                   // or EmulatorFixture fixture(options);
//     QVERIFY(fixture.isListening());
//     QUrl url = fixture.url("/v1.0/" + fixture.projectId() + "/clusters");
//     fixture->advanceClock(std::chrono::minutes(15));

#include "DemoData.h"
#include "Emulator.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class EmulatorFixture
{
public:
    explicit EmulatorFixture(dwsemu::EmulatorOptions options = {})
        : m_emulator(std::move(options))
    {
        m_emulator.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_emulator.port() != 0; }
    quint16 port() const { return m_emulator.port(); }
    QUrl baseUrl() const { return m_emulator.baseUrl(); }
    QString projectId() const { return m_emulator.projectId(); }
    QString projectName() const { return m_emulator.projectName(); }

    // baseUrl() with this path (and optional query) appended.
    QUrl url(const QString& path, const QString& query = {}) const
    {
        QUrl result = baseUrl();
        result.setPath(path);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }

    // http(s)://127.0.0.1:PORT/v1.0/{project_id}/<path>
    QUrl dwsUrl(const QString& path) const
    {
        return url(QLatin1String("/v1.0/") + projectId() + QLatin1Char('/') + path);
    }

    dwsemu::Emulator& emulator() { return m_emulator; }
    dwsemu::Emulator* operator->() { return &m_emulator; }

private:
    dwsemu::Emulator m_emulator;
};

// A fault rule from its text form, e.g. "GET /clusters$ 503 x2" (see emulator/README.md); a
// rule that does not parse is a mistake in the test and stops it.
inline dwsemu::FaultRule faultRule(const QString& text)
{
    QString error;
    const std::optional<dwsemu::FaultRule> rule = dwsemu::parseFaultRule(text, &error);
    if (!rule)
        qFatal("bad fault rule %s: %s", qPrintable(text), qPrintable(error));
    return *rule;
}

// The demo project's network, for forms that create a cluster in it.
namespace demonetwork {
inline const QString vpc = QString::fromLatin1(dwsemu::demoVpcId);
inline const QString subnet = QString::fromLatin1(dwsemu::demoSubnetId);
inline const QString securityGroup = QString::fromLatin1(dwsemu::demoSecurityGroupId);
} // namespace demonetwork
