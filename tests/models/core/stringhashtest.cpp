// SPDX-License-Identifier: GPL-3.0-or-later
// The string hash of models/core/stringhash.cpp (Qt's values, in use process-wide, with the
// upper halves of the vector registers left unused), clearUpperVectorState() and the
// StringKey hash of the per-message tables.
#include "core/stringkey.h"
#include "core/vectorstate.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#if defined(__x86_64__) && defined(__linux__)
#include <cpuid.h>
#include <dlfcn.h>

namespace {

using StringHash = size_t (*)(QStringView, size_t) noexcept;

StringHash qtStringHash()
{
    return reinterpret_cast<StringHash>(dlsym(RTLD_NEXT, "_Z5qHash11QStringViewm"));
}

StringHash processStringHash()
{
    return reinterpret_cast<StringHash>(dlsym(RTLD_DEFAULT, "_Z5qHash11QStringViewm"));
}

QStringList samples()
{
    return {QString(), QStringLiteral(""), QStringLiteral("a"), QStringLiteral("temperature-12"),
            QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1"), QString(1000, u'x'),
            QStringLiteral("Raum-Größe-Ω-温度"), QStringLiteral("room-0\u0001Comfort")};
}

/// The XINUSE bit of the AVX state (the upper halves of YMM0-15), or -1 where the
/// processor cannot tell (XGETBV with ECX=1).
int avxUpperInUse()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid_count(0xd, 1, &a, &b, &c, &d) || !(a & (1u << 2)))
        return -1;
    unsigned lo = 0, hi = 0;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
    return int((lo >> 2) & 1);
}

} // namespace

TEST(StringHash, GivesQtsValues)
{
    const StringHash qt = qtStringHash();
    ASSERT_NE(qt, nullptr);
    for (const QString &s : samples()) {
        for (size_t seed : {size_t(0), size_t(1), size_t(0x9e3779b97f4a7c15ull), size_t(QHashSeed::globalSeed())}) {
            EXPECT_EQ(qHash(QStringView(s), seed), qt(s, seed)) << qPrintable(s.left(40));
            EXPECT_EQ(qHash(s, seed), qt(s, seed)) << qPrintable(s.left(40));
        }
    }
}

TEST(StringHash, IsTheDefinitionTheWholeProcessUses)
{
    // Qt's libraries (QJSEngine's string tables, for one) resolve the symbol through the
    // process's lookup order: the executable's definition comes first.
    const StringHash process = processStringHash();
    ASSERT_NE(process, nullptr);
    EXPECT_NE(process, qtStringHash()) << "Qt's own qHash(QStringView) is in use: stringhash.cpp is not linked in";
    const QString key = QStringLiteral("temperature-12");
    EXPECT_EQ(process(key, 7), qtStringHash()(key, 7));
}

TEST(StringHash, LeavesTheUpperHalvesOfTheVectorRegistersUnused)
{
    if (avxUpperInUse() < 0)
        GTEST_SKIP() << "this processor does not report which register state is in use (XGETBV 1)";
    const QString key = QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1");
    volatile size_t sink = qtStringHash()(key, 1);
    const int afterQt = avxUpperInUse();
    sink = sink + qHash(QStringView(key), size_t(1));
    const int afterOurs = avxUpperInUse();
    (void)sink;
    EXPECT_EQ(afterOurs, 0) << "the hash returned with the upper halves of the YMM registers in use";
    if (afterQt == 0)
        std::printf("note: Qt's own hash leaves them unused on this processor or Qt build\n");
}

TEST(StringHash, ClearUpperVectorStateClearsWhatQtsHashLeaves)
{
    if (avxUpperInUse() < 0)
        GTEST_SKIP() << "this processor does not report which register state is in use (XGETBV 1)";
    volatile size_t sink = qtStringHash()(QStringLiteral("room-1"), 3); // Qt's short-string path
    (void)sink;
    twin::clearUpperVectorState();
    EXPECT_EQ(avxUpperInUse(), 0);
}

TEST(StringHash, KeepsQHashAndQSetWorking)
{
    QHash<QString, int> byName;
    QSet<QString> names;
    for (int i = 0; i < 2000; ++i) {
        byName.insert(QStringLiteral("sensor-%1").arg(i), i);
        names.insert(QStringLiteral("sensor-%1").arg(i));
    }
    for (int i = 0; i < 2000; ++i) {
        EXPECT_EQ(byName.value(QStringLiteral("sensor-%1").arg(i), -1), i);
        EXPECT_TRUE(names.contains(QStringLiteral("sensor-%1").arg(i)));
    }
    EXPECT_FALSE(names.contains(QStringLiteral("sensor-2000")));
}

#endif

TEST(StringKey, EqualTextsHashEquallyAndTheSeedChangesTheHash)
{
    const QString a = QStringLiteral("room-1");
    const QString b = QString(a.constData(), a.size()); // another copy of the same text
    EXPECT_EQ(twin::stringKeyHash(a, 5), twin::stringKeyHash(b, 5));
    EXPECT_NE(twin::stringKeyHash(a, 5), twin::stringKeyHash(a, 6));
    EXPECT_NE(twin::stringKeyHash(QStringLiteral("room-1")), twin::stringKeyHash(QStringLiteral("room-2")));
    EXPECT_NE(twin::stringKeyHash(QString()), twin::stringKeyHash(QStringLiteral("\u0000")));
    EXPECT_EQ(twin::stringKeyHash(QString()), twin::stringKeyHash(QStringLiteral("")));
}

TEST(StringKey, SpreadsTwinIdsOverTheBuckets)
{
    // 100,000 ids of the shapes projects use, 1 to 24 characters long: no two share a
    // 64-bit hash, and the low bits (a QHash's bucket) spread evenly.
    QSet<size_t> hashes;
    std::vector<int> buckets(1024, 0);
    int n = 0;
    for (int i = 0; i < 100000; ++i) {
        const QString id = i % 3 == 0 ? QString::number(i)
            : i % 3 == 1              ? QStringLiteral("room-%1").arg(i)
                                      : QStringLiteral("temperature-sensor-%1").arg(i);
        const size_t h = twin::stringKeyHash(id, 12345);
        hashes.insert(h);
        ++buckets[h & 1023];
        ++n;
    }
    EXPECT_EQ(hashes.size(), n);
    const auto [least, most] = std::minmax_element(buckets.cbegin(), buckets.cend());
    EXPECT_GT(*least, 40); // ~98 each
    EXPECT_LT(*most, 170);
}

TEST(StringKey, WorksAsTheKeyOfQHashAndQSet)
{
    QHash<twin::StringKey, int> byId;
    QSet<twin::StringKey> ids;
    for (int i = 0; i < 5000; ++i) {
        byId.insert(QStringLiteral("s%1").arg(i), i);
        ids.insert(QStringLiteral("s%1").arg(i));
    }
    for (int i = 0; i < 5000; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        EXPECT_EQ(byId.value(id, -1), i);
        EXPECT_TRUE(ids.contains(id));
    }
    EXPECT_FALSE(ids.contains(QStringLiteral("s5000")));
    const QString key = byId.constFind(QStringLiteral("s7")).key(); // back to a QString
    EXPECT_EQ(key, QStringLiteral("s7"));
}

#if !(defined(__x86_64__) && defined(__linux__))

TEST(StringHash, OnlyReplacedOnX86_64Linux)
{
    GTEST_SKIP() << "Qt's own qHash(QStringView) is used on this platform";
}

#endif
