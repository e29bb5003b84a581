// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl against a mosquitto that requires a user name and password: the login works for
// the lean receiver, Paho and the bulk publisher, and the password is never written out.
#include "mosquittobroker.h"

#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

namespace {

const QString kUser = QStringLiteral("site-gateway");
const QString kPassword = QStringLiteral("Kx7-unique-login-Pw");

/// The broker URL with \a password in its user info.
QString urlWith(const MosquittoBroker &broker, const QString &password)
{
    QUrl u(broker.url());
    u.setUserName(kUser);
    u.setPassword(password);
    return u.toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class BrokerLogin : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("site.twinproj"));
        const auto created = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("project"), QStringLiteral("new"),
                                                                           m_project, QStringLiteral("--demo")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
        QString error;
        ASSERT_TRUE(m_broker.requireLogin(kUser, kPassword, &error)) << error.toStdString();
        ASSERT_TRUE(m_broker.start(&error)) << error.toStdString();
        m_passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
        QFile f(m_passwordFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kPassword.toUtf8() + '\n');
    }

    /// Runs ingest (with \a extra arguments and \a env) beside a bulk simulate of \a n
    /// messages; returns ingest's summary and checks that no output holds the password.
    QJsonObject ingestWithLogin(const QStringList &extra, const QProcessEnvironment &env, int n)
    {
        QProcess ingest;
        ingest.setProcessEnvironment(env);
        QByteArray err;
        QStringList args{QStringLiteral("--project"), m_project, QStringLiteral("--count"), QString::number(n),
                         QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--qos"), QStringLiteral("1"),
                         QStringLiteral("--no-history"), QStringLiteral("--json")};
        args += extra;
        if (!twintest::startIngest(&ingest, args, &err)) {
            ADD_FAILURE() << err.toStdString();
            return {};
        }
        const auto sim = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("simulate"), QStringLiteral("--broker"), urlWith(m_broker, kPassword),
                                            QStringLiteral("--project"), m_project, QStringLiteral("--count"),
                                            QString::number(n), QStringLiteral("--qos"), QStringLiteral("1"),
                                            QStringLiteral("--json")},
                                           60000);
        EXPECT_EQ(sim.exitCode, 0) << sim.err.toStdString();
        EXPECT_FALSE(sim.out.contains(kPassword.toUtf8()) || sim.err.contains(kPassword.toUtf8()));
        EXPECT_TRUE(ingest.waitForFinished(60000));
        const QByteArray out = ingest.readAllStandardOutput();
        err += ingest.readAllStandardError();
        EXPECT_EQ(ingest.exitCode(), 0) << out.toStdString() << err.toStdString();
        EXPECT_FALSE(out.contains(kPassword.toUtf8())) << out.toStdString();
        EXPECT_FALSE(err.contains(kPassword.toUtf8())) << err.toStdString();
        EXPECT_TRUE(err.contains(kUser.toUtf8())) << "the URL is shown, with its user: " << err.toStdString();
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

    QTemporaryDir m_dir;
    MosquittoBroker m_broker;
    QString m_project;
    QString m_passwordFile;
};

} // namespace

TEST_F(BrokerLogin, LeanReceiverWithUsernameAndPasswordFile)
{
    const int n = 500;
    const QJsonObject summary = ingestWithLogin({QStringLiteral("--broker"), m_broker.url(), QStringLiteral("--username"), kUser,
                                                 QStringLiteral("--password-file"), m_passwordFile},
                                                QProcessEnvironment::systemEnvironment(), n);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), n);
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), n);
}

TEST_F(BrokerLogin, PahoWithPasswordFromTheEnvironment)
{
    const int n = 300;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINSTUDIO_MQTT_PASSWORD"), kPassword);
    QUrl withUser(m_broker.url());
    withUser.setUserName(kUser);
    const QJsonObject summary =
        ingestWithLogin({QStringLiteral("--broker"), withUser.toString(), QStringLiteral("--paho")}, env, n);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), n);
}

TEST_F(BrokerLogin, LeanReceiverWithPasswordInTheUrl)
{
    const int n = 200;
    const QJsonObject summary = ingestWithLogin({QStringLiteral("--broker"), urlWith(m_broker, kPassword)},
                                                QProcessEnvironment::systemEnvironment(), n);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), n);
}

TEST_F(BrokerLogin, WrongPasswordFailsClearlyWithoutShowingIt)
{
    const QString wrong = QStringLiteral("Wrong-pw-3141");
    for (const QStringList &receiver : {QStringList{}, QStringList{QStringLiteral("--paho")}}) {
        const auto run = twintest::runTool(QStringLiteral("twinctl"),
                                           QStringList{QStringLiteral("ingest"), QStringLiteral("--broker"),
                                                       urlWith(m_broker, wrong), QStringLiteral("--project"), m_project,
                                                       QStringLiteral("--duration"), QStringLiteral("5"),
                                                       QStringLiteral("--no-history")}
                                               + receiver,
                                           60000);
        const QString err = QString::fromUtf8(run.err).toLower();
        EXPECT_NE(run.exitCode, 0) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("not authorized")) || err.contains(QStringLiteral("user name or password")))
            << err.toStdString();
        EXPECT_FALSE(run.err.contains(wrong.toUtf8()) || run.out.contains(wrong.toUtf8())) << err.toStdString();
    }
    // The bulk publisher refuses the same way.
    const auto sim = twintest::runTool(QStringLiteral("twinctl"),
                                       {QStringLiteral("simulate"), QStringLiteral("--broker"), urlWith(m_broker, wrong),
                                        QStringLiteral("--project"), m_project, QStringLiteral("--count"),
                                        QStringLiteral("10")},
                                       60000);
    EXPECT_NE(sim.exitCode, 0);
    EXPECT_TRUE(sim.err.contains("not authorized") || sim.err.contains("user name or password")) << sim.err.toStdString();
    EXPECT_FALSE(sim.err.contains(wrong.toUtf8()) || sim.out.contains(wrong.toUtf8()));
}

TEST_F(BrokerLogin, ProjectAndExportHoldNoPasswordAfterALoggedInRun)
{
    const QJsonObject summary = ingestWithLogin({QStringLiteral("--broker"), urlWith(m_broker, kPassword)},
                                                QProcessEnvironment::systemEnvironment(), 100);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 100);
    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    const auto exportRun = twintest::runTool(QStringLiteral("twinctl"),
                                             {QStringLiteral("project"), QStringLiteral("export"), m_project,
                                              QStringLiteral("--format"), QStringLiteral("native"),
                                              QStringLiteral("--output"), exported});
    ASSERT_EQ(exportRun.exitCode, 0) << exportRun.err.toStdString();
    for (const QString &path : {m_project, exported}) {
        const QByteArray bytes = fileBytes(path);
        ASSERT_FALSE(bytes.isEmpty()) << path.toStdString();
        EXPECT_FALSE(bytes.contains(kPassword.toUtf8())) << path.toStdString();
    }
}

TEST(TwinctlLogin, PasswordFileNeedsAUserNameAndMustBeReadable)
{
    QTemporaryDir dir;
    const auto missing = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("ingest"), QStringLiteral("--broker"),
                                            QStringLiteral("mqtt://127.0.0.1:1"), QStringLiteral("--project"),
                                            dir.filePath(QStringLiteral("p.twinproj")), QStringLiteral("--duration"),
                                            QStringLiteral("1"), QStringLiteral("--username"), QStringLiteral("u"),
                                            QStringLiteral("--password-file"), dir.filePath(QStringLiteral("absent"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("--password-file")) << missing.err.toStdString();
}
