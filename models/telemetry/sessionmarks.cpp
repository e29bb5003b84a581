// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmarks.h"

namespace twin {

void SessionMarks::put(QByteArray *seen, std::uint16_t packetId, std::uint64_t digest)
{
    char entry[EntryBytes];
    entry[0] = char(packetId & 0xff);
    entry[1] = char(packetId >> 8);
    for (int i = 0; i < 8; ++i)
        entry[2 + i] = char((digest >> (8 * i)) & 0xff);
    seen->append(entry, EntryBytes);
}

bool SessionMarks::read(const QByteArray &seen, Seen *into)
{
    if (seen.size() % EntryBytes != 0)
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(seen.constData());
    for (qsizetype at = 0; at < seen.size(); at += EntryBytes) {
        const std::uint16_t id = std::uint16_t(b[at] | (b[at + 1] << 8));
        std::uint64_t digest = 0;
        for (int i = 0; i < 8; ++i)
            digest |= std::uint64_t(b[at + 2 + i]) << (8 * i);
        into->emplace_back(id, digest);
    }
    return true;
}

} // namespace twin
