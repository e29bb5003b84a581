// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace twin {

class InspectorValueEditor;
class LiveValueFeed;
class Project;
struct DtdlElement;

/**
 * The property inspector of one twin, as a tree derived from its resolved interface:
 *
 * - Identity: id, model and category (read-only);
 * - Properties: one row per Property, inherited ones included, with its value, schema,
 *   unit, whether it is writable and the validation error of its value. The value of an
 *   Object, Map or Array schema has a child row per part: per field of the object, per
 *   entry of the map (the key as name), per element of the array, each with the editor of
 *   its own schema, recursively;
 * - Telemetry: one row per Telemetry with the live value of that point (see setLiveValue());
 * - Components: one row per Component, its properties as child rows;
 * - Computed: the values functions wrote for the twin (setSpaceValue, setSensorValue) with
 *   their time, once there are some (see setComputedValue());
 * - Relationships: the twin's outgoing relationships with their targets.
 *
 * Columns: name, value, schema (a computed value's time). setData() on a writable value,
 * or on a part of one, edits the document through Project (one undo step: the property's
 * whole value replaced); a value the schema refuses leaves the document as it was and is
 * reported on its row (ErrorRole, tooltip). addEntry(), removeEntry(), moveEntry() and
 * setData() on a map entry's name edit maps and arrays, one undo step each. The model
 * follows the document (undo, redo, edits elsewhere, open, import) and the twin set with
 * setTwin().
 *
 * Editors: EditorRole says which editor a value wants; EditRole gives and takes a value
 * of the matching type (double, qlonglong, bool, QString, QDate, QDateTime, QTime; JSON
 * text for objects, maps, arrays and geospatial values; the enum value for enums).
 */
class InspectorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SchemaColumn, ColumnCount };

    enum class RowKind {
        Section,
        Identity,
        Property,
        Telemetry,
        Component,
        ComponentProperty,
        Relationship,
        Field,        ///< a field of an object value
        MapEntry,     ///< an entry of a map value (the key is its name)
        ArrayElement, ///< an element of an array value
        Computed,     ///< a value a function wrote
    };
    Q_ENUM(RowKind)

    /// What a value is made of: the parts its child rows show.
    enum class Composite { None, Object, Map, Array };
    Q_ENUM(Composite)

    /// The editor a value row wants.
    enum class Editor { None, Text, Integer, Double, Boolean, Enum, Date, DateTime, Time, Duration, Json };
    Q_ENUM(Editor)

    enum Role {
        RowKindRole = Qt::UserRole + 1, ///< RowKind (as int)
        EditorRole,                     ///< Editor (as int)
        NameRole,                       ///< content name, relationship name or identity key
        ComponentRole,                  ///< ComponentProperty: the component's name
        SchemaRole,                     ///< the schema: a DTDL term or a schema DTMI
        UnitRole,                       ///< the unit's symbol ("°C"), empty when none
        EditableRole,                   ///< bool: the value can be edited here
        ReadOnlyReasonRole,             ///< why it cannot (a sentence), empty when it can
        ErrorRole,                      ///< the last refused edit, else what is wrong with the value
        EnumValuesRole,                 ///< Enum: QVariantList of the allowed values
        EnumLabelsRole,                 ///< Enum: QStringList of their display names
        MinimumRole,                    ///< Integer: smallest value the schema allows (double)
        MaximumRole,                    ///< Integer: largest value the schema allows (double)
        RelationshipIdRole,             ///< Relationship: its $relationshipId
        TargetRole,                     ///< Relationship: the target twin's id
        LiveTimestampRole,              ///< Telemetry, Computed: when the value was measured or computed
        CompositeRole,                  ///< Composite (as int) of a value's schema
        PathRole,                       ///< a part: its path in the property's value ("position/x")
    };

    /// A relationship the twin's model declares, with the twins it may point to.
    struct RelationshipOption
    {
        QString name;
        QString displayName;
        QString targetModel;     ///< the interface targets must be (or extend); empty: any
        QString targetName;      ///< that interface's display name
        int maxMultiplicity = -1; ///< -1: unbounded
        int count = 0;           ///< how many the twin has already
        QStringList targets;     ///< twin ids allowed and not yet related by this name

        bool isFull() const { return maxMultiplicity >= 0 && count >= maxMultiplicity; }
    };

    explicit InspectorModel(Project *project, QObject *parent = nullptr);
    ~InspectorModel() override;

    /// Shows the twin with \a id (empty: none). A twin that goes away (removed, or not yet
    /// there) shows as empty and comes back when an undo restores it.
    void setTwin(const QString &id);
    QString twin() const { return m_twinId; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Sets the value at \a index (any column of the row) as setData() does; on refusal
    /// the row shows \a error's text and false is returned.
    bool setValue(const QModelIndex &index, const QVariant &value, QString *error = nullptr);
    /// The row of a content (name column): a property, telemetry or component by name, a
    /// component's property with \a component, a relationship by its id.
    QModelIndex findRow(RowKind kind, const QString &name, const QString &component = QString()) const;
    /// The section row holding rows of \a kind (invalid when the section is not shown).
    QModelIndex sectionIndex(RowKind kind) const;
    /// The row of the part of \a value's value (a property row or a part) with \a name: a
    /// field's name, a map's key or an array element's index as text.
    QModelIndex findPart(const QModelIndex &value, const QString &name) const;

    // --- maps and arrays -------------------------------------------------------------------
    /// Adds an entry: to the map at \a index (a map value, or an entry of one) with \a key,
    /// or an element to the array at \a index (after the element at \a index, else at the
    /// end), with the default value of its schema. One undo step.
    bool addEntry(const QModelIndex &index, const QString &key = QString(), QString *error = nullptr);
    /// Removes the map entry or array element at \a index (one undo step).
    bool removeEntry(const QModelIndex &index, QString *error = nullptr);
    /// Moves the array element at \a index by \a delta places (one undo step).
    bool moveEntry(const QModelIndex &index, int delta, QString *error = nullptr);
    /// Gives the map entry at \a index the key \a key (one undo step); setData() on its
    /// name does the same.
    bool renameEntry(const QModelIndex &index, const QString &key, QString *error = nullptr);

    // --- relationships ---------------------------------------------------------------------
    /// The relationships the twin's model declares (inherited ones included), each with the
    /// twins it may target: those whose model is the relationship's target or extends it,
    /// the twin itself and twins it already has by that name excluded. Full ones (at their
    /// maxMultiplicity) are listed with no targets.
    QList<RelationshipOption> relationshipOptions() const;
    /// Adds a relationship \a name to \a targetId (one undo step), checked as
    /// relationshipOptions() lists them.
    bool addRelationship(const QString &name, const QString &targetId, QString *error = nullptr);
    /// Removes the relationship on the row \a index (one undo step).
    bool removeRelationship(const QModelIndex &index, QString *error = nullptr);

    // --- live values -----------------------------------------------------------------------
    /**
     * Feeds the live value of a point: telemetry \a name of twin \a twinId,
     * measured at \a timestamp. An empty \a name means the twin's first telemetry (a sensor
     * twin with one stream). Call it from the GUI thread, at most once per point and
     * display tick; the value column of the matching Telemetry row shows the latest value.
     * Values are kept for every twin, so they are there when the selection moves.
     */
    void setLiveValue(const QString &twinId, const QString &name, const QVariant &value,
                      const QDateTime &timestamp);
    /// Feeds a value a function wrote for \a twinId under \a name at \a timestamp; it shows
    /// in the Computed section while that twin is shown. Same rules as setLiveValue().
    void setComputedValue(const QString &twinId, const QString &name, const QVariant &value,
                          const QDateTime &timestamp);
    /// Forgets all live and computed values (telemetry stopped).
    void clearLiveValues();
    /// Shows the latest values of \a feed's points on the Telemetry rows and what its
    /// functions compute in the Computed section, as they come (only the shown twin's are
    /// read, when it is shown or its values change); forgets them when the
    /// feed clears them (a live session disconnects). Following another feed (the time
    /// cursor's moment, then live again) forgets the previous one's values first.
    void followLiveValues(const LiveValueFeed *feed);

signals:
    /// An edit of the value at \a index was refused, for \a message (also on the row).
    void valueRefused(const QModelIndex &index, const QString &message);

public:
    /// \a value as the JSON the schema wants, or undefined with \a error set.
    QJsonValue toJson(const QVariant &value, const QString &schema, QString *error) const;

    struct Node; ///< one row (see inspectornode.h)

private:
    struct LiveValue
    {
        QVariant value;
        QDateTime timestamp;
    };

    void rebuild();
    void reset();
    /// Brings the Relationships rows up to date; \a announce: with row signals (not in a reset).
    void refreshRelationships(bool announce);
    /// Brings the part rows below \a owner up to date with its value, with row signals.
    void refreshParts(Node *owner);
    void replaceChildren(Node *owner, std::vector<std::unique_ptr<Node>> rows);
    void onTwinChanged(int index);
    void onRelationshipChanged(int index);
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;
    Node *section(RowKind kind) const;
    /// The Computed section, added (with row signals) when \a create and not there yet.
    Node *computedSection(bool create);
    /// The content (property, telemetry, component, relationship) of a row.
    const DtdlElement *elementOf(const Node &node) const;
    /// The element describing a row: its content, or a part's Field or MapValue.
    const DtdlElement *describedBy(const Node &node) const;
    QString schemaOf(const Node &node) const;
    /// The unit symbol of a row's value, empty when none.
    QString unitOf(const Node &node) const;
    QJsonValue storedValue(const Node &node) const;
    QString displayValue(const Node &node) const;
    QString nameText(const Node &node) const;
    QString schemaColumnText(const Node &node) const;
    QString toolTip(const Node &node, int column) const;
    QString readOnlyReason(const Node &node) const;
    QString valueError(const Node &node) const;
    /// The map or array row an entry edit at \a node is for (\a node or its parent), with
    /// \a error set when there is none or it cannot be edited.
    const Node *containerOf(const QModelIndex &index, QString *error) const;
    /// Runs \a edit on the map entry or array element at \a index and reports it.
    bool editEntry(const QModelIndex &index, QString *error,
                   const std::function<bool(InspectorValueEditor &, const Node &, QString *)> &edit);
    /// Records the outcome of an edit of \a node: clears or sets its error, tells the view.
    bool report(const Node &node, bool ok, const QString &message, QString *error);
    static QString errorKey(const Node &node);
    void emitValuesChanged();
    void emitChildrenChanged(const Node &node);
    const LiveValue *liveValue(const Node &node) const;
    /// Takes \a twinId's values from the feed followed (setLiveValue(), setComputedValue()).
    void readFeedValues(const QString &twinId);

    Project *const m_project;
    QString m_twinId;
    QString m_model; ///< the model the rows were built from
    QJsonObject m_properties; ///< the values last shown, to tell real changes apart
    std::vector<std::unique_ptr<Node>> m_sections;
    QHash<QString, QString> m_errors; ///< errorKey() → last refused edit
    /// errorKey() of a property → (JSON pointer, message) of what is wrong with its value,
    /// checked once per change rather than once per row and paint.
    mutable QHash<QString, QList<QPair<QString, QString>>> m_validation;
    QHash<QString, QHash<QString, LiveValue>> m_live; ///< twin → name → value
    QHash<QString, QHash<QString, LiveValue>> m_computed; ///< twin → name → value
    QList<QMetaObject::Connection> m_feedConnections;
    QPointer<const LiveValueFeed> m_feed; ///< the feed followed, whose values the shown twin reads
};

} // namespace twin
