// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace twin::ui {

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("UserGuide"));
    setWindowTitle(tr("TwinStudio User Guide"));
    m_browser->setObjectName(QStringLiteral("UserGuideBrowser"));
    // Pages of the guide open here; links out of it (a web address) in the system's browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUrl target = m_browser->source().resolved(url);
        if (target.scheme() == QLatin1String("qrc"))
            m_browser->setSource(target, QTextDocument::MarkdownResource);
        else
            QDesktopServices::openUrl(target);
    });
    m_browser->setSource(home(), QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("Back"), QDialogButtonBox::ActionRole);
    QPushButton *start = buttons->addButton(tr("Contents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(start, &QPushButton::clicked, this, [this] { m_browser->setSource(home(), QTextDocument::MarkdownResource); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(70 * em, 45 * em);
}

QUrl UserGuide::home()
{
    return QUrl(QStringLiteral("qrc:/guide/README.md"));
}

} // namespace twin::ui
