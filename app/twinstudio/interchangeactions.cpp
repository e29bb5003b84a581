// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangeactions.h"

#include "dialogfolders.h"
#include "categoriesdialog.h"

#include "document/project.h"
#include "interchange/exportcontent.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimport.h"
#include "interchange/topologyimporter.h"

#include <QApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

namespace twin::ui {

namespace {

/// A modal progress dialog behind a ProgressCallback: setValue() lets the dialog's
/// Cancel button through, and a cancel makes the reader or writer stop.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label)
        : m_dialog(label, QCoreApplication::translate("twin::ui::InterchangeActions", "Cancel"), 0, 1000, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }

    ProgressCallback callback()
    {
        return [this](qint64 done, qint64 total) {
            if (total > 0)
                m_dialog.setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
            return !m_dialog.wasCanceled();
        };
    }
    bool wasCanceled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

QStringList linesOf(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines;
}

void showErrors(QWidget *parent, const QString &title, const QString &text, const Diagnostics &diagnostics)
{
    const QStringList lines = linesOf(diagnostics);
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    constexpr int kShown = 12;
    QString shown = lines.mid(0, kShown).join(u'\n');
    if (lines.size() > kShown)
        shown += u'\n' + QCoreApplication::translate("twin::ui::InterchangeActions", "… and %n more", nullptr,
                                                     int(lines.size() - kShown));
    box.setInformativeText(shown);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

} // namespace

QString InterchangeActions::formatted(const Diagnostics &diagnostics)
{
    return linesOf(diagnostics).join(u'\n');
}

InterchangeActions::InterchangeActions(Project *project, QWidget *window)
    : QObject(window)
    , m_project(project)
    , m_window(window)
{
}

QStringList InterchangeActions::patternsOf(const QString &filter)
{
    const qsizetype open = filter.lastIndexOf(u'(');
    const qsizetype close = filter.lastIndexOf(u')');
    const QString inside = open >= 0 && close > open ? filter.mid(open + 1, close - open - 1) : filter;
    return inside.split(u' ', Qt::SkipEmptyParts);
}

QString InterchangeActions::withExtension(const QString &path, const QString &filter)
{
    const QStringList patterns = patternsOf(filter);
    const QString name = QFileInfo(path).fileName();
    if (patterns.isEmpty() || QDir::match(patterns, name))
        return path;
    const QString first = patterns.first();
    return first.startsWith(QLatin1String("*.")) ? path + first.mid(1) : path;
}

QStringList InterchangeActions::importFilters()
{
    // Each plugin's filter is a whole "Name (*.x)" entry: the dialog parses one such entry
    // per line, never one nested in another.
    QStringList filters;
    QStringList all;
    for (TopologyImporter *importer : FormatRegistry::instance().importers()) {
        for (const QString &filter : importer->nameFilters()) {
            filters.append(filter);
            all += patternsOf(filter);
        }
    }
    all.removeDuplicates();
    filters.prepend(tr("All topology files (%1)").arg(all.join(u' ')));
    return filters;
}

QStringList InterchangeActions::exportFilters()
{
    QStringList filters;
    for (TopologyExporter *exporter : FormatRegistry::instance().exporters())
        filters.append(exporter->nameFilters().value(0));
    return filters;
}

bool InterchangeActions::importTopology()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Topology"),
                                                      DialogFolders::folder(DialogFolders::Kind::Topologies),
                                                      importFilters().join(QStringLiteral(";;")));
    DialogFolders::remember(DialogFolders::Kind::Topologies, path);
    return !path.isEmpty() && importFile(path);
}

bool InterchangeActions::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    ImportOptions options;
    // Each question is asked once: an answer changes the options, and the file is read
    // again with them.
    for (;;) {
        Diagnostics diagnostics;
        TopologyImport::Outcome outcome;
        bool imported = false;
        bool cancelled = false;
        {
            Progress progress(m_window, tr("Importing %1…").arg(name));
            imported = TopologyImport::importFile(m_project, nullptr, path, &diagnostics, progress.callback(), options,
                                                  &outcome);
            cancelled = progress.wasCanceled();
        }
        if (imported) {
            showLeftOut(name, diagnostics);
            return true;
        }
        if (cancelled)
            return false;
        if (!outcome.modelConflicts.isEmpty() && options.models == ImportOptions::Models::Refuse) {
            const std::optional<ImportOptions::Models> answer = askModels(name, outcome.modelConflicts, diagnostics);
            if (!answer)
                return false;
            options.models = *answer;
            continue;
        }
        if (outcome.partialPossible && !options.partial) {
            if (!askPartial(name, diagnostics))
                return false;
            options.partial = true;
            continue;
        }
        showErrors(m_window, tr("Import Failed"),
                   tr("Nothing was imported from %1: it has %n problem(s).", nullptr, int(diagnostics.size())).arg(name),
                   diagnostics);
        return false;
    }
}

