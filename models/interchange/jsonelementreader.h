// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/jsondocumentread.h"

#include <QJsonValue>
#include <QStringList>

#include <functional>

class QIODevice;

namespace twin {

class ProgressReporter;

/**
 * Reads a JSON document whose bulk lies in a few arrays (twins, relationships, models)
 * without building one tree of the whole: the elements of the arrays named by pointer are
 * parsed one at a time and handed to a callback with the line they start on, and only
 * the rest of the document is kept (those arrays left empty in it). A tree of a whole
 * file took about four times its size; this way the peak is the file's bytes plus what
 * the callback keeps plus one element.
 *
 * The whole document is still checked before the result says Ok: invalid JSON anywhere
 * (with its line) or an object naming a key twice (with its line and column) makes it
 * Invalid, and whatever the callback built must then be dropped (all or nothing).
 */
class JsonElementReader
{
public:
    /// Called for element \a index of array \a array (an index into the pointers given).
    using ElementHandler = std::function<void(int array, qsizetype index, const QJsonValue &value, int line)>;

    /// Streams the elements of the arrays at \a arrayPointers (e.g. "/twins",
    /// "/digitalTwinsGraph/digitalTwins") to \a handler. A value at one of those pointers
    /// that is not an array is kept in the document like any other.
    JsonElementReader(const QStringList &arrayPointers, ElementHandler handler);
    /// Called before the first element of array \a array with how many it holds (a
    /// quick count of the bytes), so that the elements' destination can be reserved
    /// instead of growing through copies of itself.
    using SizeHandler = std::function<void(int array, qsizetype count)>;
    void setSizeHandler(SizeHandler handler) { m_sizeHandler = std::move(handler); }

    /// Reads all of \a device (its bytes, then the parse, each half of the progress
    /// reported to \a reporter; a cancel there stops). The result's data is empty.
    JsonDocumentRead read(QIODevice *device, ProgressReporter *reporter);

private:
    struct Walk;

    QStringList m_pointers;
    ElementHandler m_handler;
    SizeHandler m_sizeHandler;
};

} // namespace twin
