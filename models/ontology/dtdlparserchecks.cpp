// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtdlparserrun.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace twin::dtdlparse {

void Run::checkSchemaDepth(const QString &schemaId, int depth, QSet<QString> &path,
                           const DtdlElement &origin)
{
    const DtdlElement *s = find(schemaId);
    if (!s || !s->isSchema())
        return;
    if (path.contains(schemaId)) {
        error(origin.pointer, QStringLiteral("schema %1 contains itself").arg(schemaId), "dtdl.schema.selfReference");
        return;
    }
    const int maxDepth = 5;
    if (depth > maxDepth) {
        error(origin.pointer, QStringLiteral("complex schemas are nested more than %1 levels deep").arg(maxDepth),
              "dtdl.schema.depth");
        return;
    }
    path.insert(schemaId);
    const qsizetype before = m_result.diagnostics.size();
    auto child = [&](const QString &id) {
        if (m_result.diagnostics.size() == before)
            checkSchemaDepth(id, depth + 1, path, origin);
    };
    switch (s->kind) {
    case DtdlKind::Array:
        child(s->elementSchema);
        break;
    case DtdlKind::Map:
        if (const DtdlElement *v = find(s->mapValue))
            child(v->schema);
        break;
    case DtdlKind::Object:
        for (const QString &f : s->fields) {
            if (const DtdlElement *fe = find(f))
                child(fe->schema);
        }
        break;
    default:
        break;
    }
    path.remove(schemaId);
}

void Run::finish()
{
    // References: resolve, check the class of what they name, collect what is missing.
    QSet<QString> unresolved;
    for (const Reference &ref : std::as_const(m_references)) {
        const DtdlElement *target = find(ref.target);
        if (!target) {
            unresolved.insert(ref.target);
            continue;
        }
        m_cur.file = ref.file;
        // Interfaces can be referred to from anywhere; every other element only from within
        // the Interface that defines it (not from an Interface nested in it or around it).
        const auto partition = m_partitionOf.constFind(ref.target);
        if (target->kind != DtdlKind::Interface
            && (partition == m_partitionOf.cend() || *partition != ref.fromPartition)) {
            error(ref.pointer, QStringLiteral("%1 is a %2 defined in another Interface, which cannot be "
                                              "referred to from here")
                                   .arg(ref.target, dtdlKindName(target->kind)),
                  "dtdl.reference.referenceable");
        } else if (!(bit(target->kind) & ref.allowed)) {
            error(ref.pointer, QStringLiteral("%1 is a %2, which is not allowed here")
                                   .arg(ref.target, dtdlKindName(target->kind)),
                  "dtdl.reference.type");
        } else if (ref.version < target->version) {
            // v3 accepts v2 elements where it takes elements; v2 knows nothing of v3.
            error(ref.pointer, QStringLiteral("%1 is a DTDL v%2 %3, which a DTDL v%4 element cannot refer to")
                                   .arg(ref.target)
                                   .arg(target->version)
                                   .arg(dtdlKindName(target->kind))
                                   .arg(ref.version),
                  "dtdl.reference.version");
        }
    }
    m_result.unresolved = QStringList(unresolved.cbegin(), unresolved.cend());
    m_result.unresolved.sort();
    if (!m_result.diagnostics.isEmpty())
        return;

    checkExtends();
    if (!m_result.diagnostics.isEmpty())
        return;
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind == DtdlKind::Interface)
            checkInterface(e);
    }
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind == DtdlKind::Property && e.version == 2)
            checkPropertySchema(e, e.schema, 0);
    }
    for (const DtdlElement &e : m_result.elements) {
        QSet<QString> path;
        m_cur.file = e.file;
        if (e.isContent() || e.kind == DtdlKind::CommandPayload || e.kind == DtdlKind::CommandRequest
            || e.kind == DtdlKind::CommandResponse) {
            if (e.kind != DtdlKind::Component && !e.schema.isEmpty())
                checkSchemaDepth(e.schema, 1, path, e);
        } else if (e.isSchema() && e.rootId.isEmpty() == false) {
            checkSchemaDepth(e.id, 1, path, e);
        }
    }
}

void Run::checkPropertySchema(const DtdlElement &property, const QString &schema, int depth)
{
    if (depth > 16)
        return;
    m_cur.file = property.file;
    if (DtdlVocabulary::isGeospatialSchema(schema)) {
        error(property.pointer + QStringLiteral("/schema"),
              QStringLiteral("a DTDL v2 Property cannot have a geospatial schema (%1)").arg(schema),
              "dtdl.property.schemaArray");
        return;
    }
    const DtdlElement *s = find(schema);
    if (!s)
        return;
    switch (s->kind) {
    case DtdlKind::Array:
        error(property.pointer + QStringLiteral("/schema"),
              QStringLiteral("a DTDL v2 Property cannot have an Array schema"), "dtdl.property.schemaArray");
        break;
    case DtdlKind::Object:
        for (const QString &f : s->fields) {
            if (const DtdlElement *fe = find(f))
                checkPropertySchema(property, fe->schema, depth + 1);
        }
        break;
    case DtdlKind::Map:
        if (const DtdlElement *mv = find(s->mapValue))
            checkPropertySchema(property, mv->schema, depth + 1);
        break;
    default:
        break;
    }
}

