// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrytestutil.h"

#include <gtest/gtest.h>

namespace twintest {

namespace {

const twin::PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const twin::PointRegistry *>(registry)->info(point);
}

} // namespace

HistoryFile::HistoryFile(const QString &path)
{
    QString error;
    EXPECT_TRUE(store.open(path, &error)) << error.toStdString();
}

int HistoryFile::point(const QString &twin, const QString &name, twin::PointKind kind, twin::ValueKind valueKind)
{
    return points.findOrCreate({twin, name, name, {}, kind, valueKind});
}

void HistoryFile::append(const std::vector<twin::HistorySample> &rows)
{
    QString error;
    EXPECT_TRUE(store.append(rows.data(), rows.size(), &infoOf, &points, &error)) << error.toStdString();
}

void HistoryFile::appendTexts(const std::vector<twin::HistoryText> &rows)
{
    QString error;
    EXPECT_TRUE(store.appendTexts(rows.data(), rows.size(), &infoOf, &points, &error)) << error.toStdString();
}

twin::ProjectContent telemetrySite(const QJsonArray &bindings)
{
    const QString space = QStringLiteral("dtmi:twinstudio:core:Space;1");
    const QString device = QStringLiteral("dtmi:twinstudio:core:Device;1");
    const QString sensor = QStringLiteral("dtmi:twinstudio:core:Sensor;1");
    auto sensorTwin = [&](const QString &id, const QString &type) {
        return twin::Twin{id, sensor, QJsonObject{{QStringLiteral("dataType"), type}}, {}};
    };
    twin::ProjectContent c;
    c.twins = {
        {QStringLiteral("building"), space, {}, {}},
        {QStringLiteral("floor"), space, {}, {}},
        {QStringLiteral("room-1"), space, {}, {}},
        {QStringLiteral("room-2"), space, {}, {}},
        {QStringLiteral("device-1"), device, {}, {}},
        sensorTwin(QStringLiteral("temp-1"), QStringLiteral("Temperature")),
        sensorTwin(QStringLiteral("motion-1"), QStringLiteral("Motion")),
        sensorTwin(QStringLiteral("temp-2"), QStringLiteral("Temperature")),
        sensorTwin(QStringLiteral("temp-3"), QStringLiteral("Temperature")),
    };
    auto contains = [](const QString &parent, const QString &child) {
        return twin::Relationship{QStringLiteral("contains-") + child, parent, QStringLiteral("contains"), child, {}};
    };
    c.relationships = {
        contains(QStringLiteral("building"), QStringLiteral("floor")),
        contains(QStringLiteral("floor"), QStringLiteral("room-1")),
        contains(QStringLiteral("floor"), QStringLiteral("room-2")),
        contains(QStringLiteral("room-1"), QStringLiteral("device-1")),
        contains(QStringLiteral("device-1"), QStringLiteral("temp-1")),
        contains(QStringLiteral("device-1"), QStringLiteral("motion-1")),
        contains(QStringLiteral("room-1"), QStringLiteral("temp-2")),
        contains(QStringLiteral("room-2"), QStringLiteral("temp-3")),
    };
    c.bindings = bindings;
    return c;
}

} // namespace twintest
