// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorvaluecodec.h"

#include "document/twinfactory.h"
#include "ontology/dtdlelement.h"
#include "ontology/dtdlvocabulary.h"
#include "ontology/modelregistry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace twin {

namespace {

// JSON numbers are doubles: integers beyond 2^53 would not survive a round trip.
constexpr double kMaxSafeInteger = 9007199254740991.0;

} // namespace

QString InspectorValueCodec::jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

bool InspectorValueCodec::integerRange(const QString &schema, double *minimum, double *maximum)
{
    struct Range { const char16_t *schema; double min; double max; };
    static const Range ranges[] = {
        {u"byte", -128, 127},
        {u"unsignedByte", 0, 255},
        {u"short", -32768, 32767},
        {u"unsignedShort", 0, 65535},
        {u"integer", -2147483648.0, 2147483647.0},
        {u"unsignedInteger", 0, 4294967295.0},
        {u"long", -kMaxSafeInteger, kMaxSafeInteger},
        {u"unsignedLong", 0, kMaxSafeInteger},
    };
    for (const Range &r : ranges) {
        if (schema == QStringView(r.schema)) {
            *minimum = r.min;
            *maximum = r.max;
            return true;
        }
    }
    return false;
}

QString InspectorValueCodec::elementTitle(const DtdlElement *e, const QString &fallback)
{
    const QString title = e ? DtdlElement::localized(e->displayName) : QString();
    return title.isEmpty() ? fallback : title;
}

QString InspectorValueCodec::interfaceTitle(const QString &dtmi) const
{
    return elementTitle(m_models.element(dtmi), TwinFactory::shortName(dtmi));
}

InspectorValueCodec::Editor InspectorValueCodec::editorFor(const QString &schema) const
{
    double lo = 0, hi = 0;
    if (schema == u"boolean")
        return Editor::Boolean;
    if (integerRange(schema, &lo, &hi))
        return Editor::Integer;
    if (schema == u"double" || schema == u"float" || schema == u"decimal")
        return Editor::Double;
    if (schema == u"string" || schema == u"uuid" || schema == u"bytes")
        return Editor::Text;
    if (schema == u"date")
        return Editor::Date;
    if (schema == u"dateTime")
        return Editor::DateTime;
    if (schema == u"time")
        return Editor::Time;
    if (schema == u"duration")
        return Editor::Duration;
    if (DtdlVocabulary::isGeospatialSchema(schema))
        return Editor::Json;
    if (const DtdlElement *s = m_models.element(schema)) {
        if (s->kind == DtdlKind::Enum)
            return Editor::Enum;
        if (s->kind == DtdlKind::Object || s->kind == DtdlKind::Map || s->kind == DtdlKind::Array)
            return Editor::Json;
    }
    return Editor::None;
}

InspectorValueCodec::Composite InspectorValueCodec::compositeOf(const QString &schema) const
{
    const DtdlElement *s = schema.startsWith(u"dtmi:") ? m_models.element(schema) : nullptr;
    if (!s)
        return Composite::None;
    switch (s->kind) {
    case DtdlKind::Object:
        return Composite::Object;
    case DtdlKind::Map:
        return Composite::Map;
    case DtdlKind::Array:
        return Composite::Array;
    default:
        return Composite::None;
    }
}

QString InspectorValueCodec::schemaText(const QString &schema) const
{
    const DtdlElement *s = m_models.element(schema);
    if (!s)
        return schema;
    switch (s->kind) {
    case DtdlKind::Enum:
        return tr("enum of %1").arg(s->valueSchema);
    case DtdlKind::Object:
        return tr("object");
    case DtdlKind::Map: {
        const DtdlElement *value = m_models.element(s->mapValue);
        return value ? tr("map of %1").arg(schemaText(value->schema)) : tr("map");
    }
    case DtdlKind::Array:
        return tr("array of %1").arg(schemaText(s->elementSchema));
    case DtdlKind::Interface:
        return interfaceTitle(schema);
    default:
        return schema;
    }
}

