#include "ConnectionProfile.h"
#include "Regions.h"
#include "SecretStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace dws::ui;

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_Profiles"));
    }
    void init() { QSettings().clear(); }

    void profilesRoundTrip()
    {
        ProfileStore store;
        ConnectionProfile profile;
        profile.name = QStringLiteral("prod / beijing");
        profile.regionId = QStringLiteral("cn-north-4");
        profile.iamEndpoint = findRegion(profile.regionId)->iamEndpoint();
        profile.dwsEndpoint = findRegion(profile.regionId)->dwsEndpoint();
        profile.authMethod = AuthMethod::AccessKey;
        profile.accessKeyId = QStringLiteral("AKEXAMPLE");
        profile.projectId = QStringLiteral("p-1");
        profile.projectName = QStringLiteral("cn-north-4");
        profile.caFile = QStringLiteral("/etc/ssl/extra.pem");
        profile.rememberSecret = true;
        store.save(profile);
        store.setLastUsed(profile.name);

        ConnectionProfile other;
        other.name = QStringLiteral("lab");
        other.userName = QStringLiteral("ops");
        store.save(other);

        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(profile.name), profile);
        QCOMPARE(store.lastUsed(), profile.name);

        profile.projectId = QStringLiteral("p-2");
        store.save(profile); // replaces, does not add
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(profile.name)->projectId, QStringLiteral("p-2"));

        store.remove(other.name);
        QVERIFY(!store.profile(other.name));
        QCOMPARE(store.profiles().size(), 1);
    }

    void secretKeysDifferPerIdentity()
    {
        ConnectionProfile a;
        a.name = QStringLiteral("x");
        a.userName = QStringLiteral("u1");
        ConnectionProfile b = a;
        b.userName = QStringLiteral("u2");
        QVERIFY(a.secretKey() != b.secretKey());
    }

    void regionsHaveTheirEndpoints()
    {
        QVERIFY(knownRegions().size() >= 9);
        for (const QString& id :
             {QStringLiteral("cn-north-1"), QStringLiteral("cn-north-4"),
              QStringLiteral("cn-east-2"), QStringLiteral("cn-east-3"),
              QStringLiteral("cn-south-1"), QStringLiteral("cn-southwest-2"),
              QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
              QStringLiteral("ap-southeast-3")}) {
            const Region* region = findRegion(id);
            QVERIFY2(region, qPrintable(id));
            QCOMPARE(region->iamEndpoint().host(),
                     QLatin1String("iam.") + id + QLatin1String(".myhuaweicloud.com"));
            QCOMPARE(region->dwsEndpoint().scheme(), QStringLiteral("https"));
            QVERIFY(region->displayText().contains(id));
        }
        QVERIFY(!findRegion(QStringLiteral("mars-1")));
    }

    // Without a keychain (as in this headless test) every call still ends, with a sentence
    // saying why; with one, the secret comes back.
    void keychainAnswersEvenWhenAbsent()
    {
        SecretStore store;
        QSignalSpy problems(&store, &SecretStore::problemOccurred);
        bool written = false;
        QString writeProblem;
        store.write(QStringLiteral("tst/key"), QStringLiteral("s3cret-value"), this,
                    [&](const QString& problem) {
                        writeProblem = problem;
                        written = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
        bool read = false;
        std::optional<QString> secret;
        store.read(QStringLiteral("tst/key"), this,
                   [&](std::optional<QString> value, const QString&) {
                       secret = value;
                       read = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
        if (writeProblem.isEmpty()) {
            QCOMPARE(secret, QStringLiteral("s3cret-value"));
            bool removed = false;
            store.remove(QStringLiteral("tst/key"), this, [&](const QString&) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        } else {
            QVERIFY(!secret);
            QVERIFY(problems.count() >= 1);
            QVERIFY(!writeProblem.contains(u"s3cret-value"));
        }
        // Never in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret-value"));
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_Profiles.moc"
