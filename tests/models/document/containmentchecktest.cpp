// SPDX-License-Identifier: GPL-3.0-or-later
// The containment tree stays a tree: in the document API and in imports.
#include "document/containmentcheck.h"
#include "document/project.h"

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

Twin space(const char *id, const char *model)
{
    return Twin{str(id), QStringLiteral("dtmi:twinstudio:core:%1;1").arg(str(model)), {}, {}};
}

Relationship contains(const char *parent, const char *child)
{
    return Relationship{QStringLiteral("contains-%1").arg(str(child)), str(parent), str("contains"), str(child), {}};
}

/// building-a > floor-1 > office-106, and floor-2 in building-a.
void buildSite(Project *p)
{
    ProjectContent c;
    c.twins = {space("building-a", "Building"), space("floor-1", "Floor"), space("floor-2", "Floor"),
               space("office-106", "Room")};
    c.relationships = {contains("building-a", "floor-1"), contains("building-a", "floor-2"),
                       contains("floor-1", "office-106")};
    Diagnostics d;
    ASSERT_TRUE(p->importContent(c, &d)) << (d.isEmpty() ? "" : qPrintable(d.first().format()));
}

} // namespace

TEST(ContainmentCheck, AddRelationshipRefusesACycleWithTheReason)
{
    Project p;
    buildSite(&p);
    const int steps = p.undoStack()->count();
    QString error;
    EXPECT_FALSE(p.addRelationship(contains("office-106", "building-a"), &error));
    EXPECT_TRUE(error.contains(str("cycle"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(str("building-a")) && error.contains(str("office-106"))) << qPrintable(error);
    EXPECT_FALSE(p.addRelationship(contains("office-106", "office-106"), &error));
    EXPECT_TRUE(error.contains(str("itself"))) << qPrintable(error);
    EXPECT_EQ(p.undoStack()->count(), steps);
    EXPECT_EQ(p.graph()->relationshipCount(), 3);
}

TEST(ContainmentCheck, AddRelationshipRefusesASecondParent)
{
    Project p;
    buildSite(&p);
    QString error;
    EXPECT_FALSE(p.addRelationship(contains("floor-2", "office-106"), &error));
    EXPECT_TRUE(error.contains(str("already contained by 'floor-1'"))) << qPrintable(error);
    // Moving it is how a twin changes parent.
    EXPECT_TRUE(p.reparent(str("office-106"), str("floor-2"), &error)) << qPrintable(error);
    EXPECT_EQ(p.graph()->twin(p.graph()->parentOf(p.graph()->indexOfTwin(str("office-106")))).id, str("floor-2"));
}

TEST(ContainmentCheck, ImportRefusesCyclesAndSecondParentsInTheContent)
{
    Project p;
    buildSite(&p);
    ProjectContent c;
    c.twins = {space("room-1", "Room"), space("room-2", "Room")};
    // A cycle through a root, a second parent for a new twin and for one of the project.
    c.relationships = {contains("floor-1", "room-1"), contains("room-1", "room-2"), contains("room-2", "building-a"),
                       contains("floor-2", "room-1"), contains("room-1", "floor-1")};
    Diagnostics d;
    const int steps = p.undoStack()->count();
    EXPECT_FALSE(p.importContent(c, &d, str("in.json")));
    QStringList messages;
    for (const Diagnostic &x : std::as_const(d))
        messages.append(x.message);
    EXPECT_EQ(d.size(), 3) << qPrintable(messages.join(u'\n'));
    EXPECT_TRUE(messages.join(u'\n').contains(str("already contained by 'floor-1'"))) << qPrintable(messages.join(u'\n'));
    EXPECT_TRUE(messages.join(u'\n').contains(str("cycle"))) << qPrintable(messages.join(u'\n'));
    EXPECT_EQ(p.undoStack()->count(), steps);
}

TEST(ContainmentCheck, AnInverseEdgeToTheSameParentIsFine)
{
    Project p;
    buildSite(&p);
    ContainmentCheck check(p.graph());
    // isPartOf points from child to parent: the same place in the tree as contains.
    EXPECT_TRUE(check.problem({str("part"), str("office-106"), str("isPartOf"), str("floor-1"), {}}).isEmpty());
    EXPECT_FALSE(check.problem({str("part"), str("office-106"), str("isPartOf"), str("floor-2"), {}}).isEmpty());
    EXPECT_FALSE(check.problem({str("part"), str("building-a"), str("isPartOf"), str("office-106"), {}}).isEmpty());
    // Within one batch, what was accepted counts.
    const Relationship first{str("p1"), str("new-room"), str("isPartOf"), str("floor-2"), {}};
    EXPECT_TRUE(check.problem(first).isEmpty());
    check.accept(first);
    EXPECT_FALSE(check.problem(contains("floor-1", "new-room")).isEmpty());
}
