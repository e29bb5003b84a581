// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/importoptions.h"
#include "document/projectcontent.h"
#include "graph/twingraph.h"
#include "ontology/modelregistry.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUndoStack>

namespace twin {

/**
 * The document: ontologies, the twin graph and everything else a .twinproj holds, with
 * the undo stack every edit goes through.
 *
 * The edit methods validate their input (structure, and the ontology when the model is
 * loaded), push one QUndoCommand on success and report why on failure. "Modified" is
 * derived from the undo stack's clean state; it is never set by hand.
 */
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// The twins and relationships, read-only: every change goes through an edit below.
    const TwinGraph *graph() const { return m_graph; }
    /// The loaded ontologies, read-only: importOntology(), importContent() and
    /// setCategoryRoots() change them, as undoable steps.
    const ModelRegistry &models() const { return m_models; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undoStack->isClean(); }
    /// Marks the current state as saved.
    void markSaved() { m_undoStack->setClean(); }

    /// Whether \a dtmi belongs to the built-in core ontology, which every project has and
    /// which is not stored in project files.
    bool isBuiltInModel(const QString &dtmi) const { return m_builtInModels.contains(dtmi); }

    Category categoryOf(const Twin &twin) const { return m_models.category(twin.model); }
    Category categoryOf(int twinIndex) const;
    /// What a sensor twin measures and in which unit (SensorSemantics).
    QString sensorDataType(const Twin &twin) const;
    QString sensorUnit(const Twin &twin) const;
    /// The data types the project's sensors measure, each with how many sensors measure
    /// it: most sensors first, then by name.
    QList<QPair<QString, int>> sensorDataTypeCounts() const;

    // --- edits (each pushes one undo command) ----------------------------------------------
    bool addTwin(const Twin &twin, QString *error = nullptr);
    /// Adds \a twin under \a parentId with a containment relationship, as one step.
    bool addTwinUnder(const Twin &twin, const QString &parentId, QString *error = nullptr);
    /// Removes the twin with its relationships.
    bool removeTwin(const QString &id, QString *error = nullptr);
    /// Removes the twins \a ids with everything they contain (their subtrees) and every
    /// relationship touching them, as one step; nothing when one of them does not exist.
    bool removeTwins(const QStringList &ids, QString *error = nullptr);
    /// Gives a twin the model \a model (a loaded interface), keeping the properties that
    /// are valid for it and dropping the others, as one step. Refused when one of the
    /// twin's relationships would not be allowed with the new model.
    bool retypeTwin(const QString &id, const QString &model, QString *error = nullptr);
    /// Sets one property; an undefined \a value removes it. Successive edits of the same
    /// property merge into one undo step when their \a mergeKey is the same too (an editor
    /// passes the part of the value it edits, such as "position/x"; a key used once never
    /// merges).
    bool setTwinProperty(const QString &id, const QString &name, const QJsonValue &value,
                         QString *error = nullptr, const QString &mergeKey = QString());
    /// Adds a relationship the source's model allows; a containment relationship is
    /// refused when it would give the target a second parent or make a cycle.
    bool addRelationship(const Relationship &relationship, QString *error = nullptr);
    bool removeRelationship(const QString &sourceId, const QString &relationshipId,
                            QString *error = nullptr);
    /// Moves \a childId under \a newParentId in the tree (empty: make it a root) by
    /// replacing its containment relationship.
    bool reparent(const QString &childId, const QString &newParentId, QString *error = nullptr);
    /// Sets a twin's geometry. Changes of one twin that carry the same non-zero \a dragId
    /// (one drag, see newDragId()) merge into one undo step.
    bool setGeometry(const QString &id, const Geometry &geometry, int dragId = 0,
                     QString *error = nullptr);
    /// Sets the geometry of several twins as one step named \a text (a move of a
    /// selection); twins whose geometry does not change are left out.
    bool setGeometries(const QList<QPair<QString, Geometry>> &changes, const QString &text,
                       QString *error = nullptr);
    /// A fresh id for one interactive drag.
    int newDragId() { return ++m_lastDragId; }
    /// Adds models, twins and relationships as one undoable step, or nothing at all:
    /// every problem goes to \a diagnostics, located in \a file. \a undoText names the
    /// step (default: "Import FILE"). \a options: what to do with models loaded with
    /// another definition, and whether to leave out invalid twins and relationships
    /// (with a warning each) rather than refuse all (see ImportPlan). A containment
    /// relationship that would give a twin a second parent or make a cycle is refused
    /// like any invalid relationship (ContainmentCheck).
    bool importContent(const ProjectContent &content, Diagnostics *diagnostics,
                       const QString &file = QString(), const QString &undoText = QString(),
                       const ImportOptions &options = {});
    /// Loads the DTDL files and folders in \a paths (folders recursively) as one undoable
    /// step, or nothing at all: every problem goes to \a diagnostics with its file and line.
    /// Files that hold only built-in interfaces are skipped. \a added receives the number
    /// of new interfaces.
    bool importOntology(const QStringList &paths, Diagnostics *diagnostics, int *added = nullptr);
    /// Replaces the category map: which interfaces (and so their subtypes) count as Space,
    /// Device, Sensor or Person. Each key must be a loaded interface or one of the
    /// built-in map's; an empty map means the built-in one
    /// (ModelRegistry::defaultCategoryRoots()).
    bool setCategoryRoots(const QHash<QString, Category> &roots, QString *error = nullptr);

