// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace twin {

/**
 * Line numbers for JSON documents, which QJsonDocument does not keep: one linear scan
 * of the raw bytes finds the line on which each element of the requested arrays starts,
 * so a reader can say "file.json:1234: error: ..." for the twin at
 * /digitalTwinsGraph/digitalTwins/17 instead of a pointer alone.
 */
class JsonLineIndex
{
public:
    /// Scans \a json once; for every pointer in \a arrayPointers (e.g. "/twins") that
    /// names an array, lines(pointer) gives the 1-based start line of each element.
    JsonLineIndex(const QByteArray &json, const QStringList &arrayPointers);

    /// Start lines of the elements of the array at \a arrayPointer (empty if unknown).
    QList<int> lines(const QString &arrayPointer) const { return m_lines.value(arrayPointer); }
    /// Line of element \a index of \a arrayPointer, 0 when unknown.
    int line(const QString &arrayPointer, qsizetype index) const;

    /// 1-based line of byte \a offset in \a data.
    static int lineAt(const QByteArray &data, qint64 offset);

private:
    QHash<QString, QList<int>> m_lines;
};

} // namespace twin
