// SPDX-License-Identifier: MIT
#include "exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Crossread {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread", text);
}
} // namespace

bool writeExportFile(const QString& path, const QByteArray& bytes, bool overwrite, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("No output file was given."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder.").arg(path));
    if (info.exists() && !overwrite)
        return fail(tr("%1 already exists; choose another name or allow replacing it.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace Crossread
