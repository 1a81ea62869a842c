// A whole console session with debug logging on must leave no secret behind: not in any log
// line, not in any file under the (scratch) home directory where settings live, and not in
// the activity log the operator sees. tests/api (debugLogNeverShowsSecrets) checks the HTTP
// log of single calls; this runs the services, failures, retries and the activity log together.

#include "EmulatorFixture.h"
#include "ReliabilitySupport.h"
#include "api/HttpClient.h"
#include "api/IamClient.h"
#include "dws/ClusterService.h"
#include "dws/Reconciler.h"
#include "dws/SnapshotService.h"
#include "monitor/ActivityLog.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTest>
#include <optional>

using namespace dws;
using namespace dws::api;

namespace {

const QString kSignInPassword = QStringLiteral("Sign-in#Secret7731");
const QString kClusterPassword = QStringLiteral("Cluster#Secret4410");
const QString kNewClusterPassword = QStringLiteral("Rotated#Secret9902");
const QString kAccessKey = QStringLiteral("DEMOACCESSKEY"); // the pair the emulator accepts
const QString kSecretKey = QStringLiteral("DEMOSECRETKEY");

template <typename T> std::optional<Result<T>> await(auto start)
{
    std::optional<Result<T>> outcome;
    start([&outcome](Result<T> result) { outcome.emplace(std::move(result)); });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
    return outcome;
}

RetryPolicy fastRetries()
{
    RetryPolicy::Options options;
    options.seed = 7;
    options.delayScale = 0.001;
    return RetryPolicy(options);
}

// Everything the operator can read in the activity log, in every role that carries text.
QString activityText(const ActivityLog& log)
{
    QString text;
    for (int row = 0; row < log.rowCount(); ++row) {
        for (int column = 0; column < log.columnCount(); ++column) {
            const QModelIndex index = log.index(row, column);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                text += log.data(index, role).toString() + u'\n';
        }
        const ActivityLog::Entry& entry = log.entryAt(row);
        text += entry.whatText() + u'\n' + entry.errorCode() + u'\n' + entry.errorText() + u'\n';
    }
    return text;
}

// The contents of every file under the home directory (settings, caches, state).
QString homeFilesText()
{
    QString text;
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            text += file.fileName() + u'\n' + QString::fromUtf8(file.readAll()) + u'\n';
    }
    return text;
}

} // namespace

class TestSecretsEverywhere : public QObject
{
    Q_OBJECT

private slots:
    void fullSessionLeavesNoSecretBehind()
    {
        reliability::LogCapture capture;
        EmulatorFixture fixture;
        QVERIFY(fixture.isListening());
        ConnectionSettings settings;
        settings.iamEndpoint = fixture.baseUrl();
        settings.dwsEndpoint = fixture.baseUrl();
        settings.projectName = fixture.projectName();

        HttpClient client(settings, Credentials::password(QStringLiteral("ops_admin"),
                                                          kSignInPassword, QStringLiteral("acme")));
        client.setRetryPolicy(fastRetries());
        ClusterService clusters(&client);
        SnapshotService snapshots(&client);
        ActivityLog activity;

        // Settings the console keeps must not pick up a secret either.
        QSettings().setValue(QStringLiteral("reliability/lastProject"), settings.projectName);

        CreateClusterRequest request;
        request.nodeType = QStringLiteral("dws.d2.xlarge");
        request.numberOfNode = 3;
        request.subnetId = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");
        request.securityGroupId = QStringLiteral("8a4b1d0b-4a1f-4b5c-9a4b-2e6f4f2d0c11");
        request.vpcId = QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574");
        request.availabilityZone = QStringLiteral("cn-north-1a");
        request.name = QStringLiteral("dws-secrets-01");
        request.userName = QStringLiteral("dbadmin");
        request.userPassword = kClusterPassword;
        request.port = 8000;

        const qint64 createEntry =
            activity.beginOperation(QStringLiteral("Create cluster"), request.name, QString());
        const auto created = await<CreatedResource>(
            [&](auto done) { clusters.create(request, this, std::move(done)); });
        QVERIFY(created.has_value());
        QVERIFY(created->ok());
        activity.finishOperation(createEntry);
        const QString clusterId = created->value().id;
        fixture.emulator().advanceClock(std::chrono::minutes(30));

        // A retried list, a failing reset (with the new password in the request body) and a
        // successful one.
        fixture.emulator().addFault(faultRule(QStringLiteral("GET /clusters 503 x2")));
        const auto listed =
            await<QList<Cluster>>([&](auto done) { clusters.list(this, std::move(done)); });
        QVERIFY(listed.has_value());
        QVERIFY(listed->ok());

        fixture.emulator().addFault(faultRule(QStringLiteral("POST /reset-password 403 x1")));
        const qint64 failedReset =
            activity.beginOperation(QStringLiteral("Reset password"), request.name, clusterId);
        const auto refused = await<Done>([&](auto done) {
            clusters.resetPassword(clusterId, ResetPasswordRequest{kNewClusterPassword},
                                   request.userName, this, std::move(done));
        });
        QVERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        activity.failOperation(failedReset, refused->error());

        const qint64 reset =
            activity.beginOperation(QStringLiteral("Reset password"), request.name, clusterId);
        const auto accepted = await<Done>([&](auto done) {
            clusters.resetPassword(clusterId, ResetPasswordRequest{kNewClusterPassword},
                                   request.userName, this, std::move(done));
        });
        QVERIFY(accepted.has_value());
        QVERIFY(accepted->ok());
        activity.finishOperation(reset);

        const auto snapshotList =
            await<QList<Snapshot>>([&](auto done) { snapshots.list(this, std::move(done)); });
        QVERIFY(snapshotList.has_value());
        QVERIFY(snapshotList->ok());

        // The same project through AK/SK signing.
        ConnectionSettings signedSettings = settings;
        signedSettings.projectId = fixture.projectId();
        HttpClient signer(signedSettings, Credentials::accessKey(kAccessKey, kSecretKey));
        ClusterService signedClusters(&signer);
        const auto signedList =
            await<QList<Cluster>>([&](auto done) { signedClusters.list(this, std::move(done)); });
        QVERIFY(signedList.has_value());
        QVERIFY(signedList->ok());
        QSettings().sync();

        // The tokens the emulator actually handed out and saw.
        QStringList tokens;
        for (const auto& entry : fixture.emulator().journal())
            for (const auto& [name, value] : entry.headers)
                if (name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0 &&
                    !tokens.contains(QString::fromLatin1(value)))
                    tokens.append(QString::fromLatin1(value));
        QVERIFY(!tokens.isEmpty());

        const QString log = capture.lines().join(u'\n');
        QVERIFY2(log.contains(QLatin1String("dws.")), "debug logging did not capture anything");
        const QString files = homeFilesText();
        const QString shown = activityText(activity);
        QVERIFY(activity.rowCount() >= 3);

        const QStringList secrets =
            QStringList{kSignInPassword, kClusterPassword, kNewClusterPassword, kSecretKey} +
            tokens;
        for (qsizetype which = 0; which < secrets.size(); ++which) {
            const QString& secret = secrets.at(which);
            const QByteArray number = QByteArray::number(which); // never the secret itself
            QVERIFY2(!log.contains(secret),
                     QByteArray("secret #" + number + " was logged").constData());
            QVERIFY2(!files.contains(secret),
                     QByteArray("secret #" + number + " was written to a file").constData());
            QVERIFY2(!shown.contains(secret),
                     QByteArray("secret #" + number + " is in the activity log").constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsEverywhere)
#include "tst_secrets_everywhere.moc"
