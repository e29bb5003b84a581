// SPDX-License-Identifier: GPL-3.0-or-later
// The category map editor: a change made in its table reaches the project on OK, as one
// undo step, and Cancel leaves the project alone.
#include "categoriesdialog.h"

#include "document/project.h"
#include "itemmodels/categorymapmodel.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const QString kRoom = QStringLiteral("dtmi:twinstudio:core:Room;1");

Category roomCategory(const Project &p)
{
    return p.categoryOf(p.graph()->indexOfTwin(QStringLiteral("r1")));
}

void addRoom(Project &p)
{
    Twin room;
    room.id = QStringLiteral("r1");
    room.model = kRoom;
    ASSERT_TRUE(p.addTwin(room));
}

} // namespace

TEST(CategoriesDialog, AChoiceInTheTableIsAppliedOnOk)
{
    Project p;
    addRoom(p);
    ui::CategoriesDialog dialog(&p);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.addRoot(kRoom));

    // The new row is current on its category cell: open the editor and pick "Device".
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("categoryTable"));
    ASSERT_TRUE(table);
    const QModelIndex cell = table->currentIndex();
    ASSERT_EQ(cell.column(), int(CategoryMapModel::CategoryColumn));
    table->edit(cell);
    auto *box = table->findChild<QComboBox *>();
    ASSERT_TRUE(box);
    // Pick "Device" as the keyboard does: one step down from Space.
    ASSERT_EQ(box->currentText(), QStringLiteral("Space"));
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Device"));
    EXPECT_EQ(roomCategory(p), Category::Space); // not yet

    const int steps = p.undoStack()->count();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(roomCategory(p), Category::Device);
    EXPECT_EQ(p.undoStack()->count(), steps + 1);
    p.undoStack()->undo();
    EXPECT_EQ(roomCategory(p), Category::Space);
}

TEST(CategoriesDialog, CancelChangesNothing)
{
    Project p;
    addRoom(p);
    ui::CategoriesDialog dialog(&p);
    ASSERT_TRUE(dialog.addRoot(kRoom));
    dialog.model()->setData(dialog.model()->index(0, CategoryMapModel::CategoryColumn), int(Category::Person));
    const int steps = p.undoStack()->count();
    dialog.reject();
    EXPECT_EQ(p.undoStack()->count(), steps);
    EXPECT_EQ(roomCategory(p), Category::Space);
}