    // --- whole-document access ------------------------------------------------------------
    ProjectContent content() const;
    /// Replaces everything (opening a file); clears the undo stack.
    bool setContent(const ProjectContent &content, Diagnostics *diagnostics);
    void clear();

    const QJsonArray &functions() const { return m_functions; }
    const QJsonArray &bindings() const { return m_bindings; }
    const QJsonArray &connections() const { return m_connections; }
    const QJsonObject &viewState() const { return m_viewState; }

    // --- embedded images (floor backgrounds) ------------------------------------------------
    /// The bytes of the embedded image \a key (EmbeddedImages), empty when there is none.
    QByteArray image(const QString &key) const { return m_images.value(key); }
    /// Keeps \a bytes in the project and returns its key. Not an edit by itself: an image
    /// is saved while a floor refers to it ("embedded:KEY"), which is the undoable part.
    QString addImage(const QByteArray &bytes);

    // --- functions (low level) ---------------------------------------------------------------
    /// Replaces the function definitions as they are, without an undo command: the undo
    /// commands in models/functions call this; edits go through FunctionEditor.
    void setFunctions(const QJsonArray &functions);
    /// Replaces the connection profiles (secrets dropped, see ConnectionProfile) without an
    /// undo command: SetConnectionsCommand calls this; emits connectionsChanged().
    void setConnections(const QJsonArray &connections);
    /// Replaces the telemetry bindings as they are, without an undo command:
    /// SetBindingsCommand calls this. Who follows them (the live session, the bindings
    /// table) reads them again when the undo stack's index changes.
    void setBindings(const QJsonArray &bindings) { m_bindings = bindings; }
    /// View state is not an edit: it does not mark the project modified.
    void setViewState(const QJsonObject &state) { m_viewState = state; }

    // --- checks ------------------------------------------------------------------------------
    /// Checks a twin as addTwin() would, without adding it.
    Diagnostics validateTwin(const Twin &twin, const QString &file = QString()) const;
    Diagnostics validateRelationship(const Relationship &relationship,
                                     const QString &file = QString()) const;
    /// A relationship id not yet used by \a sourceId, derived from \a base.
    QString uniqueRelationshipId(const QString &sourceId, const QString &base) const;
    /// A twin id not yet used, derived from \a base.
    QString uniqueTwinId(const QString &base) const;

signals:
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    /// Everything was replaced (open, new, clear).
    void contentReset();
    /// The function definitions changed (setFunctions(); not emitted by setContent()).
    void functionsChanged();
    /// The connection profiles changed (setConnections(); not emitted by setContent()).
    void connectionsChanged();
    /// The category map changed, so twins may have changed category (not emitted by
    /// setContent()).
    void categoriesChanged();

private:
    friend class SetCategoryRootsCommand;
    friend class FloorPlanEditor; ///< pushes its plan commands on the graph
    void applyCategoryRoots(const QHash<QString, Category> &roots);

    /// A registry with the core ontology and \a categoryRoots.
    ModelRegistry baseRegistry(const QHash<QString, Category> &categoryRoots) const;
    /// Whether every interface of the DTDL \a document is a built-in one.
    bool onlyBuiltIns(const QByteArray &document) const;
    /// \a models without the built-in ones.
    QList<QJsonObject> withoutBuiltIns(const QList<QJsonObject> &models) const;

    TwinGraph *const m_graph;
    ModelRegistry m_models;
    QUndoStack *const m_undoStack;
    QString m_fileName;
    QJsonArray m_functions;
    QJsonArray m_bindings;
    QJsonArray m_connections;
    QJsonObject m_viewState;
    QHash<QString, QByteArray> m_images;
    int m_lastDragId = 0;
    QSet<QString> m_builtInModels;
};

} // namespace twin
