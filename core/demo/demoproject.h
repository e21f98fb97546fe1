// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread {

class ProjectStore;

/// The demo project: the sample articles bundled under :/samples/ (three outlets' reports of one
/// fictional event), annotated as listed in :/samples/demo-annotations.json.
///
/// The resources live in the crossread_resources library; a program using this class must link
/// it and call Q_INIT_RESOURCE(resources) first, since nothing else pulls the static
/// initializer out of the archive.
class DemoProject final
{
public:
    /// Imports the samples into the open `store` and applies the annotations, anchoring each one
    /// by searching the stored text for its quote. Already present samples are not imported twice.
    /// On failure returns false and, if given, sets `error` (translated).
    static bool build(ProjectStore& store, QString* error = nullptr);

    /// AppDataLocation/demo.crossread.
    static QString defaultPath();

    /// Opens the demo project at `path`, creating and building it when the file is missing.
    static bool openOrCreate(ProjectStore& store, const QString& path, QString* error = nullptr);
};

} // namespace Crossread
