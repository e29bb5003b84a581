// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionfixture.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

const QString kSource = QStringLiteral("function process(t) { log(1); }");

/// redo → undo → redo gives the same state, for every edit.
void expectRoundTrip(Project &p, const std::function<void()> &edit)
{
    const QJsonArray before = p.functions();
    edit();
    const QJsonArray after = p.functions();
    EXPECT_NE(before, after);
    p.undoStack()->undo();
    EXPECT_EQ(p.functions(), before);
    p.undoStack()->redo();
    EXPECT_EQ(p.functions(), after);
}

TEST(FunctionEditorTest, EveryEditIsUndoable)
{
    FunctionFixture f;
    FunctionEditor &e = f.editor;
    QSignalSpy changed(&f.project, &Project::functionsChanged);
    expectRoundTrip(f.project, [&] { ASSERT_TRUE(e.addFunction(makeFunction(QStringLiteral("a"), kSource))); });
    expectRoundTrip(f.project, [&] { ASSERT_TRUE(e.addFunction(makeFunction(QStringLiteral("b"), kSource))); });
    expectRoundTrip(f.project, [&] {
        FunctionDefinition d = makeFunction(QStringLiteral("a2"), kSource, {dataTypeMatcher(QStringLiteral("Motion"))},
                                            QStringLiteral("room-1"));
        ASSERT_TRUE(e.updateFunction(QStringLiteral("a"), d));
    });
    expectRoundTrip(f.project, [&] { ASSERT_TRUE(e.setEnabled(QStringLiteral("b"), false, QStringLiteral("why"))); });
    expectRoundTrip(f.project, [&] { ASSERT_TRUE(e.setSource(QStringLiteral("b"), QStringLiteral("function process() {}"))); });
    expectRoundTrip(f.project, [&] { ASSERT_TRUE(e.removeFunction(QStringLiteral("a2"))); });
    EXPECT_GT(changed.count(), 10);
    EXPECT_TRUE(f.project.isModified());
    ASSERT_EQ(e.functions().size(), 1);
    EXPECT_EQ(e.functions().first().name, QStringLiteral("b"));
}

TEST(FunctionEditorTest, SourceEditsWhileTypingMergeIntoOneStep)
{
    FunctionFixture f;
    ASSERT_TRUE(f.editor.addFunction(makeFunction(QStringLiteral("a"), kSource)));
    const int steps = f.project.undoStack()->count();
    ASSERT_TRUE(f.editor.setSource(QStringLiteral("a"), QStringLiteral("function process() { }")));
    ASSERT_TRUE(f.editor.setSource(QStringLiteral("a"), QStringLiteral("function process() { log(2); }")));
    EXPECT_EQ(f.project.undoStack()->count(), steps + 1);
    f.project.undoStack()->undo();
    FunctionDefinition d;
    ASSERT_TRUE(f.editor.function(QStringLiteral("a"), &d));
    EXPECT_EQ(d.source, kSource);
}

TEST(FunctionEditorTest, RefusesInvalidDefinitions)
{
    FunctionFixture f;
    QString error;
    ASSERT_TRUE(f.editor.addFunction(makeFunction(QStringLiteral("a"), kSource)));
    EXPECT_FALSE(f.editor.addFunction(makeFunction(QStringLiteral("a"), kSource), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));
    EXPECT_FALSE(f.editor.addFunction(makeFunction(QStringLiteral(""), kSource), &error));
    EXPECT_FALSE(f.editor.addFunction(makeFunction(QStringLiteral("x"), kSource, {}, QStringLiteral("ghost")), &error));
    EXPECT_FALSE(f.editor.removeFunction(QStringLiteral("ghost"), &error));
    EXPECT_FALSE(f.editor.setSource(QStringLiteral("a"), QStringLiteral("function ("), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("a.js:1:")));
}

TEST(FunctionEditorTest, EditedSourceIsRecompiled)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("a"), QStringLiteral("function process() { log('one'); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    EXPECT_EQ(f.feed(QStringLiteral("temp-2"), QStringLiteral("1")).first().logs, QStringList{QStringLiteral("one")});
    ASSERT_TRUE(f.editor.setSource(QStringLiteral("a"), QStringLiteral("function process() { log('two'); }")));
    f.reload();
    EXPECT_EQ(f.feed(QStringLiteral("temp-2"), QStringLiteral("1")).first().logs, QStringList{QStringLiteral("two")});
    f.project.undoStack()->undo();
    f.reload();
    EXPECT_EQ(f.feed(QStringLiteral("temp-2"), QStringLiteral("1")).first().logs, QStringList{QStringLiteral("one")});
}

} // namespace

TEST(FunctionEditorTest, TestCasesStayWithTheFunctionThroughEdits)
{
    FunctionFixture f;
    FunctionDefinition d = makeFunction(QStringLiteral("tested"), QStringLiteral("function process(t) {}"));
    d.tests = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("one")}}};
    f.add(d);
    ASSERT_TRUE(f.editor.setSource(QStringLiteral("tested"), QStringLiteral("function process(t) { log(1); }")));
    FunctionDefinition stored;
    ASSERT_TRUE(f.editor.function(QStringLiteral("tested"), &stored));
    EXPECT_EQ(stored.tests, d.tests);
    EXPECT_EQ(f.project.functions().at(0).toObject().value(QStringLiteral("tests")).toArray(), d.tests);
}
