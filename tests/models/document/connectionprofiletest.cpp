// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setconnectionscommand.h"
#include "document/connectionprofile.h"
#include "document/project.h"

#include <QJsonDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QByteArray bytesOf(const QJsonArray &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ConnectionProfile profile(const QString &id, const QString &url)
{
    ConnectionProfile p;
    p.id = id;
    p.url = url;
    return p;
}

} // namespace

TEST(ConnectionProfile, EveryFieldSurvivesAJsonRoundTrip)
{
    ConnectionProfile p;
    p.id = QStringLiteral("site-a");
    p.name = QStringLiteral("Site A");
    p.url = QStringLiteral("mqtts://broker.example:8883");
    p.clientId = QStringLiteral("ts-a");
    p.username = QStringLiteral("operator");
    p.mqttVersion = 5;
    p.keepAliveSeconds = 15;
    p.cleanSession = false;
    p.caFile = QStringLiteral("/etc/ca.crt");
    p.certFile = QStringLiteral("/etc/client.crt");
    p.keyFile = QStringLiteral("/etc/client.key");
    ConnectionProfile read;
    QString error;
    ASSERT_TRUE(ConnectionProfile::fromJson(p.toJson(), &read, &error)) << error.toStdString();
    EXPECT_EQ(read.toJson(), p.toJson());
    EXPECT_TRUE(read.isTls());
    EXPECT_EQ(p.toJson().value(QStringLiteral("version")).toInt(), ConnectionProfile::FormatVersion);
    const QVariantMap config = read.sourceConfig();
    EXPECT_EQ(config.value(QStringLiteral("mqttVersion")).toInt(), 5);
    EXPECT_EQ(config.value(QStringLiteral("cleanSession")).toBool(), false);
    EXPECT_EQ(config.value(QStringLiteral("keyFile")).toString(), p.keyFile);
    EXPECT_FALSE(config.contains(QStringLiteral("password")));
}

TEST(ConnectionProfile, OlderEntriesAreMigratedWithoutTheirPassword)
{
    const QJsonObject legacy{{QStringLiteral("broker"), QStringLiteral("mqtt://bob:s3cr3t-pw@gateway:1884")},
                             {QStringLiteral("password"), QStringLiteral("s3cr3t-pw")}};
    ConnectionProfile p;
    QString error;
    ASSERT_TRUE(ConnectionProfile::fromJson(legacy, &p, &error)) << error.toStdString();
    EXPECT_EQ(p.url, QStringLiteral("mqtt://gateway:1884"));
    EXPECT_EQ(p.username, QStringLiteral("bob"));
    EXPECT_EQ(p.id, QStringLiteral("gateway-1884"));
    EXPECT_FALSE(bytesOf({p.toJson()}).contains("s3cr3t-pw"));
    // A profile that cannot be read is kept for the user to mend, less its secrets.
    const QJsonArray kept = ConnectionProfile::sanitized(
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://bob:s3cr3t-pw@x")},
                     {QStringLiteral("keyPassword"), QStringLiteral("s3cr3t-pw")}}});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_FALSE(bytesOf(kept).contains("s3cr3t-pw"));
    EXPECT_EQ(ConnectionProfile::withoutPassword(QStringLiteral("mqtt://bob:s3cr3t-pw@x:1")),
              QStringLiteral("mqtt://bob@x:1"));
}

