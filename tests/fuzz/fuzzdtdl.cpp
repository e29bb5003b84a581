// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated DTDL documents through the whole engine: ModelRegistry parses, checks and
// resolves them (extends, components, schemas) as an ontology import does.
#include "core/diagnostic.h"
#include "ontology/modelregistry.h"

#include <QByteArray>
#include <QPair>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    twin::ModelRegistry registry;
    twin::Diagnostics diagnostics;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    registry.addDocuments({qMakePair(QStringLiteral("fuzz.json"), bytes)}, &diagnostics);
    for (const twin::Diagnostic &d : diagnostics)
        (void)d.format();
    return 0;
}
