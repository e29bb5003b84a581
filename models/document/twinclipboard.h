// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace twin {

class Project;

/**
 * Copy and paste of twins: a selection with everything it contains, its geometry and the
 * relationships among the copied twins, as a JSON payload for the clipboard; pasting
 * gives every twin a fresh id, moves the geometry by an offset and places the copies on
 * a floor, as one undoable step.
 */
class TwinClipboard
{
    Q_DECLARE_TR_FUNCTIONS(twin::TwinClipboard)

public:
    /// The clipboard MIME type of the payload.
    static constexpr const char *MimeType = "application/x-twinstudio-twins+json";

    /// The twins \a ids with their subtrees (a twin inside another copied one is copied
    /// once), and the relationships whose two ends are copied. Relationships to twins
    /// left behind are not copied. Empty when no id exists.
    static QByteArray copy(const Project &project, const QStringList &ids);

    /// The content a paste of \a payload adds: fresh ids, outlines and positions moved by
    /// \a offset (metres). Each copied root goes under \a floorId: a placed device or
    /// person into the room of that floor its new position falls in, everything else
    /// onto the floor itself. \a roots receives the new ids of the roots.
    static std::optional<ProjectContent> pasteContent(const Project &project, const QByteArray &payload,
                                                      const QString &floorId, QPointF offset,
                                                      QStringList *roots = nullptr, QString *error = nullptr);
    /// Adds what pasteContent() builds as one undo step.
    static bool paste(Project *project, const QByteArray &payload, const QString &floorId, QPointF offset,
                      QStringList *roots = nullptr, QString *error = nullptr);
};

} // namespace twin
