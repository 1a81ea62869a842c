#include "dws/ParseThreadPool.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>

namespace dws {

namespace {

// A refresh parses the cluster and snapshot lists at the same time.
constexpr int kConcurrentListParses = 2;

class ParseThreadPool : public QThreadPool
{
public:
    ParseThreadPool()
    {
        setObjectName(QStringLiteral("dws-parse"));
        setMaxThreadCount(std::max(kConcurrentListParses, QThread::idealThreadCount()));
    }
};

} // namespace

Q_GLOBAL_STATIC(ParseThreadPool, sharedParseThreadPool)

QThreadPool* parseThreadPool()
{
    return sharedParseThreadPool();
}

} // namespace dws
