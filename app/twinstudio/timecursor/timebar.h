// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace twin {
class Project;
class TimeCursor;
}

namespace twin::ui {

/**
 * The time bar under the views: a slider over the history's span that is live at its
 * right end, the moment shown, play/pause at a chosen speed, steps back and forward, and
 * Live. It drives a TimeCursor; the main window switches the views to its moment.
 */
class TimeBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeBar(const Project *project, QWidget *parent = nullptr);

    TimeCursor *cursor() const { return m_cursor; }
    /// Where the history file is looked up each time the span is read (the charts' file).
    void setHistoryPathSource(std::function<QString()> source) { m_pathSource = std::move(source); }
    /// Re-reads the history's span (the bar's range) now.
    void refreshSpan();
    /// Play/pause, step back, step forward, Live: with their shortcuts, for menus.
    QList<QAction *> timeActions() const { return m_actions; }
    /// The slider's range and position in seconds since the span's start (tests).
    QSlider *slider() const { return m_slider; }
    QString timeText() const;

private:
    void sliderMoved(int value);
    void updateFromCursor();
    void updateRange();
    qint64 sliderEndMs() const;
    void report(const QString &message);

    TimeCursor *const m_cursor;
    std::function<QString()> m_pathSource;
    QSlider *const m_slider;
    QLabel *const m_time;
    QComboBox *const m_speed;
    QTimer *const m_clock;
    QTimer *const m_drag;
    QList<QAction *> m_actions;
    QAction *m_play = nullptr;
    QAction *m_live = nullptr;
    int m_pendingValue = 0;
    int m_ticks = 0;
};

} // namespace twin::ui