int Run::extendsDepth(const QString &id, int level, bool *cycle)
{
    // Depth-first with memoization: each interface is walked once, however many
    // interfaces share it as an ancestor.
    if (level > 64)
        return level; // far past any limit; stops runaway chains
    const DtdlElement *e = find(id);
    if (!e || e->kind != DtdlKind::Interface)
        return 0;
    InterfaceInfo &info = m_info.try_emplace(id).first->second;
    if (info.state == 2) {
        *cycle = *cycle || info.cycle;
        return info.depth;
    }
    if (info.state == 1) {
        *cycle = true;
        return 0;
    }
    info.state = 1;
    int depth = 0;
    bool c = false;
    qint64 upper = 0;
    for (const QString &base : e->extends) {
        depth = std::max(depth, 1 + extendsDepth(base, level + 1, &c));
        const auto it = m_info.find(base);
        upper += 1 + (it != m_info.end() ? it->second.upperCount : 0);
    }
    // A node-based map: `info` is still valid after the insertions above.
    info.state = 2;
    info.depth = depth;
    info.cycle = c;
    info.upperCount = upper;
    *cycle = *cycle || c;
    return depth;
}

namespace {

/// One cycle of extends, its members in the order they extend each other.
struct ExtendsCycle
{
    QStringList members;
};

/// "A extends B, which extends C, … which extends A", starting at member \a at and naming
/// at most four of them.
QString describeCycle(const ExtendsCycle &cycle, qsizetype at)
{
    const qsizetype n = cycle.members.size();
    if (n == 1)
        return QStringLiteral("%1 extends itself").arg(cycle.members.first());
    QStringList named;
    for (qsizetype i = 0; i < std::min<qsizetype>(n, 4); ++i)
        named.append(cycle.members.at((at + i) % n));
    const QString chain = named.join(QStringLiteral(" → "));
    return QStringLiteral("%1 is in a cycle of %2 interfaces that extend each other: %3%4 → %1")
        .arg(cycle.members.at(at))
        .arg(n)
        .arg(chain, n > 4 ? QStringLiteral(" → … (%1 more)").arg(n - 4) : QString());
}

} // namespace

void Run::checkExtends()
{
    // The cycles first, by an iterative walk (chains may be thousands long): the depth
    // below is only meaningful without them.
    std::unordered_map<QString, int> state;          // 1 on the current path, 2 done
    std::unordered_map<QString, std::pair<std::shared_ptr<ExtendsCycle>, qsizetype>> onCycle;
    QSet<QString> reachesCycle;                      // on one or extending one
    struct Frame { QString id; const QStringList *bases; qsizetype next; };
    for (const DtdlElement &e : m_result.elements) {
        if (e.kind != DtdlKind::Interface || state.count(e.id))
            continue;
        std::vector<Frame> stack{{e.id, &e.extends, 0}};
        QStringList path{e.id};
        state[e.id] = 1;
        while (!stack.empty()) {
            if (stack.back().next < stack.back().bases->size()) {
                const QString base = stack.back().bases->at(stack.back().next++);
                const DtdlElement *b = find(base);
                if (!b || b->kind != DtdlKind::Interface)
                    continue;
                const auto it = state.find(base);
                if (it == state.end()) {
                    state[base] = 1;
                    path.append(base);
                    stack.push_back({base, &b->extends, 0});
                } else if (it->second == 1) {
                    auto cycle = std::make_shared<ExtendsCycle>();
                    cycle->members = path.mid(path.lastIndexOf(base));
                    for (qsizetype i = 0; i < cycle->members.size(); ++i)
                        onCycle.try_emplace(cycle->members.at(i), cycle, i);
                    reachesCycle.insert(stack.back().id);
                } else if (reachesCycle.contains(base) || onCycle.count(base)) {
                    reachesCycle.insert(stack.back().id);
                }
            } else {
                const QString id = stack.back().id;
                state[id] = 2;
                stack.pop_back();
                path.removeLast();
                if (!stack.empty() && (reachesCycle.contains(id) || onCycle.count(id)))
                    reachesCycle.insert(stack.back().id);
            }
        }
    }

    for (const DtdlElement &e : m_result.elements) {
        if (e.kind != DtdlKind::Interface)
            continue;
        m_cur.file = e.file;
        const QString pointer = e.pointer + QStringLiteral("/extends");
        const int maxCount = e.version == 2 ? 2 : 1024;
        if (e.extends.size() > maxCount) {
            error(pointer, QStringLiteral("an Interface may extend at most %1 interfaces").arg(maxCount),
                  "dtdl.extends.count");
            continue;
        }
        if (const auto member = onCycle.find(e.id); member != onCycle.end()) {
            error(pointer, describeCycle(*member->second.first, member->second.second), "dtdl.extends.cycle");
            continue;
        }
        if (reachesCycle.contains(e.id)) {
            error(pointer, QStringLiteral("%1 extends interfaces that extend each other in a cycle").arg(e.id),
                  "dtdl.extends.cycle");
            continue;
        }
        bool cycle = false;
        const int depth = extendsDepth(e.id, 0, &cycle);
        if (cycle) {
            error(pointer, QStringLiteral("%1 extends itself, directly or through other interfaces").arg(e.id),
                  "dtdl.extends.cycle");
        } else if (depth > 10) {
            error(pointer, QStringLiteral("the extends hierarchy is %1 levels deep; at most 10 are allowed").arg(depth),
                  "dtdl.extends.depth");
        } else if (e.version >= 3 && m_info.at(e.id).upperCount > 1024) {
            // The bound counts shared ancestors more than once; count exactly.
            QSet<QString> seen;
            QList<QString> queue = e.extends;
            while (!queue.isEmpty() && seen.size() <= 1024) {
                const QString id = queue.takeLast();
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                if (const DtdlElement *x = find(id))
                    queue += x->extends;
            }
            if (seen.size() > 1024) {
                error(pointer, QStringLiteral("an Interface may have at most 1024 interfaces in its extends hierarchy"),
                      "dtdl.extends.count");
            }
        }
    }
}

