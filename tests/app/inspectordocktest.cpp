// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/addrelationshipdialog.h"
#include "inspector/inspectordelegate.h"
#include "inspector/inspectordock.h"
#include "mainwindow.h"

#include "document/project.h"
#include "itemmodels/inspectormodel.h"

#include "support/projectfixtures.h"
#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QHeaderView>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;
using Kind = InspectorModel::RowKind;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

struct Fixture
{
    ui::MainWindow window;
    ui::InspectorDock *dock = nullptr;
    QTreeView *view = nullptr;
    InspectorModel *model = nullptr;

    Fixture()
    {
        window.openDemo();
        window.resize(1400, 900);
        window.show();
        dock = window.findChild<ui::InspectorDock *>(QStringLiteral("InspectorDock"));
        if (dock) {
            view = dock->view();
            model = dock->model();
        }
    }

    Project *project() const { return window.project(); }

    /// Adds a twin "panel" in room-101 whose model has a value of most kinds of schema.
    void addPanel()
    {
        const QByteArray model = R"({
          "@context": ["dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1"],
          "@id": "dtmi:test:inspector:Panel;1",
          "@type": "Interface",
          "contents": [
            {"@type": "Property", "name": "origin", "writable": true, "schema": {
              "@type": "Object", "fields": [{"name": "x", "schema": "double"}]}},
            {"@type": "Property", "name": "serial", "schema": "string"},
            {"@type": "Property", "name": "lit", "schema": "boolean", "writable": true},
            {"@type": "Property", "name": "mode", "writable": true, "schema": {
              "@type": "Enum", "valueSchema": "string", "enumValues": [
                {"name": "auto", "displayName": "Automatic", "enumValue": "auto"},
                {"name": "manual", "displayName": "Manual", "enumValue": "manual"}]}},
            {"@type": ["Property", "Length"], "name": "width", "schema": "integer", "unit": "centimetre", "writable": true},
            {"@type": "Property", "name": "serviced", "schema": "dateTime", "writable": true},
            {"@type": "Property", "name": "period", "schema": "duration", "writable": true}
          ]
        })";
        Diagnostics d;
        ASSERT_TRUE(twintest::importModels(*project(), model, &d))
            << (d.isEmpty() ? std::string() : d.first().format().toStdString());
        project()->undoStack()->clear(); // the model is setup, not an edit under test
        ASSERT_TRUE(project()->addTwinUnder(Twin{str("panel"), str("dtmi:test:inspector:Panel;1"), {}, {}}, str("room-101")));
    }

    /// Adds a twin "rack" in room-101 holding an object in an object, a map of enums and
    /// an array of numbers, and selects it.
    void addRack()
    {
        const QByteArray rack = R"({
          "@context": "dtmi:dtdl:context;3",
          "@id": "dtmi:test:nested:Rack;1",
          "@type": "Interface",
          "contents": [
            {"@type": "Property", "name": "mount", "writable": true, "schema": {"@type": "Object", "fields": [
              {"name": "offset", "schema": {"@type": "Object", "fields": [{"name": "depth", "schema": "double"}]}}]}},
            {"@type": "Property", "name": "fans", "writable": true, "schema": {"@type": "Map",
              "mapKey": {"name": "slot", "schema": "string"},
              "mapValue": {"name": "speed", "schema": {"@type": "Enum", "valueSchema": "string", "enumValues": [
                {"name": "low", "displayName": "Low", "enumValue": "low"},
                {"name": "high", "displayName": "High", "enumValue": "high"}]}}}},
            {"@type": "Property", "name": "loads", "writable": true, "schema": {"@type": "Array", "elementSchema": "double"}}
          ]
        })";
        Diagnostics d;
        ASSERT_TRUE(twintest::importModels(*project(), rack, &d));
        const QJsonObject properties{{str("fans"), QJsonObject{{str("a"), str("low")}}},
                                     {str("loads"), QJsonArray{1.0, 2.0}}};
        ASSERT_TRUE(project()->addTwinUnder(Twin{str("rack"), str("dtmi:test:nested:Rack;1"), properties, {}}, str("room-101")));
        ASSERT_TRUE(window.selectTwin(str("rack")));
    }

    QJsonValue rackValue(const char *name) const
    {
        return project()->graph()->findTwin(str("rack"))->properties.value(str(name));
    }

    QAction *viewAction(const char *name) const { return view->findChild<QAction *>(str(name)); }

    QJsonValue panelValue(const char *name) const
    {
        return project()->graph()->findTwin(str("panel"))->properties.value(str(name));
    }

    /// Opens the editor of \a row's value with the keyboard (F2) and returns it.
    QWidget *openEditor(const QModelIndex &row)
    {
        const QModelIndex value = row.siblingAtColumn(InspectorModel::ValueColumn);
        view->scrollTo(value);
        view->setCurrentIndex(value);
        QTest::keyClick(view, Qt::Key_F2);
        return view->indexWidget(value);
    }

    /// Replaces the editor's text by \a text, typed, and presses Enter.
    static void type(QWidget *editor, const QString &text)
    {
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        commit(editor);
    }

    /// Presses Enter in \a editor.
    static void commit(QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits and closes the editor from the event loop.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

int redPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
    }
    return n;
}

} // namespace

