// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bindingfixtures.h"

#include "document/project.h"
#include "telemetry/bindingpicker.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace twin;

TEST(BindingPicker, OffersTheModelsScalarTargetsAndPreviewsTheScaledValue)
{
    Project project;
    twintest::climateSite(project);
    BindingPicker picker(&project);
    picker.setTopic(QStringLiteral("vendor/b1/zone-a/climate"));
    picker.setPayload(R"({"data": {"tF": 68, "mode": "eco"}})");
    picker.setField(QStringLiteral("/data/tF"));
    picker.setTwin(QStringLiteral("zone-a"));
    QStringList names;
    for (const BindingTarget &t : picker.targets())
        names.append(t.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("temperature"), QStringLiteral("humidity"), QStringLiteral("occupied"),
                                  QStringLiteral("label"), QStringLiteral("people"), QStringLiteral("mode")}))
        << "the map property is no target";
    ASSERT_TRUE(picker.setTarget(QStringLiteral("temperature")));
    const BindingPicker::Conversion f2c = BindingPicker::conversions().at(1);
    picker.setScale(f2c.scale);
    picker.setOffset(f2c.offset);
    QJsonValue bound;
    QString error;
    ASSERT_TRUE(picker.preview(&bound, &error)) << error.toStdString();
    EXPECT_NEAR(bound.toDouble(), 20.0, 1e-9);
    // The preview follows the payload.
    picker.setPayload(R"({"data": {"tF": 77}})");
    ASSERT_TRUE(picker.preview(&bound, &error));
    EXPECT_NEAR(bound.toDouble(), 25.0, 1e-9);

    EXPECT_EQ(picker.twinLevel(), 2);
    picker.setPatternLevel(picker.twinLevel());
    EXPECT_EQ(picker.topicFilter(), QStringLiteral("vendor/b1/{twin}/climate"));
    EXPECT_EQ(picker.patternTwins(), (QStringList{QStringLiteral("zone-a"), QStringLiteral("zone-b"), QStringLiteral("zone-c")}));
    EXPECT_EQ(picker.seenTwins({QStringLiteral("vendor/b1/zone-b/climate"), QStringLiteral("vendor/b1/other-1/climate"),
                                QStringLiteral("vendor/b2/zone-c/climate")}),
              QStringList{QStringLiteral("zone-b")});
    ASSERT_TRUE(picker.commit(&project, &error)) << error.toStdString();
    ASSERT_EQ(project.bindings().size(), 1);
    const QJsonObject entry = project.bindings().at(0).toObject();
    EXPECT_EQ(entry.value(QStringLiteral("model")).toString(), twintest::climateDtmi());
    EXPECT_EQ(entry.value(QStringLiteral("path")).toString(), QStringLiteral("/data/tF"));
    EXPECT_EQ(entry.value(QStringLiteral("unit")).toString(), QStringLiteral("degreeCelsius"));
}

TEST(BindingPicker, AWrongSchemaIsRefusedWithAMessage)
{
    Project project;
    twintest::climateSite(project);
    BindingPicker picker(&project);
    picker.setTopic(QStringLiteral("vendor/zone-a"));
    picker.setPayload(R"({"mode": "turbo", "t": "warm"})");
    picker.setTwin(QStringLiteral("zone-a"));
    picker.setField(QStringLiteral("/t"));
    ASSERT_TRUE(picker.setTarget(QStringLiteral("temperature")));
    QString error;
    EXPECT_FALSE(picker.commit(&project, &error));
    EXPECT_EQ(error, QStringLiteral("temperature takes a number, not \"warm\""));
    picker.setField(QStringLiteral("/mode"));
    ASSERT_TRUE(picker.setTarget(QStringLiteral("mode")));
    EXPECT_FALSE(picker.commit(&project, &error));
    EXPECT_EQ(error, QStringLiteral("mode takes one of eco, comfort, not \"turbo\""));
    EXPECT_TRUE(project.bindings().isEmpty());
    EXPECT_FALSE(project.isModified() && project.undoStack()->undoText().startsWith(QStringLiteral("Bind")));
}
