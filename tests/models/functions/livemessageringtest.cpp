// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/livemessagering.h"

#include <gtest/gtest.h>

using namespace twin;

namespace {

TelemetrySample sample(const QString &sensor, int value)
{
    TelemetrySample s;
    s.sensorId = sensor;
    s.dataType = QStringLiteral("CarbonDioxide");
    s.message = QStringLiteral("{\"SensorValue\": %1}").arg(value);
    s.timestampMs = 1714557600000 + value;
    return s;
}

int valueOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("Message")).toString().section(u':', 1).chopped(1).trimmed().toInt();
}

} // namespace

TEST(LiveMessageRing, KeepsTheLatestOldestFirstAndFilters)
{
    LiveMessageRing ring(4);
    EXPECT_TRUE(ring.last(3).isEmpty());
    ring.add({sample(QStringLiteral("co2-1"), 1), sample(QStringLiteral("motion-1"), 2)});
    ring.add({sample(QStringLiteral("co2-1"), 3), sample(QStringLiteral("co2-1"), 4), sample(QStringLiteral("co2-1"), 5)});
    // Capacity 4: 1 fell out.
    QList<QJsonObject> all = ring.last(10);
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(valueOf(all.first()), 2);
    EXPECT_EQ(valueOf(all.last()), 5);
    EXPECT_EQ(all.last().value(QStringLiteral("SensorId")).toString(), QStringLiteral("co2-1"));
    EXPECT_EQ(all.last().value(QStringLiteral("DataType")).toString(), QStringLiteral("CarbonDioxide"));
    EXPECT_EQ(qint64(all.last().value(QStringLiteral("Timestamp")).toDouble()), 1714557600005);

    const QList<QJsonObject> two = ring.last(2);
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(valueOf(two.at(0)), 4);
    EXPECT_EQ(valueOf(two.at(1)), 5);

    const QList<QJsonObject> motion = ring.last(10, [](const QString &id) { return id == QStringLiteral("motion-1"); });
    ASSERT_EQ(motion.size(), 1);
    EXPECT_EQ(valueOf(motion.first()), 2);

    // A batch larger than the ring keeps its own latest.
    QList<TelemetrySample> flood;
    for (int i = 10; i < 20; ++i)
        flood.append(sample(QStringLiteral("co2-1"), i));
    ring.add(flood);
    all = ring.last(10);
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(valueOf(all.first()), 16);
    EXPECT_EQ(valueOf(all.last()), 19);
    ring.clear();
    EXPECT_TRUE(ring.last(10).isEmpty());
}