TEST(InspectorDock, FollowsTheSelectionAndIsInTheViewMenu)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    EXPECT_TRUE(f.window.selectTwin(str("room-101")));
    EXPECT_EQ(f.model->twin(), str("room-101"));
    EXPECT_TRUE(f.view->isExpanded(f.model->sectionIndex(Kind::Property)));
    bool inMenu = false;
    for (QAction *a : f.window.findChildren<QAction *>())
        inMenu |= a == f.dock->toggleViewAction();
    EXPECT_TRUE(inMenu);
}

TEST(InspectorDock, KeyboardEditChangesTheDocumentAndUndoRestoresIt)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    ASSERT_TRUE(f.window.selectTwin(str("th-101")));
    const QModelIndex setpoint = f.model->findRow(Kind::Property, str("setpoint"));
    ASSERT_TRUE(setpoint.isValid());

    QWidget *editor = f.openEditor(setpoint);
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
    ASSERT_TRUE(spin) << "a double gets a spin box";
    EXPECT_EQ(spin->suffix(), str(" °C"));
    Fixture::type(spin, str("23.5"));

    const Twin *t = f.project()->graph()->findTwin(str("th-101"));
    EXPECT_EQ(t->properties.value(str("setpoint")), QJsonValue(23.5));
    EXPECT_EQ(setpoint.siblingAtColumn(1).data().toString(), str("23.5 °C"));
    EXPECT_TRUE(f.window.isWindowModified());

    QAction *undo = nullptr;
    for (QAction *a : f.window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    ASSERT_TRUE(undo);
    undo->trigger();
    EXPECT_TRUE(f.project()->graph()->findTwin(str("th-101"))->properties.value(str("setpoint")).isUndefined());
    EXPECT_TRUE(setpoint.siblingAtColumn(1).data().toString().isEmpty());

    // Text goes through a line edit the same way.
    QWidget *nameEditor = f.openEditor(f.model->findRow(Kind::Property, str("name")));
    ASSERT_TRUE(qobject_cast<QLineEdit *>(nameEditor));
    Fixture::type(nameEditor, str("Hall thermostat"));
    EXPECT_EQ(f.project()->graph()->findTwin(str("th-101"))->displayName(), str("Hall thermostat"));
}

