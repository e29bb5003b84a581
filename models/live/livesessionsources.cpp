// SPDX-License-Identifier: GPL-3.0-or-later
// LiveSession: the sources of a run of several, changed while it runs.
#include "livesession.h"

#include "livesetup.h"

#include "document/connectionprofile.h"
#include "document/project.h"

#include <QSet>

namespace twin {

QList<LiveSession::SourceStatus> LiveSession::sourceStatuses() const
{
    QList<SourceStatus> statuses;
    for (int i = 0; i < m_sources.size(); ++i) {
        if (i >= m_slots.size() || !m_slots.at(i).retired)
            statuses.append(m_sources.at(i));
    }
    return statuses;
}

void LiveSession::watchSource(int run, int index, TelemetrySource *source)
{
    connect(source, &TelemetrySource::stateChanged, this,
            [this, run, index](TelemetrySource::State state) { sourceStateChanged(run, index, state); },
            Qt::QueuedConnection);
    connect(source, &TelemetrySource::errorOccurred, this,
            [this, run, index](const QString &message) {
                if (run != m_run || (index < m_slots.size() && m_slots.at(index).retired))
                    return;
                m_errorText = message;
                if (index < m_sources.size())
                    m_sources[index].error = message;
                emit errorOccurred(message);
            },
            Qt::QueuedConnection);
}

void LiveSession::retireSource(int index)
{
    m_slots[index].retired = true;
    m_sources[index].state = State::Disconnected;
    m_sources[index].rate = 0.0;
    TelemetrySource *source = m_setup->sources().at(index);
    // After whatever the control thread still does for it (its start); the setup, owner of
    // the source, lives as long as this request. What it delivered stays in the run.
    m_control.start([setup = m_setup, source] { source->stop(); });
}

bool LiveSession::changeSourcesInPlace(const Request &request)
{
    // Only a run of several sources (connectProfiles()) whose sources were all created; any
    // other run starts over.
    if (!isActive() || !m_setup || !m_sourcesStarted || !m_request.plugin.isEmpty() || request.sources.isEmpty())
        return false;
    QHash<QString, QVariantMap> running; // key → config, of the sources that run
    for (const SourceSpec &spec : std::as_const(m_request.sources))
        running.insert(keyOf(spec), spec.config);
    QHash<QString, QVariantMap> wanted;
    QHash<QString, QString> names;
    for (const SourceSpec &spec : request.sources) {
        wanted.insert(keyOf(spec), spec.config);
        names.insert(keyOf(spec), spec.name);
    }

    QSet<QString> kept;
    for (int i = 0; i < m_slots.size(); ++i) {
        const SourceSlot &slot = m_slots.at(i);
        if (slot.retired)
            continue;
        const auto it = wanted.constFind(slot.key);
        if (it != wanted.cend() && *it == running.value(slot.key) && !kept.contains(slot.key)) {
            kept.insert(slot.key);
            m_sources[i].name = names.value(slot.key); // a profile renamed: only its name changes
        } else
            retireSource(i);
    }
    Request fresh;
    for (const SourceSpec &spec : request.sources) {
        if (!kept.contains(keyOf(spec)))
            fresh.sources.append(spec);
    }
    const int run = m_run;
    const QList<SourceSpec> specs = fresh.sources.isEmpty() ? QList<SourceSpec>() : sourceSpecs(fresh, *m_setup);
    for (const SourceSpec &spec : specs) {
        QString error;
        TelemetrySource *source = m_setup->addSource(spec.plugin, spec.connection, spec.config, &error);
        if (!source) {
            emit errorOccurred(tr("%1: %2").arg(spec.name, error));
            continue;
        }
        // The setup's sources and the statuses stay index for index.
        const int index = int(m_sources.size());
        m_sources.append(SourceStatus{spec.connection, spec.name, State::Connecting, 0.0, 0, QString()});
        m_slots.append({keyOf(spec), false, {m_clock.elapsed(), 0}});
        watchSource(run, index, source);
        m_control.start([this, setup = m_setup, run, index, source, config = spec.config] {
            QString why;
            if (!source->start(config, &why))
                QMetaObject::invokeMethod(this, [this, run, index, why] { sourceFailed(run, index, why); },
                                          Qt::QueuedConnection);
        });
    }
    m_request = request;
    m_boundConnections = m_project->connections();
    setState(combinedState());
    emit statisticsChanged();
    return true;
}

void LiveSession::followEditedProfiles()
{
    m_boundConnections = m_project->connections();
    const QStringList ids = connectedProfiles();
    if (ids.isEmpty())
        return;
    // The secrets each profile was connected with: the edit changed its settings only.
    QHash<QString, QVariantMap> secrets;
    for (const SourceSpec &spec : std::as_const(m_request.sources)) {
        QVariantMap secret;
        for (const QString &key : {QStringLiteral("password"), QStringLiteral("keyPassword")}) {
            if (spec.config.contains(key))
                secret.insert(key, spec.config.value(key));
        }
        secrets.insert(spec.connection, secret);
    }
    connectProfiles(ids, secrets, includesSimulator());
}

} // namespace twin
