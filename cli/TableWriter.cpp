#include "TableWriter.h"

#include <QStringView>
#include <algorithm>

namespace dws::cli {

namespace {

bool isWide(char32_t codePoint)
{
    return (codePoint >= 0x1100 && codePoint <= 0x115F) ||
           (codePoint >= 0x2E80 && codePoint <= 0x303E) ||
           (codePoint >= 0x3041 && codePoint <= 0x33FF) ||
           (codePoint >= 0x3400 && codePoint <= 0x4DBF) ||
           (codePoint >= 0x4E00 && codePoint <= 0x9FFF) ||
           (codePoint >= 0xA000 && codePoint <= 0xA4CF) ||
           (codePoint >= 0xAC00 && codePoint <= 0xD7A3) ||
           (codePoint >= 0xF900 && codePoint <= 0xFAFF) ||
           (codePoint >= 0xFE30 && codePoint <= 0xFE4F) ||
           (codePoint >= 0xFF00 && codePoint <= 0xFF60) ||
           (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) ||
           (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - TableWriter::displayWidth(text)), QLatin1Char(' '));
}

QString withoutTrailingBlanks(QString line)
{
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

TableWriter::TableWriter(QStringList headers)
    : m_headers(std::move(headers))
{}

void TableWriter::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

int TableWriter::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t codePoint : QStringView(text).toUcs4()) {
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width += isWide(codePoint) ? 2 : 1;
    }
    return width;
}

QString TableWriter::render() const
{
    QList<int> widths;
    for (const QString& header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList& row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }

    const auto renderLine = [&widths](const QStringList& cells) -> QString {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                line += QLatin1String("  ");
            line += padded(cells.at(column), widths.at(column));
        }
        return withoutTrailingBlanks(line) + QLatin1Char('\n');
    };

    QString text = renderLine(m_headers);
    for (const QStringList& row : m_rows)
        text += renderLine(row);
    return text;
}

void DetailWriter::add(const QString& label, const QString& value)
{
    m_lines.append({label, value});
}

QString DetailWriter::render() const
{
    int labelWidth = 0;
    for (const auto& [label, value] : m_lines)
        labelWidth = std::max(labelWidth, TableWriter::displayWidth(label));
    QString text;
    for (const auto& [label, value] : m_lines)
        text += withoutTrailingBlanks(padded(label + QLatin1Char(':'), labelWidth + 1) +
                                      QLatin1String("  ") + value) +
                QLatin1Char('\n');
    return text;
}

} // namespace dws::cli
