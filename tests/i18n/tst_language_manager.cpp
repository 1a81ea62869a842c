// LanguageManager: run-time switching between English and Chinese, Qt's own translations,
// the remembered choice, the --lang override and the X-Language header value.

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>
#include <optional>

using dws::i18n::LanguageManager;

namespace {

struct TranslatedMessage
{
    QString context;
    QString source;
    QString translation;
};

// A finished, non-plural message of the tracked Chinese catalogue: what the app must show.
std::optional<TranslatedMessage> firstFinishedMessage(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QXmlStreamReader xml(&file);
    TranslatedMessage message;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name") {
            message.context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = !xml.attributes().value(QStringLiteral("type")).isEmpty();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!unfinished && !numerus && !message.translation.isEmpty() &&
                message.translation != message.source)
                return message;
        }
    }
    return std::nullopt;
}

// Counts the LanguageChange events the application object receives.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

QString qtWizardNext()
{
    return QCoreApplication::translate("QWizard", "&Next >");
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void translationsAreEmbedded();
    void switchesAtRunTime();
    void qtOwnStringsFollow();
    void headerValueAndLocaleFollow();
    void choiceIsRemembered();
    void overrideWinsAndIsNotRemembered();
    void unsupportedLanguageIsRefused();
    void firstStartFollowsSystemLocale();
    void languageForLocale_data();
    void languageForLocale();
    void normalized_data();
    void normalized();
    void languageFromArguments_data();
    void languageFromArguments();

private:
    TranslatedMessage m_known;
};

void TestLanguageManager::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language_manager"));
    const QString ts = qEnvironmentVariable("DWS_SOURCE_DIR") +
                       QStringLiteral("/translations/dwsconsole_zh_CN.ts");
    const auto known = firstFinishedMessage(ts);
    QVERIFY2(known.has_value(), qPrintable(QStringLiteral("no finished message in ") + ts));
    m_known = *known;
}

void TestLanguageManager::init()
{
    QSettings().clear();
}

void TestLanguageManager::translationsAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dwsconsole_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dwsconsole_en.qm")));
}

void TestLanguageManager::switchesAtRunTime()
{
    const QByteArray context = m_known.context.toUtf8();
    const QByteArray source = m_known.source.toUtf8();
    LanguageManager manager;
    QCOMPARE(manager.start(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), m_known.source);

    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);

    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QVERIFY(manager.isChinese());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate(context, source), m_known.translation);
    QTRY_VERIFY(counter.count > 0); // LanguageChange is posted to the application

    counter.count = 0;
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), m_known.source);
    QTRY_VERIFY(counter.count > 0);

    // Choosing the current language again changes nothing.
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.size(), 2);
    QCoreApplication::instance()->removeEventFilter(&counter);
}

void TestLanguageManager::qtOwnStringsFollow()
{
    LanguageManager manager;
    manager.start(QStringLiteral("en"));
    QCOMPARE(qtWizardNext(), QStringLiteral("&Next >"));
    manager.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY2(qtWizardNext().contains(QStringLiteral("下一步")),
             qPrintable(QStringLiteral("qtbase_zh_CN.qm not installed? got ") + qtWizardNext()));
    manager.setLanguage(QStringLiteral("en"));
    QCOMPARE(qtWizardNext(), QStringLiteral("&Next >"));
}

