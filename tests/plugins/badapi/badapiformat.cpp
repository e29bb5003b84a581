// SPDX-License-Identifier: GPL-3.0-or-later
#include "badapiformat.h"

namespace twintest {

int BadApiFormat::instances = 0;

BadApiFormat::BadApiFormat()
{
    ++instances;
}

} // namespace twintest
