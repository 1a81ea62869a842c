#pragma once

// Chinese from translations/incoming/wizards.tsv, for tests that run before the file is merged
// into the compiled catalogue. After the merge the catalogue gives the same texts.

#include <QFile>
#include <QHash>
#include <QTranslator>

class IncomingTranslator : public QTranslator
{
public:
    bool load(const QString& tsvFile)
    {
        QFile file(tsvFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!file.atEnd()) {
            const QList<QByteArray> parts = file.readLine().chopped(1).split('\t');
            if (parts.size() >= 3)
                m_texts.insert(parts.at(0) + '\x04' + parts.at(1), QString::fromUtf8(parts.at(2)));
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        return m_texts.value(QByteArray(context) + '\x04' + sourceText);
    }

private:
    QHash<QByteArray, QString> m_texts;
};
