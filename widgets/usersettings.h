// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread {

struct ImportOptions;

/// What the user chose in Settings that belongs to them rather than to a project: spelling
/// language, their name on annotations, import limits. Kept in QSettings under named keys
/// (per-project choices such as the organisation go through ProjectStore::setSetting instead).
struct UserSettings
{
    static constexpr int Version = 1;
    static constexpr int MinImportMegabytes = 1;
    static constexpr int MaxImportMegabytes = 2048;

    bool spellCheck = true;
    QString spellLanguage; // a Hunspell dictionary name such as "en_US"; empty: the default one
    QString annotator; // recorded on new annotations
    int importLimitMegabytes = 50;
    bool repairExtractedText = true;

    static UserSettings load();
    void save() const;
    /// The importer's options as these settings ask for them.
    ImportOptions importOptions() const;
};

} // namespace Crossread
