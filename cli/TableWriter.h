#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dws::cli {

// Lays out rows in columns aligned on the terminal, counting East Asian wide characters as two
// columns so Chinese headers and status texts line up.
class TableWriter
{
public:
    explicit TableWriter(QStringList headers);

    void addRow(QStringList cells); // missing cells are blank, extra cells are dropped
    qsizetype rowCount() const { return m_rows.size(); }

    // Every line ends with '\n'; columns are separated by two spaces; no trailing blanks.
    QString render() const;

    // How many terminal columns `text` takes.
    static int displayWidth(const QString& text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// "Label: value" lines for one object, labels padded to the same width.
class DetailWriter
{
public:
    void add(const QString& label, const QString& value);
    QString render() const;

private:
    QList<std::pair<QString, QString>> m_lines;
};

} // namespace dws::cli
