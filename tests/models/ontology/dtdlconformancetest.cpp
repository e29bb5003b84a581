// SPDX-License-Identifier: GPL-3.0-or-later
#include "ontology/dtdlconformance.h"

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSet>

#include <iostream>

#include <gtest/gtest.h>

using twin::DtdlConformance;

namespace {

void runVersion(const QString &folder, int minimumPassed)
{
    const QHash<QString, QString> known =
        DtdlConformance::readKnownFailures(QStringLiteral(TWIN_KNOWN_FAILURES));
    QElapsedTimer timer;
    timer.start();
    const DtdlConformance::Summary summary = DtdlConformance::run(folder);
    ASSERT_TRUE(summary.error.isEmpty()) << summary.error.toStdString();
    QSet<QString> failing;
    for (const auto &f : summary.failures) {
        failing.insert(f.caseId);
        EXPECT_TRUE(known.contains(f.caseId))
            << "unexpected failure " << f.caseId.toStdString() << ": " << f.reason.toStdString();
    }
    const QString suffix = folder.endsWith(u"v2") ? QStringLiteral("V2.json#") : QStringLiteral("V3.json#");
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it.key().contains(suffix)) {
            EXPECT_TRUE(failing.contains(it.key()))
                << it.key().toStdString() << " now passes: remove it from known-failures.txt";
        }
    }
    EXPECT_GE(summary.passed, minimumPassed);
    const double rate = double(summary.passed) / double(summary.passed + summary.failed);
    EXPECT_GE(rate, 0.995);
    std::cout << folder.toStdString() << ": " << summary.passed << " passed, " << summary.failed
              << " failed in " << timer.elapsed() << " ms\n";
}

} // namespace

TEST(OntologyConformance, DtdlV2SpecCases)
{
    TWIN_REQUIRE_SHARED("dtdl-conformance/v2");
    runVersion(twintest::sharedPath(QStringLiteral("dtdl-conformance/v2")), 6624);
}

TEST(OntologyConformance, DtdlV3SpecCases)
{
    TWIN_REQUIRE_SHARED("dtdl-conformance/v3");
    runVersion(twintest::sharedPath(QStringLiteral("dtdl-conformance/v3")), 6760);
}

namespace {

// Cases written from the DTDL v2 and v3 specifications for rules the official cases leave
// uncovered (tests/data/dtdl-cases); each invalid one names the rule it must be refused for.
void runOwnCases(const QString &version, int minimumCases)
{
    const DtdlConformance::Summary summary =
        DtdlConformance::run(QStringLiteral(TWIN_DTDL_CASES "/") + version);
    ASSERT_TRUE(summary.error.isEmpty()) << summary.error.toStdString();
    for (const auto &f : summary.failures)
        ADD_FAILURE() << f.caseId.toStdString() << ": " << f.reason.toStdString();
    EXPECT_GE(summary.passed, minimumCases);
}

} // namespace

TEST(OntologyConformance, OwnDtdlV2Cases)
{
    runOwnCases(QStringLiteral("v2"), 140);
}

TEST(OntologyConformance, OwnDtdlV3Cases)
{
    runOwnCases(QStringLiteral("v3"), 140);
}

TEST(OntologyConformance, KnownFailuresFileIsWellFormed)
{
    QString error;
    const QHash<QString, QString> known =
        DtdlConformance::readKnownFailures(QStringLiteral(TWIN_KNOWN_FAILURES), &error);
    EXPECT_TRUE(error.isEmpty());
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        EXPECT_TRUE(it.key().contains(u".json#")) << it.key().toStdString();
        EXPECT_FALSE(it.value().isEmpty()) << it.key().toStdString() << " needs a reason";
    }
}
