// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <vector>

class QQuickWindow;

namespace twinbench {

/// Keeps a window drawing frame after frame and records when each frame was swapped
/// (on the render thread), for frame time percentiles.
class FrameRecorder : public QObject
{
    Q_OBJECT

public:
    explicit FrameRecorder(QQuickWindow *window);

    /// Starts a recording segment; the segments of one recorder add up.
    void start();
    void stop();
    /// Milliseconds between successive frames of the same segment, every segment.
    std::vector<double> frameTimes() const;

private:
    QQuickWindow *const m_window;
    QElapsedTimer m_clock;
    mutable QMutex m_lock;
    std::vector<std::vector<qint64>> m_segments; ///< swap times, written by the render thread
    bool m_recording = false;
};

} // namespace twinbench