TEST(ConnectionProfile, WrongEntriesSayWhy)
{
    QStringList errors;
    const QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://x")}},
         QJsonObject{{QStringLiteral("url"), QStringLiteral("mqtt://x")}, {QStringLiteral("mqttVersion"), 3}},
         QJsonObject{{QStringLiteral("url"), QStringLiteral("mqtts://x")}, {QStringLiteral("certFile"), QStringLiteral("c")}},
         QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("url"), QStringLiteral("mqtt://x")}},
         QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("url"), QStringLiteral("mqtt://y")}},
         QJsonObject{{QStringLiteral("version"), 99}, {QStringLiteral("url"), QStringLiteral("mqtt://y")}}},
        &errors);
    ASSERT_EQ(profiles.size(), 1);
    ASSERT_EQ(errors.size(), 5);
    EXPECT_TRUE(errors[0].contains(QStringLiteral("mqtt://"))) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].contains(QStringLiteral("mqttVersion")));
    EXPECT_TRUE(errors[2].contains(QStringLiteral("key")));
    EXPECT_TRUE(errors[3].contains(QStringLiteral("used twice")));
    EXPECT_TRUE(errors[4].contains(QStringLiteral("newer")));
}

TEST(SetConnectionsCommand, AddEditRemoveAreUndoableSteps)
{
    Project project;
    QString error;
    ASSERT_TRUE(SetConnectionsCommand::add(&project, profile(QStringLiteral("a"), QStringLiteral("mqtt://one:1883")),
                                           &error));
    ASSERT_TRUE(SetConnectionsCommand::add(&project, profile(QStringLiteral("a"), QStringLiteral("mqtt://two:1883")),
                                           &error));
    ASSERT_EQ(project.connections().size(), 2);
    // The second one's id was made unique.
    EXPECT_EQ(project.connections().at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a-2"));
    EXPECT_TRUE(project.isModified());
    ConnectionProfile edited = profile(QString(), QStringLiteral("mqtts://two:8883"));
    edited.username = QStringLiteral("op");
    ASSERT_TRUE(SetConnectionsCommand::replace(&project, QStringLiteral("a-2"), edited, &error)) << error.toStdString();
    EXPECT_EQ(project.connections().at(1).toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("mqtts://two:8883"));
    EXPECT_FALSE(SetConnectionsCommand::replace(&project, QStringLiteral("a-2"),
                                                profile(QStringLiteral("a"), QStringLiteral("mqtt://x")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("used by another")));
    EXPECT_FALSE(SetConnectionsCommand::add(&project, profile(QStringLiteral("b"), QStringLiteral("ftp://x")), &error));
    ASSERT_TRUE(SetConnectionsCommand::remove(&project, QStringLiteral("a"), &error));
    EXPECT_FALSE(SetConnectionsCommand::remove(&project, QStringLiteral("a"), &error));
    ASSERT_EQ(project.connections().size(), 1);
    const QJsonArray last = project.connections();

    int changes = 0;
    QObject::connect(&project, &Project::connectionsChanged, [&changes] { ++changes; });
    project.undoStack()->undo();
    EXPECT_EQ(project.connections().size(), 2);
    project.undoStack()->undo();
    EXPECT_EQ(project.connections().at(1).toObject().value(QStringLiteral("url")).toString(),
              QStringLiteral("mqtt://two:1883"));
    project.undoStack()->redo();
    project.undoStack()->redo();
    EXPECT_EQ(project.connections(), last);
    EXPECT_EQ(changes, 4);
    project.undoStack()->setIndex(0);
    EXPECT_TRUE(project.connections().isEmpty());
    EXPECT_FALSE(project.isModified());
}

TEST(SetConnectionsCommand, AProjectNeverHoldsAPassword)
{
    Project project;
    ProjectContent content;
    content.connections = {QJsonObject{{QStringLiteral("url"), QStringLiteral("mqtt://bob:s3cr3t-pw@gateway:1883")},
                                       {QStringLiteral("password"), QStringLiteral("s3cr3t-pw")}}};
    ASSERT_TRUE(project.setContent(content, nullptr));
    EXPECT_FALSE(bytesOf(project.connections()).contains("s3cr3t-pw"));
    EXPECT_FALSE(bytesOf(project.content().connections).contains("s3cr3t-pw"));
    project.undoStack()->push(new SetConnectionsCommand(&project, content.connections, QStringLiteral("set")));
    EXPECT_FALSE(bytesOf(project.connections()).contains("s3cr3t-pw"));
    EXPECT_EQ(project.connections().at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
}
