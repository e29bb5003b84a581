// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinvalidator.h"

#include "ontology/dtdlvocabulary.h"
#include "ontology/modelregistry.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace twin {

namespace {

const QString kMetadata = QStringLiteral("$metadata");

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

} // namespace

void TwinValidator::validateValue(const QJsonValue &value, const QString &schema, const QString &pointer,
                                  const QString &file, const QString &what, Diagnostics *out, int depth) const
{
    auto fail = [&](const QString &expected) {
        out->append(Diagnostic::errorAt(file, pointer,
                                        QStringLiteral("%1: expected %2").arg(what, expected),
                                        QStringLiteral("twin.value.schema")));
    };
    if (depth > 32) {
        fail(QStringLiteral("a value nested less deeply"));
        return;
    }
    if (schema == u"boolean") {
        if (!value.isBool())
            fail(QStringLiteral("true or false"));
    } else if (schema == u"integer" || schema == u"long" || schema == u"short" || schema == u"byte"
               || schema == u"unsignedByte" || schema == u"unsignedShort" || schema == u"unsignedInteger"
               || schema == u"unsignedLong") {
        if (!isIntegral(value) || (schema.startsWith(u"unsigned") && value.toDouble() < 0))
            fail(QStringLiteral("an integer (%1)").arg(schema));
    } else if (schema == u"double" || schema == u"float" || schema == u"decimal") {
        if (!value.isDouble())
            fail(QStringLiteral("a number (%1)").arg(schema));
    } else if (schema == u"string" || schema == u"uuid" || schema == u"bytes") {
        if (!value.isString())
            fail(QStringLiteral("a string"));
    } else if (schema == u"date") {
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            fail(QStringLiteral("a date (YYYY-MM-DD)"));
    } else if (schema == u"dateTime") {
        if (!value.isString() || !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            fail(QStringLiteral("a date and time (ISO 8601)"));
    } else if (schema == u"time") {
        if (!value.isString() || !QTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            fail(QStringLiteral("a time (hh:mm:ss)"));
    } else if (schema == u"duration") {
        static const QRegularExpression re(QStringLiteral(
            "^P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
            "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?$"));
        if (!value.isString() || !re.match(value.toString()).hasMatch())
            fail(QStringLiteral("an ISO 8601 duration (e.g. PT5M)"));
    } else if (DtdlVocabulary::isGeospatialSchema(schema)) {
        if (!value.isObject() || !value.toObject().value(QStringLiteral("coordinates")).isArray())
            fail(QStringLiteral("a GeoJSON %1").arg(schema));
    } else if (const DtdlElement *s = m_models.element(schema)) {
        switch (s->kind) {
        case DtdlKind::Enum: {
            for (const QString &id : s->enumValues) {
                const DtdlElement *ev = m_models.element(id);
                if (!ev)
                    continue;
                if (s->valueSchema == u"integer" ? (isIntegral(value) && qlonglong(value.toDouble()) == ev->enumValue.toLongLong())
                                                 : (value.isString() && value.toString() == ev->enumValue.toString()))
                    return;
            }
            QStringList allowed;
            for (const QString &id : s->enumValues) {
                if (const DtdlElement *ev = m_models.element(id))
                    allowed.append(ev->enumValue.toString());
            }
            fail(QStringLiteral("one of %1").arg(allowed.join(QStringLiteral(", "))));
            break;
        }
        case DtdlKind::Object: {
            if (!value.isObject()) {
                fail(QStringLiteral("an object"));
                break;
            }
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == kMetadata)
                    continue;
                const DtdlElement *field = nullptr;
                for (const QString &fid : s->fields) {
                    const DtdlElement *f = m_models.element(fid);
                    if (f && f->name == it.key()) {
                        field = f;
                        break;
                    }
                }
                const QString p = pointer + u'/' + jsonPointerToken(it.key());
                if (!field) {
                    out->append(Diagnostic::errorAt(file, p, QStringLiteral("%1: the object has no field '%2'").arg(what, it.key()),
                                                    QStringLiteral("twin.value.field")));
                    continue;
                }
                validateValue(it.value(), field->schema, p, file, what + u'.' + it.key(), out, depth + 1);
            }
            break;
        }
        case DtdlKind::Map: {
            if (!value.isObject()) {
                fail(QStringLiteral("an object (a map)"));
                break;
            }
            const DtdlElement *mv = m_models.element(s->mapValue);
            if (!mv)
                break;
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == kMetadata)
                    continue;
                validateValue(it.value(), mv->schema, pointer + u'/' + jsonPointerToken(it.key()), file,
                              what + u'.' + it.key(), out, depth + 1);
            }
            break;
        }
        case DtdlKind::Array: {
            if (!value.isArray()) {
                fail(QStringLiteral("an array"));
                break;
            }
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                validateValue(a.at(i), s->elementSchema, pointer + u'/' + QString::number(i), file,
                              what + u'[' + QString::number(i) + u']', out, depth + 1);
            }
            break;
        }
        default:
            break;
        }
    }
}

