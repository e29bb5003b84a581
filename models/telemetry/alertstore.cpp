// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "alertlog.h"
#include "postgresalertstore.h"
#include "postgresconnection.h"

namespace twin {

std::shared_ptr<AlertStore> AlertStore::open(const QString &location, QString *error)
{
    if (PostgresConnection::isUrl(location)) {
        auto shared = std::make_shared<PostgresAlertStore>();
        if (!shared->open(location, error))
            return nullptr;
        return shared;
    }
    auto file = std::make_shared<AlertLog>();
    if (!file->open(location, error))
        return nullptr;
    return file;
}

} // namespace twin
