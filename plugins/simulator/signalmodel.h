// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace twin {

/**
 * The value model of one simulated point, chosen by its data type. Deterministic: the
 * value depends only on the seed, the point's identity, the simulated time and the
 * number of samples drawn so far.
 *
 * - Temperature: a daily curve per room (base 20.5-22.5 °C, ±1.5 °C, warmest mid
 *   afternoon) with a little noise
 * - Humidity: 35-55 %RH, against the temperature's phase
 * - CarbonDioxide: 420 ppm outdoors level rising with occupancy (office hours, weekdays)
 * - Motion/Occupancy/Presence: true with a probability that follows occupancy
 * - Power: a load profile (base load plus office-hours load, lunch dip) in W
 * - Energy: the integral of that power in kWh, never decreasing
 * - Illuminance: daylight plus lighting in office hours (lux)
 * - anything else: a bounded random walk
 */
class SignalModel
{
public:
    SignalModel() = default;
    SignalModel(const QString &dataType, const QString &identity, quint64 seed);

    bool isBoolean() const { return m_kind == Kind::Motion; }
    /// The next value at simulated time \a timeMs (epoch ms).
    double next(qint64 timeMs);

    /// Fraction of people present (0..1) at \a timeMs, shared by the occupancy-driven types.
    static double occupancy(qint64 timeMs);

private:
    enum class Kind { Temperature, Humidity, CarbonDioxide, Motion, Power, Energy, Illuminance, Walk };
    double noise();

    Kind m_kind = Kind::Walk;
    quint64 m_state = 0;
    double m_base = 0.0;
    double m_scale = 1.0;
    double m_walk = 0.0;
    double m_energyKWh = 0.0;
    qint64 m_lastMs = -1;
};

} // namespace twin
