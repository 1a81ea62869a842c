#pragma once

// Reads the tables of the DWS API reference the catalogue must cover, straight from the
// reference text, so the tests compare the catalogue against the source and not against itself.

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace reference {

struct ErrorRow
{
    QString code; // "DWS.6003" (the reference sometimes writes "DWS. 6003")
    int httpStatus = 0;
    QString message; // 错误信息
    QString action;  // 处理措施
};

struct StatusRow
{
    int status = 0;
    QString phrase;
    QString explanation;
};

inline QString referencePath()
{
    return qEnvironmentVariable("DWS_SOURCE_DIR") +
           QStringLiteral("/../shared/spec/000_f1b53d0327a73308.txt");
}

inline QStringList lines()
{
    QFile file(referencePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// The lines of the section whose heading is exactly `heading`, up to the next heading that
// starts with `nextHeadingPrefix`. The table of contents lists headings with trailing dots,
// so it never matches exactly.
inline QStringList section(const QStringList& all, const QString& heading,
                           const QString& nextHeadingPrefix)
{
    const qsizetype start = all.indexOf(heading);
    if (start < 0)
        return {};
    QStringList body;
    for (qsizetype i = start + 1; i < all.size(); ++i) {
        if (all.at(i).trimmed().startsWith(nextHeadingPrefix))
            break;
        body.append(all.at(i));
    }
    return body;
}

inline QList<ErrorRow> errorCodeTable()
{
    static const QRegularExpression row(
        QStringLiteral(R"(^DWS\.\s*(\d{4})\s+(\d{3})\s+([^\t]+)\t\s*([^\t]+?)\s*$)"));
    QList<ErrorRow> rows;
    const QStringList all = lines();
    for (const QString& line : section(all, QStringLiteral("7.2 错误码"), QStringLiteral("7.3 "))) {
        const auto match = row.match(line);
        if (match.hasMatch()) {
            rows.append({QStringLiteral("DWS.") + match.captured(1), match.captured(2).toInt(),
                         match.captured(3).trimmed(), match.captured(4).trimmed()});
        }
    }
    return rows;
}

// Every line of the 7.2 section that starts like a code, parsed or not: guards the parser.
inline int errorCodeLineCount()
{
    int count = 0;
    const QStringList all = lines();
    for (const QString& line : section(all, QStringLiteral("7.2 错误码"), QStringLiteral("7.3 "))) {
        if (line.startsWith(QLatin1String("DWS.")))
            ++count;
    }
    return count;
}

inline QList<StatusRow> statusTable()
{
    static const QRegularExpression row(QStringLiteral(R"(^(\d{3})\t([^\t]+)\t(.+)$)"));
    QList<StatusRow> rows;
    const QStringList all = lines();
    for (const QString& line : section(all, QStringLiteral("7.1 状态码"), QStringLiteral("7.2 "))) {
        const auto match = row.match(line);
        if (match.hasMatch())
            rows.append({match.captured(1).toInt(), match.captured(2), match.captured(3)});
    }
    return rows;
}

// The authorization items of section 6 ("dws:openAPICluster:create", ...).
inline QStringList iamItems()
{
    static const QRegularExpression item(QStringLiteral(R"(dws:openAPI\w+:\w+)"));
    QStringList items;
    for (const QString& line : lines()) {
        auto it = item.globalMatch(line);
        while (it.hasNext()) {
            const QString found = it.next().captured(0);
            if (!items.contains(found))
                items.append(found);
        }
    }
    return items;
}

// Chinese text compared without punctuation and spaces: the catalogue may normalise
// "," to "，" or "!" to "！" where the reference mixes them.
inline QString withoutPunctuation(const QString& text)
{
    QString kept;
    for (const QChar c : text) {
        if (!c.isSpace() && !c.isPunct())
            kept.append(c);
    }
    return kept;
}

} // namespace reference
