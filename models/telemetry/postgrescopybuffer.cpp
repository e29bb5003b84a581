// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrescopybuffer.h"

namespace twin {

void PostgresCopyBuffer::begin()
{
    m_out->clear();
    m_out->append("PGCOPY\n\xff\r\n\0", 11);
    put<qint32>(0);
    put<qint32>(0);
}

} // namespace twin
