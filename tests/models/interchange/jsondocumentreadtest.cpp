// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsondocumentread.h"
#include "interchange/progressreporter.h"

#include <QBuffer>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;

namespace {

JsonDocumentRead readBytes(const QByteArray &bytes, const ProgressCallback &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ProgressReporter reporter(progress, buffer.size());
    return readJsonDocument(&buffer, &reporter);
}

} // namespace

TEST(JsonDocumentRead, BlanksTheByteOrderMarkAndKeepsOffsets)
{
    const JsonDocumentRead read = readBytes("\xEF\xBB\xBF{\"a\": 1}");
    ASSERT_EQ(read.status, JsonDocumentRead::Status::Ok);
    EXPECT_EQ(read.document.object().value(QStringLiteral("a")).toInt(), 1);
    EXPECT_EQ(read.data, QByteArray("   {\"a\": 1}"));
}

TEST(JsonDocumentRead, NamesTheLineOfInvalidJson)
{
    const JsonDocumentRead read = readBytes("{\n  \"a\": 1,\n  \"b\": ]\n}");
    EXPECT_EQ(read.status, JsonDocumentRead::Status::Invalid);
    EXPECT_EQ(read.errorLine, 3);
    EXPECT_FALSE(read.errorText.isEmpty());
}

TEST(JsonDocumentRead, StopsWhenCancelled)
{
    // Three chunks of 1 MiB: the callback cancels at the first report.
    QByteArray big = "[" + QByteArray(3 << 20, ' ') + "]";
    int calls = 0;
    const JsonDocumentRead read = readBytes(big, [&](qint64, qint64) { return ++calls > 1; });
    EXPECT_EQ(read.status, JsonDocumentRead::Status::Cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(read.document.isNull());
}

TEST(JsonDocumentRead, RefusesAKeyNamedTwiceInOneObject)
{
    const JsonDocumentRead read = readBytes("{\"twins\": [\n  {\"$dtId\": \"a\", \"x\": {\"$dtId\": 1},\n"
                                            "   \"$dtId\": \"b\"}\n]}");
    EXPECT_EQ(read.status, JsonDocumentRead::Status::Invalid);
    EXPECT_TRUE(read.duplicateKey);
    EXPECT_EQ(read.errorLine, 3);
    EXPECT_EQ(read.errorColumn, 4);
    EXPECT_EQ(read.errorText, QStringLiteral("duplicate key '$dtId'"));
}

TEST(JsonDocumentRead, SameKeyInDifferentObjectsAndStringsIsNoDuplicate)
{
    const JsonDocumentRead read = readBytes(
        "{\"a\": {\"k\": 1}, \"b\": [{\"k\": 1}, {\"k\": \"k\\\", \\\"k\"}], \"c\": \"{\\\"a\\\": 1}\", "
        "\"many\": {\"k1\":1,\"k2\":1,\"k3\":1,\"k4\":1,\"k5\":1,\"k6\":1,\"k7\":1,\"k8\":1,\"k9\":1,"
        "\"k10\":1,\"k11\":1,\"k12\":1,\"k13\":1,\"k14\":1,\"k15\":1,\"k16\":1,\"k17\":1,\"k18\":1}}");
    EXPECT_EQ(read.status, JsonDocumentRead::Status::Ok) << qPrintable(read.errorText);
    QString key;
    EXPECT_EQ(findDuplicateKey("{\"k1\":1,\"k2\":1,\"k3\":1,\"k4\":1,\"k5\":1,\"k6\":1,\"k7\":1,\"k8\":1,\"k9\":1,"
                               "\"k10\":1,\"k11\":1,\"k12\":1,\"k13\":1,\"k14\":1,\"k15\":1,\"k16\":1,\"k17\":1,"
                               "\"k18\":1,\"k3\":2}", &key), 136);
    EXPECT_EQ(key, QStringLiteral("k3"));
}
