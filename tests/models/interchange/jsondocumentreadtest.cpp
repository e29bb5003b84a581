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
