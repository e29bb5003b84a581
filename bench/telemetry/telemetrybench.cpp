// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the telemetry path. Run: build/bin/twin_telemetry_bench
#include "document/project.h"
#include "telemetry/historystore.h"
#include "telemetry/payloaddecoder.h"
#include "telemetry/pointregistry.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysink.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace twin;

namespace {

const PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

void registerPoints(PointRegistry &points, int n)
{
    for (int i = 0; i < n; ++i) {
        points.findOrCreate({QStringLiteral("sensor-%1").arg(i), QStringLiteral("Temperature"),
                             QStringLiteral("Temperature"), QStringLiteral("degC"), PointKind::Sensor,
                             ValueKind::Number});
    }
}

/// Samples per second the history writer stores, in batches of range(0) over 100 points.
void BM_HistoryAppend(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.history")), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    PointRegistry points;
    registerPoints(points, 100);
    const auto batch = std::size_t(state.range(0));
    std::vector<HistorySample> rows(batch);
    qint64 ts = 1700000000000LL;
    for (auto _ : state) {
        for (std::size_t i = 0; i < batch; ++i)
            rows[i] = {int(i % 100), ts + qint64(i / 100), 20.0 + double(i % 37) * 0.1};
        ts += qint64(batch / 100) + 1;
        if (!store.append(rows.data(), rows.size(), &infoOf, &points, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(batch));
}
BENCHMARK(BM_HistoryAppend)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One day of a 1 Hz series (86,400 samples, among 10 such points) into 2,000 buckets.
void BM_HistoryDownsampleDay(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.history")), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    PointRegistry points;
    registerPoints(points, 10);
    const qint64 day0 = 1700000000000LL;
    std::vector<HistorySample> rows;
    rows.reserve(86400 * 10);
    for (int s = 0; s < 86400; ++s) {
        for (int p = 0; p < 10; ++p)
            rows.push_back({p, day0 + s * 1000LL, 20.0 + (s % 600) * 0.01 + p});
    }
    if (!store.append(rows.data(), rows.size(), &infoOf, &points, &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    QList<HistoryBucket> buckets;
    for (auto _ : state) {
        store.downsample(QStringLiteral("sensor-3"), QStringLiteral("Temperature"), day0, day0 + 86400000LL, 2000,
                         &buckets, &error);
        benchmark::DoNotOptimize(buckets.size());
    }
    if (buckets.size() != 2000)
        state.SkipWithError("unexpected bucket count");
}
BENCHMARK(BM_HistoryDownsampleDay)->Unit(benchmark::kMillisecond)->UseRealTime();

const std::string kPayloads[] = {
    R"({"value":21.53,"ts":1732590000123})",
    R"({"SensorValue":412})",
    R"({"Temperature":21.5,"Humidity":44.1,"ts":"2024-05-01T12:00:00.250Z"})",
    R"(21.5)",
};

void BM_DecodeSimdjson(benchmark::State &state)
{
    PayloadDecoder decoder;
    std::vector<DecodedField> fields;
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string &p = kPayloads[i++ % 4];
        decoder.parse(p);
        decoder.readDefault(&fields);
        bool invalid = false;
        benchmark::DoNotOptimize(decoder.timestamp(&invalid));
        benchmark::DoNotOptimize(fields.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeSimdjson);

/// The alternative considered: Qt's own JSON parser, with the same extraction.
void BM_DecodeQJsonDocument(benchmark::State &state)
{
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string &p = kPayloads[i++ % 4];
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(p.data(), qsizetype(p.size())));
        double sum = 0;
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                sum += it.value().toDouble();
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeQJsonDocument);

/// The ingest hot path on the source's thread: decode, bind (cached), stage. The pipeline
/// thread applies the batches concurrently (history off).
void BM_PipelineDeliver(benchmark::State &state)
{
    Project project;
    ProjectContent content;
    for (int i = 0; i < 100; ++i) {
        content.twins.append({QStringLiteral("s%1").arg(i), QStringLiteral("dtmi:twinstudio:core:Sensor;1"),
                              QJsonObject{{QStringLiteral("dataType"), QStringLiteral("Temperature")}}, {}});
    }
    Diagnostics d;
    project.setContent(content, &d);
    TelemetryPipeline pipeline;
    pipeline.setProject(project);
    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    pipeline.start(options, &error);
    TelemetrySink *sink = pipeline.createSink();
    std::vector<std::string> topics;
    for (int i = 0; i < 100; ++i)
        topics.push_back("twins/s" + std::to_string(i) + "/telemetry");
    const std::string payload = R"({"value":21.53,"ts":1732590000123})";
    std::size_t i = 0;
    for (auto _ : state)
        sink->deliver(topics[i++ % 100], payload);
    pipeline.waitIdle(10000);
    pipeline.stop();
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PipelineDeliver);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
