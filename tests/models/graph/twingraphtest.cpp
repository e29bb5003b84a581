// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/twingraph.h"
#include "support/twinfixtures.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using twintest::makeTwin;
using namespace twin;

namespace {

Relationship contains(const QString &parent, const QString &child)
{
    return {QStringLiteral("contains-") + child, parent, QStringLiteral("contains"), child, {}};
}

} // namespace

TEST(TwinGraph, InsertAndLookUpByIdUsesDenseIndices)
{
    TwinGraph g;
    const int a = g.insertTwin(makeTwin(QStringLiteral("a")));
    const int b = g.insertTwin(makeTwin(QStringLiteral("b")));
    EXPECT_EQ(a, 0);
    EXPECT_EQ(b, 1);
    EXPECT_EQ(g.twinCount(), 2);
    EXPECT_EQ(g.indexOfTwin(QStringLiteral("b")), b);
    EXPECT_EQ(g.indexOfTwin(QStringLiteral("zz")), -1);
    EXPECT_EQ(g.findTwin(QStringLiteral("a"))->id, QStringLiteral("a"));
    EXPECT_EQ(g.roots(), (QList<int>{a, b}));
}

TEST(TwinGraph, ContainmentBuildsTreeAndQueries)
{
    TwinGraph g;
    for (const char *id : {"site", "bldg", "floor", "room", "dev", "sensor"})
        g.insertTwin(makeTwin(QString::fromLatin1(id)));
    g.insertRelationship(contains(QStringLiteral("site"), QStringLiteral("bldg")));
    g.insertRelationship(contains(QStringLiteral("bldg"), QStringLiteral("floor")));
    g.insertRelationship(contains(QStringLiteral("floor"), QStringLiteral("room")));
    g.insertRelationship(contains(QStringLiteral("room"), QStringLiteral("dev")));
    g.insertRelationship({QStringLiteral("s1"), QStringLiteral("dev"), QStringLiteral("hasSensor"),
                          QStringLiteral("sensor"), {}});
    const int site = g.indexOfTwin(QStringLiteral("site"));
    const int room = g.indexOfTwin(QStringLiteral("room"));
    const int sensor = g.indexOfTwin(QStringLiteral("sensor"));
    EXPECT_EQ(g.roots(), QList<int>{site});
    EXPECT_EQ(g.parentOf(sensor), g.indexOfTwin(QStringLiteral("dev")));
    EXPECT_EQ(g.ancestorsOf(sensor).size(), 5);
    EXPECT_EQ(g.ancestorsOf(sensor).last(), site);
    EXPECT_TRUE(g.isAncestor(site, sensor));
    EXPECT_FALSE(g.isAncestor(sensor, site));
    EXPECT_EQ(g.subtreeOf(room).size(), 3);
    EXPECT_EQ(g.subtreeOf(site).size(), 6);
}

TEST(TwinGraph, ChildToParentRulesAndCycleGuard)
{
    TwinGraph g;
    g.insertTwin(makeTwin(QStringLiteral("room")));
    g.insertTwin(makeTwin(QStringLiteral("asset")));
    g.insertRelationship({QStringLiteral("r"), QStringLiteral("asset"), QStringLiteral("locatedIn"),
                          QStringLiteral("room"), {}});
    EXPECT_EQ(g.parentOf(g.indexOfTwin(QStringLiteral("asset"))), g.indexOfTwin(QStringLiteral("room")));
    // A containment edge that would close a cycle stays in the graph but not in the tree.
    g.insertRelationship(contains(QStringLiteral("asset"), QStringLiteral("room")));
    EXPECT_EQ(g.relationshipCount(), 2);
    EXPECT_EQ(g.parentOf(g.indexOfTwin(QStringLiteral("room"))), -1);
}

TEST(TwinGraph, RemovingContainmentFallsBackToAnotherEdge)
{
    TwinGraph g;
    for (const char *id : {"a", "b", "c"})
        g.insertTwin(makeTwin(QString::fromLatin1(id)));
    const int first = g.insertRelationship(contains(QStringLiteral("a"), QStringLiteral("c")));
    g.insertRelationship({QStringLiteral("x"), QStringLiteral("b"), QStringLiteral("contains"), QStringLiteral("c"), {}});
    const int c = g.indexOfTwin(QStringLiteral("c"));
    EXPECT_EQ(g.parentOf(c), g.indexOfTwin(QStringLiteral("a")));
    QSignalSpy spy(&g, &TwinGraph::parentChanged);
    g.removeRelationship(first);
    EXPECT_EQ(g.parentOf(c), g.indexOfTwin(QStringLiteral("b")));
    EXPECT_EQ(spy.count(), 1);
}

TEST(TwinGraph, RelationshipIdsAreUniquePerSource)
{
    TwinGraph g;
    for (const char *id : {"a", "b"})
        g.insertTwin(makeTwin(QString::fromLatin1(id)));
    g.insertRelationship({QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("near"), QStringLiteral("b"), {}});
    g.insertRelationship({QStringLiteral("r1"), QStringLiteral("b"), QStringLiteral("near"), QStringLiteral("a"), {}});
    EXPECT_GE(g.findRelationship(g.indexOfTwin(QStringLiteral("a")), QStringLiteral("r1")), 0);
    EXPECT_GE(g.findRelationship(g.indexOfTwin(QStringLiteral("b")), QStringLiteral("r1")), 0);
    EXPECT_EQ(g.relationshipsOf(g.indexOfTwin(QStringLiteral("a"))).size(), 2);
}

TEST(TwinGraph, ResetSkipsInconsistentEntriesAndBuildsTree)
{
    TwinGraph g;
    QSignalSpy reset(&g, &TwinGraph::wasReset);
    const int skipped = g.reset({makeTwin(QStringLiteral("a")), makeTwin(QStringLiteral("b")), makeTwin(QStringLiteral("a"))},
                                {contains(QStringLiteral("a"), QStringLiteral("b")),
                                 contains(QStringLiteral("a"), QStringLiteral("missing"))});
    EXPECT_EQ(skipped, 2);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(g.twinCount(), 2);
    EXPECT_EQ(g.relationshipCount(), 1);
    EXPECT_EQ(g.parentOf(g.indexOfTwin(QStringLiteral("b"))), g.indexOfTwin(QStringLiteral("a")));
}

TEST(TwinGraph, ChangingContainmentRulesRebuildsTree)
{
    TwinGraph g;
    g.insertTwin(makeTwin(QStringLiteral("a")));
    g.insertTwin(makeTwin(QStringLiteral("b")));
    g.insertRelationship({QStringLiteral("r"), QStringLiteral("a"), QStringLiteral("feeds"), QStringLiteral("b"), {}});
    EXPECT_EQ(g.roots().size(), 2);
    g.setContainmentRules({{QStringLiteral("feeds"), ContainmentRule::Direction::ParentToChild}});
    EXPECT_EQ(g.roots().size(), 1);
}

TEST(TwinGraph, BulkChangeIsAnnouncedAsOneReset)
{
    TwinGraph g;
    QSignalSpy inserted(&g, &TwinGraph::twinInserted);
    QSignalSpy reset(&g, &TwinGraph::wasReset);
    g.beginBulkChange();
    for (int i = 0; i < 100; ++i)
        g.insertTwin(makeTwin(QStringLiteral("t%1").arg(i)));
    g.endBulkChange();
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(g.twinCount(), 100);
}
