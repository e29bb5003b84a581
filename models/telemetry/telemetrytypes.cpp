// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrytypes.h"

#include <chrono>

namespace twin {

ValueKind valueKindForDataType(QStringView dataType)
{
    static const QStringView boolTypes[] = {u"Motion", u"Occupancy", u"Presence", u"Door",
                                            u"Window", u"Switch", u"OnOff", u"Alarm", u"Leak"};
    static const QStringView textTypes[] = {u"Text", u"String", u"Status", u"State"};
    for (QStringView t : boolTypes) {
        if (dataType.compare(t, Qt::CaseInsensitive) == 0)
            return ValueKind::Bool;
    }
    for (QStringView t : textTypes) {
        if (dataType.compare(t, Qt::CaseInsensitive) == 0)
            return ValueKind::String;
    }
    if (dataType.isEmpty())
        return ValueKind::Any;
    return ValueKind::Number;
}

qint64 currentMsecsSinceEpoch()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

qint64 monotonicNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

namespace {

bool digits(const char *p, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *value = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

bool parseIsoTimestamp(const char *p, std::size_t size, qint64 *msecs)
{
    int y, mo, d, h, mi, s;
    if (size < 19 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != ' ' && p[10] != 't')
        || p[13] != ':' || p[16] != ':')
        return false;
    if (!digits(p, 4, &y) || !digits(p + 5, 2, &mo) || !digits(p + 8, 2, &d) || !digits(p + 11, 2, &h)
        || !digits(p + 14, 2, &mi) || !digits(p + 17, 2, &s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return false;
    std::size_t i = 19;
    int ms = 0;
    if (i < size && (p[i] == '.' || p[i] == ',')) {
        ++i;
        int scale = 100;
        const std::size_t start = i;
        while (i < size && p[i] >= '0' && p[i] <= '9') {
            ms += (p[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start)
            return false;
    }
    qint64 offsetMin = 0;
    if (i < size) {
        if (p[i] == 'Z' || p[i] == 'z') {
            ++i;
        } else if (p[i] == '+' || p[i] == '-') {
            const int sign = p[i] == '-' ? -1 : 1;
            int oh, om = 0;
            if (i + 3 > size || !digits(p + i + 1, 2, &oh))
                return false;
            i += 3;
            if (i < size && p[i] == ':')
                ++i;
            if (i + 2 <= size) {
                if (!digits(p + i, 2, &om))
                    return false;
                i += 2;
            }
            offsetMin = sign * (oh * 60 + om);
        } else {
            return false;
        }
    }
    if (i != size)
        return false;
    const qint64 days = daysFromCivil(y, mo, d);
    *msecs = ((days * 86400 + h * 3600 + mi * 60 + s) - offsetMin * 60) * 1000 + ms;
    return true;
}

} // namespace twin