QString InspectorValueCodec::displayText(const QJsonValue &v, const QString &schema, const QString &unit) const
{
    if (v.isUndefined())
        return QString();
    switch (editorFor(schema)) {
    case Editor::Double:
    case Editor::Integer:
        if (!v.isDouble())
            break;
        return unit.isEmpty() ? QLocale().toString(v.toDouble(), 'g', 12)
                              : QLocale().toString(v.toDouble(), 'g', 12) + u' ' + unit;
    case Editor::Boolean:
        if (!v.isBool())
            break;
        return v.toBool() ? tr("yes") : tr("no");
    case Editor::Enum: {
        const QVariantList values = enumValues(schema);
        const QStringList labels = enumLabels(schema);
        for (int i = 0; i < values.size() && i < labels.size(); ++i) {
            if (jsonText(v) == jsonText(QJsonValue::fromVariant(values.at(i))))
                return labels.at(i);
        }
        break;
    }
    case Editor::Text:
    case Editor::Date:
    case Editor::DateTime:
    case Editor::Time:
    case Editor::Duration:
        if (v.isString())
            return v.toString();
        break;
    case Editor::Json:
    case Editor::None:
        break;
    }
    return jsonText(v);
}

QVariant InspectorValueCodec::editValue(const QJsonValue &v, const QString &schema) const
{
    switch (editorFor(schema)) {
    case Editor::Double:
        return v.isDouble() ? v.toDouble() : 0.0;
    case Editor::Integer:
        return v.isDouble() ? qlonglong(v.toDouble()) : qlonglong(0);
    case Editor::Boolean:
        return v.isBool() ? v.toBool() : false;
    case Editor::Enum:
        return v.isUndefined() ? QVariant() : v.toVariant();
    case Editor::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d : QDate::currentDate();
    }
    case Editor::DateTime: {
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return d.isValid() ? d : QDateTime::currentDateTimeUtc();
    }
    case Editor::Time: {
        const QTime d = QTime::fromString(v.toString(), Qt::ISODateWithMs);
        return d.isValid() ? d : QTime(0, 0);
    }
    case Editor::Text:
    case Editor::Duration:
        return v.isString() ? v.toString() : (v.isUndefined() ? QString() : jsonText(v));
    case Editor::Json:
        return v.isUndefined() ? QString() : jsonText(v);
    case Editor::None:
        break;
    }
    return QVariant();
}

QList<const DtdlElement *> InspectorValueCodec::enumElements(const QString &schema) const
{
    QList<const DtdlElement *> elements;
    const DtdlElement *s = m_models.element(schema);
    for (const QString &id : s && s->kind == DtdlKind::Enum ? s->enumValues : QStringList()) {
        if (const DtdlElement *ev = m_models.element(id))
            elements.append(ev);
    }
    return elements;
}

QVariantList InspectorValueCodec::enumValues(const QString &schema) const
{
    QVariantList values;
    for (const DtdlElement *ev : enumElements(schema))
        values.append(ev->enumValue);
    return values;
}

QStringList InspectorValueCodec::enumLabels(const QString &schema) const
{
    QStringList labels;
    for (const DtdlElement *ev : enumElements(schema))
        labels.append(elementTitle(ev, ev->name));
    return labels;
}

