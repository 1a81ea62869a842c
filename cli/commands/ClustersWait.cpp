#include "ClustersWait.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "Formatters.h"
#include "dws/ErrorCatalogue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cmath>

namespace dws::cli {

namespace {

constexpr double kDefaultTimeoutSeconds = 3600;
constexpr double kDefaultIntervalSeconds = 30;

void sleepWithEvents(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(std::lround(seconds * 1000)), &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QString ClustersWait::summary() const
{
    return tr("Wait until a cluster is available with no task running (or deleted), printing "
              "progress as it changes. Ends with status 1 if the running operation fails.");
}

QList<OptionSpec> ClustersWait::options() const
{
    return {
        {QStringLiteral("until"), QStringLiteral("available|deleted"),
         QT_TRANSLATE_NOOP("dws::cli", "the state to wait for (required)")},
        {QStringLiteral("timeout"), QStringLiteral("SEC"),
         QT_TRANSLATE_NOOP("dws::cli", "give up after this many seconds in all (default 3600)")},
        {QStringLiteral("interval"), QStringLiteral("SEC"),
         QT_TRANSLATE_NOOP("dws::cli", "seconds between two looks at the cluster (default 30)")}};
}

ClustersWait::Verdict ClustersWait::availabilityVerdict(const Cluster& cluster)
{
    if (cluster.status == ClusterStatus::CreationFailed || cluster.taskStatus.isFailure())
        return Verdict::Failed;
    if (cluster.status == ClusterStatus::Available && cluster.taskStatus.isIdle())
        return Verdict::Reached;
    return Verdict::KeepWaiting;
}

void ClustersWait::printProgress(CommandContext& context, const Cluster& cluster,
                                 QString& lastLine) const
{
    const QString progress = ClusterFormatter::progressText(cluster);
    QString line = ClusterFormatter::statusText(cluster);
    if (!cluster.taskStatus.isIdle())
        line += QStringLiteral(" · ") + ClusterFormatter::taskText(cluster);
    if (!progress.isEmpty())
        line += QStringLiteral(" · ") + progress;
    if (line == lastLine)
        return;
    lastLine = line;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.jsonOutput()) {
        QJsonObject event = ClusterFormatter::toJson(cluster);
        event.insert(QStringLiteral("observed"), timestampJson(now));
        context.console().outLine(
            QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    } else {
        context.console().outLine(now.toString(QStringLiteral("HH:mm:ss")) + QLatin1String("  ") +
                                  line);
    }
}

int ClustersWait::execute(CommandContext& context)
{
    const QString clusterId = context.positional(0);
    const QString until = context.option(QStringLiteral("until"));
    const bool untilDeleted = until == QLatin1String("deleted");
    if (until != QLatin1String("available") && !untilDeleted)
        return context.usageError(tr("--until expects available or deleted."));
    const std::optional<double> timeout =
        context.secondsOption(QStringLiteral("timeout"), kDefaultTimeoutSeconds);
    if (!timeout)
        return context.exitStatus();
    const std::optional<double> interval =
        context.secondsOption(QStringLiteral("interval"), kDefaultIntervalSeconds);
    if (!interval)
        return context.exitStatus();

    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    QElapsedTimer elapsed;
    elapsed.start();
    QString lastLine;
    for (;;) {
        const api::Result<Cluster> cluster = session->cluster(clusterId);
        if (!cluster) {
            if (untilDeleted && ErrorCatalogue::isNotFoundCode(cluster.error().code)) {
                context.note(tr("Cluster %1 is deleted.").arg(clusterId));
                return ExitCode::Success;
            }
            return context.apiFailure(cluster.error());
        }
        printProgress(context, cluster.value(), lastLine);
        if (!untilDeleted) {
            const Verdict verdict = availabilityVerdict(cluster.value());
            if (verdict == Verdict::Reached) {
                context.note(tr("Cluster %1 is available.").arg(clusterId));
                return ExitCode::Success;
            }
            if (verdict == Verdict::Failed) {
                context.console().errLine(
                    tr("dwsctl: the operation on cluster %1 failed.").arg(clusterId));
                if (const std::optional<FailedReasons>& reasons = cluster.value().failedReasons;
                    reasons && !reasons->isEmpty()) {
                    const ErrorDescription description =
                        describeFailedReason(reasons->errorCode, reasons->errorMessage);
                    context.console().errLine(QLatin1String("  ") + description.code +
                                              QLatin1Char(' ') + description.message);
                    if (!description.action.isEmpty())
                        context.console().errLine(QLatin1String("  ") +
                                                  tr("What to do: %1").arg(description.action));
                }
                return ExitCode::ApiFailure;
            }
        }
        const double remaining = *timeout - static_cast<double>(elapsed.elapsed()) / 1000.0;
        if (remaining <= 0) {
            context.console().errLine(tr("dwsctl: gave up waiting for cluster %1 after %2 seconds.")
                                          .arg(clusterId)
                                          .arg(*timeout));
            return ExitCode::ApiFailure;
        }
        sleepWithEvents(std::min(*interval, remaining));
    }
}

} // namespace dws::cli
