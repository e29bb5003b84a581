// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/telemetrysink.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;

namespace {

class CollectingSink : public TelemetrySink
{
public:
    void deliver(std::string_view topic, std::string_view payload) override
    {
        QMutexLocker lock(&mutex);
        messages.append({QString::fromUtf8(topic.data(), qsizetype(topic.size())),
                         QByteArray(payload.data(), qsizetype(payload.size()))});
    }
    QMutex mutex;
    QList<QPair<QString, QByteArray>> messages;
};

QList<QPair<QString, QByteArray>> simulate(quint64 seed, int count)
{
    CollectingSink sink;
    QString error;
    std::unique_ptr<TelemetrySource> sim(TelemetrySourceRegistry::create(QStringLiteral("simulator"), nullptr, &error));
    EXPECT_TRUE(sim) << error.toStdString();
    if (!sim)
        return {};
    sim->setSink(&sink);
    auto point = [](const char *twin, const char *type, const char *path = "") {
        return QVariantMap{{QStringLiteral("twin"), QString::fromLatin1(twin)},
                           {QStringLiteral("name"), QString::fromLatin1(type)},
                           {QStringLiteral("dataType"), QString::fromLatin1(type)},
                           {QStringLiteral("path"), QString::fromLatin1(path)}};
    };
    const QVariantMap config{
        {QStringLiteral("points"),
         QVariantList{point("t1", "Temperature"), point("c1", "CarbonDioxide"), point("m1", "Motion"),
                      point("e1", "Energy", "/data/kwh")}},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("rate"), 0},
        {QStringLiteral("count"), count},
        // Tuesday 2024-05-07 00:00 UTC, one round per minute: a working day.
        {QStringLiteral("startTime"), QVariant(qint64(1715040000000LL))},
        {QStringLiteral("timeStepMs"), 60000},
    };
    EXPECT_TRUE(sim->start(config, &error)) << error.toStdString();
    for (int i = 0; i < 1000 && sim->state() != TelemetrySource::State::Disconnected; ++i)
        QThread::msleep(5);
    sim->stop();
    return sink.messages;
}

} // namespace

TEST(SimulatorSource, DeterministicAndRealisticPerDataType)
{
    const int rounds = 24 * 60;
    const auto a = simulate(7, rounds * 4);
    const auto b = simulate(7, rounds * 4);
    const auto c = simulate(8, rounds * 4);
    ASSERT_EQ(a.size(), rounds * 4);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);

    double tMin = 1e9, tMax = -1e9, co2Night = 0, co2Noon = 0, lastEnergy = -1;
    int motionDay = 0, motionNight = 0;
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(a[i].second).object();
        ASSERT_TRUE(o.contains(QStringLiteral("ts"))) << a[i].second.toStdString();
        const double hour = double((o.value(QStringLiteral("ts")).toInteger() - 1715040000000LL) / 60000) / 60.0;
        const QString &topic = a[i].first;
        if (topic == QStringLiteral("twins/t1/telemetry")) {
            const double t = o.value(QStringLiteral("value")).toDouble();
            tMin = std::min(tMin, t);
            tMax = std::max(tMax, t);
        } else if (topic == QStringLiteral("twins/c1/telemetry")) {
            const double v = o.value(QStringLiteral("value")).toDouble();
            if (hour > 2.0 && hour < 3.0)
                co2Night = std::max(co2Night, v);
            if (hour > 10.0 && hour < 11.0)
                co2Noon = std::max(co2Noon, v);
        } else if (topic == QStringLiteral("twins/m1/telemetry")) {
            ASSERT_TRUE(o.value(QStringLiteral("value")).isBool());
            const bool on = o.value(QStringLiteral("value")).toBool();
            if (hour > 9.0 && hour < 17.0)
                motionDay += on ? 1 : 0;
            else if (hour < 6.0 || hour > 20.0)
                motionNight += on ? 1 : 0;
        } else {
            const double e = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("kwh")).toDouble();
            EXPECT_GE(e, lastEnergy);
            lastEnergy = e;
        }
    }
    EXPECT_GT(tMin, 15.0);
    EXPECT_LT(tMax, 28.0);
    EXPECT_GT(tMax - tMin, 1.5); // a daily curve, not a constant
    EXPECT_LT(co2Night, 520.0);
    EXPECT_GT(co2Noon, 700.0);
    EXPECT_GT(motionDay, 5 * motionNight + 20);
    EXPECT_GT(lastEnergy, 1.0);
}
