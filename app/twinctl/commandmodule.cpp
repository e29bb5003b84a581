// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandmodule.h"

#include "commands.h"
#include "staticplugins.h"

#include <QtGlobal>

#include <cstring>

extern "C" Q_DECL_EXPORT int twinctl_run_command(const char *command, const QStringList *args)
{
    struct Entry
    {
        const char *name;
        int (*run)(const QStringList &);
    };
    static constexpr Entry kEntries[] = {
        {"project", &twinctl::runProject},   {"simulate", &twinctl::runSimulate},
        {"ingest", &twinctl::runIngest},     {"function", &twinctl::runFunction},
        {"record", &twinctl::runRecord},     {"replay", &twinctl::runReplay},
        {"history", &twinctl::runHistory},   {"record-service", &twinctl::runRecordService},
    };
    for (const Entry &e : kEntries) {
        if (std::strcmp(e.name, command) == 0) {
            twin::importStaticPlugins();
            return e.run(*args);
        }
    }
    return -1;
}
