// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstatus.h"

#include "live/livesession.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace twin::ui {

ConnectionStatus::ConnectionStatus(LiveSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ConnectionStatus"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    connect(m_session, &LiveSession::statisticsChanged, this, &ConnectionStatus::refresh);
    connect(m_session, &LiveSession::stateChanged, this, &ConnectionStatus::refresh);
    refresh();
}

void ConnectionStatus::refresh()
{
    const QList<LiveSession::SourceStatus> sources = m_session->sourceStatuses();
    const bool shown = m_session->isActive()
        && (sources.size() > 1 || (sources.size() == 1 && !sources.first().connection.isEmpty()));
    setVisible(shown);
    if (!shown)
        return;
    while (m_labels.size() > sources.size())
        delete m_labels.takeLast();
    while (m_labels.size() < sources.size()) {
        auto *label = new QLabel(this);
        m_layout->addWidget(label);
        m_labels.append(label);
    }
    const QLocale locale;
    for (int i = 0; i < sources.size(); ++i) {
        const LiveSession::SourceStatus &s = sources.at(i);
        QColor colour;
        QString state;
        switch (s.state) {
        case LiveSession::State::Disconnected:
            colour = s.error.isEmpty() ? QColor(0x9a, 0x99, 0x96) : QColor(0xc0, 0x1c, 0x28);
            state = s.error.isEmpty() ? tr("not connected") : tr("failed");
            break;
        case LiveSession::State::Connecting:
            colour = QColor(0xe5, 0xa5, 0x0a);
            state = tr("connecting");
            break;
        case LiveSession::State::Connected:
            colour = QColor(0x26, 0xa2, 0x69);
            state = tr("%1 msg/s").arg(locale.toString(s.rate, 'f', 0));
            break;
        case LiveSession::State::Reconnecting:
            colour = QColor(0xc0, 0x1c, 0x28);
            state = tr("reconnecting");
            break;
        }
        QLabel *label = m_labels.at(i);
        label->setObjectName(QStringLiteral("ConnectionState-%1").arg(s.connection.isEmpty() ? s.name : s.connection));
        label->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2 %3")
                           .arg(colour.name(), s.name.toHtmlEscaped(), state.toHtmlEscaped()));
        QStringList tip{tr("%1: %2 message(s) received").arg(s.name, locale.toString(s.received))};
        if (!s.error.isEmpty())
            tip.append(tr("Last error: %1").arg(s.error));
        label->setToolTip(tip.join(u'\n'));
    }
}

} // namespace twin::ui
