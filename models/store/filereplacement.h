// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/stat.h>

namespace twin {

/**
 * What replacing a file atomically needs beyond writing it: durability of the new file
 * and of the rename, the replaced file's permissions, and clean-up of what interrupted
 * replacements left. Used by ProjectStore's saves (a temporary file beside the target,
 * renamed over it).
 */
namespace FileReplacement {

/// Makes the rename durable: without it a power cut may bring back the old name.
void syncDirectory(const QString &directory);

#ifdef Q_OS_UNIX
/// Whether the mode bits of \a st let this process write the file. Checked by hand, not
/// with access(2): to root every file is writable, and replacing a file by renaming over
/// it needs only the folder to be writable.
bool modeAllowsWriting(const struct stat &st);
#endif

/// Gives the new file \a tempName the mode and, where allowed, the owner and group of the
/// file \a st it replaces (null: a new file, readable by all, writable by its owner).
void keepModeAndOwner(const QString &tempName, const struct stat *st);

/// Flushes \a fileName to disk; false with the reason in \a error when it cannot.
bool syncFile(const QString &fileName, QString *error);

/// Removes what saves of \a fileName killed before their rename left beside it (the
/// temporary files `.NAME.XXXXXX`), once they are older than a minute: a younger one may
/// belong to a save still running in another process.
void removeStaleSaveFiles(const QString &fileName);

} // namespace FileReplacement

} // namespace twin
