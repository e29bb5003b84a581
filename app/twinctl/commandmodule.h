// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/**
 * The entry point of the module twinctl_commands: the commands that need the project
 * store, the format plugins or the live runtimes. twinctl loads the module only when one
 * of them is asked for, so the ontology commands start without those libraries.
 *
 * Runs \a command ("project", "simulate", ...) with the arguments after it and returns
 * the exit status, or -1 when the module has no such command.
 */
extern "C" int twinctl_run_command(const char *command, const QStringList *args);

/// The name twinctl resolves in the module.
inline constexpr const char *kTwinctlRunSymbol = "twinctl_run_command";
