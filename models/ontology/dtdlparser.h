// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "ontology/dtdlelement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace twin {

/**
 * Parses and validates DTDL v2 and v3 documents, all errors at once, each located by
 * file and JSON pointer with a rule id.
 *
 * A model whose only problem is that it refers (by extends, schema or component) to
 * DTMIs defined nowhere is *incomplete*, not invalid: those DTMIs are listed in
 * Result::unresolved and no diagnostic is added for them. Relationship targets are
 * never dependencies.
 */
class DtdlParser
{
public:
    /// What to do with an @context naming an extension this parser does not define. A
    /// tolerated one makes its terms opaque co-types and properties.
    enum class UndefinedExtensions {
        Refuse,        ///< an error in every version
        AllowBeforeV3, ///< tolerated in DTDL v2, an error in v3 (as the v3 specification recommends)
        Allow,         ///< tolerated in every version (private extensions)
    };

    struct Options
    {
        UndefinedExtensions undefinedExtensions = UndefinedExtensions::AllowBeforeV3;
    };

    struct Document
    {
        QString file;
        QByteArray bytes;
    };

    /// A top-level interface: where it was written, for access to its source JSON.
    struct Source
    {
        QString id;
        int document = -1;  ///< index into the documents given to parse()
        int arrayIndex = -1; ///< index in the document's top-level array, -1 for an object
    };

    struct Result
    {
        std::vector<DtdlElement> elements;
        QList<Source> interfaces;
        Diagnostics diagnostics;
        QStringList unresolved; ///< sorted, unique
        bool ok() const { return diagnostics.isEmpty() && unresolved.isEmpty(); }
    };

    /// Finds an element defined outside the documents being parsed (already loaded).
    using Lookup = std::function<const DtdlElement *(const QString &id)>;

    DtdlParser() = default;
    explicit DtdlParser(Options options) : m_options(options) {}

    void setExternalLookup(Lookup lookup) { m_external = std::move(lookup); }
    Result parse(const QList<Document> &documents) const;

    /// Syntax of a DTMI: dtmi:segment(:segment)*;version (v3 also allows a minor version).
    static bool isValidDtmi(QStringView dtmi, bool requireVersion = true, bool allowMinor = false);

private:
    Options m_options;
    Lookup m_external;
};

} // namespace twin
