// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangetesthelpers.h"

#include "interchange/formatregistry.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

namespace twintest {

QString interchangeData(const QString &name)
{
    return sourcePath(QStringLiteral("tests/data/interchange/") + name);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

twin::TopologyImporter *importer(const QString &id)
{
    return twin::FormatRegistry::instance().importer(id);
}

twin::TopologyExporter *exporter(const QString &id)
{
    return twin::FormatRegistry::instance().exporter(id);
}

twin::ProjectContent readContent(const QString &format, const QByteArray &bytes, const QString &fileName)
{
    twin::ProjectContent content;
    twin::Diagnostics diagnostics;
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    twin::TopologyImporter *reader = importer(format);
    EXPECT_NE(reader, nullptr) << qPrintable(format);
    if (!reader)
        return content;
    EXPECT_TRUE(reader->read(&buffer, fileName, &content, &diagnostics)) << qPrintable(formatted(diagnostics));
    EXPECT_FALSE(twin::hasErrors(diagnostics)) << qPrintable(formatted(diagnostics));
    return content;
}

twin::Diagnostics readErrors(const QString &format, const QByteArray &bytes, const QString &fileName)
{
    twin::ProjectContent content;
    twin::Diagnostics diagnostics;
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    EXPECT_FALSE(importer(format)->read(&buffer, fileName, &content, &diagnostics));
    return diagnostics;
}

QByteArray writeContent(const QString &format, const twin::ProjectContent &content)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    twin::TopologyExporter *writer = exporter(format);
    EXPECT_NE(writer, nullptr) << qPrintable(format);
    if (writer) {
        EXPECT_TRUE(writer->write(content, &buffer, &error)) << qPrintable(error);
    }
    return data;
}

QString formatted(const twin::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const twin::Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines.join(u'\n');
}

bool hasError(const twin::Diagnostics &diagnostics, int line, const QString &text)
{
    for (const twin::Diagnostic &d : diagnostics) {
        if (d.severity == twin::Diagnostic::Severity::Error && d.line == line && d.message.contains(text))
            return true;
    }
    return false;
}

void expectSameContent(const twin::ProjectContent &a, const twin::ProjectContent &b)
{
    EXPECT_EQ(a.models, b.models);
    ASSERT_EQ(a.twins.size(), b.twins.size());
    for (qsizetype i = 0; i < a.twins.size(); ++i)
        EXPECT_TRUE(a.twins.at(i) == b.twins.at(i)) << "twin " << i << ": " << qPrintable(a.twins.at(i).id);
    ASSERT_EQ(a.relationships.size(), b.relationships.size());
    for (qsizetype i = 0; i < a.relationships.size(); ++i)
        EXPECT_TRUE(a.relationships.at(i) == b.relationships.at(i)) << "relationship " << i;
    EXPECT_EQ(a.functions, b.functions);
    EXPECT_EQ(a.bindings, b.bindings);
    EXPECT_EQ(a.connections, b.connections);
    EXPECT_EQ(a.viewState, b.viewState);
    EXPECT_EQ(a.categoryRoots, b.categoryRoots);
    EXPECT_TRUE(a.containmentRules == b.containmentRules);
}

} // namespace twintest
