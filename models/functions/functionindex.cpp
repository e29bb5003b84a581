// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionindex.h"

#include "document/project.h"
#include "functions/functioneditor.h"

namespace twin {

FunctionIndex::FunctionIndex(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    const TwinGraph *g = project->graph();
    connect(g, &TwinGraph::twinInserted, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::twinRemoved, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::twinChanged, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::relationshipInserted, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::relationshipRemoved, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::parentChanged, this, &FunctionIndex::invalidate);
    connect(g, &TwinGraph::wasReset, this, &FunctionIndex::invalidate);
    connect(project, &Project::contentReset, this, &FunctionIndex::invalidate);
    connect(project, &Project::functionsChanged, this, &FunctionIndex::invalidate);
}

void FunctionIndex::invalidate()
{
    if (m_stale)
        return;
    m_stale = true;
    emit changed();
}

std::shared_ptr<const FunctionTopology> FunctionIndex::snapshot()
{
    if (m_stale || !m_snapshot) {
        m_snapshot = FunctionTopology::build(*m_project, FunctionEditor(m_project).functions());
        m_stale = false;
    }
    return m_snapshot;
}

} // namespace twin
