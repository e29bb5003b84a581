// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettemodel.h"
#include "twinicons.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "ontology/dtdlelement.h"
#include "ontology/sensorsemantics.h"

#include <QMimeData>

#include <algorithm>

namespace twin {

namespace {
// Group rows have an internal id of 0; entries carry their group's row + 1.
constexpr quintptr kGroupId = 0;
}

PaletteModel::PaletteModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    refresh();
    connect(project, &Project::contentReset, this, &PaletteModel::refresh);
    connect(project, &Project::categoriesChanged, this, &PaletteModel::refresh);
    // Imports (and their undo) bring and take models; each is one step on the stack.
    const auto refreshIfModelsChanged = [this] {
        int n = 0;
        for (const Group &g : std::as_const(m_groups))
            n += int(g.entries.size());
        if (m_project->models().interfaceCount() != n)
            refresh();
    };
    connect(project->graph(), &TwinGraph::wasReset, this, refreshIfModelsChanged);
    connect(project->undoStack(), &QUndoStack::indexChanged, this, refreshIfModelsChanged);
}

void PaletteModel::refresh()
{
    beginResetModel();
    m_groups.clear();
    const ModelRegistry &models = m_project->models();
    for (Category c : {Category::Space, Category::Device, Category::Sensor, Category::Person, Category::Other})
        m_groups.append({c, {}});
    for (const QString &id : models.interfaceIds()) {
        const DtdlElement *e = models.element(id);
        Entry entry;
        entry.id = id;
        entry.name = e ? DtdlElement::localized(e->displayName) : QString();
        if (entry.name.isEmpty())
            entry.name = TwinFactory::shortName(id);
        const QString description = e ? DtdlElement::localized(e->description) : QString();
        entry.tooltip = description.isEmpty() ? id : id + u'\n' + description;
        const Category c = models.category(id);
        if (c == Category::Sensor)
            entry.dataType = SensorSemantics::dataType(models, id, QJsonObject());
        m_groups[int(c)].entries.append(entry);
    }
    for (Group &g : m_groups) {
        std::sort(g.entries.begin(), g.entries.end(), [](const Entry &a, const Entry &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        // Two types of one name (the core Building and RealEstateCore's) say which
        // ontology each comes from: "Building (twinstudio:core)".
        for (qsizetype i = 0; i < g.entries.size();) {
            qsizetype end = i + 1;
            while (end < g.entries.size() && g.entries.at(end).name.compare(g.entries.at(i).name, Qt::CaseInsensitive) == 0)
                ++end;
            for (qsizetype k = i; end - i > 1 && k < end; ++k) {
                Entry &e = g.entries[k];
                e.name = tr("%1 (%2)").arg(e.name, e.id.section(u':', 1, -2));
            }
            i = end;
        }
    }
    m_groups.removeIf([](const Group &g) { return g.entries.isEmpty(); });
    endResetModel();
}

QModelIndex PaletteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups.at(parent.row()).entries.size())
        return QModelIndex();
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex PaletteModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int PaletteModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == kGroupId) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(categoryDisplayName(g.category)).arg(g.entries.size());
        if (role == CategoryRole)
            return int(g.category);
        if (role == Qt::DecorationRole)
            return twinIcon(g.category);
        return QVariant();
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const Entry &e = g.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return e.name;
    case Qt::ToolTipRole: return e.tooltip;
    case Qt::DecorationRole: return twinIcon(g.category, e.dataType);
    case ModelIdRole: return e.id;
    case CategoryRole: return int(g.category);
    default: return QVariant();
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        const QString id = data(i, ModelIdRole).toString();
        if (!id.isEmpty()) {
            auto *mime = new QMimeData;
            mime->setData(QString::fromLatin1(MimeType), id.toUtf8());
            mime->setText(id);
            return mime;
        }
    }
    return nullptr;
}

PaletteFilterModel::PaletteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PaletteFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool PaletteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // groups show when one of their entries matches (recursive filtering)
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data().toString().contains(m_text, Qt::CaseInsensitive)
        || i.data(PaletteModel::ModelIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace twin