void TestLanguageManager::headerValueAndLocaleFollow()
{
    LanguageManager manager;
    manager.start(QStringLiteral("en"));
    QCOMPARE(manager.languageHeaderValue(), QByteArray("en_us"));
    QCOMPARE(QLocale().language(), QLocale::English);

    manager.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(manager.languageHeaderValue(), QByteArray("zh_cn"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().territory(), QLocale::China);

    manager.setLanguage(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageManager::choiceIsRemembered()
{
    {
        LanguageManager manager;
        manager.start(QStringLiteral("en"));
        manager.setLanguage(QStringLiteral("zh-CN"));
    }
    QCOMPARE(QSettings().value(dws::i18n::languageSettingsKey).toString(), QStringLiteral("zh_CN"));

    LanguageManager restarted;
    QCOMPARE(restarted.start(), QStringLiteral("zh_CN"));
    QCOMPARE(restarted.language(), QStringLiteral("zh_CN"));
    restarted.setLanguage(QStringLiteral("en"));
}

void TestLanguageManager::overrideWinsAndIsNotRemembered()
{
    QSettings().setValue(dws::i18n::languageSettingsKey, QStringLiteral("zh_CN"));
    const QString override = LanguageManager::languageFromArguments(
        {QStringLiteral("dws-console"), QStringLiteral("--lang"), QStringLiteral("en")});

    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QCOMPARE(manager.start(override), QStringLiteral("en"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QCoreApplication::translate(m_known.context.toUtf8(), m_known.source.toUtf8()),
             m_known.source);
    QCOMPARE(QSettings().value(dws::i18n::languageSettingsKey).toString(), QStringLiteral("zh_CN"));
}

void TestLanguageManager::unsupportedLanguageIsRefused()
{
    QSettings().setValue(dws::i18n::languageSettingsKey, QStringLiteral("zh_CN"));
    LanguageManager manager;
    // An unsupported override is ignored in favour of the remembered choice.
    QCOMPARE(manager.start(QStringLiteral("klingon")), QStringLiteral("zh_CN"));

    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(!manager.setLanguage(QStringLiteral("fr")));
    QVERIFY(!manager.setLanguage(QString()));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(QSettings().value(dws::i18n::languageSettingsKey).toString(), QStringLiteral("zh_CN"));
    manager.setLanguage(QStringLiteral("en"));
}

void TestLanguageManager::firstStartFollowsSystemLocale()
{
    // Nothing remembered, nothing on the command line; a garbage setting counts as nothing.
    QSettings().setValue(dws::i18n::languageSettingsKey, QStringLiteral("??"));
    LanguageManager manager;
    QCOMPARE(manager.start(), LanguageManager::languageForLocale(QLocale::system()));
    QVERIFY(LanguageManager::supportedLanguages().contains(manager.language()));
    manager.setLanguage(QStringLiteral("en"));
}

void TestLanguageManager::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese, China") << "zh_CN"
                                    << "zh_CN";
    QTest::newRow("Chinese, Taiwan") << "zh_TW"
                                     << "zh_CN";
    QTest::newRow("English, US") << "en_US"
                                 << "en";
    QTest::newRow("English, UK") << "en_GB"
                                 << "en";
    QTest::newRow("German falls back to English") << "de_DE"
                                                  << "en";
    QTest::newRow("C locale") << "C"
                              << "en";
}

void TestLanguageManager::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), language);
}

void TestLanguageManager::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh-cn") << "zh-cn"
                           << "zh_CN";
    QTest::newRow("zh") << "zh"
                        << "zh_CN";
    QTest::newRow("padded") << " ZH_CN "
                            << "zh_CN";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("en-US") << "en-US"
                           << "en";
    QTest::newRow("english prefix only") << "eng"
                                         << "";
    QTest::newRow("french") << "fr"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLanguageManager::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::normalized(input), expected);
    QCOMPARE(LanguageManager::isSupported(input), !expected.isEmpty());
}

void TestLanguageManager::languageFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("separate value") << QStringList{"app", "--lang", "zh_CN"} << "zh_CN";
    QTest::newRow("joined value") << QStringList{"app", "--demo", "--lang=en"} << "en";
    QTest::newRow("absent") << QStringList{"app", "--demo"} << "";
    QTest::newRow("missing value") << QStringList{"app", "--lang"} << "";
    QTest::newRow("similar option") << QStringList{"app", "--language=zh_CN"} << "";
}

void TestLanguageManager::languageFromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::languageFromArguments(arguments), expected);
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_language_manager.moc"
