// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "graph/twingraph.h"
#include "itemmodels/twinselection.h"
#include "support/twinfixtures.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using twintest::makeTwin;
using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(str(s));
    return out;
}

/// site → b1 → (f1 → r1, r2), f2
struct Fixture
{
    Fixture()
    {
        EXPECT_TRUE(project.addTwin(makeTwin(str("site"))));
        EXPECT_TRUE(project.addTwinUnder(makeTwin(str("b1")), str("site")));
        EXPECT_TRUE(project.addTwinUnder(makeTwin(str("f1")), str("b1")));
        EXPECT_TRUE(project.addTwinUnder(makeTwin(str("f2")), str("b1")));
        EXPECT_TRUE(project.addTwinUnder(makeTwin(str("r1")), str("f1")));
        EXPECT_TRUE(project.addTwinUnder(makeTwin(str("r2")), str("f1")));
    }

    /// Every selected id is a twin of the project, and the current one is selected.
    bool consistent() const
    {
        for (const QString &id : selection.selectedIds()) {
            if (!project.graph()->findTwin(id))
                return false;
        }
        return selection.current().isEmpty() ? selection.isEmpty() : selection.isSelected(selection.current());
    }

    Project project;
    TwinSelection selection{&project};
};

} // namespace

TEST(TwinSelection, SelectTakesKnownTwinsOnceAndPicksACurrent)
{
    Fixture f;
    f.selection.select(ids({"r1", "ghost", "r2", "r1", ""}));
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1", "r2"}));
    EXPECT_EQ(f.selection.current(), str("r1"));
    EXPECT_TRUE(f.selection.isSelected(str("r2")));
    EXPECT_FALSE(f.selection.isSelected(str("ghost")));

    // The current twin stays while it is still selected...
    f.selection.select(ids({"f1", "r1"}));
    EXPECT_EQ(f.selection.current(), str("r1"));
    // ...a named one wins, and is selected with the others...
    f.selection.select(ids({"f1"}), str("f2"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"f1", "f2"}));
    EXPECT_EQ(f.selection.current(), str("f2"));
    // ...and an unknown one is no current at all.
    f.selection.select(ids({"b1"}), str("ghost"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"b1"}));
    EXPECT_EQ(f.selection.current(), str("b1"));
    EXPECT_TRUE(f.consistent());
}

TEST(TwinSelection, SignalsTellWhatChangedAndNothingWhenNothingDid)
{
    Fixture f;
    QList<QString> order;
    QObject::connect(&f.selection, &TwinSelection::selectionChanged, [&] { order.append(str("selection")); });
    QObject::connect(&f.selection, &TwinSelection::currentChanged, [&] { order.append(str("current")); });
    QSignalSpy changed(&f.selection, &TwinSelection::selectionChanged);
    QSignalSpy current(&f.selection, &TwinSelection::currentChanged);

    f.selection.select(ids({"r1", "r2"}), str("r2"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toStringList(), ids({"r1", "r2"}));
    EXPECT_TRUE(changed.at(0).at(1).toStringList().isEmpty());
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.at(0).at(0).toString(), str("r2"));
    EXPECT_EQ(current.at(0).at(1).toString(), QString());
    EXPECT_EQ(order, ids({"selection", "current"}));

    // The same selection again, in another order: nothing to tell.
    f.selection.select(ids({"r2", "r1"}));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(current.size(), 1);

    f.selection.select(ids({"r2", "f1"}));
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(1).at(0).toStringList(), ids({"f1"}));
    EXPECT_EQ(changed.at(1).at(1).toStringList(), ids({"r1"}));
    EXPECT_EQ(current.size(), 1) << "r2 stayed current";

    // Only the current twin moves: no selection change.
    f.selection.setCurrent(str("f1"));
    EXPECT_EQ(changed.size(), 2);
    ASSERT_EQ(current.size(), 2);
    EXPECT_EQ(current.at(1).at(0).toString(), str("f1"));
    EXPECT_EQ(current.at(1).at(1).toString(), str("r2"));

    f.selection.clear();
    ASSERT_EQ(changed.size(), 3);
    QStringList gone = changed.at(2).at(1).toStringList();
    gone.sort();
    EXPECT_EQ(gone, ids({"f1", "r2"}));
    EXPECT_EQ(current.at(2).at(0).toString(), QString());
    f.selection.clear();
    EXPECT_EQ(changed.size(), 3);
    EXPECT_EQ(current.size(), 3);
}

