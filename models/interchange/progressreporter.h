// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/progresscallback.h"

namespace twin {

/**
 * Throttles a ProgressCallback: readers and writers call step() per record, the callback
 * runs at most about every 1/256 of the total (and at least every 8192 records when the
 * total is unknown), so progress costs nothing measurable on large files. Once the
 * callback returns false, cancelled() stays true.
 */
class ProgressReporter
{
public:
    explicit ProgressReporter(const ProgressCallback &callback, qint64 total = 0);

    void setTotal(qint64 total);
    qint64 total() const { return m_total; }

    /// Reports that \a done units are finished; returns false when cancelled.
    bool update(qint64 done);
    /// Reports the end unconditionally (done == total); returns false when cancelled.
    bool finish();
    bool cancelled() const { return m_cancelled; }

private:
    ProgressCallback m_callback;
    qint64 m_total = 0;
    qint64 m_nextReport = 0;
    qint64 m_stride = 8192;
    bool m_cancelled = false;
};

} // namespace twin
