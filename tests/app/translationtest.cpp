// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

QString catalogue(const char *language)
{
    return QDir(QStringLiteral(TWIN_QM_DIR)).filePath(QStringLiteral("twinstudio_%1.qm").arg(QLatin1StringView(language)));
}

} // namespace

TEST(Translations, GermanAndFrenchCatalogues)
{
    for (const auto &[language, file, quit] : {std::tuple{"de", "&Datei", "&Beenden"}, std::tuple{"fr", "&Fichier", "&Quitter"}}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(catalogue(language))) << language;
        EXPECT_EQ(translator.translate("twin::ui::MainWindow", "&File"), QString::fromUtf8(file));
        EXPECT_EQ(translator.translate("twin::ui::MainWindow", "&Quit"), QString::fromUtf8(quit));
        EXPECT_FALSE(translator.translate("twin::ui::PlanView", "Rectangle room").isEmpty());
        EXPECT_EQ(translator.translate("twin::ui::PlanScene", "Move %n item(s)", nullptr, 2).contains(u'%'), true);
    }
}
