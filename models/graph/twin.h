// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace twin {

/// A wall on a floor: a polyline in metres with a thickness.
struct Wall
{
    QPolygonF path;
    double thickness = 0.2;

    bool operator==(const Wall &) const = default;
};

/// A door or other opening cut into a wall, measured along the wall's path.
struct Opening
{
    int wall = -1;          ///< index into FloorLayout::walls
    double offset = 0.0;    ///< distance from the wall's start, metres
    double width = 0.9;
    double height = 2.1;
    QString kind = QStringLiteral("door");
    bool hingeAtEnd = false; ///< a door hinged at the far end of its gap (offset + width)
    bool otherSide = false;  ///< a door swinging to the other side of the wall

    bool operator==(const Opening &) const = default;
};

/// A dimension line drawn on the plan.
struct DimensionLine
{
    QPointF from;
    QPointF to;

    bool operator==(const DimensionLine &) const = default;
};

/// An image under the plan (a scanned drawing), placed with a scale and an offset.
struct BackgroundImage
{
    QString path;               ///< file path or "embedded:<key>"
    double metresPerPixel = 0.01;
    QPointF offset;             ///< position of the image's top-left corner, metres
    double opacity = 0.5;

    bool isNull() const { return path.isEmpty(); }
    bool operator==(const BackgroundImage &) const = default;
};

/// What a floor twin carries beyond its properties: its level and its plan.
struct FloorLayout
{
    double elevation = 0.0; ///< metres above the site's datum
    double height = 3.0;    ///< floor-to-floor height, metres
    QList<Wall> walls;
    QList<Opening> openings;
    QList<DimensionLine> dimensions;
    BackgroundImage background;

    bool operator==(const FloorLayout &) const = default;
};

/// Geometry of one twin. Rooms and zones have an outline on their floor; devices,
/// sensors and people have a position; floors have a layout.
struct Geometry
{
    QPolygonF outline;                 ///< metres, in the floor's coordinates
    std::optional<QPointF> position;   ///< metres, in the floor's coordinates
    std::optional<FloorLayout> floor;

    bool isEmpty() const { return outline.isEmpty() && !position && !floor; }
    bool operator==(const Geometry &) const = default;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; unknown members are ignored, malformed ones reported.
    static std::optional<Geometry> fromJson(const QJsonObject &json, QString *error = nullptr);
};

/// A digital twin: an instance of a DTDL interface.
struct Twin
{
    QString id;              ///< $dtId, unique in the project
    QString model;           ///< DTMI of its interface
    QJsonObject properties;  ///< property and component values, as in the ADT twin JSON
    Geometry geometry;

    bool operator==(const Twin &) const = default;

    /// Display name: the "name" property when it is a non-empty string, else the id.
    QString displayName() const;
};

/// A typed, directed edge between two twins.
struct Relationship
{
    QString id;       ///< $relationshipId, unique per source twin
    QString source;   ///< $dtId of the source
    QString name;     ///< $relationshipName
    QString target;   ///< $targetId
    QJsonObject properties;

    bool operator==(const Relationship &) const = default;
};

/// Which relationships form the spatial hierarchy (the tree). ParentToChild means the
/// source contains the target (core `contains`); ChildToParent means the source is
/// inside the target (REC `isPartOf`, `locatedIn`).
struct ContainmentRule
{
    enum class Direction { ParentToChild, ChildToParent };
    QString name;
    Direction direction = Direction::ParentToChild;

    bool operator==(const ContainmentRule &) const = default;
};

/// True when \a id can be used as a $dtId: non-empty, at most 128 characters, no
/// control characters, slashes or whitespace at either end.
bool isValidTwinId(const QString &id, QString *why = nullptr);

/// A syntactic check of a DTMI (dtmi:segment(:segment)*;version).
bool isValidDtmi(const QString &dtmi);

} // namespace twin
