// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace twin::ui {

ConnectionProfileDialog::ConnectionProfileDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(profile.id.isEmpty() ? tr("Add Connection") : tr("Edit Connection"));
    auto *form = new QFormLayout;
    const auto line = [this](const QString &objectName, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(objectName);
        connect(edit, &QLineEdit::textChanged, this, &ConnectionProfileDialog::check);
        return edit;
    };
    m_name = line(QStringLiteral("ProfileName"), profile.name);
    m_id = line(QStringLiteral("ProfileId"), profile.id);
    m_id->setPlaceholderText(tr("made from the host when empty"));
    m_url = line(QStringLiteral("ProfileUrl"), profile.url);
    m_url->setPlaceholderText(QStringLiteral("mqtt://host:1883"));
    m_clientId = line(QStringLiteral("ProfileClientId"), profile.clientId);
    m_clientId->setPlaceholderText(tr("a new one per connection"));
    m_username = line(QStringLiteral("ProfileUsername"), profile.username);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("ProfileMqttVersion"));
    m_version->addItem(QStringLiteral("MQTT 3.1.1"), 4);
    m_version->addItem(QStringLiteral("MQTT 5"), 5);
    m_version->setCurrentIndex(profile.mqttVersion == 5 ? 1 : 0);
    m_keepAlive = new QSpinBox(this);
    m_keepAlive->setObjectName(QStringLiteral("ProfileKeepAlive"));
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setValue(profile.keepAliveSeconds);
    m_persistent = new QCheckBox(tr("Persistent session (the broker keeps messages while disconnected)"), this);
    m_persistent->setObjectName(QStringLiteral("ProfilePersistent"));
    m_persistent->setChecked(!profile.cleanSession);
    m_caFile = fileEdit(QStringLiteral("ProfileCaFile"), profile.caFile, tr("CA Certificate"));
    m_certFile = fileEdit(QStringLiteral("ProfileCertFile"), profile.certFile, tr("Client Certificate"));
    m_keyFile = fileEdit(QStringLiteral("ProfileKeyFile"), profile.keyFile, tr("Client Key"));

    const auto withBrowse = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        auto *browse = new QToolButton(this);
        browse->setText(QStringLiteral("…"));
        browse->setToolTip(tr("Choose the file"));
        connect(browse, &QToolButton::clicked, this, [this, edit, title] {
            const QString path = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                              tr("Certificates and keys (*.pem *.crt *.key);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        row->addWidget(browse);
        return row;
    };
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Broker URL:"), m_url);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Protocol:"), m_version);
    form->addRow(tr("Keep-alive:"), m_keepAlive);
    form->addRow(QString(), m_persistent);
    form->addRow(tr("CA certificate:"), withBrowse(m_caFile, tr("CA Certificate")));
    form->addRow(tr("Client certificate:"), withBrowse(m_certFile, tr("Client Certificate")));
    form->addRow(tr("Client key:"), withBrowse(m_keyFile, tr("Client Key")));

    auto *note = new QLabel(tr("Passwords are not kept in the project: TwinStudio asks for them when connecting and "
                               "keeps them in the system keychain, or in memory until it quits."),
                            this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ProfileProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

QLineEdit *ConnectionProfileDialog::fileEdit(const QString &objectName, const QString &value, const QString &title)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("none"));
    edit->setToolTip(title);
    connect(edit, &QLineEdit::textChanged, this, &ConnectionProfileDialog::check);
    return edit;
}

ConnectionProfile ConnectionProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.id = m_id->text().trimmed();
    p.url = m_url->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.username = m_username->text().trimmed();
    if (p.username.isEmpty())
        p.username = QUrl(p.url).userName();
    p.mqttVersion = m_version->currentData().toInt();
    p.keepAliveSeconds = m_keepAlive->value();
    p.cleanSession = !m_persistent->isChecked();
    p.caFile = m_caFile->text().trimmed();
    p.certFile = m_certFile->text().trimmed();
    p.keyFile = m_keyFile->text().trimmed();
    // Reading the JSON back drops a URL's password and makes up an id from the host.
    ConnectionProfile read;
    return ConnectionProfile::fromJson(p.toJson(), &read, nullptr) ? read : p;
}

void ConnectionProfileDialog::check()
{
    ConnectionProfile read;
    QString error;
    const bool ok = ConnectionProfile::fromJson(profile().toJson(), &read, &error);
    m_problem->setText(ok ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace twin::ui
