// SPDX-License-Identifier: GPL-3.0-or-later
#include "historylocationdialog.h"

#include "document/historylocationsetting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace twin::ui {

HistoryLocationDialog::HistoryLocationDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_location(new QLineEdit(HistoryLocationSetting::of(*project), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("HistoryLocationDialog"));
    setWindowTitle(tr("Shared History"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Where charts, the time cursor and functions read this project's history, and "
                               "where a live run records it. Leave empty for the file beside the project, give "
                               "another file, or a shared history that recorders fill: "
                               "postgresql://user@host:port/database. The password comes from PGPASSWORD, "
                               "PGPASSFILE or ~/.pgpass, never from the project."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_location->setObjectName(QStringLiteral("HistoryLocation"));
    m_location->setPlaceholderText(tr("The file beside the project"));
    layout->addWidget(m_location);
    m_error->setObjectName(QStringLiteral("HistoryLocationError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void HistoryLocationDialog::accept()
{
    QString error;
    if (!HistoryLocationSetting::set(m_project, m_location->text(), &error)) {
        m_error->setText(tr("Not changed: %1").arg(error));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace twin::ui
