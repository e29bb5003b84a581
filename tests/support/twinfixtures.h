// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"
#include "ontology/modelregistry.h"

#include <QJsonObject>
#include <QString>

namespace twintest {

/// A twin \a id of \a model (the core ontology's Room by default) with \a properties.
twin::Twin makeTwin(const QString &id, const QString &model = QStringLiteral("dtmi:twinstudio:core:Room;1"),
                    const QJsonObject &properties = {});
/// The DTMI of a core ontology interface: coreModel("Room") is dtmi:twinstudio:core:Room;1.
QString coreModel(const char *name);
/// A registry holding the core ontology (failing to load it fails the test).
twin::ModelRegistry coreRegistry();

} // namespace twintest
