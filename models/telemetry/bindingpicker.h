// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bindingcheck.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace twin {

class Project;

/**
 * What the "Bind to…" dialog edits, without a widget: a field of a payload seen on a
 * topic, the twin (or, with a pattern, every twin of its model) and the telemetry or
 * property it feeds, and a scale and offset for units. It checks the sample value
 * against the target's schema, previews the bound value, and creates the binding as one
 * undo step (SetBindingsCommand).
 */
class BindingPicker
{
public:
    /// A ready-made scale and offset (°F → °C, raw → %).
    struct Conversion
    {
        QString label;
        double scale = 1.0;
        double offset = 0.0;
    };
    static QList<Conversion> conversions();

    explicit BindingPicker(const Project *project);

    void setTopic(const QString &topic) { m_topic = topic; }
    QString topic() const { return m_topic; }
    /// The connection profile the topic was seen on (empty: none); the binding names it.
    void setConnection(const QString &connection) { m_connection = connection; }
    QString connection() const { return m_connection; }
    /// The latest payload seen on the topic (the preview follows it).
    void setPayload(const QByteArray &payload) { m_payload = payload; }
    /// The field as a JSON pointer ("/data/t"; empty: the whole payload).
    void setField(const QString &pointer) { m_field = pointer; }
    QString field() const { return m_field; }
    /// The twin whose model offers the targets; the first target is chosen.
    void setTwin(const QString &twinId);
    QString twin() const { return m_twin; }
    QString model() const { return m_model; }
    const QList<BindingTarget> &targets() const { return m_targets; }
    /// Chooses a target by name; false when the model has none of that name.
    bool setTarget(const QString &name);
    QString target() const { return m_target.name; }
    void setScale(double scale) { m_scale = scale; }
    void setOffset(double offset) { m_offset = offset; }
    double scale() const { return m_scale; }
    double offset() const { return m_offset; }

    /// The topic levels; a pattern makes one of them the twin id.
    QStringList levels() const { return m_topic.split(u'/'); }
    /// -1: this topic only, for the chosen twin; else the level that becomes `{twin}`.
    void setPatternLevel(int level) { m_patternLevel = level; }
    int patternLevel() const { return m_patternLevel; }
    /// The level holding the chosen twin's id, or -1 (a good default for a pattern).
    int twinLevel() const;
    /// The binding's topic filter: the topic, or the pattern with `{twin}`.
    QString topicFilter() const;
    /// The twins a pattern binds (every twin of the model), empty without a pattern.
    QStringList patternTwins() const;
    /// Of \a seenTopics, the twins a pattern binds that were seen publishing.
    QStringList seenTwins(const QStringList &seenTopics) const;

    /// The field's value in the payload (undefined when absent).
    QJsonValue rawValue() const;
    /// The value the twin would get; false with a message when it does not fit.
    bool preview(QJsonValue *bound, QString *error) const;
    /// The bindings entry (BindingSet's schema).
    QJsonObject entry() const;
    /// Whether the binding can be made; false with the reason.
    bool validate(QString *error) const;
    /// Adds the binding to the project as one undo step; false with the reason.
    bool commit(Project *project, QString *error) const;

private:
    const Project *const m_project;
    QString m_topic;
    QString m_connection;
    QByteArray m_payload;
    QString m_field;
    QString m_twin;
    QString m_model;
    QList<BindingTarget> m_targets;
    BindingTarget m_target;
    double m_scale = 1.0;
    double m_offset = 0.0;
    int m_patternLevel = -1;
};

} // namespace twin
