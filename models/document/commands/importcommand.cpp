// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "core/logging.h"
#include "document/project.h"
#include "graph/twingraph.h"
#include "ontology/modelregistry.h"

#include <QCoreApplication>

namespace twin {

ImportCommand::ImportCommand(Project *project, TwinGraph *graph, ModelRegistry *models,
                             const ProjectContent &content, const QString &source, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_graph(graph)
    , m_models(models)
    , m_content(content)
{
    setText(QCoreApplication::translate("twin::Commands", "Import %1").arg(source));
}

namespace {

QStringList idsOf(const QList<QJsonObject> &models)
{
    QStringList ids;
    ids.reserve(models.size());
    for (const QJsonObject &m : models)
        ids.append(m.value(QStringLiteral("@id")).toString());
    return ids;
}

} // namespace

void ImportCommand::redo()
{
    if (!m_replaced.isEmpty())
        m_models->removeInterfaces(idsOf(m_replaced));
    if (!m_content.models.isEmpty()) {
        Diagnostics diagnostics;
        // Validated before the command was pushed; a failure here is a programming error.
        const bool ok = m_models->addInterfaces(m_content.models, &diagnostics);
        Q_ASSERT(ok);
        if (!ok)
            qCWarning(lcGraph) << "import: models were rejected on redo";
    }
    m_graph->beginBulkChange();
    for (const Twin &t : m_content.twins)
        m_graph->insertTwin(t);
    for (const Relationship &r : m_content.relationships)
        m_graph->insertRelationship(r);
    m_graph->endBulkChange();
    if (!m_content.functions.isEmpty()) {
        QJsonArray functions = m_project->functions();
        for (const QJsonValue &f : m_content.functions)
            functions.append(f);
        m_project->setFunctions(functions);
    }
    if (!m_content.connections.isEmpty()) {
        QJsonArray connections = m_project->connections();
        for (const QJsonValue &c : m_content.connections)
            connections.append(c);
        m_project->setConnections(connections);
    }
}

void ImportCommand::undo()
{
    if (!m_content.connections.isEmpty()) {
        // They were appended last.
        QJsonArray connections = m_project->connections();
        for (qsizetype i = 0; i < m_content.connections.size() && !connections.isEmpty(); ++i)
            connections.removeLast();
        m_project->setConnections(connections);
    }
    if (!m_content.functions.isEmpty()) {
        // They were appended last.
        QJsonArray functions = m_project->functions();
        for (qsizetype i = 0; i < m_content.functions.size() && !functions.isEmpty(); ++i)
            functions.removeLast();
        m_project->setFunctions(functions);
    }
    m_graph->beginBulkChange();
    for (auto it = m_content.relationships.crbegin(); it != m_content.relationships.crend(); ++it)
        m_graph->removeRelationship(m_graph->findRelationship(m_graph->indexOfTwin(it->source), it->id));
    for (auto it = m_content.twins.crbegin(); it != m_content.twins.crend(); ++it)
        m_graph->removeTwin(m_graph->indexOfTwin(it->id));
    m_graph->endBulkChange();
    m_models->removeInterfaces(idsOf(m_content.models));
    if (!m_replaced.isEmpty()) {
        Diagnostics diagnostics;
        const bool ok = m_models->addInterfaces(m_replaced, &diagnostics);
        Q_ASSERT(ok);
        if (!ok)
            qCWarning(lcGraph) << "import: replaced models were rejected on undo";
    }
}

} // namespace twin