const QHash<QString, QString> *Run::contentNames(const QString &id, int level)
{
    const DtdlElement *e = find(id);
    if (!e || e->kind != DtdlKind::Interface || level > 64)
        return nullptr;
    InterfaceInfo &info = m_info[id];
    if (info.namesDone)
        return &info.names;
    info.namesDone = true; // set first: cycles were rejected, but never loop
    QHash<QString, QString> names;
    m_cur.file = e->file;
    for (const QString &base : e->extends) {
        const QHash<QString, QString> *inherited = contentNames(base, level + 1);
        if (!inherited)
            continue;
        if (names.isEmpty()) {
            names = *inherited; // shared until modified
            continue;
        }
        for (auto it = inherited->cbegin(); it != inherited->cend(); ++it) {
            const auto have = names.constFind(it.key());
            if (have == names.cend()) {
                names.insert(it.key(), it.value());
            } else if (*have != it.value()) {
                m_cur.file = e->file;
                error(e->pointer + QStringLiteral("/extends"),
                      QStringLiteral("'%1' is inherited from two different contents").arg(it.key()),
                      "dtdl.contents.nameUnique");
            }
        }
    }
    for (const QString &c : e->contents) {
        const DtdlElement *ce = find(c);
        if (!ce)
            continue;
        const auto have = names.constFind(ce->name);
        if (have != names.cend() && *have != ce->id) {
            m_cur.file = ce->file;
            error(ce->pointer + QStringLiteral("/name"),
                  QStringLiteral("'%1' is used by two contents of %2").arg(ce->name, e->id),
                  "dtdl.contents.nameUnique");
            continue;
        }
        names.insert(ce->name, ce->id);
    }
    InterfaceInfo &done = m_info[id];
    done.names = std::move(names);
    return &done.names;
}

void Run::checkInterface(const DtdlElement &iface)
{
    const QHash<QString, QString> *names = contentNames(iface.id, 0);
    m_cur.file = iface.file;
    for (const QString &c : iface.contents) {
        const DtdlElement *ce = find(c);
        if (!ce || ce->kind != DtdlKind::Component)
            continue;
        // A component's interface must not itself have components, neither its own nor
        // ones it inherits through extends.
        const QHash<QString, QString> *schemaContents = contentNames(ce->schema, 0);
        if (!schemaContents)
            continue;
        m_cur.file = iface.file;
        for (const QString &sc : *schemaContents) {
            const DtdlElement *sce = find(sc);
            if (sce && sce->kind == DtdlKind::Component) {
                error(ce->pointer + QStringLiteral("/schema"),
                      QStringLiteral("the interface of component '%1' has a component ('%2') itself")
                          .arg(ce->name, sce->name),
                      "dtdl.component.nested");
                return;
            }
        }
    }
    const qsizetype total = names ? names->size() : 0;
    if (iface.version == 2 && total > 300) {
        error(iface.pointer + QStringLiteral("/contents"),
              QStringLiteral("an Interface may have at most 300 contents"), "dtdl.contents.count");
    } else if (iface.version >= 3 && total > 100000) {
        error(iface.pointer + QStringLiteral("/contents"),
              QStringLiteral("an Interface hierarchy may have at most 100000 contents"), "dtdl.contents.count");
    }
}

} // namespace twin::dtdlparse
