// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace twin {

/// The DTDL classes an element can be (its material type).
enum class DtdlKind {
    Interface,
    Telemetry,
    Property,
    Command,
    CommandPayload,  ///< v2 request/response
    CommandRequest,  ///< v3
    CommandResponse, ///< v3
    Relationship,
    Component,
    Array,
    Enum,
    EnumValue,
    Map,
    MapKey,
    MapValue,
    Object,
    Field,
};

/**
 * One parsed DTDL element. Elements refer to each other by DTMI: an element written
 * inline without an `@id` gets a generated, stable one derived from its parent.
 *
 * `schema` holds either a primitive or geospatial term ("double", "point") or the DTMI
 * of a complex schema or, for a Component, of an Interface.
 */
struct DtdlElement
{
    DtdlKind kind = DtdlKind::Interface;
    int version = 3;          ///< DTDL language version of the document (2 or 3)
    QString id;
    bool generatedId = false; ///< true when the source had no @id
    QString name;
    QString rootId;           ///< the top-level interface that defines this element
    QString definedIn;        ///< for contents: the interface whose `contents` declare it
    QString file;
    QString pointer;          ///< JSON pointer of the element in its file

    QStringList semanticTypes; ///< co-types such as "Temperature"
    QString unit;
    QString comment;
    QMap<QString, QString> displayName; ///< language ("" = default) → text
    QMap<QString, QString> description;

    QString schema;       ///< Telemetry, Property, Field, MapKey, MapValue, payloads, Component
    QString elementSchema; ///< Array
    QString valueSchema;  ///< Enum: "integer" or "string"
    QVariant enumValue;   ///< EnumValue: int or string
    bool writable = false;
    QString commandType;
    QString target;         ///< Relationship target interface, may be empty
    int minMultiplicity = -1;
    int maxMultiplicity = -1;
    QString request;        ///< Command
    QString response;       ///< Command
    QString mapKey;         ///< Map
    QString mapValue;       ///< Map

    QStringList extends;    ///< Interface
    QStringList contents;   ///< Interface
    QStringList schemas;    ///< Interface
    QStringList fields;     ///< Object
    QStringList enumValues; ///< Enum
    QStringList properties; ///< Relationship

    bool isSchema() const
    {
        return kind == DtdlKind::Array || kind == DtdlKind::Enum || kind == DtdlKind::Map
            || kind == DtdlKind::Object;
    }
    bool isContent() const
    {
        return kind == DtdlKind::Telemetry || kind == DtdlKind::Property || kind == DtdlKind::Command
            || kind == DtdlKind::Relationship || kind == DtdlKind::Component;
    }
    /// The text for \a language, falling back to English (text written without a
    /// language counts as English) and then to any language.
    static QString localized(const QMap<QString, QString> &strings, const QString &language = QString());
};

QString dtdlKindName(DtdlKind kind);

} // namespace twin
