// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated topology files through every import format, as `twinctl import` and the app
// read them: the format's reader, then the checks against a project and the import into
// it (TopologyImport::importInto). The first byte picks the format and whether the import
// is partial; the rest is the file. The formats are the plugins' own classes.
#include "core/diagnostic.h"
#include "document/importoptions.h"
#include "document/project.h"
#include "interchange/topologyimport.h"
#include "interchange/topologyimporter.h"

#include "adtndjson/adtndjsonformat.h"
#include "explorerjson/explorerjsonformat.h"
#include "native/nativejsonformat.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUndoStack>

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static twin::AdtNdjsonFormat adt;
    static twin::ExplorerJsonFormat explorer;
    static twin::NativeJsonFormat native;
    static const std::array<twin::TopologyImporter *, 3> importers{&adt, &explorer, &native};
    twin::TopologyImporter *importer = importers[(data[0] & 0x0f) % importers.size()];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)importer->canRead(bytes.left(64 * 1024));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    twin::ImportOptions options;
    options.partial = (data[0] & 0x10) != 0;
    // One project for every input (building one costs more than most imports): a
    // successful import is undone, which puts the import's undo step to the test too.
    static twin::Project project;
    twin::Diagnostics diagnostics;
    if (twin::TopologyImport::importInto(&project, importer, &buffer, QStringLiteral("fuzz.input"), &diagnostics, {},
                                         options))
        project.undoStack()->undo();
    for (const twin::Diagnostic &d : diagnostics)
        (void)d.format();
    return 0;
}
