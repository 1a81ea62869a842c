#pragma once

class QThreadPool;

namespace dws {

// The threads that turn answer bodies into domain objects. Qt 6.4 spreads some painting work
// (image conversions, smooth scaling, some fills) over QThreadPool::globalInstance() and
// makes the GUI thread wait for it, so a long parse queued there could hold up a repaint.
QThreadPool* parseThreadPool();

} // namespace dws
