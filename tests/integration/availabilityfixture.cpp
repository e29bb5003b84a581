// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityfixture.h"

#include "functionfixture.h"
#include "mosquittobroker.h"

#include "document/project.h"
#include "functions/functioneditor.h"
#include "store/projectstore.h"

#include <QJsonDocument>

namespace twintest {

bool saveAvailabilityProject(const QString &file, const QList<TemperatureFunction> &temperatureFunctions,
                             QString *error)
{
    twin::Project project;
    buildRoomTopology(&project);
    twin::FunctionEditor editor(&project);
    const auto temperature = dataTypeMatcher(QStringLiteral("Temperature"));
    for (const auto &[name, source] : temperatureFunctions) {
        if (!editor.addFunction(makeFunction(QString::fromUtf8(name), QString::fromUtf8(source), {temperature}), error))
            return false;
    }
    if (!editor.addFunction(makeFunction(QStringLiteral("availability"), QString::fromUtf8(kAvailabilitySource),
                                         {dataTypeMatcher(QStringLiteral("Motion")),
                                          dataTypeMatcher(QStringLiteral("CarbonDioxide"))},
                                         QStringLiteral("room-1")),
                            error))
        return false;
    return twin::ProjectStore::save(&project, file, error);
}

bool publishTelemetry(const QString &url, const QList<SensorMessage> &messages)
{
    for (const auto &[sensor, payload] : messages) {
        if (!mosquittoPub(url, QStringLiteral("twins/%1/telemetry").arg(QString::fromUtf8(sensor)),
                          QString::fromUtf8(payload)))
            return false;
    }
    return true;
}

QJsonObject jsonSummary(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
}

QString roomAvailability(const QJsonObject &summary)
{
    return summary.value(QStringLiteral("spaceValues"))
        .toObject()
        .value(QStringLiteral("room-1"))
        .toObject()
        .value(QStringLiteral("AvailableAndFresh"))
        .toString();
}

} // namespace twintest
