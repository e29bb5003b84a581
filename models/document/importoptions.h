// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twin {

/// How Project::importContent() (and TopologyImport) treats what does not fit the project.
struct ImportOptions
{
    /// A model the project already holds with another definition.
    enum class Models {
        Refuse,  ///< an error naming both definitions (the default)
        Keep,    ///< the project's definition stays; the file's is ignored
        Replace, ///< the file's definition replaces the project's (built-in models excepted)
    };

    Models models = Models::Refuse;
    /// Import every valid twin and relationship and leave the others out, each with a
    /// warning; fails only when nothing is left to import or the models are invalid.
    bool partial = false;
};

} // namespace twin
