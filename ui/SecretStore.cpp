#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace dws::ui {
namespace {

QString problemText(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::tr("No saved secret was found in the system keychain.");
    case QKeychain::NoBackendAvailable:
        return SecretStore::tr(
            "No system keychain is available; the secret is kept in memory only.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("Access to the system keychain was denied.");
    default:
        return SecretStore::tr("The system keychain could not be used: %1").arg(job.errorString());
    }
}

template <typename JobType> JobType* prepareJob(SecretStore* owner, const QString& key)
{
    auto* job = new JobType(SecretStore::serviceName(), owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return QStringLiteral("dws-console");
}

void SecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = prepareJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, context,
            [this, job, done = std::move(done)](QKeychain::Job*) {
                if (job->error() == QKeychain::NoError) {
                    done(job->textData(), QString());
                    return;
                }
                const QString problem = problemText(*job);
                if (job->error() != QKeychain::EntryNotFound)
                    emit problemOccurred(problem);
                done(std::nullopt, problem);
            });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done)
{
    auto* job = prepareJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context,
            [this, job, done = std::move(done)](QKeychain::Job*) {
                const QString problem = problemText(*job);
                if (!problem.isEmpty())
                    emit problemOccurred(problem);
                done(problem);
            });
    job->start();
}

void SecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    auto* job = prepareJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, context,
            [this, job, done = std::move(done)](QKeychain::Job*) {
                const QString problem =
                    job->error() == QKeychain::EntryNotFound ? QString() : problemText(*job);
                if (!problem.isEmpty())
                    emit problemOccurred(problem);
                done(problem);
            });
    job->start();
}

} // namespace dws::ui
