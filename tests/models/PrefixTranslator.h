#pragma once

// A translator that marks every text of the given contexts, to see run-time language switches
// reach a model without a compiled .qm file.

#include <QStringList>
#include <QTranslator>

class PrefixTranslator : public QTranslator
{
public:
    PrefixTranslator(QStringList contexts, QString prefix)
        : m_contexts(std::move(contexts))
        , m_prefix(std::move(prefix))
    {}

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!m_contexts.contains(QLatin1String(context)))
            return {};
        return m_prefix + QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }

private:
    QStringList m_contexts;
    QString m_prefix;
};
