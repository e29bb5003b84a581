// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "document/projectcontent.h"
#include "store/projectstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace twin;

namespace {

// A DTDL v3 model that names a private extension: refused unless the project allows it.
QJsonObject privateModel()
{
    return QJsonDocument::fromJson(R"({"@context": ["dtmi:dtdl:context;3", "dtmi:acme:private;1"],
        "@id": "dtmi:acme:Pump;1", "@type": "Interface",
        "contents": [{"@type": ["Telemetry", "Audited"], "name": "flow", "schema": "double", "auditor": "qa"}]})")
        .object();
}

/// Writes a project file holding privateModel(), with the setting as given, and opens it.
bool writeAndOpen(const QString &file, bool allowUndefinedExtensions, Project *project, Diagnostics *diagnostics)
{
    ProjectContent content;
    content.models.append(privateModel());
    content.allowUndefinedExtensions = allowUndefinedExtensions;
    QString error;
    EXPECT_TRUE(ProjectStore::writeContent(content, file, &error)) << error.toStdString();
    return ProjectStore::open(file, project, diagnostics);
}

bool hasRule(const Diagnostics &diagnostics, const QString &rule)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&](const Diagnostic &d) { return d.rule == rule; });
}

} // namespace

TEST(OntologyPrivateExtensions, ProjectRefusesUndefinedV3ExtensionByDefault)
{
    QTemporaryDir dir;
    Project project;
    Diagnostics diagnostics;
    EXPECT_FALSE(writeAndOpen(dir.filePath(QStringLiteral("p.twinproj")), false, &project, &diagnostics));
    EXPECT_TRUE(hasRule(diagnostics, QStringLiteral("dtdl.context.undefined")));
    EXPECT_FALSE(project.models().contains(QStringLiteral("dtmi:acme:Pump;1")));
}

TEST(OntologyPrivateExtensions, ProjectSettingAllowsThemAndIsSaved)
{
    QTemporaryDir dir;
    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(writeAndOpen(dir.filePath(QStringLiteral("p.twinproj")), true, &project, &diagnostics))
        << (diagnostics.isEmpty() ? std::string() : diagnostics.first().format().toStdString());
    EXPECT_TRUE(project.models().contains(QStringLiteral("dtmi:acme:Pump;1")));

    // Saved again, the setting travels with the project.
    QString error;
    const QString copy = dir.filePath(QStringLiteral("copy.twinproj"));
    ASSERT_TRUE(ProjectStore::save(&project, copy, &error)) << error.toStdString();
    ProjectContent reread;
    ASSERT_TRUE(ProjectStore::readContent(copy, &reread, &diagnostics));
    EXPECT_TRUE(reread.allowUndefinedExtensions);
    Project reopened;
    EXPECT_TRUE(ProjectStore::open(copy, &reopened, &diagnostics));
    EXPECT_TRUE(reopened.models().contains(QStringLiteral("dtmi:acme:Pump;1")));
}
