// SPDX-License-Identifier: GPL-3.0-or-later
#include "framerecorder.h"

#include <QQuickWindow>

namespace twinbench {

FrameRecorder::FrameRecorder(QQuickWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_clock.start();
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            {
                const QMutexLocker lock(&m_lock);
                if (m_recording)
                    m_segments.back().push_back(m_clock.nsecsElapsed());
            }
            // The next frame at once: measure how fast frames can come, not a refresh rate.
            QMetaObject::invokeMethod(m_window, &QQuickWindow::update, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
}

void FrameRecorder::start()
{
    {
        const QMutexLocker lock(&m_lock);
        m_segments.emplace_back();
        m_recording = true;
    }
    m_window->update();
}

void FrameRecorder::stop()
{
    const QMutexLocker lock(&m_lock);
    m_recording = false;
}

std::vector<double> FrameRecorder::frameTimes() const
{
    const QMutexLocker lock(&m_lock);
    std::vector<double> times;
    for (const std::vector<qint64> &swaps : m_segments) {
        for (std::size_t i = 1; i < swaps.size(); ++i)
            times.push_back(double(swaps[i] - swaps[i - 1]) / 1e6);
    }
    return times;
}

} // namespace twinbench
