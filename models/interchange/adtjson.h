// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace twin {

/**
 * The Azure Digital Twins JSON shapes of twins and relationships, shared by the formats
 * that use them (bulk-import NDJSON, ADT Explorer JSON, the native file):
 * a twin is {"$dtId", "$metadata": {"$model"}, property: value...}; a relationship is
 * {"$relationshipId", "$targetId", "$relationshipName", property: value...} with its
 * source under "$dtId" (import jobs) or "$sourceId" (Explorer, native). Members that
 * start with '$' are system members; everything else is a property.
 */
class AdtJson
{
public:
    static QJsonObject twinToJson(const Twin &twin);
    /// Fills \a out from \a json; false with a message in \a error when a required
    /// member is missing or has the wrong type.
    static bool twinFromJson(QJsonObject json, Twin *out, QString *error);

    static QJsonObject relationshipToJson(const Relationship &relationship, const QString &sourceKey);
    static bool relationshipFromJson(QJsonObject json, const QString &sourceKey,
                                     Relationship *out, QString *error);
    // Both take \a json by value: a caller that moves its only copy in saves a deep copy
    // of every record (the system members are erased in place).

    /// Compact JSON of \a object, keys sorted, without a trailing newline.
    static QByteArray compact(const QJsonObject &object);

    /// Appends compact(twinToJson(twin)) to \a out — with \a geometry, when given, as
    /// "$geometry" — byte for byte, but written directly instead of through a
    /// QJsonObject per record (exports of 100,000 twins spend most time there).
    static void appendTwin(QByteArray *out, const Twin &twin, const QJsonObject *geometry = nullptr);
    /// Appends compact(relationshipToJson(relationship, sourceKey)) to \a out.
    static void appendRelationship(QByteArray *out, const Relationship &relationship,
                                   const QString &sourceKey);
    /// Appends the compact JSON of \a value as QJsonDocument writes it.
    static void appendValue(QByteArray *out, const QJsonValue &value);

    static QString dtIdKey() { return QStringLiteral("$dtId"); }
    static QString sourceIdKey() { return QStringLiteral("$sourceId"); }
};

} // namespace twin
