// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcollector.h"

#include "interchange/adtjson.h"
#include "interchange/jsonelementreader.h"

namespace twin {

ContentCollector::ContentCollector(const QString &fileName, const QString &sourceKey)
    : m_fileName(fileName)
    , m_sourceKey(sourceKey)
{
}

JsonDocumentRead ContentCollector::read(QIODevice *device, ProgressReporter *reporter, const QStringList &pointers)
{
    Q_ASSERT(pointers.size() == 3);
    JsonElementReader reader(pointers, [this](int array, qsizetype, const QJsonValue &v, int line) { add(array, v, line); });
    reader.setSizeHandler([this](int array, qsizetype count) { reserve(array, count); });
    return reader.read(device, reporter);
}

Diagnostic ContentCollector::invalidJson(const JsonDocumentRead &read) const
{
    Diagnostic d = Diagnostic::error(m_fileName, read.errorLine,
                                     read.duplicateKey ? read.errorText : tr("invalid JSON: %1").arg(read.errorText));
    d.column = read.errorColumn;
    return d;
}

void ContentCollector::reserve(int array, qsizetype count)
{
    switch (array) {
    case Models:
        m_content.models.reserve(count);
        m_sourceMap.models.reserve(count);
        break;
    case Twins:
        m_content.twins.reserve(count);
        m_sourceMap.twins.reserve(count);
        break;
    case Relationships:
        m_content.relationships.reserve(count);
        m_sourceMap.relationships.reserve(count);
        break;
    default:
        Q_ASSERT(false);
    }
}

void ContentCollector::add(int array, const QJsonValue &value, int line)
{
    const SourceLocation location{line, QString()};
    switch (array) {
    case Models:
        addModel(value, location);
        break;
    case Twins:
        addTwin(value, location);
        break;
    case Relationships:
        addRelationship(value, location);
        break;
    default:
        Q_ASSERT(false);
    }
}

void ContentCollector::addModel(const QJsonValue &value, const SourceLocation &location)
{
    if (!value.isObject() || !value.toObject().value(QStringLiteral("@id")).isString()) {
        reject(Models, location, tr("expected a DTDL interface with an @id"));
        return;
    }
    m_content.models.append(value.toObject());
    m_sourceMap.models.append(location);
}

void ContentCollector::addTwin(const QJsonValue &value, const SourceLocation &location)
{
    if (!value.isObject()) {
        reject(Twins, location, tr("expected a twin object"));
        return;
    }
    Twin twin;
    QString why;
    // Without an extension the only copy of the object is handed over (converted in place).
    const QJsonObject json = m_twinExtension ? value.toObject() : QJsonObject();
    if (!AdtJson::twinFromJson(m_twinExtension ? json : value.toObject(), &twin, &why)
        || (m_twinExtension && !m_twinExtension(json, &twin, &why))) {
        reject(Twins, location, why);
        return;
    }
    m_content.twins.append(std::move(twin));
    m_sourceMap.twins.append(location);
}

void ContentCollector::addRelationship(const QJsonValue &value, const SourceLocation &location)
{
    if (!value.isObject()) {
        reject(Relationships, location, tr("expected a relationship object"));
        return;
    }
    Relationship relationship;
    QString why;
    if (!AdtJson::relationshipFromJson(value.toObject(), m_sourceKey, &relationship, &why)) {
        reject(Relationships, location, why);
        return;
    }
    m_content.relationships.append(std::move(relationship));
    m_sourceMap.relationships.append(location);
}

void ContentCollector::reject(Array array, const SourceLocation &location, const QString &message)
{
    m_errors[array].append(SourceMap::error(m_fileName, location, message));
}

Diagnostics ContentCollector::errors() const
{
    Diagnostics all;
    for (const Diagnostics &d : m_errors)
        all.append(d);
    return all;
}

} // namespace twin
