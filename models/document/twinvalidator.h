// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "graph/twin.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace twin {

class ModelRegistry;
struct ResolvedInterface;

/**
 * Checks twins and relationships against the loaded ontology: the model is known, property
 * names exist and values fit their schemas; a relationship is declared by its source's
 * model and admits its target's. With no ontology loaded everything passes.
 */
class TwinValidator
{
public:
    explicit TwinValidator(const ModelRegistry &models)
        : m_models(models)
    {
    }

    /// Checks \a twin against its model. \a file names the source in the diagnostics.
    Diagnostics validate(const Twin &twin, const QString &file = QString()) const;
    /// Checks that \a sourceModel declares a relationship \a name whose target admits
    /// \a targetModel.
    Diagnostics validateRelationship(const QString &sourceModel, const QString &name,
                                     const QString &targetModel, const QString &file = QString()) const;

private:
    void validateValue(const QJsonValue &value, const QString &schema, const QString &pointer,
                       const QString &file, const QString &what, Diagnostics *out, int depth) const;
    void validateProperties(const QJsonObject &values, const ResolvedInterface &iface,
                            const QString &pointer, const QString &file, const QString &twinId,
                            Diagnostics *out, int depth) const;

    const ModelRegistry &m_models;
};

} // namespace twin
