// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twin {

/// Makes the plugins built into this executable visible to QPluginLoader::staticPlugins().
/// Call once from main() before the plugin registry is used.
void importStaticPlugins();

} // namespace twin
