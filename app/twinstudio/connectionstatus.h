// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace twin {
class LiveSession;
}

namespace twin::ui {

/**
 * The status bar's part for a run over several sources (connection profiles, the
 * simulator beside them): one label per source with its state, message rate and, in its
 * tooltip, its last error. Hidden while the run has a single source (the overall state
 * says it all).
 */
class ConnectionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(LiveSession *session, QWidget *parent = nullptr);

    /// The labels, one per source (tests).
    const QList<QLabel *> &labels() const { return m_labels; }

private:
    void refresh();

    LiveSession *const m_session;
    QHBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace twin::ui
