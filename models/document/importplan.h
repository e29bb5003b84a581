// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/importoptions.h"
#include "document/projectcontent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace twin {

class Project;

/**
 * What Project::importContent() adds: the content checked against the project (models
 * against the loaded ones, twins and relationships against the models and the graph,
 * containment kept a tree), with the ImportOptions applied. Located messages are the
 * caller's business (TopologyImport maps twin and relationship ids to lines).
 */
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(twin::ImportPlan)

public:
    /// Checks \a content against \a project. Returns false with every problem in
    /// \a diagnostics when nothing may be imported; with ImportOptions::partial the
    /// twins and relationships left out come as warnings instead.
    bool build(const Project &project, const ProjectContent &content, const ImportOptions &options,
               const QString &file, Diagnostics *diagnostics);

    /// What to add: models (without built-in ones and without those the project holds
    /// with the same definition), twins and relationships.
    const ProjectContent &content() const { return m_content; }
    /// The project's definitions of the models the content replaces.
    const QList<QJsonObject> &replacedModels() const { return m_replaced; }
    bool isEmpty() const { return m_content.isEmpty() && m_content.functions.isEmpty(); }

private:
    bool planModels(const Project &project, const QList<QJsonObject> &models, const ImportOptions &options,
                    const QString &file, Diagnostics *out);

    ProjectContent m_content;
    QList<QJsonObject> m_replaced;
};

} // namespace twin
