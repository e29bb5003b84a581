// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's import asks what the command line's --models and --partial say, and the Add
// Relationship dialog does not offer a target that would break the containment tree.
#include "inspector/addrelationshipdialog.h"
#include "interchangeactions.h"

#include "document/project.h"
#include "itemmodels/inspectormodel.h"

#include "support/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

/// Answers the message boxes of one import, in order, by clicking the button named in
/// \a answers (an object name, or "Ok"/"Cancel"); records the boxes' object names.
class Answerer
{
public:
    explicit Answerer(QStringList answers)
        : m_answers(std::move(answers))
    {
        poll();
    }
    QStringList asked;

private:
    void poll()
    {
        // The context ends the polling with the answerer.
        QTimer::singleShot(20, &m_context, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->isVisible()) {
                asked.append(box->objectName());
                const QString answer = m_answers.isEmpty() ? str("Cancel") : m_answers.takeFirst();
                QAbstractButton *button = answer == str("Ok")       ? box->button(QMessageBox::Ok)
                                          : answer == str("Cancel") ? box->button(QMessageBox::Cancel)
                                                                    : box->findChild<QPushButton *>(answer);
                if (button)
                    button->click();
                else
                    box->reject();
            }
            if (++m_polls < 500)
                poll();
        });
    }

    QObject m_context;
    QStringList m_answers;
    int m_polls = 0;
};

QString example()
{
    return twintest::sourcePath(str("tests/data/interchange/rec-example.explorer.json"));
}

void loadRec(Project *project)
{
    Diagnostics d;
    ASSERT_TRUE(project->importOntology({twintest::sharedPath(str("ontologies/rec-3.3/Ontology"))}, &d));
}

} // namespace

TEST(InterchangeActions, ImportAsksToKeepTheModelsThenToImportWhatIsValid)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    Project project;
    loadRec(&project);
    const QJsonObject level = project.models().interfaceJson(str("dtmi:digitaltwins:rec_3_3:core:Level;1"));
    QWidget window;
    ui::InterchangeActions actions(&project, &window);
    Answerer answerer({str("KeepModels"), str("ImportPartial"), str("Ok")});
    EXPECT_TRUE(actions.importFile(example()));
    EXPECT_EQ(answerer.asked,
              QStringList({str("ImportModelsQuestion"), str("ImportPartialQuestion"), str("ImportLeftOut")}));
    EXPECT_EQ(project.graph()->twinCount(), 4);
    EXPECT_EQ(project.graph()->relationshipCount(), 3);
    EXPECT_EQ(project.models().interfaceJson(str("dtmi:digitaltwins:rec_3_3:core:Level;1")), level);
}

TEST(InterchangeActions, ImportReplacesTheModelsOrStopsWhenCancelled)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    Project project;
    loadRec(&project);
    QWidget window;
    ui::InterchangeActions actions(&project, &window);
    {
        Answerer answerer({str("ReplaceModels"), str("Cancel")});
        EXPECT_FALSE(actions.importFile(example()));
        EXPECT_EQ(answerer.asked, QStringList({str("ImportModelsQuestion"), str("ImportPartialQuestion")}));
    }
    EXPECT_EQ(project.graph()->twinCount(), 0);
    EXPECT_EQ(project.undoStack()->count(), 1); // the ontology
    Answerer answerer({str("ReplaceModels"), str("ImportPartial"), str("Ok")});
    EXPECT_TRUE(actions.importFile(example()));
    const QJsonObject level = project.models().interfaceJson(str("dtmi:digitaltwins:rec_3_3:core:Level;1"));
    EXPECT_EQ(level.value(str("description")).toObject().value(str("en")).toString(), str("The level of a building."));
}

TEST(InterchangeActions, AddRelationshipDialogGreysOutTargetsThatWouldBreakTheTree)
{
    Project project;
    ProjectContent c;
    auto space = [](const char *id, const char *model) {
        return Twin{str(id), QStringLiteral("dtmi:twinstudio:core:%1;1").arg(str(model)), {}, {}};
    };
    c.twins = {space("building-a", "Building"), space("floor-1", "Floor"), space("office-106", "Room"),
               space("office-107", "Room")};
    c.relationships = {{str("c1"), str("building-a"), str("contains"), str("floor-1"), {}},
                       {str("c2"), str("floor-1"), str("contains"), str("office-106"), {}}};
    Diagnostics d;
    ASSERT_TRUE(project.importContent(c, &d));
    InspectorModel model(&project);
    model.setTwin(str("office-106"));
    ui::AddRelationshipDialog dialog(&project, str("office-106"), model.relationshipOptions());
    auto *names = dialog.findChild<QComboBox *>(str("RelationshipName"));
    auto *targets = dialog.findChild<QListWidget *>(str("RelationshipTarget"));
    ASSERT_TRUE(names && targets);
    names->setCurrentIndex(names->findData(str("contains")));
    ASSERT_EQ(names->currentData().toString(), str("contains"));
    QHash<QString, QListWidgetItem *> items;
    for (int i = 0; i < targets->count(); ++i)
        items.insert(targets->item(i)->data(Qt::UserRole).toString(), targets->item(i));
    ASSERT_TRUE(items.contains(str("building-a")) && items.contains(str("office-107")));
    // Office 106 cannot contain the building it is in; it can contain Office 107.
    EXPECT_FALSE(items.value(str("building-a"))->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(items.value(str("building-a"))->toolTip().contains(str("cycle")));
    EXPECT_FALSE(items.value(str("floor-1"))->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(items.value(str("office-107"))->flags() & Qt::ItemIsEnabled);
    targets->setCurrentItem(items.value(str("building-a")));
    EXPECT_TRUE(dialog.targetId().isEmpty());
    bool hinted = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        hinted = hinted || label->text().contains(str("cannot be chosen"));
    EXPECT_TRUE(hinted);
    // The document refuses it too, with the reason.
    QString error;
    EXPECT_FALSE(project.addRelationship({str("c3"), str("office-106"), str("contains"), str("building-a"), {}}, &error));
    EXPECT_TRUE(error.contains(str("cycle"))) << qPrintable(error);
}
