// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled catalogues translate the app's own strings and those of the core library
// (undo texts, item model headers, errors shown in dialogs), and the catalogue sources
// hold no message left untranslated.
#include "languagemenu.h"

#include "core/category.h"
#include "document/project.h"
#include "graph/twin.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinlistmodel.h"
#include "store/projectstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString catalogue(const char *language)
{
    return QDir(QStringLiteral(TWIN_QM_DIR)).filePath(QStringLiteral("twinstudio_%1.qm").arg(QLatin1StringView(language)));
}

/// Installs a compiled catalogue in the application for the lifetime of the object.
class InstalledCatalogue
{
public:
    explicit InstalledCatalogue(const char *language)
    {
        m_loaded = m_translator.load(catalogue(language))
            && QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledCatalogue() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

/// The placeholders %1 to %99 of \a text, sorted and without repeats.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d+"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

/// The messages of a .ts file whose translation is unfinished or empty, as
/// "context: source", and those whose translation drops or adds a placeholder, as
/// "context: source (placeholders)"; \a error is set when the file cannot be read or parsed.
QStringList catalogueProblems(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList result;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            if (type == u"vanished" || type == u"obsolete") {
                xml.skipCurrentElement();
                continue;
            }
            // A numerus translation holds its forms as children; each must be filled in.
            QString text;
            QStringList forms;
            bool emptyForm = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                    forms.append(xml.readElementText());
                    emptyForm = forms.last().trimmed().isEmpty() || emptyForm;
                } else if (xml.isEndElement() && xml.name() == u"translation") {
                    break;
                }
            }
            const bool hasForms = !forms.isEmpty();
            const bool empty = hasForms ? emptyForm : text.trimmed().isEmpty();
            if (type == u"unfinished" || empty) {
                result.append(context + u": " + source);
                continue;
            }
            for (const QString &translated : hasForms ? forms : QStringList { text }) {
                if (placeholders(translated) != placeholders(source)) {
                    result.append(context + u": " + source + u" (placeholders)");
                    break;
                }
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return result;
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
        EXPECT_EQ(translator.translate("twin::FloorPlanEditor", "Move %n item(s)", nullptr, 2).contains(u'%'), true);
        // The element errors of the JSON formats, in the context of the collector they share.
        for (const char *source : {"expected a DTDL interface with an @id", "expected a twin object",
                                   "expected a relationship object", "invalid JSON: %1"})
            EXPECT_FALSE(translator.translate("twin::ContentCollector", source).isEmpty()) << language << ": " << source;
    }
}

