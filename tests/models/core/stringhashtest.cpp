// SPDX-License-Identifier: GPL-3.0-or-later
// The string hash of models/core/stringhash.cpp: Qt's values, in use process-wide, with the
// upper halves of the vector registers left unused.
#include <QHash>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

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

#else

TEST(StringHash, OnlyReplacedOnX86_64Linux)
{
    GTEST_SKIP() << "Qt's own qHash(QStringView) is used on this platform";
}

#endif
