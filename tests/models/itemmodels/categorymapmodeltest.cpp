// SPDX-License-Identifier: GPL-3.0-or-later
// The category map draft behind the categories dialog, and how the other models follow
// a change of the map.
#include "document/project.h"
#include "itemmodels/categorymapmodel.h"
#include "itemmodels/palettemodel.h"
#include "itemmodels/twinlistmodel.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const QString kRoom = QStringLiteral("dtmi:twinstudio:core:Room;1");
const QString kSpace = QStringLiteral("dtmi:twinstudio:core:Space;1");

int rowOf(const CategoryMapModel &model, const QString &dtmi)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CategoryMapModel::DtmiRole).toString() == dtmi)
            return row;
    }
    return -1;
}

} // namespace

TEST(CategoryMapModel, ListsTheMapEditsADraftAndAppliesItAsOneStep)
{
    Project p;
    Twin room;
    room.id = QStringLiteral("r1");
    room.model = kRoom;
    ASSERT_TRUE(p.addTwin(room));
    CategoryMapModel model(&p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    EXPECT_EQ(model.rowCount(), p.models().categoryRoots().size());
    const int spaceRow = rowOf(model, kSpace);
    ASSERT_GE(spaceRow, 0);
    EXPECT_EQ(model.index(spaceRow, CategoryMapModel::CategoryColumn).data().toString(), QStringLiteral("Space"));
    // The core Space decides itself and all its subtypes (Site, Building, Floor, Room, Zone).
    EXPECT_GE(model.index(spaceRow, CategoryMapModel::CoversColumn).data().toInt(), 6);
    // REC roots are listed but not loaded in a core-only project.
    const int recRow = rowOf(model, QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Space;1"));
    ASSERT_GE(recRow, 0);
    EXPECT_EQ(model.index(recRow, CategoryMapModel::CoversColumn).data().toString(), QStringLiteral("not loaded"));

    EXPECT_TRUE(model.candidates().contains(kRoom));
    EXPECT_FALSE(model.candidates().contains(kSpace));
    EXPECT_FALSE(model.addRoot(QStringLiteral("dtmi:example:Missing;1"), Category::Device));
    const int coversBefore = model.index(spaceRow, CategoryMapModel::CoversColumn).data().toInt();
    ASSERT_TRUE(model.addRoot(kRoom, Category::Space));
    EXPECT_FALSE(model.addRoot(kRoom, Category::Space)); // already a root
    const int roomRow = rowOf(model, kRoom);
    ASSERT_GE(roomRow, 0);
    EXPECT_EQ(model.index(rowOf(model, kSpace), CategoryMapModel::CoversColumn).data().toInt(), coversBefore - 1);
    EXPECT_TRUE(model.setData(model.index(roomRow, CategoryMapModel::CategoryColumn), int(Category::Other)));
    EXPECT_FALSE(model.setData(model.index(roomRow, CategoryMapModel::CategoryColumn), 99));
    EXPECT_FALSE(model.setData(model.index(roomRow, CategoryMapModel::InterfaceColumn), QStringLiteral("x")));

    // Nothing reaches the project before apply().
    EXPECT_EQ(p.categoryOf(p.graph()->indexOfTwin(QStringLiteral("r1"))), Category::Space);
    EXPECT_TRUE(model.isChanged());
    const int steps = p.undoStack()->count();
    QString error;
    ASSERT_TRUE(model.apply(&error)) << error.toStdString();
    EXPECT_EQ(p.undoStack()->count(), steps + 1);
    EXPECT_EQ(p.categoryOf(p.graph()->indexOfTwin(QStringLiteral("r1"))), Category::Other);
    EXPECT_FALSE(model.isChanged());

    model.removeRoot(rowOf(model, kRoom));
    EXPECT_TRUE(model.isChanged());
    model.revert();
    EXPECT_GE(rowOf(model, kRoom), 0);
    model.resetToBuiltIn();
    EXPECT_LT(rowOf(model, kRoom), 0);
    EXPECT_EQ(model.roots(), ModelRegistry::defaultCategoryRoots());
}

TEST(CategoryMapModel, OtherModelsFollowACategoryChange)
{
    Project p;
    Twin room;
    room.id = QStringLiteral("r1");
    room.model = kRoom;
    ASSERT_TRUE(p.addTwin(room));
    TwinListModel list(&p);
    PaletteModel palette(&p);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester paletteTester(&palette, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy listChanged(&list, &QAbstractItemModel::dataChanged);
    QSignalSpy paletteReset(&palette, &QAbstractItemModel::modelReset);

    QHash<QString, Category> roots = p.models().categoryRoots();
    roots.insert(kRoom, Category::Device);
    ASSERT_TRUE(p.setCategoryRoots(roots));
    EXPECT_GE(listChanged.count(), 1);
    EXPECT_EQ(paletteReset.count(), 1);
    EXPECT_EQ(list.index(0, TwinListModel::CategoryColumn).data().toString(), QStringLiteral("Device"));
    p.undoStack()->undo();
    EXPECT_EQ(list.index(0, TwinListModel::CategoryColumn).data().toString(), QStringLiteral("Space"));
}

TEST(ProjectOntology, ImportsAFolderAsOneStepAndUndoesIt)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    Project p;
    PaletteModel palette(&p);
    const int before = p.models().interfaceCount();
    Diagnostics diagnostics;
    int added = 0;
    ASSERT_TRUE(p.importOntology({twintest::sharedPath(QStringLiteral("ontologies/rec-3.3"))}, &diagnostics, &added))
        << (diagnostics.isEmpty() ? std::string() : diagnostics.first().format().toStdString());
    EXPECT_EQ(added, 767);
    EXPECT_EQ(p.models().interfaceCount(), before + 767);
    EXPECT_EQ(p.models().category(QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Building;1")), Category::Space);
    int paletteEntries = 0;
    for (int g = 0; g < palette.rowCount(); ++g)
        paletteEntries += palette.rowCount(palette.index(g, 0));
    EXPECT_EQ(paletteEntries, before + 767);

    p.undoStack()->undo();
    EXPECT_EQ(p.models().interfaceCount(), before);
    paletteEntries = 0;
    for (int g = 0; g < palette.rowCount(); ++g)
        paletteEntries += palette.rowCount(palette.index(g, 0));
    EXPECT_EQ(paletteEntries, before);
    p.undoStack()->redo();
    EXPECT_EQ(p.models().interfaceCount(), before + 767);

    // The same ontology twice is refused, with the project unchanged.
    diagnostics.clear();
    EXPECT_FALSE(p.importOntology({twintest::sharedPath(QStringLiteral("ontologies/rec-3.3"))}, &diagnostics));
    EXPECT_FALSE(diagnostics.isEmpty());
    EXPECT_EQ(p.models().interfaceCount(), before + 767);
}

TEST(ProjectOntology, ABrokenFileIsRefusedWithItsLine)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"@id\": \"dtmi:example:Broken;1\",\n  \"@type\": \"Interface\",\n  \"@context\": \"dtmi:dtdl:context;3\",\n"
            "  \"contents\": [ { \"@type\": \"Property\", \"name\": \"x\", \"schema\": \"nonsense\" } ]\n}\n");
    f.close();
    Project p;
    const int before = p.models().interfaceCount();
    Diagnostics diagnostics;
    EXPECT_FALSE(p.importOntology({file}, &diagnostics));
    ASSERT_FALSE(diagnostics.isEmpty());
    EXPECT_EQ(diagnostics.first().file, file);
    // Located by line or by JSON pointer to the bad schema.
    EXPECT_TRUE(diagnostics.first().line > 0 || diagnostics.first().pointer.contains(QStringLiteral("/contents/0")))
        << diagnostics.first().format().toStdString();
    EXPECT_EQ(p.models().interfaceCount(), before);
    EXPECT_EQ(p.undoStack()->count(), 0);

    diagnostics.clear();
    EXPECT_FALSE(p.importOntology({dir.filePath(QStringLiteral("empty-folder-does-not-exist"))}, &diagnostics));
    EXPECT_FALSE(diagnostics.isEmpty());
}
