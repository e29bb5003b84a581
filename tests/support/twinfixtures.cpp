// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinfixtures.h"

#include <gtest/gtest.h>

namespace twintest {

twin::Twin makeTwin(const QString &id, const QString &model, const QJsonObject &properties)
{
    twin::Twin t;
    t.id = id;
    t.model = model;
    t.properties = properties;
    return t;
}

QString coreModel(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1String(name) + QStringLiteral(";1");
}

twin::ModelRegistry coreRegistry()
{
    twin::ModelRegistry r;
    twin::Diagnostics d;
    EXPECT_TRUE(r.loadCoreOntology(&d)) << (d.isEmpty() ? "" : d.first().format().toStdString());
    return r;
}

} // namespace twintest
