// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace twin::ui {

/**
 * Help → User Guide: the README's user guide and the pages it links to (docs/), shipped
 * inside the program, so the guide is there without a network or a source tree.
 */
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    /// Where the guide starts: the README inside the program's resources.
    static QUrl home();

private:
    QTextBrowser *m_browser;
};

} // namespace twin::ui
