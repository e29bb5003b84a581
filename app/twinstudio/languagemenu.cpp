// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace twin::ui {

namespace {

const QString kSetting = QStringLiteral("language");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setToolTipsVisible(true);
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(kSetting).toString();
    // Each language in its own name, as language pickers do.
    const QList<QPair<QString, QString>> choices{{QString(), tr("System Default")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : choices) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        a->setToolTip(tr("Takes effect when TwinStudio starts next"));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(kSetting, code);
            emit languageChosen(code);
        });
    }
}

QString LanguageMenu::chosenLanguage(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty())
        code = QSettings().value(kSetting).toString();
    if (code.isEmpty())
        code = QLocale::system().name();
    return code.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

bool LanguageMenu::install(const QString &code)
{
    const bool english = code.isEmpty() || code == QStringLiteral("en") || code == QStringLiteral("c");
    auto *own = new QTranslator(qApp);
    if (!own->load(QStringLiteral(":/i18n/twinstudio_") + (english ? QStringLiteral("en") : code))) {
        delete own;
        // A language without a catalogue is shown in English, with English plurals.
        if (!english)
            install(QStringLiteral("en"));
        return english;
    }
    QApplication::installTranslator(own);
    // English needs only the plural forms of the sources ("1 type", "2 types").
    if (english)
        return true;
    // Qt's own texts: standard buttons, file dialogs, context menus.
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace twin::ui
