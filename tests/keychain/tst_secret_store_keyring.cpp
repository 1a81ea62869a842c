// Remembered secrets against a real secret service: SecretStore (QtKeychain) talks to a
// gnome-keyring started for this test in a private D-Bus session by run-with-keyring.sh, and
// secret-tool looks at what the service holds. Secret values are never printed: failure
// messages say which secret, never what it is.

#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <cctype>
#include <optional>

using namespace dws::ui;

namespace {

constexpr int kKeychainTimeoutMs = 30000;
// Set in the child process that writes while no secret service is reachable.
constexpr char kNoServiceChildVariable[] = "DWS_KEYRING_TEST_NO_SERVICE_CHILD";

QString keyringUnavailableReason()
{
    if (qEnvironmentVariable("DWS_KEYRING_SESSION") != QLatin1String("1")) {
        const QString missing = qEnvironmentVariable("DWS_KEYRING_MISSING");
        return QStringLiteral("No secret service for this test: %1")
            .arg(missing.isEmpty() ? QStringLiteral("run it through "
                                                    "tests/keychain/run-with-keyring.sh")
                                   : missing);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return QStringLiteral("No secret service for this test: secret-tool is not installed "
                              "(scripts/bootstrap.sh installs libsecret-tools)");
    return {};
}

#define SKIP_WITHOUT_KEYRING()                                                                     \
    do {                                                                                           \
        if (const QString reason = keyringUnavailableReason(); !reason.isEmpty())                  \
            QSKIP(qPrintable(reason));                                                             \
    } while (false)

struct NamedSecret
{
    const char* description; // what failure messages say instead of the value
    QString key;
    QString value;
};

ConnectionProfile passwordProfile()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("keyring / password");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.authMethod = AuthMethod::Password;
    profile.userName = QStringLiteral("ops_admin");
    profile.domainName = QStringLiteral("acme");
    profile.rememberSecret = true;
    return profile;
}

ConnectionProfile accessKeyProfile()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("keyring / ak-sk");
    profile.regionId = QStringLiteral("cn-east-3");
    profile.authMethod = AuthMethod::AccessKey;
    profile.accessKeyId = QStringLiteral("AKKEYRINGTEST0001");
    profile.rememberSecret = true;
    return profile;
}

// Non-ASCII and shell-special characters, so that a lossy round trip shows.
QList<NamedSecret> profileSecrets()
{
    return {{"the sign-in password", passwordProfile().secretKey(),
             QStringLiteral("Kr7Pw3Qx9Lm#7342 'q\" $HOME \u00f6\u5bc6\u7801")},
            {"the AK/SK secret key", accessKeyProfile().secretKey(),
             QStringLiteral("KeyringSk9f3Vb2LmQw8XeT5rN1yHcJ0dUa6sGkPo4iZ")}};
}

// Every form in which a secret could sit in a file: as text, base64-encoded (QtKeychain's
// binary form) and its leading letters and digits, which survive the escaping QSettings
// applies to quotes, spaces and non-ASCII characters.
QByteArrayList tracesOf(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    qsizetype plainLength = 0;
    while (plainLength < utf8.size() && std::isalnum(static_cast<unsigned char>(utf8[plainLength])))
        ++plainLength;
    QByteArrayList traces{utf8, utf8.toBase64()};
    if (plainLength >= 8)
        traces << utf8.left(plainLength);
    return traces;
}

// Paths, relative to `root`, of the files that hold any trace of `secret`.
QStringList filesHolding(const QString& root, const QString& secret)
{
    QStringList holders;
    const QByteArrayList traces = tracesOf(secret);
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& trace : traces) {
            if (content.contains(trace)) {
                holders << QDir(root).relativeFilePath(file.fileName());
                break;
            }
        }
    }
    return holders;
}

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output; // may hold a secret: compare it, never print it
    QByteArray errors; // secret-tool search writes the attributes here
};

