// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "interchange/sourcelocation.h"

#include <QList>
#include <QString>

namespace twin {

/**
 * The source location of every model, twin and relationship an importer put into a
 * ProjectContent, index for index, so that checks run after reading (duplicate ids,
 * missing twins, unknown models) still name the line at fault.
 */
struct SourceMap
{
    QList<SourceLocation> models;
    QList<SourceLocation> twins;
    QList<SourceLocation> relationships;

    void clear()
    {
        models.clear();
        twins.clear();
        relationships.clear();
    }

    /// An error located at \a location in \a file: by line when known, else by pointer.
    static Diagnostic error(const QString &file, const SourceLocation &location, const QString &message)
    {
        if (location.line > 0 || location.pointer.isNull())
            return Diagnostic::error(file, location.line, message);
        return Diagnostic::errorAt(file, location.pointer, message);
    }
};

} // namespace twin
