// SPDX-License-Identifier: GPL-3.0-or-later
#include "adtjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace twin {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The string member \a key of \a json, or an error naming it.
bool requireString(const QJsonObject &json, const QString &key, const QString &what, QString *out,
                   QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return fail(error, QStringLiteral("%1 has no %2").arg(what, key));
    if (!v.isString())
        return fail(error, QStringLiteral("%1: %2 must be a string").arg(what, key));
    *out = v.toString();
    return true;
}

QJsonObject propertiesOf(QJsonObject &&json)
{
    // A fresh object holds only what it keeps: members erased from the parsed one leave
    // their bytes behind (the record's whole text would stay with every twin).
    QJsonObject properties;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!it.key().startsWith(u'$'))
            properties.insert(it.key(), it.value());
    }
    json = QJsonObject();
    return properties;
}

/// Appends \a text as a JSON string. Returns false (appending nothing) when it holds a
/// control character or a surrogate: those are left to QJsonDocument's own escaping.
bool appendString(QByteArray *out, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.isSurrogate()) // surrogates: lone ones are escaped
            return false;
    }
    const QByteArray utf8 = text.toUtf8();
    out->append('"');
    if (!utf8.contains('"') && !utf8.contains('\\')) {
        out->append(utf8);
    } else {
        for (char c : utf8) {
            if (c == '"' || c == '\\')
                out->append('\\');
            out->append(c);
        }
    }
    out->append('"');
    return true;
}

/// Appends ',"key":value' for each property; false when a key would not sort after
/// \a lastSystemKey (QJsonObject order would then differ) or a string needs escapes
/// beyond quote and backslash.
bool appendProperties(QByteArray *out, const QJsonObject &properties, const QString &lastSystemKey)
{
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.key() <= lastSystemKey)
            return false;
        out->append(',');
        if (!appendString(out, it.key()))
            return false;
        out->append(':');
        const QJsonValue v = it.value();
        if (v.isString()) {
            if (!appendString(out, v.toString()))
                return false;
        } else {
            AdtJson::appendValue(out, v);
        }
    }
    return true;
}

} // namespace

void AdtJson::appendValue(QByteArray *out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->append("null");
        return;
    case QJsonValue::Bool:
        out->append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        // Integers parsed from a file stay integers; QJsonDocument writes the two kinds
        // differently (1e17 vs 100000000000000000).
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger()) {
            out->append(QByteArray::number(cbor.toInteger()));
        } else {
            const double d = value.toDouble();
            out->append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                         : QByteArray("null"));
        }
        return;
    }
    case QJsonValue::String:
        if (!appendString(out, value.toString())) {
            const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            out->append(wrapped.constData() + 1, wrapped.size() - 2);
        }
        return;
    case QJsonValue::Array:
        out->append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        out->append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return;
    }
}

void AdtJson::appendTwin(QByteArray *out, const Twin &twin, const QJsonObject *geometry)
{
    const qsizetype start = out->size();
    out->append("{\"$dtId\":");
    bool ok = appendString(out, twin.id);
    if (ok && geometry) {
        out->append(",\"$geometry\":");
        out->append(QJsonDocument(*geometry).toJson(QJsonDocument::Compact));
    }
    if (ok) {
        out->append(",\"$metadata\":{\"$model\":");
        ok = appendString(out, twin.model);
        out->append('}');
    }
    ok = ok && appendProperties(out, twin.properties, QStringLiteral("$metadata"));
    if (ok) {
        out->append('}');
        return;
    }
    out->truncate(start);
    QJsonObject json = twinToJson(twin);
    if (geometry)
        json.insert(QStringLiteral("$geometry"), *geometry);
    out->append(compact(json));
}

void AdtJson::appendRelationship(QByteArray *out, const Relationship &r, const QString &sourceKey)
{
    const qsizetype start = out->size();
    const bool sourceFirst = sourceKey < QStringLiteral("$relationshipId");
    out->append('{');
    bool ok = true;
    auto member = [&](const char *key, const QString &value) {
        if (!ok)
            return;
        if (out->size() > start + 1)
            out->append(',');
        out->append(key);
        ok = appendString(out, value);
    };
    const QByteArray sourceMember = '"' + sourceKey.toUtf8() + QByteArrayLiteral("\":");
    if (sourceFirst)
        member(sourceMember.constData(), r.source);
    member("\"$relationshipId\":", r.id);
    member("\"$relationshipName\":", r.name);
    if (!sourceFirst)
        member(sourceMember.constData(), r.source);
    member("\"$targetId\":", r.target);
    ok = ok && sourceKey < QStringLiteral("$targetId")
        && appendProperties(out, r.properties, QStringLiteral("$targetId"));
    if (ok) {
        out->append('}');
        return;
    }
    out->truncate(start);
    out->append(compact(relationshipToJson(r, sourceKey)));
}

QJsonObject AdtJson::twinToJson(const Twin &twin)
{
    QJsonObject json = twin.properties;
    json.insert(dtIdKey(), twin.id);
    json.insert(QStringLiteral("$metadata"), QJsonObject{{QStringLiteral("$model"), twin.model}});
    return json;
}

bool AdtJson::twinFromJson(QJsonObject json, Twin *out, QString *error)
{
    Twin t;
    if (!requireString(json, dtIdKey(), QStringLiteral("the twin"), &t.id, error))
        return false;
    const QJsonValue metadata = json.value(QStringLiteral("$metadata"));
    if (!metadata.isObject())
        return fail(error, QStringLiteral("twin '%1' has no $metadata object").arg(t.id));
    if (!requireString(metadata.toObject(), QStringLiteral("$model"),
                       QStringLiteral("twin '%1': $metadata").arg(t.id), &t.model, error))
        return false;
    t.properties = propertiesOf(std::move(json));
    *out = std::move(t);
    return true;
}

QJsonObject AdtJson::relationshipToJson(const Relationship &r, const QString &sourceKey)
{
    QJsonObject json = r.properties;
    json.insert(sourceKey, r.source);
    json.insert(QStringLiteral("$relationshipId"), r.id);
    json.insert(QStringLiteral("$relationshipName"), r.name);
    json.insert(QStringLiteral("$targetId"), r.target);
    return json;
}

bool AdtJson::relationshipFromJson(QJsonObject json, const QString &sourceKey,
                                   Relationship *out, QString *error)
{
    Relationship r;
    const QString what = QStringLiteral("the relationship");
    if (!requireString(json, QStringLiteral("$relationshipId"), what, &r.id, error))
        return false;
    const QString named = QStringLiteral("relationship '%1'").arg(r.id);
    if (!requireString(json, sourceKey, named, &r.source, error)
        || !requireString(json, QStringLiteral("$targetId"), named, &r.target, error)
        || !requireString(json, QStringLiteral("$relationshipName"), named, &r.name, error))
        return false;
    r.properties = propertiesOf(std::move(json));
    *out = std::move(r);
    return true;
}

QByteArray AdtJson::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace twin
