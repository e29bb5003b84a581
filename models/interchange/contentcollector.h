// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/projectcontent.h"
#include "interchange/jsondocumentread.h"
#include "interchange/sourcemap.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace twin {

class ProgressReporter;

/**
 * What the JSON formats whose bulk lies in three arrays (models, twins, relationships in
 * the Azure Digital Twins shapes) build while a JsonElementReader streams those arrays:
 * the project content, the source line of each element and the errors of the elements
 * that could not be converted, reported models first, then twins, then relationships.
 */
class ContentCollector
{
    Q_DECLARE_TR_FUNCTIONS(twin::ContentCollector)

public:
    /// The arrays, as indices into the pointers given to the JsonElementReader.
    enum Array { Models = 0, Twins = 1, Relationships = 2 };

    /// Reads what a twin carries beyond the Azure Digital Twins shape from its \a json
    /// into \a twin; false with a message in \a why drops the twin.
    using TwinExtension = std::function<bool(const QJsonObject &json, Twin *twin, QString *why)>;

    /// Errors name \a fileName; relationships take their source from \a sourceKey.
    explicit ContentCollector(const QString &fileName, const QString &sourceKey);

    void setTwinExtension(TwinExtension extension) { m_twinExtension = std::move(extension); }

    /// Reads the JSON document on \a device with a JsonElementReader that streams the
    /// arrays at \a pointers (models, twins, relationships, in that order) into this
    /// collector; the rest of the document is in the result.
    JsonDocumentRead read(QIODevice *device, ProgressReporter *reporter, const QStringList &pointers);
    /// The error of a read that found the JSON invalid, at its line and column.
    Diagnostic invalidJson(const JsonDocumentRead &read) const;

    /// Makes room for \a count elements of \a array (a JsonElementReader size handler).
    void reserve(int array, qsizetype count);
    /// Converts element \a value of \a array, which starts on \a line (a JsonElementReader
    /// element handler): appended to the content, or an error.
    void add(int array, const QJsonValue &value, int line);
    void addModel(const QJsonValue &value, const SourceLocation &location);
    void addTwin(const QJsonValue &value, const SourceLocation &location);
    void addRelationship(const QJsonValue &value, const SourceLocation &location);

    /// The errors of the elements, models first, then twins, then relationships.
    Diagnostics errors() const;

    ProjectContent &content() { return m_content; }
    SourceMap &sourceMap() { return m_sourceMap; }

private:
    void reject(Array array, const SourceLocation &location, const QString &message);

    const QString m_fileName;
    const QString m_sourceKey;
    TwinExtension m_twinExtension;
    ProjectContent m_content;
    SourceMap m_sourceMap;
    Diagnostics m_errors[3];
};

} // namespace twin
