// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace twin {

/**
 * What a batch of history stores of one kept MQTT session (clean session off): the packet
 * id and the digest of topic and payload of each QoS 1 message whose samples the batch
 * holds, in receive order. A history writer stores them in the batch's own transaction, so
 * that a recorder killed and restarted knows exactly which messages the broker may send
 * again although their samples are stored (their acknowledgement was lost with the process)
 * and does not store them twice: readings without a device time get a new receive time
 * each time they arrive, which the (point, time) key of the history cannot catch.
 *
 * The stores keep the marks of the last KeptBatches batches per client id (far more than
 * a broker's window of unacknowledged messages); a reset (the broker started the session
 * afresh) forgets the older ones.
 */
struct SessionMarks
{
    /// (packet id, digest) pairs.
    using Seen = std::vector<std::pair<std::uint16_t, std::uint64_t>>;
    static constexpr int KeptBatches = 64;
    static constexpr int EntryBytes = 10;

    QString clientId;
    bool reset = false; ///< forget what is kept for clientId before storing these
    QByteArray seen;    ///< EntryBytes per message: packet id, then digest, little-endian

    static void put(QByteArray *seen, std::uint16_t packetId, std::uint64_t digest);
    /// Appends the pairs of \a seen to \a into; false when its size is not a whole number of entries.
    static bool read(const QByteArray &seen, Seen *into);
};

} // namespace twin
