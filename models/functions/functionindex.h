// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiontopology.h"

#include <QObject>

#include <memory>

namespace twin {

class Project;

/**
 * Keeps the FunctionTopology of a project current: listens to the twin graph and to the
 * function definitions, and rebuilds the snapshot (metadata, v1 links, the per-sensor
 * index of matching functions) on the next snapshot() after a change. changed() is
 * emitted once per burst of edits, so owners push the new snapshot to the runtime.
 */
class FunctionIndex : public QObject
{
    Q_OBJECT

public:
    explicit FunctionIndex(Project *project, QObject *parent = nullptr);

    /// The current snapshot, rebuilt first when something changed.
    std::shared_ptr<const FunctionTopology> snapshot();
    bool isStale() const { return m_stale; }

signals:
    void changed();

private:
    void invalidate();

    Project *const m_project;
    std::shared_ptr<const FunctionTopology> m_snapshot;
    bool m_stale = true;
};

} // namespace twin