ToolRun secretTool(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    ToolRun run;
    run.finished = process.waitForFinished(kKeychainTimeoutMs);
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

// QtKeychain's libsecret backend files an entry under its schema with the service name as
// "server" and the key as "user".
QStringList lookupAttributes(const QString& key)
{
    return {QStringLiteral("server"), SecretStore::serviceName(), QStringLiteral("user"), key};
}

// The "NAME = VALUE" lines `secret-tool search` prints for one item ("schema",
// "attribute.user", ...), except the secret itself.
QMap<QString, QString> itemProperties(const ToolRun& search)
{
    QMap<QString, QString> properties;
    const QByteArray text = search.output + '\n' + search.errors;
    for (const QByteArray& rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        const qsizetype separator = line.indexOf(QLatin1String(" = "));
        if (separator > 0 && !line.startsWith(QLatin1String("secret ")))
            properties.insert(line.left(separator), line.mid(separator + 3));
    }
    return properties;
}

struct ReadOutcome
{
    std::optional<QString> secret;
    QString problem;
};

// The child half of withoutSecretServiceNothingIsWritten: remembers the profile and writes the
// secret read from stdin while D-Bus points nowhere, then reads it back, and reports on stdout
// what SecretStore said. Exits 0 once both calls have answered.
int writeWithoutSecretService()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secret_store_keyring"));
    QTextStream input(stdin);
    const QString secret = input.readAll();

    ConnectionProfile profile = passwordProfile();
    ProfileStore().save(profile);
    QSettings().sync();

    SecretStore store;
    QSignalSpy problems(&store, &SecretStore::problemOccurred);
    std::optional<QString> writeProblem;
    QObject context;
    store.write(profile.secretKey(), secret, &context,
                [&writeProblem](const QString& problem) { writeProblem = problem; });
    if (!QTest::qWaitFor([&] { return writeProblem.has_value(); }, kKeychainTimeoutMs))
        return 2;
    std::optional<ReadOutcome> read;
    store.read(profile.secretKey(), &context,
               [&read](std::optional<QString> value, const QString& problem) {
                   read = ReadOutcome{std::move(value), problem};
               });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, kKeychainTimeoutMs))
        return 3;

    QTextStream output(stdout);
    output << "write-problem=" << *writeProblem << '\n'
           << "read-found-secret=" << (read->secret ? 1 : 0) << '\n'
           << "read-problem=" << read->problem << '\n'
           << "problem-signals=" << problems.count() << '\n'
           << "settings-file=" << QSettings().fileName() << '\n';
    return 0;
}

} // namespace

class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT

