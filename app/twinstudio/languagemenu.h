// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QTranslator;

namespace twin::ui {

/// The Language preference: the system's language or one the application is translated
/// into, remembered in the settings and applied when the application starts next.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// The language to use: \a requested (a --lang code) when given, else the remembered
    /// preference, else the system's; as a code such as "de".
    static QString chosenLanguage(const QString &requested = QString());
    /// Installs the application's and Qt's own catalogues for \a code (owned by qApp).
    /// Returns whether the application's catalogue was found; English needs none.
    static bool install(const QString &code);

signals:
    /// The preference changed; it applies after a restart.
    void languageChosen(const QString &code);
};

} // namespace twin::ui