TEST(InspectorDock, RefusedValueShowsItsErrorAndLeavesTheDocument)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    f.addPanel();
    ASSERT_TRUE(f.window.selectTwin(str("panel")));
    const int steps = f.project()->undoStack()->count();
    const QJsonObject before = f.project()->graph()->findTwin(str("panel"))->properties;

    const QModelIndex origin = f.model->findRow(Kind::Property, str("origin"));
    const int redBefore = redPixels(f.view->viewport()->grab().toImage());
    QWidget *editor = f.openEditor(origin);
    ASSERT_TRUE(qobject_cast<QLineEdit *>(editor)) << "an object is edited as JSON text";
    Fixture::type(editor, str("{\"x\": oops}"));

    EXPECT_EQ(f.project()->graph()->findTwin(str("panel"))->properties, before);
    EXPECT_EQ(f.project()->undoStack()->count(), steps);
    const QString error = origin.data(InspectorModel::ErrorRole).toString();
    EXPECT_TRUE(error.contains(str("not valid JSON"))) << error.toStdString();
    EXPECT_TRUE(origin.siblingAtColumn(1).data(Qt::ToolTipRole).toString().contains(error));
    auto *message = f.dock->findChild<QLabel *>(QStringLiteral("InspectorMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisibleTo(f.dock));
    EXPECT_TRUE(message->text().contains(error)) << message->text().toStdString();
    f.view->selectionModel()->clear();
    EXPECT_GT(redPixels(f.view->viewport()->grab().toImage()), redBefore + 20) << "the error is drawn in red";

    // A field the object does not have is refused by the ontology, the same way.
    Fixture::type(f.openEditor(origin), str("{\"y\": 1}"));
    EXPECT_TRUE(origin.data(InspectorModel::ErrorRole).toString().contains(str("no field 'y'")));
    EXPECT_EQ(f.project()->graph()->findTwin(str("panel"))->properties, before);

    // A good value is taken and clears the error.
    Fixture::type(f.openEditor(origin), str("{\"x\": 2.5}"));
    EXPECT_TRUE(origin.data(InspectorModel::ErrorRole).toString().isEmpty());
    EXPECT_FALSE(message->isVisibleTo(f.dock));
    EXPECT_EQ(f.project()->graph()->findTwin(str("panel"))->properties.value(str("origin")).toObject().value(str("x")),
              QJsonValue(2.5));

    // Read-only values open no editor.
    EXPECT_FALSE(f.openEditor(f.model->findRow(Kind::Property, str("serial"))));
}

TEST(InspectorDock, AddsAndRemovesARelationshipThroughTheDialog)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    ASSERT_TRUE(f.window.selectTwin(str("person-alice")));
    auto *add = f.dock->findChild<QPushButton *>(QStringLiteral("AddRelationship"));
    auto *remove = f.dock->findChild<QPushButton *>(QStringLiteral("RemoveRelationship"));
    ASSERT_TRUE(add && remove);
    EXPECT_FALSE(remove->isEnabled());

    QStringList listed;
    bool handled = false;
    QTimer::singleShot(0, f.dock, [&] {
        auto *dialog = f.dock->findChild<ui::AddRelationshipDialog *>();
        if (!dialog)
            return;
        auto *names = dialog->findChild<QComboBox *>(QStringLiteral("RelationshipName"));
        auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("RelationshipTarget"));
        auto *filter = dialog->findChild<QLineEdit *>();
        if (!names || !targets || !filter) {
            dialog->reject();
            return;
        }
        EXPECT_EQ(names->count(), 1);
        EXPECT_EQ(names->currentData().toString(), str("hasRole"));
        for (int i = 0; i < targets->count(); ++i)
            listed.append(targets->item(i)->data(Qt::UserRole).toString());
        QTest::keyClicks(filter, str("Meeting Room 102"));
        targets->setFocus();
        QTest::keyClick(targets, Qt::Key_Down);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        handled = true;
    });
    // Never leave a modal dialog hanging when the handler above could not run.
    QTimer::singleShot(10000, f.dock, [&] {
        if (auto *dialog = f.dock->findChild<ui::AddRelationshipDialog *>())
            dialog->reject();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(handled);

    // Only spaces are offered for a person's role.
    EXPECT_TRUE(listed.contains(str("room-101")));
    EXPECT_FALSE(listed.contains(str("ms-101")));
    EXPECT_FALSE(listed.contains(str("person-bob")));

    const QModelIndex rels = f.model->sectionIndex(Kind::Relationship);
    ASSERT_EQ(f.model->rowCount(rels), 1);
    EXPECT_EQ(f.model->index(0, 0, rels).data(InspectorModel::TargetRole).toString(), str("room-102"));
    const Twin *alice = f.project()->graph()->findTwin(str("person-alice"));
    ASSERT_TRUE(alice);
    const TwinGraph *g = f.project()->graph();
    ASSERT_EQ(g->outgoing(g->indexOfTwin(str("person-alice"))).size(), 1);

    f.view->setCurrentIndex(f.model->index(0, 0, rels));
    EXPECT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(g->outgoing(g->indexOfTwin(str("person-alice"))).size(), 0);
    f.project()->undoStack()->undo();
    EXPECT_EQ(f.model->rowCount(rels), 1);
}

TEST(InspectorDock, TranslatedIntoGermanAndFrench)
{
    const QStringList contexts{str("twin::InspectorModel"), str("twin::ui::AddRelationshipDialog"),
                               str("twin::ui::InspectorDelegate"), str("twin::ui::InspectorDock")};
    for (const auto &[language, inspector, properties] :
         {std::tuple{"de", "Inspektor", "Eigenschaften"}, std::tuple{"fr", "Inspecteur", "Propriétés"}}) {
        SCOPED_TRACE(language);
        QFile ts(twintest::sourcePath(QStringLiteral("translations/twinstudio_%1.ts").arg(str(language))));
        ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression context(QStringLiteral("<context>\\s*<name>([^<]+)</name>(.*?)</context>"),
                                                QRegularExpression::DotMatchesEverythingOption);
        int messages = 0;
        for (const auto &m : context.globalMatch(text)) {
            if (!contexts.contains(m.captured(1)))
                continue;
            messages += int(m.captured(2).count(str("<message")));
            EXPECT_FALSE(m.captured(2).contains(str("type=\"unfinished\""))) << m.captured(1).toStdString();
        }
        EXPECT_GT(messages, 60);

        QTranslator translator;
        ASSERT_TRUE(translator.load(QDir(QStringLiteral(TWIN_QM_DIR)).filePath(QStringLiteral("twinstudio_%1.qm").arg(str(language)))));
        EXPECT_EQ(translator.translate("twin::ui::InspectorDock", "Inspector"), str(inspector));
        EXPECT_EQ(translator.translate("twin::InspectorModel", "Properties"), str(properties));
    }
}

TEST(InspectorDock, EachSchemaGetsItsEditor)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    f.addPanel();
    ASSERT_TRUE(f.window.selectTwin(str("panel")));
    auto row = [&](const char *name) { return f.model->findRow(Kind::Property, str(name)); };

    // Boolean: a check box, toggled with the space bar.
    auto *check = qobject_cast<QCheckBox *>(f.openEditor(row("lit")));
    ASSERT_TRUE(check);
    QTest::keyClick(check, Qt::Key_Space);
    Fixture::commit(check);
    EXPECT_EQ(f.panelValue("lit"), QJsonValue(true));

    // Enum: a combo box of the display names, moved with the arrow keys.
    auto *combo = qobject_cast<QComboBox *>(f.openEditor(row("mode")));
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->itemText(1), str("Manual"));
    QTest::keyClick(combo, Qt::Key_Down);
    Fixture::commit(combo);
    EXPECT_EQ(f.panelValue("mode"), QJsonValue(str("manual")));

    // Integer with a unit: a spin box with the unit's symbol.
    auto *spin = qobject_cast<QSpinBox *>(f.openEditor(row("width")));
    ASSERT_TRUE(spin);
    EXPECT_EQ(spin->suffix(), str(" cm"));
    Fixture::type(spin, str("120"));
    EXPECT_EQ(f.panelValue("width"), QJsonValue(120));

    // Date and time: a date-time editor in UTC.
    auto *when = qobject_cast<QDateTimeEdit *>(f.openEditor(row("serviced")));
    ASSERT_TRUE(when);
    when->setDateTime(QDateTime(QDate(2026, 5, 4), QTime(9, 15), Qt::UTC));
    Fixture::commit(when);
    EXPECT_EQ(f.panelValue("serviced"), QJsonValue(str("2026-05-04T09:15:00.000Z")));

    // Duration: ISO 8601 text; characters that cannot be part of one are not taken.
    auto *period = qobject_cast<QLineEdit *>(f.openEditor(row("period")));
    ASSERT_TRUE(period);
    Fixture::type(period, str("PT1H30Mx"));
    EXPECT_EQ(f.panelValue("period"), QJsonValue(str("PT1H30M")));

    // Each edit was its own undo step.
    EXPECT_EQ(f.project()->undoStack()->count(), 6);
}

