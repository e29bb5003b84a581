// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalmodel.h"

#include <cmath>
#include <numbers>

namespace twin {

namespace {

quint64 splitmix(quint64 *state)
{
    quint64 z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 fnv1a(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

double hourOfDay(qint64 timeMs)
{
    const qint64 dayMs = 24LL * 3600 * 1000;
    return double(((timeMs % dayMs) + dayMs) % dayMs) / 3600000.0;
}

} // namespace

SignalModel::SignalModel(const QString &dataType, const QString &identity, quint64 seed)
    : m_state(seed ^ fnv1a(identity))
{
    const QString t = dataType.toLower();
    if (t.contains(QStringLiteral("temp")))
        m_kind = Kind::Temperature;
    else if (t.contains(QStringLiteral("humid")))
        m_kind = Kind::Humidity;
    else if (t.contains(QStringLiteral("co2")) || t.contains(QStringLiteral("carbondioxide")))
        m_kind = Kind::CarbonDioxide;
    else if (t == QStringLiteral("motion") || t == QStringLiteral("occupancy") || t == QStringLiteral("presence"))
        m_kind = Kind::Motion;
    else if (t.contains(QStringLiteral("power")))
        m_kind = Kind::Power;
    else if (t.contains(QStringLiteral("energy")))
        m_kind = Kind::Energy;
    else if (t.contains(QStringLiteral("illuminance")) || t.contains(QStringLiteral("light")))
        m_kind = Kind::Illuminance;
    // Per-point character: each room is a little different.
    const double u = double(splitmix(&m_state) >> 11) / double(1ULL << 53);
    m_base = u;
    m_scale = 0.7 + 0.6 * double(splitmix(&m_state) >> 11) / double(1ULL << 53);
    m_walk = 50.0;
}

double SignalModel::noise()
{
    // Sum of uniforms: cheap, bell-shaped, in [-1, 1].
    const double a = double(splitmix(&m_state) >> 11) / double(1ULL << 53);
    const double b = double(splitmix(&m_state) >> 11) / double(1ULL << 53);
    return a + b - 1.0;
}

double SignalModel::occupancy(qint64 timeMs)
{
    const qint64 days = timeMs / (24LL * 3600 * 1000);
    const int weekday = int((days + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
    if (weekday >= 5)
        return 0.03;
    const double h = hourOfDay(timeMs);
    if (h < 7.5 || h > 18.5)
        return 0.02;
    const double ramp = std::min(1.0, std::min(h - 7.5, 18.5 - h));
    const double lunch = (h > 12.0 && h < 13.0) ? 0.5 : 1.0;
    return 0.85 * ramp * lunch;
}

double SignalModel::next(qint64 timeMs)
{
    const double h = hourOfDay(timeMs);
    const double occ = occupancy(timeMs);
    double v = 0.0;
    switch (m_kind) {
    case Kind::Temperature: {
        const double daily = std::sin(2.0 * std::numbers::pi * (h - 9.0) / 24.0);
        v = 20.5 + 2.0 * m_base + 1.5 * m_scale * daily + 0.5 * occ + 0.08 * noise();
        v = std::round(v * 100.0) / 100.0;
        break;
    }
    case Kind::Humidity: {
        const double daily = std::sin(2.0 * std::numbers::pi * (h - 9.0) / 24.0);
        v = 45.0 + 8.0 * (m_base - 0.5) - 6.0 * m_scale * daily + 3.0 * occ + 0.5 * noise();
        v = std::round(std::clamp(v, 20.0, 80.0) * 10.0) / 10.0;
        break;
    }
    case Kind::CarbonDioxide:
        v = std::round(420.0 + 700.0 * m_scale * occ + 25.0 * noise());
        break;
    case Kind::Motion: {
        const double u = double(splitmix(&m_state) >> 11) / double(1ULL << 53);
        v = u < occ * 0.8 ? 1.0 : 0.0;
        break;
    }
    case Kind::Power:
        v = std::round(150.0 + 300.0 * m_base + 1800.0 * m_scale * occ + 40.0 * noise());
        break;
    case Kind::Energy: {
        const double power = 150.0 + 300.0 * m_base + 1800.0 * m_scale * occ;
        if (m_lastMs >= 0 && timeMs > m_lastMs)
            m_energyKWh += power * double(timeMs - m_lastMs) / 3600000.0 / 1000.0;
        m_lastMs = timeMs;
        v = std::round(m_energyKWh * 1000.0) / 1000.0;
        break;
    }
    case Kind::Illuminance: {
        const double daylight = std::max(0.0, std::sin(std::numbers::pi * (h - 6.0) / 14.0));
        v = std::round(300.0 * daylight * m_scale + 400.0 * (occ > 0.1 ? 1.0 : 0.0) + 10.0 * noise());
        v = std::max(0.0, v);
        break;
    }
    case Kind::Walk:
        m_walk = std::clamp(m_walk + 2.0 * noise(), 0.0, 100.0);
        v = std::round(m_walk * 100.0) / 100.0;
        break;
    }
    return v;
}

} // namespace twin
