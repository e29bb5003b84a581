// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user meets first: the plan at rest, the file dialogs, the tool keys.
#include "interchangeactions.h"
#include "mainwindow.h"
#include "palettedock.h"
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "topologydock.h"
#include "typepickerdialog.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/palettemodel.h"
#include "itemmodels/twinselection.h"
#include "support/projectfixtures.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QApplication>
#include <QMenu>
#include <QMimeData>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <QTextBrowser>
#include <QImage>
#include <QUrl>
#include <gtest/gtest.h>

using namespace twin;

namespace {

ProjectContent floorWithARoom()
{
    ProjectContent c;
    Twin floor;
    floor.id = QStringLiteral("floor");
    floor.model = QStringLiteral("dtmi:twinstudio:core:Floor;1");
    floor.geometry.floor = FloorLayout{};
    Twin room;
    room.id = QStringLiteral("room");
    room.model = QStringLiteral("dtmi:twinstudio:core:Room;1");
    room.geometry.outline = QPolygonF({QPointF(0, 0), QPointF(4, 0), QPointF(4, 3), QPointF(0, 3)});
    c.twins = {floor, room};
    c.relationships = {{QStringLiteral("c"), QStringLiteral("floor"), QStringLiteral("contains"), QStringLiteral("room"), {}}};
    return c;
}

/// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/// The files a non-native file dialog lists in \a dir with \a filter chosen.
QStringList listedFiles(const QString &dir, const QStringList &filters, const QString &filter)
{
    QFileDialog dialog(nullptr, QString(), dir);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filter);
    dialog.show();
    auto *list = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    if (!list)
        return {};
    QStringList names;
    QElapsedTimer timer;
    timer.start();
    // The dialog reads the folder in the background.
    while (timer.elapsed() < 3000) {
        QTest::qWait(50);
        names.clear();
        const QModelIndex root = list->rootIndex();
        for (int row = 0; row < list->model()->rowCount(root); ++row)
            names.append(list->model()->index(row, 0, root).data().toString());
        if (!names.isEmpty() && timer.elapsed() > 300)
            break;
    }
    names.sort();
    return names;
}

} // namespace

TEST(Designer, SelectedRoomIsNotRepaintedWhileIdle)
{
    Project project;
    ASSERT_TRUE(project.setContent(floorWithARoom(), nullptr));
    ui::PlanView view(&project);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(view.selectTwin(QStringLiteral("room")));
    QTest::qWait(200);
    auto *graphics = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(graphics);
    PaintCounter counter;
    graphics->viewport()->installEventFilter(&counter);
    QTest::qWait(500);
    // Nothing changes: nothing is painted (a paint that schedules another keeps a core busy).
    EXPECT_LE(counter.count, 1);
}

TEST(Designer, ImportAndExportFiltersListTheirFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char *name : {"site.ndjson", "graph.json", "notes.txt"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    const QStringList imports = ui::InterchangeActions::importFilters();
    ASSERT_GE(imports.size(), 2);
    // No filter nests another's parentheses.
    for (const QString &filter : imports)
        EXPECT_EQ(filter.count(u'('), 1) << filter.toStdString();
    EXPECT_EQ(listedFiles(dir.path(), imports, imports.first()),
              QStringList({QStringLiteral("graph.json"), QStringLiteral("site.ndjson")}));
    for (const QString &filter : imports.mid(1))
        EXPECT_FALSE(listedFiles(dir.path(), imports, filter).isEmpty()) << filter.toStdString();

    const QStringList exports = ui::InterchangeActions::exportFilters();
    ASSERT_FALSE(exports.isEmpty());
    for (const QString &filter : exports)
        EXPECT_FALSE(listedFiles(dir.path(), exports, filter).isEmpty()) << filter.toStdString();
}

TEST(Designer, ExportAddsTheFormatsExtension)
{
    const QString ndjson = QStringLiteral("Azure Digital Twins import job (*.ndjson *.jsonl *.json)");
    EXPECT_EQ(ui::InterchangeActions::withExtension(QStringLiteral("/tmp/site"), ndjson), QStringLiteral("/tmp/site.ndjson"));
    EXPECT_EQ(ui::InterchangeActions::withExtension(QStringLiteral("/tmp/site.json"), ndjson), QStringLiteral("/tmp/site.json"));

    ui::MainWindow w;
    ASSERT_TRUE(w.project()->setContent(floorWithARoom(), nullptr));
    QTemporaryDir dir;
    const QStringList exports = ui::InterchangeActions::exportFilters();
    const auto adt = std::find_if(exports.cbegin(), exports.cend(),
                                  [](const QString &f) { return f.contains(QLatin1String("*.ndjson")); });
    ASSERT_NE(adt, exports.cend());
    ASSERT_TRUE(w.interchange()->exportFile(dir.filePath(QStringLiteral("site")), *adt));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("site.ndjson"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("site"))));
}