std::optional<ImportOptions::Models> InterchangeActions::askModels(const QString &name, const QStringList &models,
                                                                    const Diagnostics &diagnostics)
{
    QMessageBox box(QMessageBox::Question, tr("Models Differ"),
                    tr("%1 defines %n model(s) that the project already has with another definition.", nullptr,
                       int(models.size()))
                        .arg(name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("ImportModelsQuestion"));
    box.setInformativeText(tr("Keep the project's definitions, or replace them with the file's?"));
    box.setDetailedText(formatted(diagnostics));
    QPushButton *keep = box.addButton(tr("&Keep the Project's"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("KeepModels"));
    QPushButton *replace = box.addButton(tr("&Replace with the File's"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("ReplaceModels"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return ImportOptions::Models::Keep;
    if (box.clickedButton() == replace)
        return ImportOptions::Models::Replace;
    return std::nullopt;
}

bool InterchangeActions::askPartial(const QString &name, const Diagnostics &diagnostics)
{
    QMessageBox box(QMessageBox::Question, tr("Import What Is Valid?"),
                    tr("%1 has %n problem(s), so it cannot be imported whole.", nullptr, int(diagnostics.size())).arg(name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("ImportPartialQuestion"));
    box.setInformativeText(tr("Import every valid twin and relationship and leave the others out?"));
    box.setDetailedText(formatted(diagnostics));
    QPushButton *partial = box.addButton(tr("&Import What Is Valid"), QMessageBox::AcceptRole);
    partial->setObjectName(QStringLiteral("ImportPartial"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(partial);
    box.exec();
    return box.clickedButton() == partial;
}

void InterchangeActions::showLeftOut(const QString &name, const Diagnostics &diagnostics)
{
    Diagnostics warnings;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning)
            warnings.append(d);
    }
    if (warnings.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Imported with Omissions"),
                    tr("%1 was imported; %n twin(s) or relationship(s) were left out.", nullptr, int(warnings.size()))
                        .arg(name),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("ImportLeftOut"));
    box.setDetailedText(formatted(warnings));
    box.exec();
}

bool InterchangeActions::exportTopology()
{
    const QStringList filters = exportFilters();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Topology"),
                                                      DialogFolders::folder(DialogFolders::Kind::Topologies),
                                                      filters.join(QStringLiteral(";;")), &selected);
    DialogFolders::remember(DialogFolders::Kind::Topologies, path);
    return !path.isEmpty() && exportFile(path, selected.isEmpty() ? filters.value(0) : selected);
}

bool InterchangeActions::exportFile(const QString &chosenPath, const QString &filter)
{
    const QList<TopologyExporter *> exporters = FormatRegistry::instance().exporters();
    TopologyExporter *exporter = exporters.value(int(exportFilters().indexOf(filter)), exporters.value(0));
    if (!exporter)
        return false;
    const QString path = withExtension(chosenPath, filter);
    Progress progress(m_window, tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    QString error;
    const ProjectContent content = ExportContent::of(*m_project, exporter->carriesBuiltInModels());
    if (!exporter->writeFile(content, path, &error, progress.callback())) {
        if (!progress.wasCanceled())
            QMessageBox::critical(m_window, tr("Export Failed"), tr("%1 could not be written:\n%2").arg(path, error));
        return false;
    }
    return true;
}

bool InterchangeActions::importOntology(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Ontology Folder"),
                                                              DialogFolders::folder(DialogFolders::Kind::Ontologies));
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import Ontology Files"),
                                              DialogFolders::folder(DialogFolders::Kind::Ontologies), tr("DTDL files (*.json)"));
    }
    DialogFolders::remember(DialogFolders::Kind::Ontologies, paths.value(0));
    return !paths.isEmpty() && importOntologyPaths(paths);
}

bool InterchangeActions::importOntologyPaths(const QStringList &paths)
{
    Diagnostics diagnostics;
    int added = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_project->importOntology(paths, &diagnostics, &added);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        showErrors(m_window, tr("Import Failed"),
                   tr("No interface was loaded: the ontology has %n problem(s).", nullptr, int(diagnostics.size())),
                   diagnostics);
        return false;
    }
    if (QWidget *w = m_window) {
        if (auto *main = qobject_cast<QMainWindow *>(w))
            main->statusBar()->showMessage(tr("Loaded %n interface(s)", nullptr, added), 5000);
    }
    return true;
}

void InterchangeActions::editCategories()
{
    CategoriesDialog dialog(m_project, m_window);
    dialog.exec();
}

} // namespace twin::ui
