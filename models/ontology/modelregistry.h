// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"
#include "core/diagnostic.h"
#include "ontology/dtdlelement.h"
#include "ontology/resolvedinterface.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <unordered_map>

namespace twin {

/**
 * The loaded ontologies of a project: DTDL interfaces by DTMI, resolved (ancestors and
 * inherited contents flattened) and their categories. Twins are checked against them by
 * TwinValidator (document/), sensors read by SensorSemantics.
 *
 * Every add is validated in full (DTDL v2 and v3, see DtdlParser) and all-or-nothing:
 * on any error, or when the model refers to interfaces or schemas that are not loaded,
 * nothing is added and every problem is reported.
 *
 * Reentrant, not thread-safe: use a registry from one thread at a time (interfaceJson()
 * fills a cache even though it is const). Element pointers stay valid until the
 * interface that defines them is removed or the registry is cleared; ResolvedInterface
 * pointers until the next add or remove.
 */
class ModelRegistry
{
public:
    ModelRegistry();
    /// Copies re-resolve: resolved interfaces point into the registry's own elements.
    ModelRegistry(const ModelRegistry &other);
    ModelRegistry &operator=(const ModelRegistry &other);
    ModelRegistry(ModelRegistry &&other) noexcept = default;
    ModelRegistry &operator=(ModelRegistry &&other) noexcept = default;

    /// Parses DTDL documents (an interface, or an array of interfaces) and adds them.
    /// All-or-nothing: on any error nothing is added and every error is in \a diagnostics.
    bool addDocuments(const QList<QPair<QString, QByteArray>> &documents, Diagnostics *diagnostics);
    /// Reads files and folders (recursively, *.json) and adds them like addDocuments().
    bool addPaths(const QStringList &paths, Diagnostics *diagnostics);
    /// Adds already parsed interfaces (e.g. from a project file or an import).
    bool addInterfaces(const QList<QJsonObject> &interfaces, Diagnostics *diagnostics);
    /// Removes interfaces (and the elements they define), e.g. to undo an import.
    void removeInterfaces(const QStringList &dtmis);
    void clear();

    /// Adds the built-in core ontology (dtmi:twinstudio:core:*) from the resources.
    bool loadCoreOntology(Diagnostics *diagnostics = nullptr);
    /// Resource paths of the core ontology's files.
    static QStringList coreOntologyFiles();

    /// Whether an @context naming an unknown extension is tolerated in DTDL v3 documents too
    /// (private extensions); by default it is an error there (v2 documents tolerate it).
    void setAllowUndefinedExtensions(bool allow) { m_allowUndefinedExtensions = allow; }
    bool allowUndefinedExtensions() const { return m_allowUndefinedExtensions; }
    /// DTMIs the last failed add referred to but that are defined nowhere (incomplete model).
    const QStringList &lastUnresolved() const { return m_lastUnresolved; }

    int interfaceCount() const { return int(m_order.size()); }
    /// Number of elements (interfaces, contents, schemas, ...) loaded.
    int elementCount() const { return int(m_elements.size()); }
    bool contains(const QString &dtmi) const { return m_resolved.contains(dtmi); }
    /// DTMIs in the order they were added.
    const QStringList &interfaceIds() const { return m_order; }
    /// The interface as written in its source document.
    QJsonObject interfaceJson(const QString &dtmi) const;
    /// Every interface \a dtmi extends, directly or not, nearest first.
    QStringList ancestors(const QString &dtmi) const;
    bool isA(const QString &dtmi, const QString &base) const;

    /// Any element by DTMI (interfaces, schemas, contents), or nullptr.
    const DtdlElement *element(const QString &dtmi) const;
    /// The resolved interface, or nullptr when \a dtmi is not a loaded interface.
    const ResolvedInterface *resolved(const QString &dtmi) const;
    /// Contents by name, inherited ones included; nullptr when there is none.
    const DtdlElement *content(const QString &dtmi, const QString &name) const;
    /// Relationship contents of \a dtmi, inherited ones included.
    QList<const DtdlElement *> relationships(const QString &dtmi) const;
    /// The resolved interface as JSON (inherited contents included, schemas expanded).
    QJsonObject resolvedJson(const QString &dtmi) const;
    /// A schema (term or DTMI) as JSON: a term stays a string, complex schemas expand.
    QJsonValue schemaJson(const QString &schema) const;

    /// Category by the configured roots; Other when no root is an ancestor.
    Category category(const QString &dtmi) const;
    const QHash<QString, Category> &categoryRoots() const { return m_categoryRoots; }
    void setCategoryRoots(const QHash<QString, Category> &roots) { m_categoryRoots = roots; }
    static QHash<QString, Category> defaultCategoryRoots();

private:
    struct Source
    {
        QByteArray bytes;      ///< the whole document (shared)
        int arrayIndex = -1;
        QJsonObject object;    ///< when added as an object
    };

    bool add(const QList<QPair<QString, QByteArray>> &documents, const QList<QJsonObject> *objects,
             Diagnostics *diagnostics);
    void rebuild();
    QJsonObject elementJson(const DtdlElement &e, int depth) const;

    std::unordered_map<QString, DtdlElement> m_elements; // node-based: stable addresses
    QHash<QString, ResolvedInterface> m_resolved;
    QHash<QString, Source> m_sources;
    mutable QHash<QString, QJsonObject> m_jsonCache;
    QStringList m_order;
    QStringList m_lastUnresolved;
    QHash<QString, Category> m_categoryRoots;
    bool m_allowUndefinedExtensions = false;
};

} // namespace twin
