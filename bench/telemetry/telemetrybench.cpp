// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the telemetry path. Run: build/bin/twin_telemetry_bench
#include "document/project.h"
#include "telemetry/historyreader.h"
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
#include <sqlite3.h>

#include <algorithm>
#include <limits>
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

/// The next batch of the writer benchmarks: 100 points, each sampled every millisecond.
void nextBatch(std::vector<HistorySample> *rows, qint64 *ts)
{
    for (std::size_t i = 0; i < rows->size(); ++i)
        (*rows)[i] = {int(i % 100), *ts + qint64(i / 100), 20.0 + double(i % 37) * 0.1};
    *ts += qint64(rows->size() / 100) + 1;
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
        nextBatch(&rows, &ts);
        if (!store.append(rows.data(), rows.size(), &infoOf, &points, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(batch));
}
BENCHMARK(BM_HistoryAppend)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The baseline for BM_HistoryAppend, run beside it: the same rows stored the plain way,
/// one SQLite row per sample (rowid table, prepared statement through the C API, one
/// transaction per batch, the history file's pragmas). Compare the items/s of the two.
void BM_SqliteRowPerSampleBaseline(benchmark::State &state)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    const QByteArray path = dir.filePath(QStringLiteral("baseline.db")).toUtf8();
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK
        || sqlite3_exec(db,
                        "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                        " PRAGMA cache_size=-65536;"
                        " CREATE TABLE samples(point INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL)",
                        nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO samples(point, ts, value) VALUES(?, ?, ?)", -1, &insert, nullptr)
            != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    const auto batch = std::size_t(state.range(0));
    std::vector<HistorySample> rows(batch);
    qint64 ts = 1700000000000LL;
    for (auto _ : state) {
        nextBatch(&rows, &ts);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const HistorySample &r : rows) {
            sqlite3_bind_int64(insert, 1, r.point + 1);
            sqlite3_bind_int64(insert, 2, r.timestampMs);
            sqlite3_bind_double(insert, 3, r.value);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            state.SkipWithError(sqlite3_errmsg(db));
            break;
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    state.SetItemsProcessed(state.iterations() * qint64(batch));
}
BENCHMARK(BM_SqliteRowPerSampleBaseline)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One day of a 1 Hz series (86,400 samples, among 10 such points) into 2,000 buckets; the
/// last batches are still in the journal, as they would be while the pipeline runs.
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
    // Arriving in 1,000-sample batches, as the pipeline writes them.
    for (int s = 0; s < 86400; ++s) {
        for (int p = 0; p < 10; ++p)
            rows.push_back({p, day0 + s * 1000LL, 20.0 + (s % 600) * 0.01 + p});
    }
    for (std::size_t at = 0; at < rows.size(); at += 1000) {
        if (!store.append(rows.data() + at, std::min<std::size_t>(1000, rows.size() - at), &infoOf, &points, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
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

/// 30 days (the default retention) of a 1 Hz series, written in batches of 10,000 and
/// flushed: what a function's History() reads from.
bool writeMonth(HistoryStore *store, PointRegistry *points, QString *error)
{
    registerPoints(*points, 1);
    constexpr qint64 total = 30LL * 86400, batch = 10000;
    std::vector<HistorySample> rows;
    for (qint64 at = 0; at < total; at += batch) {
        rows.clear();
        for (qint64 s = at; s < std::min(total, at + batch); ++s)
            rows.push_back({0, 1700000000000LL + s * 1000, 20.0 + double(s % 600) * 0.01});
        if (!store->append(rows.data(), rows.size(), &infoOf, points, error))
            return false;
    }
    return store->flush(error);
}

/// The newest range(0) values of a month of 1 Hz samples through HistoryReader::latest()
/// (what the function history API does). Compare with BM_HistoryNewestByRangeBaseline.
void BM_HistoryReaderNewest(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    PointRegistry points;
    QString error;
    const QString path = dir.filePath(QStringLiteral("bench.history"));
    if (!store.open(path, &error) || !writeMonth(&store, &points, &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    HistoryReader reader(path);
    QList<HistoryValue> values;
    QString dataType;
    bool truncated = false;
    for (auto _ : state) {
        reader.latest(QStringLiteral("sensor-0"), QStringLiteral("Temperature"), std::numeric_limits<qint64>::min(),
                      std::numeric_limits<qint64>::max(), int(state.range(0)), &values, &dataType, &truncated, &error);
        benchmark::DoNotOptimize(values.size());
    }
    if (values.size() != state.range(0))
        state.SkipWithError("unexpected value count");
}
BENCHMARK(BM_HistoryReaderNewest)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The baseline for BM_HistoryReaderNewest, same data: the whole range read with
/// HistoryStore::range(), the newest range(0) kept (what reading history without a
/// bound on the work costs).
void BM_HistoryNewestByRangeBaseline(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    PointRegistry points;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.history")), &error) || !writeMonth(&store, &points, &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    QList<HistorySample> samples;
    for (auto _ : state) {
        store.range(QStringLiteral("sensor-0"), QStringLiteral("Temperature"), std::numeric_limits<qint64>::min(),
                    std::numeric_limits<qint64>::max(), &samples, 0, &error);
        samples.remove(0, samples.size() - state.range(0));
        benchmark::DoNotOptimize(samples.size());
    }
    if (samples.size() != state.range(0))
        state.SkipWithError("unexpected value count");
}
BENCHMARK(BM_HistoryNewestByRangeBaseline)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

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