TEST(Translations, CoreLibraryStringsComeOutInGerman)
{
    InstalledCatalogue german("de");
    ASSERT_TRUE(german.loaded());

    // An undo text made by a command in models/document/commands.
    Project project;
    Twin room;
    room.id = QStringLiteral("r1");
    room.model = QStringLiteral("dtmi:twinstudio:core:Room;1");
    room.properties.insert(QStringLiteral("name"), QStringLiteral("Lobby"));
    ASSERT_TRUE(project.addTwin(room));
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Lobby hinzufügen"));

    // Item model headers and the category column.
    ContainmentTreeModel tree(&project);
    EXPECT_EQ(
        tree.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));
    EXPECT_EQ(
        tree.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Typ"));
    TwinListModel list(&project);
    EXPECT_EQ(
        list.headerData(TwinListModel::ModelColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Modell"));
    EXPECT_EQ(
        list.headerData(TwinListModel::CategoryColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Kategorie"));
    EXPECT_EQ(
        list.data(list.index(0, TwinListModel::CategoryColumn)).toString(), QStringLiteral("Raum"));
    // The name stored in files stays as it is.
    EXPECT_EQ(categoryName(Category::Space), QStringLiteral("Space"));

    // Errors that reach dialogs.
    QString error;
    EXPECT_FALSE(project.addTwin(room, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("ein Zwilling mit der ID „r1“ existiert bereits")))
        << qPrintable(error);
    EXPECT_FALSE(isValidTwinId(QStringLiteral("a/b"), &error));
    EXPECT_EQ(error, QStringLiteral("die Zwillings-ID enthält „/“"));
    Diagnostics diagnostics;
    EXPECT_FALSE(ProjectStore::open(
        QDir::temp().filePath(QStringLiteral("no-such-project.twinproj")), &project, &diagnostics));
    ASSERT_FALSE(diagnostics.isEmpty());
    EXPECT_TRUE(diagnostics.first().message.contains(QStringLiteral("Datei nicht vorhanden")))
        << qPrintable(diagnostics.first().message);
}

TEST(Translations, CoreLibraryStringsStayEnglishWithoutCatalogue)
{
    Project project;
    Twin room;
    room.id = QStringLiteral("r1");
    room.model = QStringLiteral("dtmi:twinstudio:core:Room;1");
    ASSERT_TRUE(project.addTwin(room));
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Add r1"));
    EXPECT_EQ(categoryDisplayName(Category::Space), QStringLiteral("Space"));
}

TEST(Translations, EveryMessageIsTranslated)
{
    for (const char *language : { "de", "fr", "en" }) {
        const QString fileName
            = QDir(QStringLiteral(TWIN_TS_DIR))
                  .filePath(QStringLiteral("twinstudio_%1.ts").arg(QLatin1StringView(language)));
        QString error;
        const QStringList problems = catalogueProblems(fileName, &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(fileName) << ": " << qPrintable(error);
        EXPECT_TRUE(problems.isEmpty())
            << problems.size() << " problem(s) in " << qPrintable(fileName) << ":\n"
            << qPrintable(problems.join(u'\n'));
    }
}

TEST(Translations, AnUnfinishedMessageIsFound)
{
    const QString fileName = QDir::temp().filePath(QStringLiteral("twinstudio-translationtest.ts"));
    QFile file(fileName);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>twin::Commands</name>
    <message><source>Done</source><translation>Erledigt</translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="vanished">Alt</translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation><numerusform>%n Element</numerusform><numerusform></numerusform></translation></message>
    <message><source>Move %1 to %2</source><translation>%1 verschieben</translation></message>
</context>
</TS>
)");
    file.close();
    QString error;
    const QStringList problems = catalogueProblems(fileName, &error);
    QFile::remove(fileName);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(problems,
        (QStringList { QStringLiteral("twin::Commands: Open"),
            QStringLiteral("twin::Commands: %n item(s)"),
            QStringLiteral("twin::Commands: Move %1 to %2 (placeholders)") }));
}

TEST(Translations, TheLanguagePreferenceIsRememberedAndTheCommandLineWins)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().remove(QStringLiteral("language"));
    {
        ui::LanguageMenu menu;
        QSignalSpy chosen(&menu, &ui::LanguageMenu::languageChosen);
        QList<QAction *> actions = menu.actions();
        ASSERT_EQ(actions.size(), 4);
        EXPECT_TRUE(actions.first()->isChecked()); // system default
        QAction *german = nullptr;
        for (QAction *a : actions) {
            if (a->data().toString() == QStringLiteral("de"))
                german = a;
        }
        ASSERT_TRUE(german);
        german->trigger();
        ASSERT_EQ(chosen.count(), 1);
        EXPECT_EQ(chosen.first().first().toString(), QStringLiteral("de"));
    }
    EXPECT_EQ(ui::LanguageMenu::chosenLanguage(), QStringLiteral("de"));
    EXPECT_EQ(ui::LanguageMenu::chosenLanguage(QStringLiteral("fr_CA")), QStringLiteral("fr"));
    ui::LanguageMenu again;
    for (QAction *a : again.actions())
        EXPECT_EQ(a->isChecked(), a->data().toString() == QStringLiteral("de"));
    QSettings().remove(QStringLiteral("language"));
    EXPECT_EQ(ui::LanguageMenu::chosenLanguage(), QLocale::system().name().section(u'_', 0, 0).toLower());
}

// English shows "1 type" and "2 types", not "type(s)".
TEST(Translations, EnglishPluralsAreWords)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QDir(QStringLiteral(TWIN_QM_DIR)).filePath(QStringLiteral("twinstudio_en.qm"))));
    const char *source = "Choose among %n type(s), by name or model id";
    EXPECT_EQ(translator.translate("twin::ui::TopologyDock", source, nullptr, 1),
              QStringLiteral("Choose among %n type, by name or model id"));
    EXPECT_EQ(translator.translate("twin::ui::TopologyDock", source, nullptr, 40),
              QStringLiteral("Choose among %n types, by name or model id"));
}
