// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Crossread {

/// Writes an export atomically: the bytes go to a temporary file beside `path` that is renamed
/// over it only when everything was written, so a failed export leaves nothing half-written.
///
/// Refuses to replace an existing file unless `overwrite` is set (the CLI's --force, the GUI's
/// "Replace?" answer). On failure returns false and sets `error` to a translated message.
bool writeExportFile(const QString& path, const QByteArray& bytes, bool overwrite, QString* error);

} // namespace Crossread
