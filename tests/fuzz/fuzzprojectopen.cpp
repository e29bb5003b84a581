// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated project files through the real open path: the bytes are written to a file and
// opened with ProjectStore (schema version, migration, every table, the consistency
// checks, the models), as `twinctl project info` and the app open a project.
#include "core/diagnostic.h"
#include "document/project.h"
#include "store/projectstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.twinproj"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            __builtin_trap(); // the temporary folder is not writable: nothing would be tested
    }
    QString error;
    (void)twin::ProjectStore::schemaVersion(path, &error);
    static twin::Project project; // open replaces everything it holds, as in the app
    twin::Diagnostics diagnostics;
    if (twin::ProjectStore::open(path, &project, &diagnostics))
        (void)project.content();
    for (const twin::Diagnostic &d : diagnostics)
        (void)d.format();
    return 0;
}
