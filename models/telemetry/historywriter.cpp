// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "historystore.h"
#include "postgresconnection.h"
#include "postgreshistorystore.h"

namespace twin {

std::unique_ptr<HistoryWriter> HistoryWriter::open(const QString &location, QString *error)
{
    if (PostgresConnection::isUrl(location)) {
        auto shared = std::make_unique<PostgresHistoryStore>();
        if (!shared->open(location, error))
            return nullptr;
        return shared;
    }
    auto file = std::make_unique<HistoryStore>();
    if (!file->open(location, error))
        return nullptr;
    return file;
}

} // namespace twin
