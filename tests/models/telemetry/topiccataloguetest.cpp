// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/topiccatalogue.h"

#include <gtest/gtest.h>

#include <thread>

using namespace twin;

TEST(TopicCatalogue, CountsKeepsLastPayloadsAndReportsEachChangeOnce)
{
    TopicCatalogue catalogue;
    catalogue.record("a/b", "{\"v\":1}", false, true, 1000);
    catalogue.record("a/b", "{\"v\":2}", true, true, 1100);
    catalogue.record("a/c", "x", false, false, 1200);

    QList<TopicCatalogue::TopicInfo> changes;
    EXPECT_EQ(catalogue.takeChanges(&changes), 0);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].topic, QStringLiteral("a/b"));
    EXPECT_EQ(changes[0].count, 2u);
    EXPECT_TRUE(changes[0].retained);
    EXPECT_TRUE(changes[0].bound);
    EXPECT_EQ(changes[0].lastPayload, QByteArray("{\"v\":2}"));
    EXPECT_EQ(changes[1].topic, QStringLiteral("a/c"));
    EXPECT_FALSE(changes[1].bound);
    EXPECT_EQ(catalogue.payloads(QStringLiteral("a/b")), (QList<QByteArray>{"{\"v\":1}", "{\"v\":2}"}));

    changes.clear();
    EXPECT_EQ(catalogue.takeChanges(&changes), 0);
    EXPECT_TRUE(changes.isEmpty()) << "nothing changed since the last call";
}

TEST(TopicCatalogue, MemoryStaysUnderItsCaps)
{
    TopicCatalogue::Limits limits;
    limits.payloadsPerTopic = 3;
    limits.maxPayloadBytes = 64 * 1024;
    limits.maxPayloadSize = 256;
    limits.maxTopics = 500;
    TopicCatalogue catalogue(limits);
    const std::string big(1000, 'x');
    for (int round = 0; round < 5; ++round) {
        for (int t = 0; t < 1000; ++t)
            catalogue.record("t/" + std::to_string(t), big, false, false, round);
    }
    EXPECT_EQ(catalogue.topicCount(), 500);
    EXPECT_EQ(catalogue.overflowMessages(), 5u * 500u);
    EXPECT_LE(catalogue.payloadBytes(), limits.maxPayloadBytes);
    const QList<QByteArray> kept = catalogue.payloads(QStringLiteral("t/499"));
    ASSERT_LE(kept.size(), 3);
    for (const QByteArray &p : kept)
        EXPECT_EQ(p.size(), 256) << "payloads are cut at maxPayloadSize";
    TopicCatalogue::TopicInfo info;
    ASSERT_TRUE(catalogue.info(QStringLiteral("t/0"), &info));
    EXPECT_EQ(info.count, 5u);
    EXPECT_EQ(info.lastPayloadSize, 1000);
}

TEST(TopicCatalogue, RecordsFromSeveralThreadsWhileBeingRead)
{
    TopicCatalogue catalogue;
    std::vector<std::thread> writers;
    for (int w = 0; w < 3; ++w) {
        writers.emplace_back([&catalogue, w] {
            for (int i = 0; i < 20000; ++i)
                catalogue.record("w" + std::to_string(w) + "/" + std::to_string(i % 100), "1", false, true, i);
        });
    }
    quint64 seen = 0;
    QList<TopicCatalogue::TopicInfo> changes;
    for (int i = 0; i < 200; ++i) {
        changes.clear();
        catalogue.takeChanges(&changes);
        seen += quint64(changes.size());
    }
    for (std::thread &t : writers)
        t.join();
    changes.clear();
    catalogue.takeChanges(&changes);
    quint64 total = 0;
    for (const QString &topic : catalogue.topics()) {
        TopicCatalogue::TopicInfo info;
        ASSERT_TRUE(catalogue.info(topic, &info));
        total += info.count;
    }
    EXPECT_EQ(catalogue.topicCount(), 300);
    EXPECT_EQ(total, 60000u);
}

TEST(TopicCatalogue, KeepsTheSameTopicOfTwoConnectionsApart)
{
    TopicCatalogue catalogue;
    catalogue.record("north", "plant/temp", "21", false, true, 1000);
    catalogue.record("south", "plant/temp", "30", true, false, 1001);
    catalogue.record("south", "plant/temp", "31", true, false, 1002);
    QList<TopicCatalogue::TopicInfo> changes;
    catalogue.takeChanges(&changes);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].connection, QStringLiteral("north"));
    EXPECT_EQ(changes[0].count, 1u);
    EXPECT_EQ(changes[1].connection, QStringLiteral("south"));
    EXPECT_EQ(changes[1].topic, QStringLiteral("plant/temp"));
    EXPECT_EQ(changes[1].count, 2u);
    EXPECT_EQ(catalogue.payloads(QStringLiteral("plant/temp"), QStringLiteral("south")),
              (QList<QByteArray>{"30", "31"}));
    EXPECT_EQ(catalogue.payloads(QStringLiteral("plant/temp"), QStringLiteral("north")), (QList<QByteArray>{"21"}));
    EXPECT_TRUE(catalogue.payloads(QStringLiteral("plant/temp")).isEmpty()) << "no source without a profile";
    EXPECT_EQ(catalogue.topics(), QStringList{QStringLiteral("plant/temp")});

    // One connection started over: its topics go, the other's are reported again.
    const quint64 generation = catalogue.generation();
    catalogue.clear(QStringLiteral("south"));
    EXPECT_NE(catalogue.generation(), generation);
    EXPECT_EQ(catalogue.topicCount(), 1);
    changes.clear();
    catalogue.takeChanges(&changes);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].connection, QStringLiteral("north"));
}
