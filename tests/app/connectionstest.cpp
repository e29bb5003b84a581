// SPDX-License-Identifier: GPL-3.0-or-later
// Live → Connections against real brokers: profiles edited as undoable steps, two brokers
// connected at once with their states in the status bar, a password asked for once and
// then nowhere but in memory.
#include "connectionprofiledialog.h"
#include "connectionsdialog.h"
#include "connectionstatus.h"
#include "livecontrols.h"
#include "mainwindow.h"
#include "mosquittobroker.h"
#include "secretstore.h"

#include "document/commands/setconnectionscommand.h"
#include "document/connectionprofile.h"
#include "document/project.h"
#include "live/livesession.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;
using twintest::MosquittoBroker;

namespace {

QByteArray g_log;

void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message.toUtf8() + '\n';
}

ConnectionProfile profile(const QString &id, const QString &url, const QString &user = {})
{
    ConnectionProfile p;
    p.id = id;
    p.name = id.toUpper();
    p.url = url;
    p.username = user;
    return p;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST(ConnectionProfileDialog, EditsEveryFieldAndDropsAPassword)
{
    ui::ConnectionProfileDialog dialog(ConnectionProfile{});
    dialog.findChild<QLineEdit *>(QStringLiteral("ProfileName"))->setText(QStringLiteral("Gateway"));
    dialog.findChild<QLineEdit *>(QStringLiteral("ProfileUrl"))->setText(QStringLiteral("mqtts://op:pw-in-url@gw:8883"));
    dialog.findChild<QComboBox *>(QStringLiteral("ProfileMqttVersion"))->setCurrentIndex(1);
    dialog.findChild<QCheckBox *>(QStringLiteral("ProfilePersistent"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("ProfileCaFile"))->setText(QStringLiteral("/ca.crt"));
    const ConnectionProfile p = dialog.profile();
    EXPECT_EQ(p.url, QStringLiteral("mqtts://gw:8883"));
    EXPECT_EQ(p.username, QStringLiteral("op"));
    EXPECT_EQ(p.id, QStringLiteral("gw-8883"));
    EXPECT_EQ(p.mqttVersion, 5);
    EXPECT_FALSE(p.cleanSession);
    EXPECT_EQ(p.caFile, QStringLiteral("/ca.crt"));
    EXPECT_FALSE(QJsonDocument(p.toJson()).toJson().contains("pw-in-url"));
    // A certificate without its key is refused with a message.
    dialog.findChild<QLineEdit *>(QStringLiteral("ProfileCertFile"))->setText(QStringLiteral("/client.crt"));
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("ProfileProblem"))->text().isEmpty());
}

TEST(SecretStore, MemoryOnlyKeepsASecretForThisRunAlone)
{
    const QString key = ui::SecretStore::keyFor(QStringLiteral("op"), QStringLiteral("mqtt://gw:1883"));
    EXPECT_EQ(key, QStringLiteral("mqtt:op@gw:1883"));
    {
        ui::SecretStore store(ui::SecretStore::Backend::Memory);
        EXPECT_FALSE(store.isPersistent());
        EXPECT_TRUE(store.secret(key).isNull());
        QString error;
        EXPECT_TRUE(store.setSecret(key, QStringLiteral("s3cret"), &error)) << error.toStdString();
        EXPECT_EQ(store.secret(key), QStringLiteral("s3cret"));
        store.forget(key);
        EXPECT_TRUE(store.secret(key).isNull());
        store.setSecret(key, QStringLiteral("s3cret"));
    }
    // The next start knows nothing of it.
    ui::SecretStore next(ui::SecretStore::Backend::Memory);
    EXPECT_TRUE(next.secret(key).isNull());
    // The tests run without a keychain, whatever the build has.
    EXPECT_EQ(ui::SecretStore::defaultBackend(), ui::SecretStore::Backend::Memory);
}

