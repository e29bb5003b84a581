// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsonelementreader.h"
#include "interchange/progressreporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;

namespace {

struct Streamed
{
    JsonDocumentRead read;
    QStringList elements; ///< "array:index@line=compact JSON"
    QList<qsizetype> sizes; ///< what the size handler was told, per array in order
};

Streamed stream(const QByteArray &bytes, const QStringList &pointers, const ProgressCallback &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ProgressReporter reporter(progress, buffer.size());
    Streamed out;
    JsonElementReader reader(pointers, [&](int array, qsizetype index, const QJsonValue &v, int line) {
        const QByteArray json = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out.elements.append(QStringLiteral("%1:%2@%3=%4").arg(array).arg(index).arg(line).arg(QString::fromUtf8(json)));
    });
    reader.setSizeHandler([&](int, qsizetype count) { out.sizes.append(count); });
    out.read = reader.read(&buffer, &reporter);
    return out;
}

} // namespace

TEST(JsonElementReader, HandsOutTheElementsOfNestedArraysWithTheirLines)
{
    const QByteArray input = "{\n"
                             "  \"info\": {\"v\": \"1\"},\n"
                             "  \"graph\": {\n"
                             "    \"twins\": [\n"
                             "      {\"id\": \"a\"},\n"
                             "      {\"id\": \"b\", \"s\": \"],}\\\"[\"}\n"
                             "    ],\n"
                             "    \"rels\": []\n"
                             "  },\n"
                             "  \"models\": [1, \"two\", null],\n"
                             "  \"other\": [{\"x\": 1}]\n"
                             "}\n";
    const Streamed s = stream(input, {QStringLiteral("/graph/twins"), QStringLiteral("/graph/rels"), QStringLiteral("/models")});
    ASSERT_EQ(s.read.status, JsonDocumentRead::Status::Ok) << s.read.errorText.toStdString();
    EXPECT_EQ(s.elements, (QStringList{QStringLiteral("0:0@5={\"id\":\"a\"}"),
                                       QStringLiteral("0:1@6={\"id\":\"b\",\"s\":\"],}\\\"[\"}"),
                                       QStringLiteral("2:0@10=[1]"), QStringLiteral("2:1@10=[\"two\"]"),
                                       QStringLiteral("2:2@10=[null]")}));
    EXPECT_EQ(s.sizes, (QList<qsizetype>{2, 0, 3}));
    // The rest is kept, the streamed arrays left empty in it.
    const QJsonObject root = s.read.document.object();
    EXPECT_EQ(root.value(QStringLiteral("info")).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("1"));
    EXPECT_EQ(root.value(QStringLiteral("graph")).toObject().value(QStringLiteral("twins")), QJsonArray());
    EXPECT_EQ(root.value(QStringLiteral("models")), QJsonArray());
    EXPECT_EQ(root.value(QStringLiteral("other")).toArray().size(), 1);
    EXPECT_TRUE(s.read.data.isEmpty());
}

TEST(JsonElementReader, ANonArrayAtAStreamedPointerStaysInTheDocument)
{
    const Streamed s = stream("{\"twins\": {\"a\": 1}}", {QStringLiteral("/twins")});
    ASSERT_EQ(s.read.status, JsonDocumentRead::Status::Ok);
    EXPECT_TRUE(s.elements.isEmpty());
    EXPECT_TRUE(s.read.document.object().value(QStringLiteral("twins")).isObject());
}

TEST(JsonElementReader, InvalidJsonAnywhereIsRefusedWithItsLine)
{
    const QStringList pointers{QStringLiteral("/twins")};
    for (const auto &[input, line] : {std::pair{QByteArray("{\"twins\": [{\"a\": 1},\n{\"b\": }]}"), 2},
                                      std::pair{QByteArray("{\"twins\": [1,\n2\n3]}"), 3},
                                      std::pair{QByteArray("{\"twins\": [1, 2]\n\"x\": 1}"), 2},
                                      std::pair{QByteArray("{\"twins\": [1, 2]}\n\nx"), 3},
                                      std::pair{QByteArray("{\"twins\": [1,\n2"), 2},
                                      std::pair{QByteArray("{\"twins\": [1], \"x\": tru}"), 1},
                                      std::pair{QByteArray(""), 1}}) {
        const Streamed s = stream(input, pointers);
        EXPECT_EQ(s.read.status, JsonDocumentRead::Status::Invalid) << input.constData();
        EXPECT_EQ(s.read.errorLine, line) << input.constData();
        EXPECT_FALSE(s.read.duplicateKey) << input.constData();
        EXPECT_TRUE(s.read.document.isNull());
    }
}

TEST(JsonElementReader, AKeyNamedTwiceIsRefusedWithLineAndColumnUnlessTheJsonIsInvalid)
{
    const QStringList pointers{QStringLiteral("/twins")};
    // In an element, and in an object on the way to the arrays.
    Streamed s = stream("{\"twins\": [\n  {\"$dtId\": \"a\", \"$dtId\": \"b\"}]}", pointers);
    ASSERT_EQ(s.read.status, JsonDocumentRead::Status::Invalid);
    EXPECT_TRUE(s.read.duplicateKey);
    EXPECT_EQ(s.read.errorLine, 2);
    EXPECT_EQ(s.read.errorColumn, 18);
    EXPECT_EQ(s.read.errorText, QStringLiteral("duplicate key '$dtId'"));
    s = stream("{\"a\": 1,\n \"\\u00e9\": [], \"twins\": [], \"\\u00e9\": 2}", pointers);
    ASSERT_EQ(s.read.status, JsonDocumentRead::Status::Invalid);
    EXPECT_EQ(s.read.errorText, QStringLiteral("duplicate key '\u00e9'"));
    EXPECT_EQ(s.read.errorLine, 2);
    // Invalid JSON later in the file wins over an earlier duplicate, as with a whole parse.
    s = stream("{\"a\": 1, \"a\": 2, \"twins\": [}", pointers);
    ASSERT_EQ(s.read.status, JsonDocumentRead::Status::Invalid);
    EXPECT_FALSE(s.read.duplicateKey);
}

TEST(JsonElementReader, ACancelStopsTheRead)
{
    QByteArray input = "{\"twins\": [";
    for (int i = 0; i < 20000; ++i)
        input += (i ? ",{\"i\":" : "{\"i\":") + QByteArray::number(i) + '}';
    input += "]}";
    int calls = 0;
    const Streamed s = stream(input, {QStringLiteral("/twins")}, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 20;
    });
    EXPECT_EQ(s.read.status, JsonDocumentRead::Status::Cancelled);
    EXPECT_LT(s.elements.size(), 20000);
}