TEST(Designer, ToolKeysWorkWhereverTheFocusIs)
{
    ui::MainWindow w;
    ASSERT_TRUE(w.project()->setContent(floorWithARoom(), nullptr));
    w.resize(1200, 800);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_TRUE(tree);
    tree->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(tree->hasFocus());
    ui::PlanScene *scene = w.plan()->scene();
    const std::pair<Qt::Key, ui::PlanTool::Kind> keys[] = {
        {Qt::Key_W, ui::PlanTool::Kind::Wall},          {Qt::Key_R, ui::PlanTool::Kind::RectangleRoom},
        {Qt::Key_P, ui::PlanTool::Kind::PolygonRoom},   {Qt::Key_D, ui::PlanTool::Kind::Door},
        {Qt::Key_M, ui::PlanTool::Kind::Dimension},     {Qt::Key_K, ui::PlanTool::Kind::Calibrate}};
    for (const auto &[key, kind] : keys) {
        QTest::keyClick(tree, key);
        ASSERT_TRUE(scene->tool()) << QKeySequence(key).toString().toStdString();
        EXPECT_EQ(scene->tool()->kind(), kind) << QKeySequence(key).toString().toStdString();
    }
    QTest::keyClick(tree, Qt::Key_V);
    EXPECT_FALSE(scene->tool());
}

TEST(Designer, HelpAndVersionNeedNoDisplay)
{
    // The platform that needs a display, with none to be had.
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult help = twintest::runTool(QStringLiteral("twinstudio"), {QStringLiteral("--help")});
    const twintest::ProcessResult version = twintest::runTool(QStringLiteral("twinstudio"), {QStringLiteral("--version")});
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
    ASSERT_TRUE(help.finished && version.finished);
    EXPECT_EQ(help.exitCode, 0) << help.err.constData();
    EXPECT_TRUE(help.out.contains("--screenshot")) << help.out.constData();
    EXPECT_EQ(version.exitCode, 0) << version.err.constData();
    EXPECT_TRUE(version.out.contains("TwinStudio")) << version.out.constData();
}

TEST(Designer, NewStartsASiteWithABuildingAndAGroundFloor)
{
    ui::MainWindow w;
    QAction *newAction = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text().remove(u'&') == QLatin1String("New"))
            newAction = a;
    }
    ASSERT_TRUE(newAction);
    newAction->trigger();
    const Project *project = w.project();
    const TwinGraph *g = project->graph();
    ASSERT_EQ(g->twinCount(), 3);
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("ground-floor"))), g->indexOfTwin(QStringLiteral("building")));
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("building"))), g->indexOfTwin(QStringLiteral("site")));
    EXPECT_EQ(w.plan()->scene()->floors(), QStringList{QStringLiteral("ground-floor")});
    EXPECT_FALSE(project->isModified());
}

TEST(Designer, TreeOffersTheChildrenTheOntologyAllows)
{
    ui::MainWindow w;
    ASSERT_TRUE(w.project()->setContent(floorWithARoom(), nullptr));
    auto *topology = w.findChild<ui::TopologyDock *>();
    ASSERT_TRUE(topology);
    std::unique_ptr<QMenu> menu(topology->contextMenu(QStringLiteral("floor")));
    QStringList offered;
    for (QAction *a : menu->actions()) {
        offered.append(a->text().remove(u'&'));
    }
    EXPECT_TRUE(offered.contains(QStringLiteral("Add Room"))) << offered.join(u',').toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("Add Device"))) << offered.join(u',').toStdString();
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == QLatin1String("Add Room"))
            a->trigger();
    }
    EXPECT_EQ(w.project()->undoStack()->undoText(), QStringLiteral("Add Room 2"));
    EXPECT_EQ(w.project()->graph()->childrenOf(w.project()->graph()->indexOfTwin(QStringLiteral("floor"))).size(), 2);
}

namespace {

/// Every action of \a menu and of its submenus.
QList<QAction *> allActions(const QMenu *menu)
{
    QList<QAction *> all;
    for (QAction *a : menu->actions()) {
        all.append(a);
        if (a->menu())
            all.append(allActions(a->menu()));
    }
    return all;
}

} // namespace

