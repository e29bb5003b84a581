// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedimages.h"

#include "document/projectcontent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace twin {

namespace {

const QString kPrefix = QStringLiteral("embedded:");

/// The bytes of the image file \a path names, looked for as given (relative to the
/// project's folder) and then by its name beside the project; empty when neither is a
/// readable image.
QByteArray readImageFile(const QString &path, const QDir &projectDir, QString *tried)
{
    const QString given = QDir::isAbsolutePath(path) ? path : projectDir.filePath(path);
    const QString beside = projectDir.filePath(QFileInfo(path).fileName());
    *tried = QDir::toNativeSeparators(given);
    for (const QString &candidate : {given, beside}) {
        QFile file(candidate);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (!QImage::fromData(bytes).isNull())
            return bytes;
    }
    return QByteArray();
}

} // namespace

QString EmbeddedImages::keyFor(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString EmbeddedImages::pathFor(const QString &key)
{
    return kPrefix + key;
}

QString EmbeddedImages::keyOf(const QString &path)
{
    return path.startsWith(kPrefix) ? path.mid(kPrefix.size()) : QString();
}

QSet<QString> EmbeddedImages::referencedKeys(const QList<Twin> &twins)
{
    QSet<QString> keys;
    for (const Twin &t : twins) {
        if (t.geometry.floor) {
            if (const QString key = keyOf(t.geometry.floor->background.path); !key.isEmpty())
                keys.insert(key);
        }
    }
    return keys;
}

void EmbeddedImages::embedBackgroundFiles(ProjectContent *content, const QString &projectFile, Diagnostics *diagnostics)
{
    const QDir projectDir = QFileInfo(projectFile).absoluteDir();
    for (Twin &t : content->twins) {
        if (!t.geometry.floor)
            continue;
        BackgroundImage &background = t.geometry.floor->background;
        if (background.isNull() || !keyOf(background.path).isEmpty())
            continue;
        QString tried;
        const QByteArray bytes = readImageFile(background.path, projectDir, &tried);
        if (bytes.isEmpty()) {
            if (diagnostics) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.file = projectFile;
                d.message = tr("the background image of floor '%1' is missing: %2 cannot be read; "
                               "choose the image again (Plan → Background Image…)")
                                .arg(t.displayName(), tried);
                diagnostics->append(d);
            }
            continue;
        }
        const QString key = keyFor(bytes);
        content->images.insert(key, bytes);
        background.path = pathFor(key);
    }
}

} // namespace twin
