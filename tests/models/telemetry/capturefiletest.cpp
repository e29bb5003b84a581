// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/capturefile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twin::CaptureReader;
using twin::CaptureRecord;
using twin::CaptureWriter;
using twin::TelemetrySink;

namespace {

TelemetrySink::MessageMeta meta(qint64 t, int qos = 1, bool retained = false)
{
    TelemetrySink::MessageMeta m;
    m.receivedMs = t;
    m.qos = qos;
    m.retained = retained;
    return m;
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(CaptureFile, RoundTripKeepsEveryFieldAndAnyPayloadByte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.capture"));
    const std::string binary("\x00\xff\x01\"\\\n", 6);
    const std::string text = "{\"SensorValue\": \"21.5\", \"note\": \"tab\there \xc3\xa4\"}";
    {
        CaptureWriter writer;
        QString error;
        ASSERT_TRUE(writer.open(path, QJsonObject{{QStringLiteral("source"), QStringLiteral("mqtt://h:1")}}, &error))
            << error.toStdString();
        writer.append("twins/a/telemetry", text, meta(1000, 1, true));
        writer.append("site/\"odd\"/topic", binary, meta(1001, 0));
        writer.append("empty", "", meta(1002, -1));
        EXPECT_EQ(writer.count(), 3u);
        ASSERT_TRUE(writer.close(&error)) << error.toStdString();
    }
    CaptureReader reader;
    QString error;
    ASSERT_TRUE(reader.open(path, &error)) << error.toStdString();
    EXPECT_EQ(reader.header().value(QStringLiteral("source")).toString(), QStringLiteral("mqtt://h:1"));
    CaptureRecord r;
    ASSERT_TRUE(reader.next(&r, &error)) << error.toStdString();
    EXPECT_EQ(r.receivedMs, 1000);
    EXPECT_EQ(r.topic, "twins/a/telemetry");
    EXPECT_EQ(r.payload, text);
    EXPECT_EQ(r.qos, 1);
    EXPECT_TRUE(r.retained);
    ASSERT_TRUE(reader.next(&r, &error)) << error.toStdString();
    EXPECT_EQ(r.topic, "site/\"odd\"/topic");
    EXPECT_EQ(r.payload, binary);
    EXPECT_EQ(r.qos, 0);
    EXPECT_FALSE(r.retained);
    ASSERT_TRUE(reader.next(&r, &error)) << error.toStdString();
    EXPECT_EQ(r.payload, "");
    EXPECT_EQ(r.qos, -1);
    EXPECT_FALSE(reader.next(&r, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(reader.warning().isEmpty());
}

TEST(CaptureFile, LimitStopsRecordingAtExactlyN)
{
    QTemporaryDir dir;
    CaptureWriter writer;
    QString error;
    ASSERT_TRUE(writer.open(dir.filePath(QStringLiteral("b.capture")), {}, &error));
    writer.setLimit(2);
    for (int i = 0; i < 5; ++i)
        writer.append("t", "1", meta(i + 1));
    EXPECT_EQ(writer.count(), 2u);
    EXPECT_TRUE(writer.close(&error));
}

TEST(CaptureFile, AKilledRecordingKeepsEveryCompleteLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.capture"));
    writeRaw(path, "{\"twinstudioCapture\":1}\n{\"t\":5,\"topic\":\"x\",\"payload\":\"1\"}\n{\"t\":6,\"topic\":\"x\",\"pay");
    CaptureReader reader;
    QString error;
    ASSERT_TRUE(reader.open(path, &error)) << error.toStdString();
    CaptureRecord r;
    ASSERT_TRUE(reader.next(&r, &error));
    EXPECT_EQ(r.receivedMs, 5);
    EXPECT_FALSE(reader.next(&r, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(reader.warning().contains(QStringLiteral("c.capture:3: warning:"))) << reader.warning().toStdString();
}

TEST(CaptureFile, BadFilesAreRefusedWithTheirLine)
{
    QTemporaryDir dir;
    struct Case
    {
        const char *bytes;
        const char *where;
        bool openFails;
    };
    const Case cases[] = {
        {"", ":1: error: the file is empty", true},
        {"{\"something\":1}\n", ":1: error: not a TwinStudio capture", true},
        {"{\"twinstudioCapture\":99}\n", ":1: error: capture format 99", true},
        {"{\"twinstudioCapture\":1}\n[1,2]\n", ":2: error: not a JSON object", false},
        {"{\"twinstudioCapture\":1}\n{\"topic\":\"x\",\"payload\":\"1\"}\n", ":2: error: no receive time", false},
        {"{\"twinstudioCapture\":1}\n\n{\"t\":1,\"payload\":\"1\"}\n", ":3: error: no \"topic\"", false},
        {"{\"twinstudioCapture\":1}\n{\"t\":1,\"topic\":\"x\"}\n", ":2: error: no \"payload\"", false},
        {"{\"twinstudioCapture\":1}\n{\"t\":1,\"topic\":\"x\",\"payloadBase64\":\"%%%\"}\n", ":2: error: \"payloadBase64\"", false},
        {"{\"twinstudioCapture\":1}\n{\"t\":1,\"topic\":\"x\",\"payload\":\"1\",\"qos\":7}\n", ":2: error: \"qos\"", false},
    };
    int i = 0;
    for (const Case &c : cases) {
        const QString path = dir.filePath(QStringLiteral("bad%1.capture").arg(i++));
        writeRaw(path, QByteArray(c.bytes));
        CaptureReader reader;
        QString error;
        if (c.openFails) {
            EXPECT_FALSE(reader.open(path, &error)) << c.bytes;
        } else {
            ASSERT_TRUE(reader.open(path, &error)) << error.toStdString();
            CaptureRecord r;
            EXPECT_FALSE(reader.next(&r, &error)) << c.bytes;
        }
        EXPECT_TRUE(error.contains(QString::fromLatin1(c.where))) << c.bytes << " gave: " << error.toStdString();
    }
}

TEST(CaptureFile, AnUnwritableFileIsAnError)
{
    QTemporaryDir dir;
    CaptureWriter writer;
    QString error;
    EXPECT_FALSE(writer.open(dir.filePath(QStringLiteral("no/such/folder/x.capture")), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("x.capture"))) << error.toStdString();
}