// A real ontology lets a room hold hundreds of device types: the menu keeps the room's
// own ontology's few and offers the rest in a list searched by name.
TEST(Designer, ManyChildTypesAreChosenInASearchableList)
{
    ui::MainWindow w;
    ASSERT_TRUE(w.project()->setContent(floorWithARoom(), nullptr));
    QByteArray models = "[";
    const int count = 40;
    for (int i = 0; i < count; ++i) {
        models += QStringLiteral(R"(%1{"@context": "dtmi:dtdl:context;3", "@id": "dtmi:example:plant:Pump%2;1",
            "@type": "Interface", "extends": "dtmi:twinstudio:core:Device;1"})")
                      .arg(i ? QStringLiteral(",") : QString())
                      .arg(i)
                      .toUtf8();
    }
    models += "]";
    Diagnostics d;
    ASSERT_TRUE(twintest::importModels(*w.project(), models, &d));
    auto *topology = w.findChild<ui::TopologyDock *>();
    ASSERT_TRUE(topology);
    std::unique_ptr<QMenu> menu(topology->contextMenu(QStringLiteral("room")));
    const QList<QAction *> actions = allActions(menu.get());
    EXPECT_LT(actions.size(), count) << "each type has an entry of its own";
    QAction *more = nullptr;
    bool coreOffered = false;
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("PickChildType"))
            more = a;
        coreOffered = coreOffered || a->data().toString() == QLatin1String("dtmi:twinstudio:core:Multisensor;1");
    }
    EXPECT_TRUE(coreOffered) << "the room's own ontology's devices stay one click away";
    ASSERT_TRUE(more);
    QString seen;
    QTimer::singleShot(0, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *picker = qobject_cast<ui::TypePickerDialog *>(top)) {
                picker->setFilter(QStringLiteral("pump1"));
                seen += QString::number(picker->visibleCount()) + u' ';
                picker->setFilter(QStringLiteral("PUMP12"));
                seen += QString::number(picker->visibleCount()) + u' ' + picker->selectedModel();
                picker->accept();
            }
        }
    });
    more->trigger();
    EXPECT_EQ(seen, QStringLiteral("11 1 dtmi:example:plant:Pump12;1")); // Pump1, Pump10..19
    const TwinGraph *g = w.project()->graph();
    bool added = false;
    for (int child : g->childrenOf(g->indexOfTwin(QStringLiteral("room"))))
        added = added || g->twin(child).model == QLatin1String("dtmi:example:plant:Pump12;1");
    EXPECT_TRUE(added);
}

TEST(Designer, TypeNamesSplitAcronymsFromWords)
{
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:HVACBackflowPreventer;1")), QStringLiteral("HVAC backflow preventer"));
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:IAQSensorEquipment;1")), QStringLiteral("IAQ sensor equipment"));
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:CO2Sensor;1")), QStringLiteral("CO2 sensor"));
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:BACnetController;1")), QStringLiteral("BACnet controller"));
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:MeetingRoom;1")), QStringLiteral("Meeting room"));
    EXPECT_EQ(TwinFactory::readableName(QStringLiteral("dtmi:x:UPS;1")), QStringLiteral("UPS"));
}

TEST(Designer, TreeDropsMoveTwinsAndAddPaletteTypes)
{
    Project project;
    ASSERT_TRUE(project.setContent(floorWithARoom(), nullptr));
    ContainmentTreeModel model(&project);
    const TwinGraph *g = project.graph();
    const QModelIndex floor = model.indexOfTwin(g->indexOfTwin(QStringLiteral("floor")));
    const QModelIndex room = model.indexOfTwin(g->indexOfTwin(QStringLiteral("room")));

    // A space type dropped on the floor is added there.
    QMimeData palette;
    palette.setData(QString::fromLatin1(PaletteModel::MimeType), QByteArrayLiteral("dtmi:twinstudio:core:Room;1"));
    ASSERT_TRUE(model.canDropMimeData(&palette, Qt::CopyAction, -1, -1, floor));
    ASSERT_TRUE(model.dropMimeData(&palette, Qt::CopyAction, -1, -1, floor));
    EXPECT_EQ(g->childrenOf(g->indexOfTwin(QStringLiteral("floor"))).size(), 2);

    // A twin dragged onto another moves there, as one step.
    const int steps = project.undoStack()->count();
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.indexOfTwin(g->indexOfTwin(QStringLiteral("room-2")))}));
    ASSERT_TRUE(dragged);
    ASSERT_TRUE(model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, room));
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("room-2"))), g->indexOfTwin(QStringLiteral("room")));
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    // Never into itself or what it holds.
    std::unique_ptr<QMimeData> floorDrag(model.mimeData({floor}));
    EXPECT_FALSE(model.canDropMimeData(floorDrag.get(), Qt::MoveAction, -1, -1, room));
}