TEST(Connections, TwoBrokersAtOnceAPasswordAskedOnceAndKeptNowhere)
{
    TWIN_REQUIRE_MOSQUITTO();
    const QString user = QStringLiteral("hall-operator");
    const QByteArray password = "Wv4-dialog-secret-Pw";
    MosquittoBroker plain;
    MosquittoBroker locked;
    QString error;
    ASSERT_TRUE(locked.requireLogin(user, QString::fromLatin1(password), &error)) << error.toStdString();
    ASSERT_TRUE(plain.start(&error)) << error.toStdString();
    ASSERT_TRUE(locked.start(&error)) << error.toStdString();

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLog);
    ui::MainWindow w;
    w.openDemo();
    w.show();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hall.twinproj"));

    ui::ConnectionsDialog *dialog = w.live()->showConnections();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(SetConnectionsCommand::add(w.project(), profile(QStringLiteral("plain"), plain.url()), &error));
    ASSERT_TRUE(SetConnectionsCommand::add(w.project(), profile(QStringLiteral("locked"), locked.url(), user), &error));
    ASSERT_EQ(dialog->table()->rowCount(), 2);
    EXPECT_EQ(cell(dialog->table(), 1, 0), QStringLiteral("LOCKED"));
    EXPECT_EQ(cell(dialog->table(), 1, 1), locked.url());
    w.project()->undoStack()->undo();
    EXPECT_EQ(dialog->table()->rowCount(), 1);
    w.project()->undoStack()->redo();
    EXPECT_EQ(dialog->table()->rowCount(), 2);

    int asked = 0;
    w.live()->setPasswordPrompt([&](const QString &, const QString &label, bool *ok) {
        ++asked;
        EXPECT_TRUE(label.contains(user));
        *ok = true;
        return QString::fromLatin1(password);
    });
    dialog->table()->selectRow(0);
    dialog->connectProfile();
    dialog->table()->selectRow(1);
    dialog->connectProfile();
    LiveSession *session = w.live()->session();
    const auto bothConnected = [&] {
        const auto sources = session->sourceStatuses();
        return sources.size() == 2 && sources[0].state == LiveSession::State::Connected
            && sources[1].state == LiveSession::State::Connected;
    };
    EXPECT_TRUE(QTest::qWaitFor(bothConnected, 20000));
    EXPECT_EQ(session->connectedProfiles(), (QStringList{QStringLiteral("plain"), QStringLiteral("locked")}));
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return cell(dialog->table(), 1, 2) == QStringLiteral("Connected"); }, 5000));

    // Each broker's state in the status bar.
    auto *status = w.findChild<ui::ConnectionStatus *>();
    ASSERT_TRUE(status);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status->isVisible() && status->labels().size() == 2; }, 5000));
    EXPECT_TRUE(status->labels().at(1)->text().contains(QStringLiteral("LOCKED")));
    EXPECT_TRUE(status->labels().at(1)->text().contains(QStringLiteral("msg/s")));

    // Disconnecting one leaves the other; connecting it again asks for nothing.
    dialog->table()->selectRow(0);
    dialog->disconnectProfile();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const auto sources = session->sourceStatuses();
            return sources.size() == 1 && sources[0].connection == QStringLiteral("locked")
                && sources[0].state == LiveSession::State::Connected;
        },
        20000));
    dialog->connectProfile();
    EXPECT_TRUE(QTest::qWaitFor(bothConnected, 20000));
    EXPECT_EQ(asked, 1);

    ASSERT_TRUE(ProjectStore::save(w.project(), file, &error)) << error.toStdString();
    session->disconnectFromSource();
    qInstallMessageHandler(previous);
    QSettings settings;
    settings.sync();
    for (const QString &path : {file, settings.fileName()}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // no settings written yet
        EXPECT_FALSE(f.readAll().contains(password)) << path.toStdString();
    }
    EXPECT_FALSE(g_log.contains(password)) << g_log.toStdString();
    for (const QLabel *label : w.findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(QString::fromLatin1(password)) || label->toolTip().contains(QString::fromLatin1(password)));
}
