// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCustomPlot's header uses the foreach keyword, which the project's QT_NO_FOREACH
// hides; its loops only read, so a range-based for does the same, for the header alone.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define TWIN_QCP_FOREACH
#endif
#include <qcustomplot.h>
#ifdef TWIN_QCP_FOREACH
#undef foreach
#undef TWIN_QCP_FOREACH
#endif
