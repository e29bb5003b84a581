// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcGraph, "twin.graph")
Q_LOGGING_CATEGORY(lcStore, "twin.store")
Q_LOGGING_CATEGORY(lcOntology, "twin.ontology")
Q_LOGGING_CATEGORY(lcInterchange, "twin.interchange")
Q_LOGGING_CATEGORY(lcTelemetry, "twin.telemetry")
Q_LOGGING_CATEGORY(lcFunctions, "twin.functions")
Q_LOGGING_CATEGORY(lcPlugins, "twin.plugins")