TEST(InspectorDock, NestedFieldIsEditedThroughTheDelegateAsOneUndoStep)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    f.addRack();
    const QModelIndex mount = f.model->findRow(Kind::Property, str("mount"));
    const QModelIndex depth = f.model->findPart(f.model->findPart(mount, str("offset")), str("depth"));
    ASSERT_TRUE(depth.isValid());
    EXPECT_TRUE(f.view->isExpanded(mount));
    const int steps = f.project()->undoStack()->count();

    auto *spin = qobject_cast<QDoubleSpinBox *>(f.openEditor(depth));
    ASSERT_TRUE(spin) << "a double field gets a spin box";
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, str("4.25"));
    Fixture::commit(spin);
    EXPECT_EQ(f.rackValue("mount").toObject(),
              (QJsonObject{{str("offset"), QJsonObject{{str("depth"), 4.25}}}}));
    EXPECT_EQ(f.project()->undoStack()->count(), steps + 1);
    f.project()->undoStack()->undo();
    EXPECT_TRUE(f.rackValue("mount").isUndefined());
    EXPECT_TRUE(depth.siblingAtColumn(1).data().toString().isEmpty());

    // A map's value takes the editor of its schema: an enum's list.
    const QModelIndex fan = f.model->findPart(f.model->findRow(Kind::Property, str("fans")), str("a"));
    auto *combo = qobject_cast<QComboBox *>(f.openEditor(fan));
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->currentText(), str("Low"));
    combo->setCurrentIndex(combo->findText(str("High")));
    Fixture::commit(combo);
    EXPECT_EQ(f.rackValue("fans").toObject().value(str("a")), QJsonValue(str("high")));
}

