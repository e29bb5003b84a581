// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionfixture.h"

#include "functions/truststore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

TEST(TrustStoreTest, ProjectsFromElsewhereRunNothingUntilTrusted)
{
    QTemporaryDir dir;
    const QString storeFile = dir.filePath(QStringLiteral("trust.json"));
    FunctionFixture f;
    ASSERT_TRUE(f.editor.addFunction(makeFunction(QStringLiteral("a"), QStringLiteral("function process() {}"))));
    f.project.setFileName(dir.filePath(QStringLiteral("site.twinproj")));

    TrustStore store(storeFile);
    EXPECT_FALSE(store.mayRun(f.project));
    const QByteArray hash = TrustStore::functionsHash(f.project.functions());
    ASSERT_TRUE(store.trust(f.project.fileName(), hash));
    EXPECT_TRUE(store.mayRun(f.project));
    // Remembered in the file.
    EXPECT_TRUE(TrustStore(storeFile).mayRun(f.project));
    // Another path, or changed functions, ask again.
    f.project.setFileName(dir.filePath(QStringLiteral("copy.twinproj")));
    EXPECT_FALSE(store.mayRun(f.project));
    f.project.setFileName(dir.filePath(QStringLiteral("site.twinproj")));
    ASSERT_TRUE(f.editor.setSource(QStringLiteral("a"), QStringLiteral("function process() { log(1); }")));
    EXPECT_FALSE(store.mayRun(f.project));
    ASSERT_TRUE(store.revoke(f.project.fileName()));
    EXPECT_FALSE(TrustStore(storeFile).isTrusted(f.project.fileName(), hash));
}

TEST(TrustStoreTest, ProjectsCreatedHereAreTrusted)
{
    QTemporaryDir dir;
    TrustStore store(dir.filePath(QStringLiteral("trust.json")));
    FunctionFixture f;
    ASSERT_TRUE(f.editor.addFunction(makeFunction(QStringLiteral("a"), QStringLiteral("function process() {}"))));
    EXPECT_FALSE(TrustStore::isCreatedHere(f.project));
    TrustStore::markCreatedHere(&f.project);
    EXPECT_TRUE(TrustStore::isCreatedHere(f.project));
    EXPECT_TRUE(store.mayRun(f.project));
    // A marker from another machine or user does not count.
    QJsonObject state = f.project.viewState();
    state.insert(QStringLiteral("trust"), QJsonObject{{QStringLiteral("createdBy"), QStringLiteral("someone-else")}});
    f.project.setViewState(state);
    EXPECT_FALSE(store.mayRun(f.project));
}

TEST(TrustStoreTest, DisablingAFailingFunctionKeepsTheProjectTrusted)
{
    QTemporaryDir dir;
    FunctionFixture f;
    ASSERT_TRUE(f.editor.addFunction(makeFunction(QStringLiteral("a"), QStringLiteral("function process() {}"))));
    f.project.setFileName(dir.filePath(QStringLiteral("site.twinproj")));
    TrustStore store(dir.filePath(QStringLiteral("trust.json")));
    ASSERT_TRUE(store.trust(f.project.fileName(), TrustStore::functionsHash(f.project.functions())));
    // The live session disables a function that keeps failing: no new code, no new question.
    ASSERT_TRUE(f.editor.setEnabled(QStringLiteral("a"), false, QStringLiteral("failed 5 times in a row")));
    EXPECT_TRUE(store.mayRun(f.project));
    ASSERT_TRUE(f.editor.setEnabled(QStringLiteral("a"), true));
    EXPECT_TRUE(store.mayRun(f.project));
}
