// SPDX-License-Identifier: GPL-3.0-or-later
#include "adtjson.h"

#include <QJsonDocument>

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
    QJsonObject properties = std::move(json);
    for (auto it = properties.begin(); it != properties.end();) {
        if (it.key().startsWith(u'$'))
            it = properties.erase(it);
        else
            ++it;
    }
    return properties;
}

} // namespace

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
