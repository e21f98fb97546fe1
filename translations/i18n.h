// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace Crossread {

/// Loads Crossread's translation for the system locale and Qt's own, if there are any.
void installTranslators(QCoreApplication& app);

} // namespace Crossread