QJsonValue InspectorValueCodec::toJson(const QVariant &value, const QString &schema, QString *error) const
{
    const QJsonValue undefined(QJsonValue::Undefined);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return undefined;
    };
    if (error)
        error->clear();
    const Editor editor = editorFor(schema);
    const bool isText = value.typeId() == QMetaType::QString;
    const QString text = isText ? value.toString().trimmed() : QString();
    // No value, or an emptied field of a non-text schema: the value is unset.
    if (!value.isValid() || (isText && text.isEmpty() && editor != Editor::Text))
        return undefined;

    switch (editor) {
    case Editor::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
        return fail(tr("'%1' is not true or false").arg(value.toString()));
    case Editor::Integer:
    case Editor::Double: {
        bool ok = false;
        double d = 0;
        if (isText) {
            d = QLocale().toDouble(text, &ok);
            if (!ok)
                d = QLocale::c().toDouble(text, &ok);
        } else {
            d = value.toDouble(&ok);
        }
        if (!ok || !std::isfinite(d))
            return fail(tr("'%1' is not a number").arg(value.toString()));
        if (editor == Editor::Double)
            return d;
        double lo = 0, hi = 0;
        integerRange(schema, &lo, &hi);
        if (d != std::floor(d))
            return fail(tr("'%1' is not a whole number").arg(value.toString()));
        if (d < lo || d > hi)
            return fail(tr("%1 is outside the range of %2 (%3 to %4)")
                            .arg(value.toString(), schema, QLocale().toString(lo, 'f', 0), QLocale().toString(hi, 'f', 0)));
        return d;
    }
    case Editor::Enum: {
        // The value itself, or the name or display name of one of the enum's values.
        for (const DtdlElement *ev : enumElements(schema)) {
            const QString evText = ev->enumValue.toString();
            if (value.toString() == evText || (isText && (text == ev->name || text == elementTitle(ev, ev->name))))
                return QJsonValue::fromVariant(ev->enumValue);
        }
        return fail(tr("'%1' is not one of the values of this enum").arg(value.toString()));
    }
    case Editor::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return text;
    case Editor::DateTime:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        return text;
    case Editor::Time:
        if (value.typeId() == QMetaType::QTime) {
            const QTime t = value.toTime();
            return t.toString(t.msec() ? Qt::ISODateWithMs : Qt::ISODate);
        }
        return text;
    case Editor::Text:
        return value.toString();
    case Editor::Duration:
        return text;
    case Editor::Json: {
        if (!isText)
            return QJsonValue::fromVariant(value);
        // Wrapped so that any JSON value parses, not only objects and arrays.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']', &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
            return fail(tr("not valid JSON: %1 at character %2")
                            .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : tr("more than one value"))
                            .arg(std::max(1, parseError.offset)));
        return doc.array().first();
    }
    case Editor::None:
        break;
    }
    return fail(tr("values of schema %1 cannot be edited here").arg(schema));
}

QJsonValue InspectorValueCodec::defaultValue(const QString &schema) const
{
    switch (compositeOf(schema)) {
    case Composite::Object:
    case Composite::Map:
        return QJsonObject();
    case Composite::Array:
        return QJsonArray();
    case Composite::None:
        break;
    }
    switch (editorFor(schema)) {
    case Editor::Double:
        return 0.0;
    case Editor::Integer:
        return 0;
    case Editor::Boolean:
        return false;
    case Editor::Enum: {
        const QVariantList values = enumValues(schema);
        return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue::fromVariant(values.first());
    }
    case Editor::Date:
        return QDate::currentDate().toString(Qt::ISODate);
    case Editor::DateTime:
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    case Editor::Time:
        return QStringLiteral("00:00:00");
    case Editor::Duration:
        return QStringLiteral("PT0S");
    case Editor::Text:
        return QString();
    case Editor::Json:
        // Geospatial: a GeoJSON object of that type with no coordinates yet.
        return QJsonObject{{QStringLiteral("type"), QJsonValue(schema.left(1).toUpper() + schema.mid(1))},
                           {QStringLiteral("coordinates"), QJsonArray()}};
    case Editor::None:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue InspectorValueCodec::valueAt(const QJsonValue &root, const QVariantList &path)
{
    QJsonValue v = root;
    for (const QVariant &step : path) {
        if (step.typeId() == QMetaType::Int) {
            const QJsonArray a = v.toArray();
            const int i = step.toInt();
            if (!v.isArray() || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(i);
        } else {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(step.toString());
        }
    }
    return v;
}

bool InspectorValueCodec::replaceAt(QJsonValue *root, const QVariantList &path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        *root = value;
        return true;
    }
    const QVariant &step = path.first();
    const QVariantList rest = path.mid(1);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = root->toArray();
        const int i = step.toInt();
        if (i < 0 || i >= a.size())
            return false;
        QJsonValue part = a.at(i);
        if (!replaceAt(&part, rest, value))
            return false;
        if (part.isUndefined())
            a.removeAt(i);
        else
            a.replace(i, part);
        *root = a;
        return true;
    }
    QJsonObject o = root->toObject();
    QJsonValue part = o.value(step.toString());
    if (!replaceAt(&part, rest, value))
        return false;
    if (part.isUndefined())
        o.remove(step.toString());
    else
        o.insert(step.toString(), part);
    *root = o;
    return true;
}

} // namespace twin
