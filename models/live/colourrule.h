// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace twin {

class Project;

/**
 * A colour rule the project keeps: rooms coloured by a value of theirs — any numeric
 * telemetry of the sensors in them, or a value a function computed for the room — named
 * as the value is named ("Temperature", "AvailableAndFresh"). Numeric ranges map to
 * colours ([from, to), either end open), or exact values to colours ("Available" green,
 * "Occupied" red).
 *
 * The project keeps its rules in its view state under "colourRules": an array of
 * {"value": NAME, "ranges": [{"from": N, "to": N, "colour": "#rrggbb"}],
 *  "values": {"TEXT": "#rrggbb"}}. The plan and the 3D view read the same rules.
 */
class ColourRule
{
    Q_DECLARE_TR_FUNCTIONS(twin::ColourRule)

public:
    struct Range
    {
        double from = -qInf();
        double to = qInf();
        QColor colour;
    };
    struct Match
    {
        QString value;
        QColor colour;
    };

    static constexpr const char *ViewStateKey = "colourRules";

    QString valueName;
    QList<Range> ranges;
    QList<Match> values;

    bool isValid() const { return !valueName.isEmpty() && (!ranges.isEmpty() || !values.isEmpty()); }
    /// The colour of \a value: the first value entry equal to it (as text), else the first
    /// range holding it (a number, or text that reads as one); invalid when none applies.
    QColor colourOf(const QVariant &value) const;
    /// The entry that gives \a value its colour, as the hover card names it
    /// ("Available → #2e7d32", "16 – 20 → #4575b4"); empty when none applies.
    QString entryFor(const QVariant &value) const;
    /// {colour, text} pairs for a legend, in the rule's order.
    QList<QPair<QColor, QString>> legend() const;

    QJsonObject toJson() const;
    /// Reads a rule; \a error says what is wrong (the rule is then invalid).
    static ColourRule fromJson(const QJsonObject &json, QString *error = nullptr);

    /// The rules \a project keeps, in its order (invalid entries left out).
    static QList<ColourRule> rulesOf(const Project *project);
    /// The rule of \a project for \a valueName; invalid when it has none.
    static ColourRule ruleFor(const Project *project, const QString &valueName);
    /// Keeps \a rules in \a project's view state (not an edit: not undone, not "modified").
    static void setRules(Project *project, const QList<ColourRule> &rules);

private:
    /// The first entry applying to \a value: its colour and its text.
    bool find(const QVariant &value, QColor *colour, QString *entry) const;
};

} // namespace twin
