// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

#include <QByteArray>
#include <QString>

namespace twintest {

/// A small project that uses every part of ProjectContent.
twin::ProjectContent sampleContent();
QByteArray readBytes(const QString &fileName);
bool writeBytes(const QString &fileName, const QByteArray &bytes);
/// Runs \a sql on an existing SQLite file (for crafting old, newer or odd files).
bool execOn(const QString &fileName, const char *sql);

} // namespace twintest
