// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace twin {

class ModelRegistry;
struct ProjectContent;

/**
 * What in a project file's content does not fit together: a repeated twin id, a
 * relationship whose source or target twin is missing or whose id repeats for its source
 * (the document leaves those out), and a twin whose model is not loaded (shown as
 * Other). Opening names each one in a warning with the rule Rule, so that nothing is
 * dropped or retyped silently, and an export can refuse such a project.
 */
class ContentConsistency
{
public:
    static constexpr const char *Rule = "project.inconsistent";

    /// Appends one warning per inconsistent entry of \a content, in \a file, to \a out;
    /// \a models: the registry the document typed the twins with.
    static void check(const ProjectContent &content, const ModelRegistry &models, const QString &file,
                      Diagnostics *out);
    /// How many of \a diagnostics are such warnings.
    static int count(const Diagnostics &diagnostics);
};

} // namespace twin
