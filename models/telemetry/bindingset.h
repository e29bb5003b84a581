// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace twin {

class PointRegistry;
class Project;
struct PointInfo;

/// A topic filter to subscribe to, with its QoS.
struct Subscription
{
    QString filter;
    int qos = 1;
    bool operator==(const Subscription &) const = default;
};

/// An explicit binding: a topic filter and a JSON pointer feeding one point.
struct BindingRule
{
    int point = -1;
    std::string filter;
    std::string pointer;  ///< RFC 6901; empty: the payload's default forms
    double scale = 1.0;
    double offset = 0.0;
    int qos = 1;
    std::string subscription; ///< what to subscribe to when not filter (a pattern's filter)
    QString connection; ///< the connection profile's id; empty: the project's default one
};

/**
 * The bindings of a project, resolved to point ids once: every sensor twin's default
 * binding (topic `twins/{twinId}/telemetry`, primary point named after its data type)
 * and the explicit bindings of Project::bindings().
 *
 * Schema of a Project::bindings() entry (all but twin and topic optional):
 * \code
 * { "twin": "room-101-temp",        // the twin the point belongs to (must exist)
 *   "name": "Temperature",          // telemetry/property name; default: the twin's data type
 *   "dataType": "Temperature",      // semantic type; default: the twin's dataType, else name
 *   "unit": "degC",
 *   "topic": "site/b1/+/temp",      // MQTT topic filter, + and # allowed
 *   "path": "$.data.t",             // JSONPath ($.a.b[0]) or JSON pointer (/a/b/0);
 *                                   // default: bare scalar, value, SensorValue, or the name
 *   "scale": 1.0, "offset": 0.0,    // value = raw * scale + offset
 *   "qos": 1,                       // subscription QoS
 *   "connection": "site-a" }        // the connection profile (Project::connections())
 *                                   // whose broker carries the topic; default: the first
 * \endcode
 *
 * A pattern binding has "model" instead of "twin" and the level `{twin}` in its topic
 * ("site/+/{twin}/climate"): it binds every twin of that model (BindingCheck), one rule
 * per twin, with one subscription for all.
 *
 * Connections: a source delivering for one connection profile (resolve() and
 * subscriptions() with its id) sees the bindings naming that profile, and, when it is the
 * default profile (the project's first), the bindings naming none and the sensors' default
 * topics. A source for no profile (an ad-hoc broker URL, the simulator: an empty id) sees
 * every binding.
 *
 * Immutable once built; resolve() is safe from any thread.
 */
class BindingSet
{
public:
    /// What a topic maps to.
    struct Resolution
    {
        QString defaultTwin;       ///< non-empty when the topic is a default sensor topic
        int defaultPoint = -1;     ///< that sensor's primary point
        QString defaultDataType;
        std::vector<int> rules;    ///< indices into rules()
        bool isBound() const { return defaultPoint >= 0 || !rules.empty(); }
    };

    static constexpr std::string_view DefaultTopicPrefix = "twins/";
    static constexpr std::string_view DefaultTopicSuffix = "/telemetry";

    /// Builds the bindings of \a project, creating their points in \a points. Problems
    /// with explicit bindings go to \a diagnostics (as "file#/bindings/N: ..."); those
    /// entries are skipped, the others still bind.
    void build(const Project &project, PointRegistry *points, Diagnostics *diagnostics);

    /// What \a topic means on connection \a connection (see above; empty: any).
    Resolution resolve(std::string_view topic, const QString &connection = {}) const;
    const std::vector<BindingRule> &rules() const { return m_rules; }
    /// Sensor twin id → primary point id.
    const QHash<QString, int> &sensorPoints() const { return m_sensorPoints; }
    /// Default filter plus every explicit filter of \a connection (empty: all),
    /// deduplicated, highest QoS per filter.
    QList<Subscription> subscriptions(int defaultQos = 1, const QString &connection = {}) const;
    /// The id of the project's default connection profile (its first), empty when none.
    const QString &defaultConnection() const { return m_defaultConnection; }
    /// Whether a source of \a connection sees bindings that name \a ruleConnection.
    bool sees(const QString &connection, const QString &ruleConnection) const
    {
        return connection.isEmpty() || ruleConnection == connection
            || (ruleConnection.isEmpty() && connection == m_defaultConnection);
    }

    /// Parses one bindings entry; false with \a error when it is not valid.
    static bool parseEntry(const QJsonObject &entry, const Project &project, BindingRule *rule,
                           PointInfo *info, QString *error);

private:
    /// Adds the rule of one twin's \a entry; false with \a error when it is not valid.
    bool addRule(const QJsonObject &entry, const Project &project, PointRegistry *points,
                 const std::string &subscription, QString *error);

    QHash<QString, int> m_sensorPoints;
    QHash<QString, QString> m_sensorTypes;
    std::vector<BindingRule> m_rules;
    QString m_defaultConnection;
};

} // namespace twin