TEST(Designer, PlaceholderViewsSayWhatTheyWillHold)
{
    ui::MainWindow w;
    // The views not built yet; the 3D, Charts and Functions tabs are real views now.
    for (const char *name : {"dashboard"}) {
        ASSERT_TRUE(w.showView(QString::fromLatin1(name)));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("Views"));
        ASSERT_TRUE(tabs);
        const auto labels = tabs->currentWidget()->findChildren<QLabel *>();
        ASSERT_FALSE(labels.isEmpty()) << name;
        EXPECT_GT(labels.first()->text().size(), 30) << name;
    }
    ASSERT_TRUE(w.showView(QStringLiteral("plan")));
    QAction *newFunction = w.findChild<QAction *>(QStringLiteral("newFunction"));
    ASSERT_TRUE(newFunction);
    // The dock's New Function opens the tab and asks for the new function.
    bool asked = false;
    QTimer::singleShot(0, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String("NewFunctionDialog")) {
                asked = true;
                qobject_cast<QDialog *>(top)->reject();
            }
        }
    });
    newFunction->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(w.findChild<QTabWidget *>(QStringLiteral("Views"))->currentWidget()->objectName(),
              QStringLiteral("functions"));
}

TEST(Designer, OpeningAMissingPathOffersToCreateTheProject)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new-site.twinproj"));
    ui::MainWindow w;
    QString asked;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
            timer.stop();
        }
    });
    timer.start();
    ASSERT_TRUE(w.openFile(file));
    EXPECT_TRUE(asked.contains(QLatin1String("new-site.twinproj"))) << asked.toStdString();
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_EQ(w.project()->fileName(), file);
    EXPECT_EQ(w.plan()->scene()->floors().size(), 1);
}

TEST(Designer, HelpListsTheKeyboardShortcuts)
{
    ui::MainWindow w;
    const QString text = w.keyboardShortcuts();
    for (const char *key : {"<b>V</b>", "<b>R</b>", "<b>P</b>", "<b>W</b>", "<b>D</b>", "<b>M</b>", "<b>K</b>"})
        EXPECT_TRUE(text.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(text.contains(QLatin1String("README.md")));
    bool offered = false;
    for (QAction *a : w.findChildren<QAction *>())
        offered = offered || a->text().remove(u'&') == QLatin1String("Keyboard Shortcuts");
    EXPECT_TRUE(offered);
}

TEST(Designer, HelpOpensTheUserGuideWithItsPagesAndPictures)
{
    ui::MainWindow w;
    QAction *guide = w.findChild<QAction *>(QStringLiteral("userGuide"));
    ASSERT_TRUE(guide);
    guide->trigger();
    auto *browser = w.findChild<QTextBrowser *>(QStringLiteral("UserGuideBrowser"));
    ASSERT_TRUE(browser);
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("The two commands")));
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Starting a site")));
    // The pictures and the linked pages travel inside the program.
    EXPECT_FALSE(QImage(QStringLiteral(":/guide/docs/images/plan.png")).isNull());
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/guide/docs/telemetry.md")));
    // A link to a page of the guide opens it in the same window.
    emit browser->anchorClicked(QUrl(QStringLiteral("docs/telemetry.md")));
    EXPECT_EQ(browser->source(), QUrl(QStringLiteral("qrc:/guide/docs/telemetry.md")));
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Live telemetry")));
}

TEST(Designer, DrawingTheFirstRoomOfANewFloorKeepsTheViewStill)
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text().remove(u'&') == QLatin1String("New"))
            a->trigger();
    }
    QCoreApplication::processEvents();
    auto *graphics = w.plan()->findChild<QGraphicsView *>();
    ASSERT_TRUE(graphics);
    const QTransform before = graphics->transform();
    w.plan()->scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    for (QPoint p : {QPoint(120, 120), QPoint(320, 220)}) {
        QTest::mouseMove(graphics->viewport(), p);
        QTest::mouseClick(graphics->viewport(), Qt::LeftButton, {}, p);
    }
    QCoreApplication::processEvents();
    ASSERT_EQ(w.project()->undoStack()->undoText(), QStringLiteral("Add Room 1"));
    // The user keeps drawing where the view was: it does not jump to the new room.
    EXPECT_EQ(graphics->transform(), before);
}

TEST(Designer, PaletteEntriesAddToTheCurrentTwin)
{
    ui::MainWindow w;
    ASSERT_TRUE(w.project()->setContent(floorWithARoom(), nullptr));
    auto *palette = w.findChild<ui::PaletteDock *>();
    ASSERT_TRUE(palette);
    ASSERT_TRUE(w.selectTwin(QStringLiteral("room")));
    std::unique_ptr<QMenu> menu(palette->contextMenu(QStringLiteral("dtmi:twinstudio:core:Multisensor;1")));
    QAction *add = menu->findChild<QAction *>(QStringLiteral("addToCurrent"));
    ASSERT_TRUE(add);
    EXPECT_TRUE(add->isEnabled());
    add->trigger();
    const QString added = w.selection()->current();
    EXPECT_NE(added, QStringLiteral("room"));
    const TwinGraph *g = w.project()->graph();
    EXPECT_EQ(g->parentOf(g->indexOfTwin(added)), g->indexOfTwin(QStringLiteral("room")));
    EXPECT_EQ(w.project()->undoStack()->undoText(), QStringLiteral("Add Multisensor 1"));
}
