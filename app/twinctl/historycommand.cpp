// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

#include "liveoptions.h"

#include "document/project.h"
#include "telemetry/historyqueries.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include <limits>

namespace twinctl {

namespace {

/// An ISO 8601 date-time (UTC unless it says otherwise) or epoch milliseconds.
bool parseTime(const QString &text, qint64 *ms)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber) {
        *ms = number;
        return true;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *ms = t.toMSecsSinceEpoch();
    return true;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

int runHistory(const QStringList &args)
{
    const QString command = QStringLiteral("history");
    if (!args.isEmpty() && args.first() == QLatin1String("alerts"))
        return runHistoryAlerts(args.mid(1));
    if (args.isEmpty() || (args.first() != QLatin1String("query") && !args.first().startsWith(u'-')))
        return usageError(command, QStringLiteral("expected 'history query' or 'history alerts'"));
    QCommandLineParser parser;
    const QCommandLineOption project = historyProjectOption();
    const QCommandLineOption history = historyReadOption();
    const QCommandLineOption twin(QStringLiteral("twin"), QStringLiteral("The twin whose values are read."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("One series of the twin (a telemetry name, or a value a function "
                                                 "set); default: every series of the twin."),
                                  QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Start of the range, included (ISO 8601 or epoch ms)."),
                                  QStringLiteral("ISO"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("End of the range, excluded (ISO 8601 or epoch ms)."),
                                QStringLiteral("ISO"));
    const QCommandLineOption buckets(QStringLiteral("buckets"),
                                     QStringLiteral("Cut the range into K equal buckets and print min, max, mean and count "
                                                    "of each (empty buckets are left out)."),
                                     QStringLiteral("K"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N values per series, the newest (default 100000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."));
    parser.addOptions({project, history, twin, name, from, to, buckets, limit, json});
    int exitCode = ExitOk;
    const QStringList rest = args.first() == QLatin1String("query") ? args.mid(1) : args;
    if (!parseArguments(parser, QStringLiteral("history query"),
                        QStringLiteral(
                            "Prints the recorded values of a twin: every value in the range, oldest first, or\n"
                            "with --buckets K the range cut into K buckets with min, max, mean and count (the\n"
                            "queries the charts use). Text values are printed as they are and left out of\n"
                            "buckets. --json: {\"twin\", \"series\": [{\"name\", \"dataType\", \"unit\",\n"
                            "\"values\": [{\"time\", \"value\"}]} or \"buckets\": [{\"start\", \"min\", \"max\",\n"
                            "\"mean\", \"count\"}]]}."),
                        rest, &exitCode))
        return exitCode;
    if ((!parser.isSet(project) && !parser.isSet(history)) || !parser.isSet(twin))
        return usageError(command, QStringLiteral("--twin and --project or --history are required"));
    qint64 fromMs = std::numeric_limits<qint64>::min() / 2;
    qint64 toMs = std::numeric_limits<qint64>::max() / 2;
    if (parser.isSet(from) && !parseTime(parser.value(from), &fromMs))
        return usageError(command, QStringLiteral("--from is neither ISO 8601 nor epoch milliseconds"));
    if (parser.isSet(to) && !parseTime(parser.value(to), &toMs))
        return usageError(command, QStringLiteral("--to is neither ISO 8601 nor epoch milliseconds"));
    if (toMs <= fromMs)
        return usageError(command, QStringLiteral("--to must lie after --from"));
    bool ok = true;
    const int bucketCount = parser.isSet(buckets) ? parser.value(buckets).toInt(&ok) : 0;
    if (!ok || bucketCount < 0 || bucketCount > 1000000)
        return usageError(command, QStringLiteral("--buckets must be a count from 1 to 1000000"));
    int maxValues = 0;
    if (!positiveOption(parser, limit, 100000, &maxValues))
        return usageError(command, QStringLiteral("--limit must be a positive count"));

    QString location;
    if (const int code = historyToRead(parser, project, history, &location); code != ExitOk)
        return code;
    const QString path = twin::HistoryQueries::shown(location);
    const QString twinId = parser.value(twin);
    const std::shared_ptr<const twin::HistoryQueries> reader = twin::HistoryQueries::open(location);
    QString error;
    QList<twin::HistoryQueries::Series> series;
    if (!reader->series(twinId, &series, &error)) {
        printErr(error);
        return ExitInvalidInput;
    }
    if (parser.isSet(name)) {
        const QString wanted = parser.value(name);
        QList<twin::HistoryQueries::Series> one;
        for (const auto &s : series) {
            if (s.name == wanted)
                one.append(s);
        }
        if (one.isEmpty()) {
            printErr(QStringLiteral("%1: error: no series '%2' of twin '%3' in the history").arg(path, wanted, twinId));
            return ExitInvalidInput;
        }
        series = one;
    } else if (series.isEmpty()) {
        printErr(QStringLiteral("%1: error: the history holds nothing of twin '%2'").arg(path, twinId));
        return ExitInvalidInput;
    }

    QJsonArray seriesArray;
    QString text;
    for (const auto &s : series) {
        QJsonObject entry{{QStringLiteral("name"), s.name},
                          {QStringLiteral("dataType"), s.dataType},
                          {QStringLiteral("unit"), s.unit}};
        QList<twin::HistoryValue> values;
        QString dataType;
        bool truncated = false;
        if (bucketCount == 0
            && !reader->latest(twinId, s.name, fromMs, toMs, maxValues, &values, &dataType, &truncated, &error)) {
            printErr(error);
            return ExitInvalidInput;
        }
        if (truncated)
            printErr(QStringLiteral("twinctl history: series '%1' has more than %2 values in the range; the newest "
                                    "%2 are printed (--limit)")
                         .arg(s.name)
                         .arg(maxValues));
        if (bucketCount > 0) {
            qint64 start = fromMs, end = toMs;
            // Without a range the buckets span the numbers there are: the oldest and the
            // newest, one value read each.
            QList<twin::HistorySample> oldest;
            if (!parser.isSet(from) && !reader->range(twinId, s.name, fromMs, toMs, &oldest, 1, &error)) {
                printErr(error);
                return ExitInvalidInput;
            }
            if (!parser.isSet(to) && !reader->latest(twinId, s.name, fromMs, toMs, 1, &values, &dataType, &truncated, &error)) {
                printErr(error);
                return ExitInvalidInput;
            }
            if (!parser.isSet(from))
                start = oldest.isEmpty() ? 0 : oldest.first().timestampMs;
            if (!parser.isSet(to))
                end = values.isEmpty() ? 1 : values.last().timestampMs + 1;
            QList<twin::HistoryBucket> result;
            if (end > start && !reader->downsample(twinId, s.name, start, end, bucketCount, &result, &error)) {
                printErr(error);
                return ExitInvalidInput;
            }
            QJsonArray bucketArray;
            for (const twin::HistoryBucket &b : result) {
                bucketArray.append(QJsonObject{{QStringLiteral("start"), isoTime(b.startMs)},
                                               {QStringLiteral("min"), b.min},
                                               {QStringLiteral("max"), b.max},
                                               {QStringLiteral("mean"), b.average},
                                               {QStringLiteral("count"), b.count}});
                text += QStringLiteral("%1\t%2\tmin %3\tmax %4\tmean %5\tcount %6\n")
                            .arg(isoTime(b.startMs), s.name, number(b.min), number(b.max), number(b.average))
                            .arg(b.count);
            }
            entry.insert(QStringLiteral("buckets"), bucketArray);
        } else {
            QJsonArray valueArray;
            for (const twin::HistoryValue &v : values) {
                const QJsonValue value = v.isText ? QJsonValue(v.text) : QJsonValue(v.number);
                valueArray.append(QJsonObject{{QStringLiteral("time"), isoTime(v.timestampMs)}, {QStringLiteral("value"), value}});
                text += QStringLiteral("%1\t%2\t%3%4\n")
                            .arg(isoTime(v.timestampMs), s.name, v.isText ? v.text : number(v.number),
                                 v.isText || s.unit.isEmpty() ? QString() : u' ' + s.unit);
            }
            entry.insert(QStringLiteral("values"), valueArray);
        }
        seriesArray.append(entry);
    }
    if (parser.isSet(json)) {
        printJsonLine(QJsonObject{{QStringLiteral("twin"), twinId}, {QStringLiteral("series"), seriesArray}});
    } else if (!text.isEmpty()) {
        text.chop(1);
        printOut(text);
    }
    return ExitOk;
}

} // namespace twinctl
