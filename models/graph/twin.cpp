// SPDX-License-Identifier: GPL-3.0-or-later
#include "twin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace twin {

namespace {

QJsonArray pointToJson(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

bool pointFromJson(const QJsonValue &v, QPointF *out)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    *out = QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    return true;
}

QJsonArray polygonToJson(const QPolygonF &polygon)
{
    QJsonArray a;
    for (QPointF p : polygon)
        a.append(pointToJson(p));
    return a;
}

bool polygonFromJson(const QJsonValue &v, QPolygonF *out)
{
    if (!v.isArray())
        return false;
    QPolygonF polygon;
    const QJsonArray a = v.toArray();
    polygon.reserve(a.size());
    for (const QJsonValue &pv : a) {
        QPointF p;
        if (!pointFromJson(pv, &p))
            return false;
        polygon.append(p);
    }
    *out = polygon;
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject Geometry::toJson() const
{
    QJsonObject o;
    if (!outline.isEmpty())
        o.insert(QStringLiteral("outline"), polygonToJson(outline));
    if (position)
        o.insert(QStringLiteral("position"), pointToJson(*position));
    if (floor) {
        QJsonObject f;
        f.insert(QStringLiteral("elevation"), floor->elevation);
        f.insert(QStringLiteral("height"), floor->height);
        QJsonArray walls;
        for (const Wall &w : floor->walls) {
            walls.append(QJsonObject{{QStringLiteral("path"), polygonToJson(w.path)},
                                     {QStringLiteral("thickness"), w.thickness}});
        }
        if (!walls.isEmpty())
            f.insert(QStringLiteral("walls"), walls);
        QJsonArray openings;
        for (const Opening &op : floor->openings) {
            QJsonObject o{{QStringLiteral("wall"), op.wall},
                          {QStringLiteral("offset"), op.offset},
                          {QStringLiteral("width"), op.width},
                          {QStringLiteral("height"), op.height},
                          {QStringLiteral("kind"), op.kind}};
            // Written only when set: files without them read as before.
            if (op.hingeAtEnd)
                o.insert(QStringLiteral("hingeAtEnd"), true);
            if (op.otherSide)
                o.insert(QStringLiteral("otherSide"), true);
            openings.append(o);
        }
        if (!openings.isEmpty())
            f.insert(QStringLiteral("openings"), openings);
        QJsonArray dims;
        for (const DimensionLine &d : floor->dimensions)
            dims.append(QJsonArray{pointToJson(d.from), pointToJson(d.to)});
        if (!dims.isEmpty())
            f.insert(QStringLiteral("dimensions"), dims);
        if (!floor->background.isNull()) {
            const BackgroundImage &b = floor->background;
            f.insert(QStringLiteral("background"),
                     QJsonObject{{QStringLiteral("path"), b.path},
                                 {QStringLiteral("metresPerPixel"), b.metresPerPixel},
                                 {QStringLiteral("offset"), pointToJson(b.offset)},
                                 {QStringLiteral("opacity"), b.opacity}});
        }
        o.insert(QStringLiteral("floor"), f);
    }
    return o;
}

std::optional<Geometry> Geometry::fromJson(const QJsonObject &json, QString *error)
{
    Geometry g;
    if (json.contains(QStringLiteral("outline"))
        && !polygonFromJson(json.value(QStringLiteral("outline")), &g.outline)) {
        fail(error, QStringLiteral("geometry.outline must be an array of [x, y] pairs"));
        return std::nullopt;
    }
    if (json.contains(QStringLiteral("position"))) {
        QPointF p;
        if (!pointFromJson(json.value(QStringLiteral("position")), &p)) {
            fail(error, QStringLiteral("geometry.position must be [x, y]"));
            return std::nullopt;
        }
        g.position = p;
    }
    if (json.contains(QStringLiteral("floor"))) {
        const QJsonValue fv = json.value(QStringLiteral("floor"));
        if (!fv.isObject()) {
            fail(error, QStringLiteral("geometry.floor must be an object"));
            return std::nullopt;
        }
        const QJsonObject f = fv.toObject();
        FloorLayout layout;
        layout.elevation = f.value(QStringLiteral("elevation")).toDouble(0.0);
        layout.height = f.value(QStringLiteral("height")).toDouble(3.0);
        for (const QJsonValue &wv : f.value(QStringLiteral("walls")).toArray()) {
            Wall w;
            const QJsonObject wo = wv.toObject();
            if (!polygonFromJson(wo.value(QStringLiteral("path")), &w.path)) {
                fail(error, QStringLiteral("geometry.floor.walls[].path must be an array of [x, y] pairs"));
                return std::nullopt;
            }
            w.thickness = wo.value(QStringLiteral("thickness")).toDouble(0.2);
            layout.walls.append(w);
        }
        for (const QJsonValue &ov : f.value(QStringLiteral("openings")).toArray()) {
            const QJsonObject oo = ov.toObject();
            Opening op;
            op.wall = oo.value(QStringLiteral("wall")).toInt(-1);
            op.offset = oo.value(QStringLiteral("offset")).toDouble();
            op.width = oo.value(QStringLiteral("width")).toDouble(0.9);
            op.height = oo.value(QStringLiteral("height")).toDouble(2.1);
            op.kind = oo.value(QStringLiteral("kind")).toString(QStringLiteral("door"));
            op.hingeAtEnd = oo.value(QStringLiteral("hingeAtEnd")).toBool();
            op.otherSide = oo.value(QStringLiteral("otherSide")).toBool();
            if (op.wall < 0 || op.wall >= layout.walls.size()) {
                fail(error, QStringLiteral("geometry.floor.openings[].wall refers to no wall"));
                return std::nullopt;
            }
            layout.openings.append(op);
        }
        for (const QJsonValue &dv : f.value(QStringLiteral("dimensions")).toArray()) {
            const QJsonArray da = dv.toArray();
            DimensionLine d;
            if (da.size() != 2 || !pointFromJson(da.at(0), &d.from) || !pointFromJson(da.at(1), &d.to)) {
                fail(error, QStringLiteral("geometry.floor.dimensions[] must be [[x, y], [x, y]]"));
                return std::nullopt;
            }
            layout.dimensions.append(d);
        }
        if (f.contains(QStringLiteral("background"))) {
            const QJsonObject bo = f.value(QStringLiteral("background")).toObject();
            layout.background.path = bo.value(QStringLiteral("path")).toString();
            layout.background.metresPerPixel = bo.value(QStringLiteral("metresPerPixel")).toDouble(0.01);
            pointFromJson(bo.value(QStringLiteral("offset")), &layout.background.offset);
            layout.background.opacity = bo.value(QStringLiteral("opacity")).toDouble(0.5);
        }
        g.floor = layout;
    }
    return g;
}

QString Twin::displayName() const
{
    const QJsonValue name = properties.value(QStringLiteral("name"));
    if (name.isString() && !name.toString().isEmpty())
        return name.toString();
    return id;
}

bool isValidTwinId(const QString &id, QString *why)
{
    if (id.isEmpty())
        return fail(why, QCoreApplication::translate("twin::Twin", "the twin id is empty"));
    if (id.size() > 128)
        return fail(why,
            QCoreApplication::translate("twin::Twin", "the twin id is longer than 128 characters"));
    if (id.front().isSpace() || id.back().isSpace())
        return fail(why,
            QCoreApplication::translate(
                "twin::Twin", "the twin id begins or ends with white space"));
    for (QChar c : id) {
        if (c.category() == QChar::Other_Control)
            return fail(why,
                QCoreApplication::translate(
                    "twin::Twin", "the twin id contains a control character"));
        if (c == u'/' || c == u'\\' || c == u'#' || c == u'?')
            return fail(
                why, QCoreApplication::translate("twin::Twin", "the twin id contains '%1'").arg(c));
    }
    return true;
}

bool isValidDtmi(const QString &dtmi)
{
    static const QRegularExpression re(QStringLiteral(
        "^dtmi:[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?(?::_*[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?)*"
        "(?:;[1-9][0-9]{0,8}(?:\\.[1-9][0-9]{0,5})?)?$"));
    return dtmi.size() <= 4096 && re.match(dtmi).hasMatch();
}

} // namespace twin
