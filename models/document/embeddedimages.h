// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace twin {

struct ProjectContent;
struct Twin;

/**
 * Images a project carries in its own file (floor backgrounds), so that it keeps them
 * when it moves to another folder or machine. An image is known by a key derived from its
 * bytes (the same picture twice is stored once); a BackgroundImage refers to one by the
 * path "embedded:KEY".
 */
class EmbeddedImages
{
    Q_DECLARE_TR_FUNCTIONS(twin::EmbeddedImages)

public:
    /// The key of \a bytes (a SHA-1 in hex).
    static QString keyFor(const QByteArray &bytes);
    /// "embedded:KEY".
    static QString pathFor(const QString &key);
    /// The key in an "embedded:KEY" path, or empty when \a path names a file.
    static QString keyOf(const QString &path);
    /// The keys the floors of \a twins refer to.
    static QSet<QString> referencedKeys(const QList<Twin> &twins);

    /// Embeds the image files that floors of \a content still name by path (projects
    /// saved before images were embedded). A relative path, or a file no longer where the
    /// path says, is looked for beside \a projectFile too. A file that cannot be read
    /// keeps its path and gets a warning naming the floor and the file.
    static void embedBackgroundFiles(ProjectContent *content, const QString &projectFile, Diagnostics *diagnostics);
};

} // namespace twin
