// SPDX-License-Identifier: GPL-3.0-or-later
// The shared history on PostgreSQL against the SQLite history file, same run, same feed:
// batches as the pipeline's history thread writes them, one writer and two; a one-day
// query into 2,000 buckets. Starts a private PostgreSQL (initdb, pg_ctl).
//
//   build/bin/twin_history_bench [rounds] [batch]
//
// The history thread takes everything queued while it wrote the last batch, so a writer
// that falls behind gets larger batches: [batch] (default 5,000) shows what that does.
#include "support/postgresserver.h"
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "telemetry/postgresconnection.h"
#include "telemetry/postgreshistoryreader.h"
#include "telemetry/postgreshistorystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

#include <time.h>
#include <unistd.h>

using namespace twin;

namespace {

constexpr int Points = 2000;
constexpr int SamplesPerPoint = 300;
std::size_t Batch = 5000;

const PointInfo &infoOf(const void *context, int point)
{
    return static_cast<const PointRegistry *>(context)->info(point);
}

/// Every point's samples one second apart, interleaved as they arrive live.
std::vector<HistorySample> feed(const PointRegistry &points, qint64 start)
{
    std::vector<HistorySample> rows;
    rows.reserve(std::size_t(points.count()) * SamplesPerPoint);
    for (int s = 0; s < SamplesPerPoint; ++s)
        for (int p = 0; p < points.count(); ++p)
            rows.push_back(
                { p, start + qint64(s) * 1000 + p % 1000, 20.0 + (p * 7 + s) % 100 / 10.0 });
    return rows;
}

/// CPU seconds of the calling thread.
double threadCpu()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// CPU seconds of the server processes serving \a url's database other than this query's
/// (the writers' backends), from /proc: the server runs on this machine.
double backendCpu(const QString &url)
{
    PostgresConnection db;
    PostgresConnection::Result rows;
    QString error;
    if (!db.open(url, &error)
        || !db.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                     " AND pid <> pg_backend_pid()",
            {}, &rows, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    double seconds = 0;
    for (int i = 0; i < rows.rows(); ++i) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(rows.toInt(i, 0)));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // Fields 14 and 15 (utime, stime) after the command name in parentheses.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            seconds += double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

double write(HistoryWriter &writer, const PointRegistry &points,
    const std::vector<HistorySample> &rows, std::size_t from, std::size_t to)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    for (std::size_t at = from; at < to; at += Batch) {
        if (!writer.append(rows.data() + at, std::min(Batch, to - at), &infoOf, &points, &error)) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(error));
            std::exit(1);
        }
    }
    if (!writer.flush(&error)) {
        std::fprintf(stderr, "flush failed: %s\n", qPrintable(error));
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

template<typename Reader> double medianQueryMs(const Reader &reader, qint64 from)
{
    std::vector<double> times;
    for (int i = 0; i < 15; ++i) {
        QList<HistoryBucket> buckets;
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!reader.downsample(QStringLiteral("day"), QStringLiteral("Temperature"), from,
                from + 86400000, 2000, &buckets, &error)
            || buckets.size() != 2000) {
            std::fprintf(stderr, "query failed: %s (%lld buckets)\n", qPrintable(error),
                qlonglong(buckets.size()));
            std::exit(1);
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    if (argc > 2)
        Batch = std::size_t(std::max(1, std::atoi(argv[2])));
    if (twintest::PostgresServer::binDir().isEmpty()) {
        std::printf("skipped: PostgreSQL's server binaries (initdb, pg_ctl) are not installed\n");
        return 0;
    }
    twintest::PostgresServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PointRegistry points;
    for (int p = 0; p < Points; ++p)
        points.findOrCreate({ QStringLiteral("sensor-%1").arg(p), QStringLiteral("Temperature"),
            QStringLiteral("Temperature"), QStringLiteral("degreeCelsius") });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::vector<HistorySample> rows = feed(points, now - 3600000);
    std::printf("feed: %d points x %d samples = %zu samples in batches of %zu\n", Points,
        SamplesPerPoint, rows.size(), Batch);

    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        const QString db = QStringLiteral("round%1").arg(round);
        const QString dbTwo = QStringLiteral("round%1two").arg(round);
        if (!server.createDatabase(db, &error) || !server.createDatabase(dbTwo, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // Alternate which goes first: the machine is shared and its load drifts.
        double sqliteSeconds = 0, postgresSeconds = 0, sqliteCpu = 0, clientCpu = 0, serverCpu = 0;
        auto runSqlite = [&] {
            HistoryStore file;
            file.open(dir.filePath(QStringLiteral("h.history")), &error);
            const double cpu = threadCpu();
            sqliteSeconds = write(file, points, rows, 0, rows.size());
            sqliteCpu = threadCpu() - cpu;
        };
        auto runPostgres = [&] {
            PostgresHistoryStore shared;
            if (!shared.open(server.url(db), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                std::exit(1);
            }
            const double server0 = backendCpu(server.url(db));
            const double cpu = threadCpu();
            postgresSeconds = write(shared, points, rows, 0, rows.size());
            clientCpu = threadCpu() - cpu;
            serverCpu = backendCpu(server.url(db)) - server0;
        };
        if (round % 2 == 0) {
            runSqlite();
            runPostgres();
        } else {
            runPostgres();
            runSqlite();
        }
        // Two writers on one database, each half of the feed, as two recorders of a group.
        QElapsedTimer two;
        two.start();
        std::vector<std::thread> writers;
        for (int w = 0; w < 2; ++w) {
            writers.emplace_back([&, w] {
                PostgresHistoryStore shared;
                QString why;
                if (!shared.open(server.url(dbTwo), &why)) {
                    std::fprintf(stderr, "%s\n", qPrintable(why));
                    std::exit(1);
                }
                const std::size_t half = (rows.size() / 2 / Batch) * Batch;
                write(shared, points, rows, w == 0 ? 0 : half, w == 0 ? half : rows.size());
            });
        }
        for (std::thread &t : writers)
            t.join();
        const double twoSeconds = double(two.nsecsElapsed()) / 1e9;
        const double n = double(rows.size());
        std::printf("round %d: SQLite %.0f samples/s, PostgreSQL %.0f samples/s (%.2fx), two "
                    "PostgreSQL writers "
                    "%.0f samples/s (%.2fx one)\n",
            round + 1, n / sqliteSeconds, n / postgresSeconds, sqliteSeconds / postgresSeconds,
            n / twoSeconds, postgresSeconds / twoSeconds);
        std::printf("  CPU seconds: SQLite %.2f, PostgreSQL %.2f (writer %.2f + server %.2f): %.2fx\n",
            sqliteCpu, clientCpu + serverCpu, clientCpu, serverCpu, sqliteCpu / (clientCpu + serverCpu));
    }

    // One day at 1 Hz of one point, into 2,000 buckets (a chart's width).
    const qint64 day = (now / 86400000 - 1) * 86400000;
    PointRegistry dayPoint;
    dayPoint.findOrCreate({ QStringLiteral("day"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    std::vector<HistorySample> daySamples;
    for (int s = 0; s < 86400; ++s)
        daySamples.push_back({ 0, day + qint64(s) * 1000, 20.0 + (s % 600) / 100.0 });
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("day.history"));
    if (!server.createDatabase(QStringLiteral("day"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        HistoryStore sqlite;
        PostgresHistoryStore shared;
        sqlite.open(file, &error);
        shared.open(server.url(QStringLiteral("day")), &error);
        write(sqlite, dayPoint, daySamples, 0, daySamples.size());
        write(shared, dayPoint, daySamples, 0, daySamples.size());
    }
    const double sqliteMs = medianQueryMs(HistoryReader(file), day);
    const double postgresMs
        = medianQueryMs(PostgresHistoryReader(server.url(QStringLiteral("day"))), day);
    std::printf("one day at 1 Hz into 2000 buckets (median of 15): SQLite %.2f ms, PostgreSQL %.2f "
                "ms (%.2fx)\n",
        sqliteMs, postgresMs, postgresMs / sqliteMs);
    return 0;
}
