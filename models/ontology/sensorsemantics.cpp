// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorsemantics.h"

#include "ontology/modelregistry.h"

namespace twin {

QString SensorSemantics::dataType(const ModelRegistry &models, const QString &model,
                                  const QJsonObject &properties)
{
    const QString own = properties.value(QStringLiteral("dataType")).toString();
    if (!own.isEmpty())
        return own;
    // The nearest sensor type named "<Type>Sensor" (core TemperatureSensor, REC
    // TemperatureSensor, ...) names the data type.
    QStringList chain{model};
    chain += models.ancestors(model);
    for (const QString &id : std::as_const(chain)) {
        const qsizetype colon = id.lastIndexOf(u':');
        const qsizetype semi = id.indexOf(u';', colon);
        const QString local = id.mid(colon + 1, semi < 0 ? -1 : semi - colon - 1);
        if (local.size() > 6 && local.endsWith(QStringLiteral("Sensor")))
            return local.chopped(6);
    }
    if (const ResolvedInterface *r = models.resolved(model)) {
        for (const DtdlElement *c : r->contents) {
            if (c->kind != DtdlKind::Telemetry)
                continue;
            if (!c->semanticTypes.isEmpty()) {
                const QString t = c->semanticTypes.first();
                return t == u"RelativeHumidity" ? QStringLiteral("Humidity") : t;
            }
            QString name = c->name;
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            return name;
        }
    }
    return QString();
}

QString SensorSemantics::unit(const ModelRegistry &models, const QString &model,
                              const QJsonObject &properties)
{
    const QString own = properties.value(QStringLiteral("unit")).toString();
    if (!own.isEmpty())
        return own;
    if (const ResolvedInterface *r = models.resolved(model)) {
        for (const DtdlElement *c : r->contents) {
            if (c->kind == DtdlKind::Telemetry)
                return c->unit;
        }
    }
    return QString();
}

} // namespace twin
