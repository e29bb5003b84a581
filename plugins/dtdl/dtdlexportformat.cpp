// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlexportformat.h"

#include "interchange/progressreporter.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace twin {

DtdlExportFormat::DtdlExportFormat(QObject *parent)
    : QObject(parent)
{
}

QString DtdlExportFormat::formatId() const
{
    return QStringLiteral("dtdl");
}

QString DtdlExportFormat::displayName() const
{
    return tr("DTDL models (JSON)");
}

QStringList DtdlExportFormat::nameFilters() const
{
    return {tr("DTDL models (*.json)")};
}

QString DtdlExportFormat::fileNameFor(const QString &dtmi)
{
    QString name = dtmi.startsWith(QStringLiteral("dtmi:")) ? dtmi.mid(5) : dtmi;
    name.replace(u';', QStringLiteral(".v"));
    name.replace(u':', u'.');
    return name + QStringLiteral(".json");
}

bool DtdlExportFormat::write(const ProjectContent &content, QIODevice *device, QString *error,
                             const ProgressCallback &progress)
{
    ProgressReporter reporter(progress, content.models.size());
    QJsonArray array;
    for (const QJsonObject &m : content.models) {
        array.append(m);
        if (!reporter.update(array.size())) {
            if (error)
                *error = tr("export cancelled");
            return false;
        }
    }
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    if (!reporter.finish()) {
        if (error)
            *error = tr("export cancelled");
        return false;
    }
    return true;
}

bool DtdlExportFormat::writeFile(const ProjectContent &content, const QString &path, QString *error,
                                 const ProgressCallback &progress)
{
    if (!QFileInfo(path).isDir() && !path.endsWith(u'/'))
        return TopologyExporter::writeFile(content, path, error, progress);

    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(tr("cannot create the folder %1").arg(path));
    // Names first, so a collision fails before anything is written.
    QSet<QString> names;
    for (const QJsonObject &m : content.models) {
        const QString dtmi = m.value(QStringLiteral("@id")).toString();
        const QString name = fileNameFor(dtmi);
        if (names.contains(name))
            return fail(tr("two interfaces map to the same file name %1").arg(name));
        names.insert(name);
    }
    ProgressReporter reporter(progress, content.models.size());
    qint64 done = 0;
    for (const QJsonObject &m : content.models) {
        QSaveFile file(dir.filePath(fileNameFor(m.value(QStringLiteral("@id")).toString())));
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        file.write(QJsonDocument(m).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        if (!reporter.update(++done))
            return fail(tr("export cancelled"));
    }
    if (!reporter.finish())
        return fail(tr("export cancelled"));
    return true;
}

} // namespace twin
