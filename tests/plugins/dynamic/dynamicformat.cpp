// SPDX-License-Identifier: GPL-3.0-or-later
#include "dynamicformat.h"

#include <QIODevice>

namespace twintest {

bool DynamicFormat::write(const twin::ProjectContent &, QIODevice *device, QString *, const twin::ProgressCallback &)
{
    return device->write("dynamic\n") == 8;
}

} // namespace twintest
