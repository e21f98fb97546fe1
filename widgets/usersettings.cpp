// SPDX-License-Identifier: MIT
#include "usersettings.h"

#include "import/importer.h"

#include <QSettings>

#include <algorithm>

namespace Crossread {

namespace Key {
const QString Version = QStringLiteral("user/version");
const QString SpellCheck = QStringLiteral("spelling/enabled");
const QString SpellLanguage = QStringLiteral("spelling/language");
const QString Annotator = QStringLiteral("user/annotator");
const QString ImportLimit = QStringLiteral("import/limitMegabytes");
const QString RepairText = QStringLiteral("import/repairExtractedText");
} // namespace Key

UserSettings UserSettings::load()
{
    const QSettings s;
    UserSettings u;
    u.spellCheck = s.value(Key::SpellCheck, true).toBool();
    u.spellLanguage = s.value(Key::SpellLanguage).toString();
    u.annotator = s.value(Key::Annotator).toString();
    // A hand-edited or damaged value must not make every import fail or accept any size.
    u.importLimitMegabytes = std::clamp(s.value(Key::ImportLimit, 50).toInt(), MinImportMegabytes, MaxImportMegabytes);
    u.repairExtractedText = s.value(Key::RepairText, true).toBool();
    return u;
}

void UserSettings::save() const
{
    QSettings s;
    s.setValue(Key::Version, Version);
    s.setValue(Key::SpellCheck, spellCheck);
    s.setValue(Key::SpellLanguage, spellLanguage);
    s.setValue(Key::Annotator, annotator);
    s.setValue(Key::ImportLimit, importLimitMegabytes);
    s.setValue(Key::RepairText, repairExtractedText);
}

ImportOptions UserSettings::importOptions() const
{
    ImportOptions options;
    options.maxBytes = qint64(importLimitMegabytes) * 1024 * 1024;
    options.repairExtractedText = repairExtractedText;
    return options;
}

} // namespace Crossread
