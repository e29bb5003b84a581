// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/projectcontent.h"
#include "support/syntheticsites.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace twin {
class Project;
class TopologyExporter;
class TopologyImporter;
} // namespace twin

namespace twintest {

/// Path of a file under tests/data/interchange.
QString interchangeData(const QString &name);
QByteArray readBytes(const QString &path);

twin::TopologyImporter *importer(const QString &id);
twin::TopologyExporter *exporter(const QString &id);

/// Reads \a bytes with the importer \a format; fails the test on diagnostics.
twin::ProjectContent readContent(const QString &format, const QByteArray &bytes,
                                 const QString &fileName = QStringLiteral("input"));
/// Reads and returns the diagnostics (for invalid inputs).
twin::Diagnostics readErrors(const QString &format, const QByteArray &bytes,
                             const QString &fileName = QStringLiteral("input"));
QByteArray writeContent(const QString &format, const twin::ProjectContent &content);

/// Every diagnostic formatted, one per line (readable assertion messages).
QString formatted(const twin::Diagnostics &diagnostics);
/// Whether some diagnostic is on \a line and its message contains \a text.
bool hasError(const twin::Diagnostics &diagnostics, int line, const QString &text);

/// Field-by-field equality with readable failures.
void expectSameContent(const twin::ProjectContent &a, const twin::ProjectContent &b);

} // namespace twintest