private:
    std::optional<QString> write(SecretStore& store, const QString& key, const QString& secret)
    {
        std::optional<QString> outcome;
        QObject context; // an answer after the wait gives up goes nowhere
        store.write(key, secret, &context,
                    [&outcome](const QString& problem) { outcome = problem; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kKeychainTimeoutMs);
        return outcome;
    }

    std::optional<ReadOutcome> read(SecretStore& store, const QString& key)
    {
        std::optional<ReadOutcome> outcome;
        QObject context;
        store.read(key, &context,
                   [&outcome](std::optional<QString> secret, const QString& problem) {
                       outcome = ReadOutcome{std::move(secret), problem};
                   });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kKeychainTimeoutMs);
        return outcome;
    }

    std::optional<QString> remove(SecretStore& store, const QString& key)
    {
        std::optional<QString> outcome;
        QObject context;
        store.remove(key, &context, [&outcome](const QString& problem) { outcome = problem; });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, kKeychainTimeoutMs);
        return outcome;
    }

    // Stores both profile secrets through a SecretStore of its own.
    void storeProfileSecrets()
    {
        SecretStore store;
        QSignalSpy problems(&store, &SecretStore::problemOccurred);
        for (const NamedSecret& secret : profileSecrets()) {
            const std::optional<QString> problem = write(store, secret.key, secret.value);
            QVERIFY2(problem, secret.description);
            QVERIFY2(problem->isEmpty(), qPrintable(*problem));
        }
        QCOMPARE(problems.count(), 0);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secret_store_keyring"));
    }

    void init() { QSettings().clear(); }

    void storedSecretsLiveInTheSecretService()
    {
        SKIP_WITHOUT_KEYRING();
        ProfileStore profiles;
        profiles.save(passwordProfile());
        profiles.save(accessKeyProfile());
        storeProfileSecrets();
        if (QTest::currentTestFailed())
            return;

        // A second SecretStore has nothing in memory: what it reads comes from the service.
        SecretStore reader;
        QSignalSpy problems(&reader, &SecretStore::problemOccurred);
        for (const NamedSecret& secret : profileSecrets()) {
            const std::optional<ReadOutcome> outcome = read(reader, secret.key);
            QVERIFY2(outcome, secret.description);
            QVERIFY2(outcome->problem.isEmpty(), qPrintable(outcome->problem));
            QVERIFY2(outcome->secret, secret.description);
            QVERIFY2(*outcome->secret == secret.value,
                     qPrintable(QStringLiteral("%1 read back differs from the one stored")
                                    .arg(QLatin1String(secret.description))));

            const ToolRun lookup =
                secretTool(QStringList{QStringLiteral("lookup")} << lookupAttributes(secret.key));
            QVERIFY2(lookup.finished && lookup.exitCode == 0, secret.description);
            QVERIFY2(lookup.output == secret.value.toUtf8(),
                     qPrintable(QStringLiteral("secret-tool finds another value for %1")
                                    .arg(QLatin1String(secret.description))));

            const ToolRun search =
                secretTool(QStringList{QStringLiteral("search"), QStringLiteral("--all")}
                           << lookupAttributes(secret.key));
            QVERIFY2(search.finished && search.exitCode == 0, secret.description);
            QCOMPARE(search.output.count("[/"), 1); // exactly one item per key
            const QMap<QString, QString> item = itemProperties(search);
            QCOMPARE(item.value(QStringLiteral("schema")), QStringLiteral("org.qt.keychain"));
            QCOMPARE(item.value(QStringLiteral("attribute.server")), SecretStore::serviceName());
            QCOMPARE(item.value(QStringLiteral("attribute.user")), secret.key);
            QCOMPARE(item.value(QStringLiteral("attribute.type")), QStringLiteral("plaintext"));
            QCOMPARE(item.value(QStringLiteral("label")), SecretStore::serviceName());
        }
        QCOMPARE(problems.count(), 0);

        // The profiles are in the settings file; their secrets are in no file at all.
        QSettings settings;
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(QDir::homePath()));
        QVERIFY(QFile(settings.fileName()).size() > 0);
        for (const NamedSecret& secret : profileSecrets()) {
            const QStringList holders = filesHolding(QDir::homePath(), secret.value);
            QVERIFY2(holders.isEmpty(),
                     qPrintable(QStringLiteral("%1 found in %2")
                                    .arg(QLatin1String(secret.description), holders.join(u", "))));
        }
    }

    void removedSecretsAreGoneFromTheSecretService()
    {
        SKIP_WITHOUT_KEYRING();
        storeProfileSecrets();
        if (QTest::currentTestFailed())
            return;

        SecretStore store;
        QSignalSpy problems(&store, &SecretStore::problemOccurred);
        for (const NamedSecret& secret : profileSecrets()) {
            const std::optional<QString> removed = remove(store, secret.key);
            QVERIFY2(removed, secret.description);
            QVERIFY2(removed->isEmpty(), qPrintable(*removed));

            const std::optional<ReadOutcome> outcome = read(store, secret.key);
            QVERIFY2(outcome, secret.description);
            QVERIFY2(!outcome->secret, secret.description);
            QCOMPARE(outcome->problem,
                     SecretStore::tr("No saved secret was found in the system keychain."));

            const ToolRun lookup =
                secretTool(QStringList{QStringLiteral("lookup")} << lookupAttributes(secret.key));
            QVERIFY2(lookup.finished, secret.description);
            QVERIFY2(lookup.exitCode != 0 && lookup.output.isEmpty(), secret.description);
            const ToolRun search =
                secretTool(QStringList{QStringLiteral("search"), QStringLiteral("--all")}
                           << lookupAttributes(secret.key));
            QVERIFY2(search.finished, secret.description);
            QVERIFY2(!search.output.contains("[/"), secret.description);

            // Forgetting a secret that is already gone is not a problem either.
            const std::optional<QString> removedAgain = remove(store, secret.key);
            QVERIFY2(removedAgain, secret.description);
            QVERIFY2(removedAgain->isEmpty(), qPrintable(*removedAgain));
        }
        // A missing entry is an answer, not a keychain failure for the status bar.
        QCOMPARE(problems.count(), 0);
    }

    // QtKeychain picks its backend from the desktop: the secret service through libsecret on
    // most desktops, KWallet on KDE 4 (and on Plasma without libsecret), where an insecure
    // fallback would quietly write the secret to a settings file when D-Bus is unreachable.
    void withoutSecretServiceNothingIsWritten_data()
    {
        QTest::addColumn<QString>("desktop");
        QTest::addColumn<QString>("kdeSessionVersion");
        QTest::newRow("GNOME: secret service") << QStringLiteral("GNOME") << QString();
        QTest::newRow("KDE 4: KWallet") << QStringLiteral("KDE") << QStringLiteral("4");
    }

    // Runs without a keyring too: a child of this test writes while D-Bus points at a socket
    // that does not exist, with its home, data, cache, runtime and temporary directories all in
    // one scratch directory, which must afterwards hold no trace of the secret.
    void withoutSecretServiceNothingIsWritten()
    {
        QFETCH(QString, desktop);
        QFETCH(QString, kdeSessionVersion);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(kNoServiceChildVariable), QStringLiteral("1"));
        for (const char* variable : {"DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID",
                                     "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
            environment.remove(QLatin1String(variable));
        environment.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), desktop);
        if (!kdeSessionVersion.isEmpty())
            environment.insert(QStringLiteral("KDE_SESSION_VERSION"), kdeSessionVersion);
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") +
                               scratch.filePath(QStringLiteral("no-bus")));
        const QList<std::pair<QString, QString>> directories{
            {QStringLiteral("HOME"), QStringLiteral("home")},
            {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("home/.config")},
            {QStringLiteral("XDG_DATA_HOME"), QStringLiteral("home/.local/share")},
            {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("home/.cache")},
            {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("runtime")},
            {QStringLiteral("TMPDIR"), QStringLiteral("tmp")}};
        for (const auto& [variable, directory] : directories) {
            QVERIFY(QDir().mkpath(scratch.filePath(directory)));
            environment.insert(variable, scratch.filePath(directory));
        }
        QFile::setPermissions(scratch.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);

        const QString secret = profileSecrets().constFirst().value;
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(kKeychainTimeoutMs));
        child.write(secret.toUtf8());
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(kKeychainTimeoutMs * 3));
        const QByteArray output = child.readAllStandardOutput();
        const QByteArray errors = child.readAllStandardError();
        for (const QByteArray& trace : tracesOf(secret)) {
            QVERIFY2(!output.contains(trace) && !errors.contains(trace),
                     "the child printed the secret");
        }
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 errors.constData());
        const QStringList holders = filesHolding(scratch.path(), secret);
        QVERIFY2(holders.isEmpty(),
                 qPrintable(QStringLiteral("the secret was written to ") + holders.join(u", ")));

        QMap<QString, QString> report;
        for (const QByteArray& line : output.split('\n')) {
            const qsizetype separator = line.indexOf('=');
            if (separator > 0)
                report.insert(QString::fromUtf8(line.left(separator)),
                              QString::fromUtf8(line.mid(separator + 1)));
        }
        QVERIFY2(!report.value(QStringLiteral("write-problem")).isEmpty(), output.constData());
        QCOMPARE(report.value(QStringLiteral("read-found-secret")), QStringLiteral("0"));
        QVERIFY(!report.value(QStringLiteral("read-problem")).isEmpty());
        // The write and the read both went to the status bar.
        QCOMPARE(report.value(QStringLiteral("problem-signals")), QStringLiteral("2"));

        const QString settingsFile = report.value(QStringLiteral("settings-file"));
        QVERIFY2(settingsFile.startsWith(scratch.path()), qPrintable(settingsFile));
        QVERIFY2(QFile(settingsFile).size() > 0, "the profile was not saved");
    }
};

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (qEnvironmentVariableIsSet(kNoServiceChildVariable))
        return writeWithoutSecretService();
    TestSecretStoreKeyring test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_store_keyring.moc"