TEST(InspectorDock, ActionsAddMoveAndRemoveEntries)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    f.addRack();
    QAction *add = f.viewAction("InspectorAddEntry");
    QAction *remove = f.viewAction("InspectorRemoveEntry");
    QAction *down = f.viewAction("InspectorMoveDown");
    QAction *json = f.viewAction("InspectorEditAsJson");
    ASSERT_TRUE(add && remove && down && json);

    const QModelIndex loads = f.model->findRow(Kind::Property, str("loads"));
    f.view->setCurrentIndex(loads.siblingAtColumn(1));
    EXPECT_TRUE(add->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_TRUE(json->isEnabled());
    add->trigger();
    EXPECT_EQ(f.rackValue("loads").toArray(), (QJsonArray{1.0, 2.0, 0.0}));
    EXPECT_EQ(f.view->currentIndex().parent(), loads) << "the new element is current";

    f.view->setCurrentIndex(f.model->index(0, 1, loads));
    EXPECT_TRUE(down->isEnabled());
    EXPECT_FALSE(json->isEnabled());
    down->trigger();
    EXPECT_EQ(f.rackValue("loads").toArray(), (QJsonArray{2.0, 1.0, 0.0}));
    EXPECT_EQ(f.view->currentIndex().row(), 1);
    remove->trigger();
    EXPECT_EQ(f.rackValue("loads").toArray(), (QJsonArray{2.0, 0.0}));

    // A map asks for the key.
    QTimer::singleShot(0, f.view, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(str("b"));
            dialog->accept();
        }
    });
    const QModelIndex fans = f.model->findRow(Kind::Property, str("fans"));
    f.view->setCurrentIndex(fans.siblingAtColumn(1));
    add->trigger();
    EXPECT_EQ(f.rackValue("fans").toObject(), (QJsonObject{{str("a"), str("low")}, {str("b"), str("low")}}));

    // Edit as JSON… replaces the whole value.
    QTimer::singleShot(0, f.view, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(str("{\"c\": \"high\"}"));
            dialog->accept();
        }
    });
    f.view->setCurrentIndex(fans.siblingAtColumn(1));
    json->trigger();
    EXPECT_EQ(f.rackValue("fans").toObject(), (QJsonObject{{str("c"), str("high")}}));
    EXPECT_EQ(f.model->rowCount(fans), 1);
}

TEST(InspectorDock, LongValuesAreElidedInTheMiddleWithTheWholeValueAsTooltip)
{
    Fixture f;
    ASSERT_TRUE(f.dock);
    EXPECT_EQ(f.view->textElideMode(), Qt::ElideMiddle);
    ASSERT_TRUE(f.window.selectTwin(str("room-101")));
    // A value with no tooltip of its own has its whole text as tooltip.
    const QModelIndex identity = f.model->sectionIndex(Kind::Identity);
    const QModelIndex id = f.model->index(0, InspectorModel::ValueColumn, identity);
    EXPECT_EQ(id.data().toString(), str("room-101"));
    EXPECT_TRUE(id.data(Qt::ToolTipRole).toString().contains(str("room-101")));
}

