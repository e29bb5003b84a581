// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace twin::ui {

namespace {

QString key(DialogFolders::Kind kind)
{
    switch (kind) {
    case DialogFolders::Kind::Projects:
        return QStringLiteral("dialogFolders/projects");
    case DialogFolders::Kind::Topologies:
        return QStringLiteral("dialogFolders/topologies");
    case DialogFolders::Kind::Ontologies:
        return QStringLiteral("dialogFolders/ontologies");
    case DialogFolders::Kind::Captures:
        return QStringLiteral("dialogFolders/captures");
    }
    return QString();
}

} // namespace

QString DialogFolders::folder(Kind kind)
{
    const QString remembered = QSettings().value(key(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // A kind not chosen yet starts where projects are: imports usually sit beside them.
    if (kind != Kind::Projects) {
        const QString projects = QSettings().value(key(Kind::Projects)).toString();
        if (!projects.isEmpty() && QFileInfo(projects).isDir())
            return projects;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void DialogFolders::remember(Kind kind, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString DialogFolders::suggestion(Kind kind, const QString &baseName, const QString &suffix)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = baseName;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = QStringLiteral("Untitled");
    return QDir(folder(kind)).filePath(name + suffix);
}

} // namespace twin::ui
