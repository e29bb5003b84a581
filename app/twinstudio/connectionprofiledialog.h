// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace twin::ui {

/**
 * Edits one connection profile: name, id, URL, client id, user name, MQTT version,
 * keep-alive, clean or persistent session and the TLS files. No password field: passwords
 * are asked for when connecting and kept in the keychain or in memory (SecretStore).
 */
class ConnectionProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionProfileDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

    /// The profile as edited (a URL's password is dropped).
    ConnectionProfile profile() const;

private:
    void check();
    QLineEdit *fileEdit(const QString &objectName, const QString &value, const QString &title);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_username = nullptr;
    QComboBox *m_version = nullptr;
    QSpinBox *m_keepAlive = nullptr;
    QCheckBox *m_persistent = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace twin::ui
