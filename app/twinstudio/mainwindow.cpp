// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace twin::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("TwinStudio"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

} // namespace twin::ui
