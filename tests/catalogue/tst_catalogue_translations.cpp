#include "ReferenceTables.h"
#include "dws/ErrorCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using dws::ErrorCatalogue;

namespace {

const QString kContext = QString::fromLatin1(ErrorCatalogue::kContext);

QString sourceDir()
{
    return qEnvironmentVariable("DWS_SOURCE_DIR");
}

QString unescapeCppLiteral(const QString& literal)
{
    QString text;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (literal.at(i) == QLatin1Char('\\') && i + 1 < literal.size())
            ++i;
        text.append(literal.at(i));
    }
    return text;
}

// Every text of the catalogue's context, found the way the translation tools find them:
// QT_TRANSLATE_NOOP / translate calls with the context literal, adjacent literals joined.
QSet<QString> catalogueSourceTexts()
{
    static const QRegularExpression call(QStringLiteral(
        R"re((?:QT_TRANSLATE_NOOP|translate)\(\s*"dws::ErrorCatalogue"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QSet<QString> texts;
    const QDir dir(sourceDir() + QStringLiteral("/app/dws"));
    for (const QString& name :
         dir.entryList({QStringLiteral("ErrorCatalogue*.cpp")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString code = QString::fromUtf8(file.readAll());
        auto calls = call.globalMatch(code);
        while (calls.hasNext()) {
            QString joined;
            auto pieces = piece.globalMatch(calls.next().captured(1));
            while (pieces.hasNext())
                joined += pieces.next().captured(1);
            texts.insert(unescapeCppLiteral(joined));
        }
    }
    return texts;
}

QHash<QString, QString> translationsFromTs(const QString& path)
{
    QHash<QString, QString> translations;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return translations;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && context == kContext) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            const QString text = xml.readElementText();
            if (type != QLatin1String("obsolete") && type != QLatin1String("vanished") &&
                !text.trimmed().isEmpty())
                translations.insert(source, text);
        }
    }
    return translations;
}

QString mergedTsPath()
{
    return sourceDir() + QStringLiteral("/translations/dwsconsole_zh_CN.ts");
}

// The project's zh_CN translations of the catalogue.
QHash<QString, QString> chineseTranslations()
{
    return translationsFromTs(mergedTsPath());
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral(R"(%\d)"));
    QSet<QString> found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString findLrelease()
{
    const QString besideQt =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    if (QFileInfo(besideQt).isExecutable())
        return besideQt;
    for (const char* name : {"lrelease6", "lrelease-qt6", "lrelease"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

class TestCatalogueTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    // A .qm compiled from the project's zh_CN translations.
    QString compileChinese()
    {
        const QString tsFile = mergedTsPath();
        const QString qmFile = m_scratch.filePath(QStringLiteral("catalogue_zh_CN.qm"));
        QProcess lrelease;
        lrelease.start(findLrelease(),
                       {QStringLiteral("-silent"), tsFile, QStringLiteral("-qm"), qmFile});
        if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0)
            return {};
        return qmFile;
    }

private slots:
    void sourceScanAgreesWithTheCatalogue()
    {
        const QSet<QString> texts = catalogueSourceTexts();
        QVERIFY2(texts.size() >= 200, qPrintable(QString::number(texts.size())));
        for (const auto& entry : ErrorCatalogue::all()) {
            QVERIFY2(texts.contains(QString::fromUtf8(entry.message)), entry.message);
            QVERIFY2(texts.contains(QString::fromUtf8(entry.action)), entry.action);
        }
    }

    void everyTextHasAChineseTranslation()
    {
        const auto translations = chineseTranslations();
        if (translations.isEmpty())
            QFAIL(qPrintable(QStringLiteral("No translations in %1").arg(mergedTsPath())));
        QStringList missing;
        for (const QString& text : catalogueSourceTexts()) {
            const QString chinese = translations.value(text);
            if (chinese.isEmpty() || chinese == text)
                missing.append(text);
            else
                QVERIFY2(placeholders(chinese) == placeholders(text), qPrintable(text));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void chineseIsTheReferenceWording()
    {
        if (!QFileInfo::exists(reference::referencePath()))
            QSKIP("The DWS API reference is not beside the source tree.");
        const auto translations = chineseTranslations();
        const auto rows = reference::errorCodeTable();
        QVERIFY(!rows.isEmpty());
        for (const auto& row : rows) {
            const auto* entry = ErrorCatalogue::lookup(row.code);
            QVERIFY2(entry, qPrintable(row.code));
            QCOMPARE(reference::withoutPunctuation(
                         translations.value(QString::fromUtf8(entry->message))),
                     reference::withoutPunctuation(row.message));
            QCOMPARE(
                reference::withoutPunctuation(translations.value(QString::fromUtf8(entry->action))),
                reference::withoutPunctuation(row.action));
        }
    }

    void languageSwitchesAtRunTime()
    {
        if (findLrelease().isEmpty())
            QSKIP("lrelease is not installed; the run-time switch cannot be checked.");
        QVERIFY(m_scratch.isValid());
        const QString qmFile = compileChinese();
        QVERIFY2(!qmFile.isEmpty(), "lrelease failed");

        dws::api::ApiError timeout;
        timeout.kind = dws::api::ErrorKind::Timeout;
        const QString englishTimeout = dws::describe(timeout).message;
        const QString englishNotFound =
            ErrorCatalogue::translate(ErrorCatalogue::lookup(QStringLiteral("DWS.0047"))->message);

        const QString englishStatus = ErrorCatalogue::httpStatusText(404);

        QTranslator chinese;
        QVERIFY(chinese.load(qmFile));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const auto translations = chineseTranslations();
        QCOMPARE(dws::describe(timeout).message, translations.value(englishTimeout));
        QCOMPARE(
            ErrorCatalogue::translate(ErrorCatalogue::lookup(QStringLiteral("DWS.0047"))->message),
            translations.value(englishNotFound));
        QCOMPARE(ErrorCatalogue::httpStatusText(404), translations.value(englishStatus));

        dws::api::ApiError forbidden;
        forbidden.httpStatus = 403;
        forbidden.operation = QStringLiteral("clusters.resize");
        const QString action = dws::describe(forbidden).action;
        QVERIFY2(action.contains(QStringLiteral("dws:openAPICluster:resize")), qPrintable(action));
        QVERIFY2(action.contains(QStringLiteral("管理员")), qPrintable(action));

        QVERIFY(QCoreApplication::removeTranslator(&chinese));
        QCOMPARE(dws::describe(timeout).message, englishTimeout);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueTranslations)
#include "tst_catalogue_translations.moc"
