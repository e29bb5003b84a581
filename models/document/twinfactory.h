// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

#include <QPointF>
#include <QStringList>

#include <optional>

namespace twin {

class Project;

/**
 * Builds the twins a designer gesture creates: a space, a device with the sensors its
 * type implies (device kits, resources/palette/devicekits.json), a sensor attached to a
 * device. The result is content for Project::importContent(), so one gesture is one
 * validated, undoable step.
 */
class TwinFactory
{
public:
    /// Sensor models that come with \a deviceModel (its own kit or its nearest ancestor's).
    static QStringList kitFor(const Project &project, const QString &deviceModel);

    /// A device of \a model under \a parentId at \a position (metres), with its kit.
    static ProjectContent device(const Project &project, const QString &model, const QString &parentId,
                                 std::optional<QPointF> position);
    /// A sensor of \a model attached to \a deviceId (hasSensor), or contained by a space.
    static ProjectContent sensor(const Project &project, const QString &model, const QString &parentId);
    /// A twin of any model under \a parentId (contains), with a readable id and name.
    static ProjectContent twin(const Project &project, const QString &model, const QString &parentId);

    /// What File → New starts with: a site holding one building with a ground floor (an
    /// empty plan at elevation 0).
    static ProjectContent newSite();

    /// "dtmi:twinstudio:core:MotionSensor;1" → "MotionSensor"; a readable type name.
    static QString shortName(const QString &model);
    /// "dtmi:twinstudio:core:MotionSensor;1" → "Motion sensor", for names and menus.
    static QString readableName(const QString &model);

    /// The interfaces of which a twin may be added under \a parentId: those the ontology
    /// lets it contain (a device its sensors), by category, spaces first.
    static QStringList childModels(const Project &project, const QString &parentId);
    /// Adds a twin of \a model under \a parentId as one step ("Add Multisensor 2"): a
    /// device with its kit, a sensor onto its device, a floor with an empty plan.
    static bool add(Project *project, const QString &model, const QString &parentId, QString *error = nullptr,
                    QString *newId = nullptr);
};

} // namespace twin
