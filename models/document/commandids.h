// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twin {

/// QUndoCommand::id() of every command that merges with its successor.
enum CommandId : int {
    CmdSetTwinProperty = 1,
    CmdSetGeometry,
    CmdFloorLayout,
};

} // namespace twin
