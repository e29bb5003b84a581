// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangeactions.h"

#include "categoriesdialog.h"

#include "document/project.h"
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

void showErrors(QWidget *parent, const QString &title, const QString &text, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.format());
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
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Topology"), QString(),
                                                      importFilters().join(QStringLiteral(";;")));
    return !path.isEmpty() && importFile(path);
}

bool InterchangeActions::importFile(const QString &path)
{
    Diagnostics diagnostics;
    Progress progress(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()));
    const bool ok = TopologyImport::importFile(m_project, nullptr, path, &diagnostics, progress.callback());
    if (!ok && !progress.wasCanceled()) {
        showErrors(m_window, tr("Import Failed"),
                   tr("Nothing was imported from %1: it has %n problem(s).", nullptr, int(diagnostics.size()))
                       .arg(QFileInfo(path).fileName()),
                   diagnostics);
    }
    return ok;
}

bool InterchangeActions::exportTopology()
{
    const QStringList filters = exportFilters();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Topology"), QString(),
                                                      filters.join(QStringLiteral(";;")), &selected);
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
    if (!exporter->writeFile(m_project->content(), path, &error, progress.callback())) {
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
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Ontology Folder"));
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import Ontology Files"), QString(),
                                              tr("DTDL files (*.json)"));
    }
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