// A relationship's target reads "Name (id)": cut short, its name stays and the id goes.
TEST(InspectorDock, RelationshipTargetsKeepTheirNameWhenCutShort)
{
    struct Probe : ui::InspectorDelegate
    {
        using ui::InspectorDelegate::initStyleOption;
    };
    Fixture f;
    ASSERT_TRUE(f.dock);
    ASSERT_TRUE(f.window.selectTwin(str("ms-101")));
    const QModelIndex relationships = f.model->sectionIndex(Kind::Relationship);
    ASSERT_GT(f.model->rowCount(relationships), 0);
    const QModelIndex target = f.model->index(0, InspectorModel::ValueColumn, relationships);
    Probe probe;
    QStyleOptionViewItem option;
    option.textElideMode = Qt::ElideMiddle; // the view's own mode
    probe.initStyleOption(&option, target);
    EXPECT_EQ(option.textElideMode, Qt::ElideRight);
    // Other values keep the middle cut (a long id's end tells it apart).
    QStyleOptionViewItem idOption;
    idOption.textElideMode = Qt::ElideMiddle;
    probe.initStyleOption(&idOption, f.model->index(0, InspectorModel::ValueColumn, f.model->sectionIndex(Kind::Identity)));
    EXPECT_EQ(idOption.textElideMode, Qt::ElideMiddle);
}

TEST(InspectorDock, ColumnWidthsAreKeptForTheNextStart)
{
    int width = 0;
    {
        Fixture f;
        ASSERT_TRUE(f.dock);
        width = f.view->header()->sectionSize(InspectorModel::SchemaColumn) + 37;
        f.view->header()->resizeSection(InspectorModel::SchemaColumn, width);
    }
    Fixture again;
    ASSERT_TRUE(again.dock);
    EXPECT_EQ(again.view->header()->sectionSize(InspectorModel::SchemaColumn), width);
}

// A component's long field names take at most a share of the width: the values stay in
// sight in a narrow dock.
TEST(InspectorDock, LongNamesLeaveRoomForTheValues)
{
    QSettings().remove(str("inspector/header")); // the default column widths
    Fixture f;
    ASSERT_TRUE(f.dock);
    const QByteArray models = R"([{
      "@context": "dtmi:dtdl:context;3", "@id": "dtmi:test:inspector:Pipe;1", "@type": "Interface",
      "contents": [{"@type": "Property", "name": "expectedReplacementCostOfTheWholeAssembly", "schema": "string"}]
    }, {
      "@context": "dtmi:dtdl:context;3", "@id": "dtmi:test:inspector:Pump;1", "@type": "Interface",
      "contents": [{"@type": "Property", "name": "pumpingMedia", "schema": "string", "writable": true},
                   {"@type": "Component", "name": "pipeOutletConnectionAssembly", "schema": "dtmi:test:inspector:Pipe;1"}]
    }])";
    Diagnostics d;
    ASSERT_TRUE(twintest::importModels(*f.project(), models, &d))
        << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    const QJsonObject properties{{str("pumpingMedia"), str("water")}};
    ASSERT_TRUE(f.project()->addTwinUnder(Twin{str("pump"), str("dtmi:test:inspector:Pump;1"), properties, {}}, str("room-101")));
    f.dock->setMaximumWidth(340);
    QApplication::processEvents();
    ASSERT_TRUE(f.window.selectTwin(str("pump")));
    QApplication::processEvents();
    const int viewport = f.view->viewport()->width();
    const int name = f.view->header()->sectionSize(InspectorModel::NameColumn);
    const int value = f.view->header()->sectionSize(InspectorModel::ValueColumn);
    EXPECT_LE(name, viewport * 45 / 100 + 1) << "viewport " << viewport;
    EXPECT_GE(value, viewport * 20 / 100 - 1) << "name " << name << ", viewport " << viewport;
    // Short names are shown whole where there is room.
    f.dock->setMaximumWidth(QWIDGETSIZE_MAX);
    f.dock->setMinimumWidth(560);
    QApplication::processEvents();
    ASSERT_TRUE(f.window.selectTwin(str("room-101")));
    QApplication::processEvents();
    EXPECT_GE(f.view->header()->sectionSize(InspectorModel::NameColumn),
              static_cast<const QAbstractItemView *>(f.view)->sizeHintForColumn(InspectorModel::NameColumn))
        << "viewport " << f.view->viewport()->width();
}
