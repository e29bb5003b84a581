// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebar.h"

#include "live/timecursor.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace twin::ui {

namespace {

/// The span is re-read every this many clock ticks while live (a cheap query, but a query).
constexpr int kSpanEveryTicks = 10;

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TimeBar::TimeBar(const Project *project, QWidget *parent)
    : QWidget(parent)
    , m_cursor(new TimeCursor(project, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_clock(new QTimer(this))
    , m_drag(new QTimer(this))
{
    setObjectName(QStringLiteral("TimeBar"));
    auto *back = new QAction(tr("◀"), this);
    back->setObjectName(QStringLiteral("TimeStepBack"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Step back (one step is as many seconds as the speed)"));
    connect(back, &QAction::triggered, this, [this] {
        QString error;
        refreshSpan();
        if (!m_cursor->step(-1, &error))
            report(error);
    });
    m_play = new QAction(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("TimePlay"));
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_play->setToolTip(tr("Play the past at the chosen speed, or pause"));
    connect(m_play, &QAction::triggered, this, [this] {
        if (m_cursor->isPlaying())
            m_cursor->pause();
        else
            m_cursor->play();
    });
    auto *forward = new QAction(tr("▶"), this);
    forward->setObjectName(QStringLiteral("TimeStepForward"));
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forward->setToolTip(tr("Step forward"));
    connect(forward, &QAction::triggered, this, [this] {
        QString error;
        if (!m_cursor->step(1, &error))
            report(error);
    });
    m_live = new QAction(tr("Live"), this);
    m_live->setObjectName(QStringLiteral("TimeLive"));
    m_live->setShortcut(QKeySequence(Qt::ALT | Qt::Key_End));
    m_live->setToolTip(tr("Show live values again"));
    connect(m_live, &QAction::triggered, m_cursor, &TimeCursor::goLive);
    m_actions = {m_play, back, forward, m_live};
    for (QAction *a : std::as_const(m_actions))
        a->setShortcutContext(Qt::WindowShortcut);
    addActions(m_actions);

    for (const double speed : TimeCursor::speeds())
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setObjectName(QStringLiteral("TimeSpeed"));
    m_speed->setToolTip(tr("How fast playing moves through the past"));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_cursor->setSpeed(m_speed->currentData().toDouble()); });

    m_slider->setObjectName(QStringLiteral("TimeSlider"));
    m_slider->setToolTip(tr("Drag into the past to show every view at that moment from history; "
                            "the right end is live"));
    m_time->setObjectName(QStringLiteral("TimeLabel"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 ·")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(buttonFor(back, this));
    layout->addWidget(buttonFor(m_play, this));
    layout->addWidget(buttonFor(forward, this));
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(buttonFor(m_live, this));

    // Dragging asks for one snapshot per event loop pass at most, the latest position.
    m_drag->setSingleShot(true);
    m_drag->setInterval(0);
    connect(m_drag, &QTimer::timeout, this, [this] {
        if (m_pendingValue >= m_slider->maximum()) {
            m_cursor->goLive();
            return;
        }
        QString error;
        if (!m_cursor->moveTo(m_cursor->spanFromMs() + qint64(m_pendingValue) * 1000, &error))
            report(error);
    });
    connect(m_slider, &QSlider::sliderMoved, this, &TimeBar::sliderMoved);
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keys move the handle without sliderMoved().
        if (action != QAbstractSlider::SliderMove)
            QTimer::singleShot(0, this, [this] { sliderMoved(m_slider->value()); });
    });
    connect(m_cursor, &TimeCursor::timeChanged, this, &TimeBar::updateFromCursor);
    connect(m_cursor, &TimeCursor::liveChanged, this, &TimeBar::updateFromCursor);
    connect(m_cursor, &TimeCursor::playingChanged, this, &TimeBar::updateFromCursor);
    connect(m_cursor, &TimeCursor::spanChanged, this, &TimeBar::updateRange);
    // The present moves: the live end of the bar with it.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (++m_ticks % kSpanEveryTicks == 0)
            refreshSpan();
        updateRange();
    });
    m_clock->start();
    refreshSpan();
    updateFromCursor();
}

void TimeBar::refreshSpan()
{
    if (m_pathSource)
        m_cursor->setHistoryPath(m_pathSource());
    QString error;
    if (!m_cursor->refreshSpan(&error))
        report(error);
    updateRange();
}

qint64 TimeBar::sliderEndMs() const
{
    return std::max(QDateTime::currentMSecsSinceEpoch(), m_cursor->spanToMs());
}

void TimeBar::updateRange()
{
    const bool any = m_cursor->hasHistory();
    m_slider->setEnabled(any);
    const QSignalBlocker blocker(m_slider);
    const qint64 seconds = any ? (sliderEndMs() - m_cursor->spanFromMs()) / 1000 : 0;
    m_slider->setRange(0, int(std::clamp<qint64>(seconds, 1, std::numeric_limits<int>::max())));
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 20));
    if (m_cursor->isLive())
        m_slider->setValue(m_slider->maximum());
    else
        m_slider->setValue(int((m_cursor->timeMs() - m_cursor->spanFromMs()) / 1000));
}

void TimeBar::sliderMoved(int value)
{
    if (!m_cursor->hasHistory())
        return;
    m_pendingValue = value;
    m_drag->start();
}

QString TimeBar::timeText() const
{
    if (m_cursor->isLive())
        return tr("Live");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_cursor->timeMs()), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void TimeBar::updateFromCursor()
{
    m_time->setText(timeText());
    m_play->setText(m_cursor->isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setEnabled(!m_cursor->isLive());
    m_live->setEnabled(!m_cursor->isLive());
    updateRange();
}

void TimeBar::report(const QString &message)
{
    m_time->setToolTip(message);
    m_time->setText(tr("No history"));
}

} // namespace twin::ui
