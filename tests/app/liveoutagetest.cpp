// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar keeps a broker outage in sight: how many, and how long without a broker.
#include "livecontrols.h"
#include "mainwindow.h"
#include "mosquittobroker.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

namespace {

QString plainText(const QLabel *label)
{
    QString text = label->text();
    return text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))).remove(QChar(0x25CF)).trimmed();
}

} // namespace

TEST(LiveOutage, StatusBarShowsDisconnectsAndOutageTimeAfterABrokerRestart)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    twin::ui::MainWindow w;
    w.openDemo();
    w.show();
    w.live()->connectToBroker(broker.url());
    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    ASSERT_TRUE(state);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Connected"); }, 20000))
        << plainText(state).toStdString();
    EXPECT_FALSE(state->toolTip().contains(QStringLiteral("Connection lost")));

    const int port = broker.port();
    broker.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return plainText(state).startsWith(QStringLiteral("Reconnecting")); }, 20000))
        << plainText(state).toStdString();
    QTest::qWait(1200);
    ASSERT_TRUE(broker.start(&error, port)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return plainText(state).startsWith(QStringLiteral("Connected ·")); }, 40000))
        << plainText(state).toStdString();

    const QString text = plainText(state);
    EXPECT_TRUE(text.contains(QStringLiteral("1 outage"))) << text.toStdString();
    const QRegularExpressionMatch seconds =
        QRegularExpression(QStringLiteral("([0-9]+[.,][0-9]) s without broker")).match(text);
    ASSERT_TRUE(seconds.hasMatch()) << text.toStdString();
    EXPECT_GE(QString(seconds.captured(1)).replace(u',', u'.').toDouble(), 1.0) << text.toStdString();
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("Connection lost 1 time"))) << state->toolTip().toStdString();
}
