// SPDX-License-Identifier: GPL-3.0-or-later
// "twinctl project categories": show and edit which interfaces count as Space, Device,
// Sensor or Person in a project.
#include "cli.h"
#include "commands.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <algorithm>

namespace twinctl {

namespace {

using twin::Category;

/// Parses "DTMI=CATEGORY"; returns an error text, empty when it parsed.
QString parseAssignment(const QString &text, QString *dtmi, Category *category)
{
    const qsizetype eq = text.lastIndexOf(u'=');
    if (eq <= 0)
        return QStringLiteral("'%1': expected DTMI=CATEGORY").arg(text);
    *dtmi = text.left(eq);
    const QString name = text.mid(eq + 1);
    *category = twin::categoryFromName(name);
    if (*category == Category::Other && name.compare(QStringLiteral("Other"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("'%1': the category must be Space, Device, Sensor, Person or Other").arg(name);
    return {};
}

void printRoots(const QHash<QString, Category> &roots, bool json)
{
    QStringList keys = roots.keys();
    std::sort(keys.begin(), keys.end());
    if (json) {
        QJsonObject map;
        for (const QString &k : keys)
            map.insert(k, twin::categoryName(roots.value(k)));
        printJsonLine(QJsonObject{{QStringLiteral("categories"), map}});
        return;
    }
    for (const QString &k : keys)
        printOut(QStringLiteral("%1 %2").arg(twin::categoryName(roots.value(k)), -7).arg(k));
}

} // namespace

int runProjectCategories(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A project file (*.twinproj)."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Make DTMI and the interfaces that extend it CATEGORY "
                                                "(Space, Device, Sensor, Person or Other)."),
                                 QStringLiteral("DTMI=CATEGORY"));
    const QCommandLineOption unset(QStringLiteral("unset"), QStringLiteral("Remove DTMI from the map."),
                                   QStringLiteral("DTMI"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   QStringLiteral("Go back to the built-in map (core and RealEstateCore)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the map as one JSON object."));
    parser.addOptions({set, unset, reset, json});
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, QStringLiteral("project categories"),
            QStringLiteral(
                "Shows the project's category map: the interfaces whose subtypes count as\n"
                "Space, Device, Sensor or Person in the designer, the tree, functions and\n"
                "aggregation. --reset, then --unset, then --set edit it (in that order) and\n"
                "save the project; each DTMI given to --set must be an interface the project\n"
                "has loaded. Prints the map after the edits, one 'CATEGORY DTMI' per line.\n"
                "Exit status: 0 ok, 1 not a readable project or an unknown DTMI, 2 usage error."),
            args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("project categories"), QStringLiteral("expected one FILE"));
    const QString file = files.first();

    QHash<QString, Category> assignments;
    for (const QString &a : parser.values(set)) {
        QString dtmi;
        Category category = Category::Other;
        const QString error = parseAssignment(a, &dtmi, &category);
        if (!error.isEmpty())
            return usageError(QStringLiteral("project categories"), error);
        assignments.insert(dtmi, category);
    }

    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(file, &project, &diagnostics)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    printDiagnostics(diagnostics); // warnings

    const bool edits = parser.isSet(reset) || parser.isSet(unset) || parser.isSet(set);
    if (edits) {
        QHash<QString, Category> roots = parser.isSet(reset) ? twin::ModelRegistry::defaultCategoryRoots()
                                                            : project.models().categoryRoots();
        for (const QString &dtmi : parser.values(unset)) {
            if (!roots.remove(dtmi)) {
                printErr(twin::Diagnostic::error(file, 0, QStringLiteral("%1 is not in the category map").arg(dtmi))
                             .format());
                return ExitInvalidInput;
            }
        }
        for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
            roots.insert(it.key(), it.value());
        QString error;
        if (!project.setCategoryRoots(roots, &error)) {
            printErr(twin::Diagnostic::error(file, 0, error).format());
            return ExitInvalidInput;
        }
        if (!twin::ProjectStore::save(&project, file, &error)) {
            printErr(twin::Diagnostic::error(file, 0, error).format());
            return ExitInvalidInput;
        }
    }
    printRoots(project.models().categoryRoots(), parser.isSet(json));
    return ExitOk;
}

} // namespace twinctl
