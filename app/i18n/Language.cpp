#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

Q_LOGGING_CATEGORY(lcI18n, "dws.i18n")

namespace dws::i18n {

namespace {

QString appTranslationFile(const QString& language)
{
    return QStringLiteral("dwsconsole_") + language;
}

QString qtTranslationFile(const QString& language)
{
    return QStringLiteral("qtbase_") + language;
}

QString rememberedLanguage()
{
    return QSettings().value(languageSettingsKey).toString();
}

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::start(const QString& overrideLanguage)
{
    QString language = normalized(overrideLanguage);
    if (!overrideLanguage.isEmpty() && language.isEmpty())
        qCWarning(lcI18n) << "Unsupported language" << overrideLanguage
                          << "ignored; supported:" << supportedLanguages();
    if (language.isEmpty())
        language = normalized(rememberedLanguage());
    if (language.isEmpty())
        language = languageForLocale(QLocale::system());

    const bool changed = language != m_language;
    install(language);
    if (changed)
        emit languageChanged(m_language);
    return m_language;
}

bool LanguageManager::setLanguage(const QString& requested)
{
    const QString language = normalized(requested);
    if (language.isEmpty()) {
        qCWarning(lcI18n) << "Unsupported language" << requested << "ignored";
        return false;
    }
    QSettings().setValue(languageSettingsKey, language);
    if (language == m_language)
        return true;
    install(language);
    emit languageChanged(m_language);
    return true;
}

QString LanguageManager::language() const
{
    return m_language.isEmpty() ? QString(englishLanguage) : m_language;
}

bool LanguageManager::isChinese() const
{
    return m_language == chineseLanguage;
}

QByteArray LanguageManager::languageHeaderValue() const
{
    return isChinese() ? QByteArrayLiteral("zh_cn") : QByteArrayLiteral("en_us");
}

QStringList LanguageManager::supportedLanguages()
{
    return {englishLanguage, chineseLanguage};
}

bool LanguageManager::isSupported(const QString& language)
{
    return !normalized(language).isEmpty();
}

QString LanguageManager::normalized(const QString& language)
{
    const QString name = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("en") || name.startsWith(QLatin1String("en_")))
        return englishLanguage;
    if (name == QLatin1String("zh") || name.startsWith(QLatin1String("zh_")))
        return chineseLanguage;
    return {};
}

QString LanguageManager::nativeName(const QString& language)
{
    const QString name = normalized(language);
    if (name == chineseLanguage)
        return QStringLiteral("简体中文");
    if (name == englishLanguage)
        return QStringLiteral("English");
    return {};
}

QString LanguageManager::languageForLocale(const QLocale& locale)
{
    // uiLanguages() is ordered by preference; the first supported one wins.
    for (const QString& candidate : locale.uiLanguages()) {
        if (const QString language = normalized(candidate); !language.isEmpty())
            return language;
    }
    return englishLanguage;
}

QString LanguageManager::languageFromArguments(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString optionWithValue = option + QLatin1Char('=');
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument.startsWith(optionWithValue))
            return argument.mid(optionWithValue.size());
        if (argument == option)
            return index + 1 < arguments.size() ? arguments.at(index + 1) : QString();
    }
    return {};
}

QLocale LanguageManager::localeFor(const QString& language)
{
    if (normalized(language) == chineseLanguage)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void LanguageManager::install(const QString& language)
{
    removeTranslators();
    m_language = language;
    QLocale::setDefault(localeFor(language));

    // The English catalogue carries only plural forms; English works without it.
    if (m_appTranslator.load(appTranslationFile(language), translationsResourceDirectory))
        m_appTranslatorInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    else if (language != englishLanguage)
        qCWarning(lcI18n) << "No translation" << appTranslationFile(language) << "in"
                          << translationsResourceDirectory;

    // Qt's own texts (standard buttons, dialogs, context menus); Qt ships no English file.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(qtTranslationFile(language), qtDirectory))
        m_qtTranslatorInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    else if (language != englishLanguage)
        qCWarning(lcI18n) << "No Qt translation" << qtTranslationFile(language) << "in"
                          << qtDirectory << "(Debian package qt6-translations-l10n)";

    qCDebug(lcI18n) << "Language" << language << "installed";
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appTranslatorInstalled = false;
    m_qtTranslatorInstalled = false;
}

} // namespace dws::i18n