TEST(TwinSelection, ToggleAddsAsCurrentAndRemovesToTheLatestOther)
{
    Fixture f;
    f.selection.toggle(str("r1"));
    f.selection.toggle(str("r2"));
    f.selection.toggle(str("f2"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1", "r2", "f2"}));
    EXPECT_EQ(f.selection.current(), str("f2"));

    f.selection.toggle(str("r1"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"r2", "f2"}));
    EXPECT_EQ(f.selection.current(), str("f2")) << "removing another twin keeps the current one";
    f.selection.toggle(str("f2"));
    EXPECT_EQ(f.selection.current(), str("r2"));
    f.selection.toggle(str("r2"));
    EXPECT_TRUE(f.selection.isEmpty());
    EXPECT_EQ(f.selection.current(), QString());

    f.selection.toggle(str("ghost"));
    EXPECT_TRUE(f.selection.isEmpty());
}

TEST(TwinSelection, SetCurrentAddsTheTwinAndIgnoresUnknownIds)
{
    Fixture f;
    f.selection.select(ids({"r1"}));
    f.selection.setCurrent(str("r2"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1", "r2"}));
    EXPECT_EQ(f.selection.current(), str("r2"));
    f.selection.setCurrent(str("ghost"));
    f.selection.setCurrent(QString());
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1", "r2"}));
    EXPECT_EQ(f.selection.current(), str("r2"));
    f.selection.selectOnly(str("b1"));
    EXPECT_EQ(f.selection.selectedIds(), ids({"b1"}));
    f.selection.selectOnly(str("ghost"));
    EXPECT_TRUE(f.selection.isEmpty());
}

TEST(TwinSelection, RemovedTwinsLeaveAndUndoDoesNotBringBackStaleIds)
{
    Fixture f;
    f.selection.select(ids({"r1", "r2", "f2"}), str("r1"));
    QStringList deselected;
    bool graphConsistent = true;
    QObject::connect(&f.selection, &TwinSelection::selectionChanged, [&](const QStringList &, const QStringList &gone) {
        deselected += gone;
        // Listeners run once the twin is gone from the graph, never halfway through.
        for (const QString &id : gone)
            graphConsistent = graphConsistent && !f.project.graph()->findTwin(id);
    });

    // Removing the floor removes its rooms.
    ASSERT_TRUE(f.project.removeTwins(ids({"f1"})));
    deselected.sort();
    EXPECT_EQ(deselected, ids({"r1", "r2"}));
    EXPECT_TRUE(graphConsistent);
    EXPECT_EQ(f.selection.selectedIds(), ids({"f2"}));
    EXPECT_EQ(f.selection.current(), str("f2"));
    EXPECT_TRUE(f.consistent());

    f.project.undoStack()->undo();
    ASSERT_TRUE(f.project.graph()->findTwin(str("r1")));
    EXPECT_EQ(f.selection.selectedIds(), ids({"f2"})) << "undo restores twins, not the selection";
    f.project.undoStack()->redo();
    EXPECT_TRUE(f.consistent());
    f.project.undoStack()->undo();

    // A twin selected after the undo leaves again on redo.
    f.selection.select(ids({"r2"}));
    f.project.undoStack()->redo();
    EXPECT_TRUE(f.selection.isEmpty());
    EXPECT_EQ(f.selection.current(), QString());
}

TEST(TwinSelection, UndoOfAnAddDropsTheAddedTwin)
{
    Fixture f;
    ASSERT_TRUE(f.project.addTwinUnder(makeTwin(str("r3")), str("f2")));
    f.selection.select(ids({"r3", "r1"}), str("r3"));
    f.project.undoStack()->undo();
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1"}));
    EXPECT_EQ(f.selection.current(), str("r1"));
    EXPECT_TRUE(f.consistent());
}

TEST(TwinSelection, UndoOfAnImportDropsItsTwinsAndKeepsTheOthers)
{
    Fixture f;
    ProjectContent c;
    c.twins = {makeTwin(str("x1")), makeTwin(str("x2"))};
    ASSERT_TRUE(f.project.importContent(c, nullptr));
    f.selection.select(ids({"x1", "r2", "x2"}), str("x2"));
    QSignalSpy changed(&f.selection, &TwinSelection::selectionChanged);
    f.project.undoStack()->undo();
    EXPECT_EQ(f.selection.selectedIds(), ids({"r2"}));
    EXPECT_EQ(f.selection.current(), str("r2"));
    ASSERT_EQ(changed.size(), 1) << "a bulk change is one selection change";
    QStringList gone = changed.at(0).at(1).toStringList();
    gone.sort();
    EXPECT_EQ(gone, ids({"x1", "x2"}));

    // A redo brings the twins back unselected; a reset that keeps every selected twin
    // changes nothing.
    f.project.undoStack()->redo();
    EXPECT_EQ(f.selection.selectedIds(), ids({"r2"}));
    EXPECT_EQ(changed.size(), 1);
}

TEST(TwinSelection, ANewDocumentClearsItAndItKeepsWorking)
{
    Fixture f;
    f.selection.select(ids({"r1", "site"}));
    ProjectContent c;
    c.twins = {makeTwin(str("r1")), makeTwin(str("other"))};
    Diagnostics diagnostics;
    ASSERT_TRUE(f.project.setContent(c, &diagnostics));
    EXPECT_TRUE(f.selection.isEmpty()) << "r1 of another document is another twin";
    EXPECT_EQ(f.selection.current(), QString());

    f.selection.select(ids({"other", "r1"}));
    EXPECT_EQ(f.selection.count(), 2);
    ASSERT_TRUE(f.project.removeTwin(str("other")));
    EXPECT_EQ(f.selection.selectedIds(), ids({"r1"}));
    EXPECT_EQ(f.selection.current(), str("r1"));

    f.project.clear();
    EXPECT_TRUE(f.selection.isEmpty());
    EXPECT_TRUE(f.consistent());
}