void TwinValidator::validateProperties(const QJsonObject &values, const ResolvedInterface &iface,
                                       const QString &pointer, const QString &file, const QString &twinId,
                                       Diagnostics *out, int depth) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u'$'))
            continue;
        const QString p = pointer + u'/' + jsonPointerToken(key);
        const DtdlElement *c = iface.byName.value(key);
        if (!c) {
            out->append(Diagnostic::errorAt(file, p,
                                            QStringLiteral("twin '%1': %2 has no property '%3'")
                                                .arg(twinId, iface.element->id, key),
                                            QStringLiteral("twin.property.unknown")));
            continue;
        }
        if (c->kind == DtdlKind::Property) {
            validateValue(it.value(), c->schema, p, file,
                          QStringLiteral("twin '%1' property '%2'").arg(twinId, key), out, depth);
        } else if (c->kind == DtdlKind::Component) {
            const ResolvedInterface *ci = m_models.resolved(c->schema);
            if (!it.value().isObject()) {
                out->append(Diagnostic::errorAt(file, p,
                                                QStringLiteral("twin '%1': component '%2' must be an object").arg(twinId, key),
                                                QStringLiteral("twin.component.type")));
            } else if (ci && depth < 8) {
                validateProperties(it.value().toObject(), *ci, p, file, twinId, out, depth + 1);
            }
        } else {
            out->append(Diagnostic::errorAt(file, p,
                                            QStringLiteral("twin '%1': '%2' is a %3, not a property")
                                                .arg(twinId, key, dtdlKindName(c->kind)),
                                            QStringLiteral("twin.property.kind")));
        }
    }
}

Diagnostics TwinValidator::validate(const Twin &twin, const QString &file) const
{
    Diagnostics result;
    if (m_models.interfaceCount() == 0)
        return result;
    const ResolvedInterface *r = m_models.resolved(twin.model);
    if (!r) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("twin '%1': model %2 is not loaded")
                                              .arg(twin.id, twin.model),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    validateProperties(twin.properties, *r, QString(), file, twin.id, &result, 0);
    return result;
}

Diagnostics TwinValidator::validateRelationship(const QString &sourceModel, const QString &name,
                                                const QString &targetModel, const QString &file) const
{
    Diagnostics result;
    if (m_models.interfaceCount() == 0)
        return result;
    const ResolvedInterface *source = m_models.resolved(sourceModel);
    if (!source) {
        result.append(Diagnostic::errorAt(file, QString(), QStringLiteral("model %1 is not loaded").arg(sourceModel),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    const DtdlElement *rel = source->byName.value(name);
    if (!rel || rel->kind != DtdlKind::Relationship) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("%1 has no relationship '%2'").arg(sourceModel, name),
                                          QStringLiteral("twin.relationship.unknown")));
        return result;
    }
    if (!m_models.contains(targetModel)) {
        result.append(Diagnostic::errorAt(file, QString(), QStringLiteral("model %1 is not loaded").arg(targetModel),
                                          QStringLiteral("twin.model.unknown")));
        return result;
    }
    if (!rel->target.isEmpty() && !m_models.isA(targetModel, rel->target)) {
        result.append(Diagnostic::errorAt(file, QString(),
                                          QStringLiteral("relationship '%1' of %2 must target a %3; %4 is not one")
                                              .arg(name, sourceModel, rel->target, targetModel),
                                          QStringLiteral("twin.relationship.target")));
    }
    return result;
}

} // namespace twin
