#pragma once

#include <QLatin1String>
#include <QLocale>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

Q_DECLARE_LOGGING_CATEGORY(lcI18n) // dws.i18n: language choice and translator loading

namespace dws::i18n {

// The languages DWS Console speaks, as QLocale names; English is the source language.
inline constexpr QLatin1String englishLanguage{"en"};
inline constexpr QLatin1String chineseLanguage{"zh_CN"};

// The QSettings key the chosen language is remembered under.
inline constexpr QLatin1String languageSettingsKey{"ui/language"};

// Where the compiled translations are embedded: ":/i18n/dwsconsole_<language>.qm".
inline constexpr QLatin1String translationsResourceDirectory{":/i18n"};

// Owns the application's translators and switches the UI language at run time.
// Installing or removing a translator makes Qt send QEvent::LanguageChange to every widget,
// so widgets retranslate themselves in changeEvent(). One instance per process.
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Installs the start language: `overrideLanguage` (from --lang) when it names a supported
    // language, else the choice remembered in QSettings, else the system locale's language.
    // The override is not remembered. Returns the language installed.
    QString start(const QString& overrideLanguage = {});

    // Switches the UI language now and remembers it. Returns false, changing nothing, when
    // `language` is not supported. Emits languageChanged() when the language changes.
    bool setLanguage(const QString& language);

    // "en" or "zh_CN".
    QString language() const;
    bool isChinese() const;

    // The X-Language request header value that makes DWS answer in this language
    // ("zh_cn" or "en_us", as the API reference writes them).
    QByteArray languageHeaderValue() const;

    static QStringList supportedLanguages();
    static bool isSupported(const QString& language);

    // "zh_CN", "zh-cn", "zh", "zh_Hans_CN" -> "zh_CN"; "en", "en_US", "en-GB" -> "en";
    // an empty string for anything else.
    static QString normalized(const QString& language);

    // The language's name in that language, for language menus: "English", "简体中文".
    static QString nativeName(const QString& language);

    // The supported language closest to `locale`'s UI languages; English when none matches.
    static QString languageForLocale(const QLocale& locale);

    // The value of "--lang <value>" or "--lang=<value>" in `arguments`; empty when absent.
    static QString languageFromArguments(const QStringList& arguments);

    // The locale dates and numbers are formatted in for `language`.
    static QLocale localeFor(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    void install(const QString& language);
    void removeTranslators();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appTranslatorInstalled = false;
    bool m_qtTranslatorInstalled = false;
    QString m_language;
};

} // namespace dws::i18n
