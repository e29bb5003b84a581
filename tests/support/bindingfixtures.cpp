// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingfixtures.h"

#include "projectfixtures.h"
#include "twinfixtures.h"

#include "document/project.h"

#include <gtest/gtest.h>

namespace twintest {

QString climateDtmi()
{
    return QStringLiteral("dtmi:test:Climate;1");
}

QByteArray climateModel()
{
    return R"({
  "@context": "dtmi:dtdl:context;2",
  "@id": "dtmi:test:Climate;1",
  "@type": "Interface",
  "contents": [
    {"@type": ["Telemetry", "Temperature"], "name": "temperature", "schema": "double", "unit": "degreeCelsius"},
    {"@type": "Telemetry", "name": "humidity", "schema": "double"},
    {"@type": "Property", "name": "occupied", "schema": "boolean"},
    {"@type": "Property", "name": "label", "schema": "string"},
    {"@type": "Property", "name": "people", "schema": "integer"},
    {"@type": "Property", "name": "mode", "schema": {"@type": "Enum", "valueSchema": "string", "enumValues": [
      {"name": "eco", "enumValue": "eco"}, {"name": "comfort", "enumValue": "comfort"}]}},
    {"@type": "Property", "name": "settings", "schema": {"@type": "Map",
      "mapKey": {"name": "key", "schema": "string"}, "mapValue": {"name": "value", "schema": "string"}}}
  ]
})";
}

void climateSite(twin::Project &project)
{
    twin::Diagnostics diagnostics;
    ASSERT_TRUE(importModels(project, climateModel(), &diagnostics))
        << (diagnostics.isEmpty() ? std::string() : diagnostics.first().format().toStdString());
    for (const char *id : {"zone-a", "zone-b", "zone-c"}) {
        QString error;
        ASSERT_TRUE(project.addTwin(makeTwin(QString::fromLatin1(id), climateDtmi()), &error)) << error.toStdString();
    }
    QString error;
    ASSERT_TRUE(project.addTwin(makeTwin(QStringLiteral("other-1")), &error)) << error.toStdString();
}

} // namespace twintest
