// SPDX-License-Identifier: MIT
#include "windowsettings.h"

#include <QSettings>

namespace Crossread {

namespace Key {
const QString Version = QStringLiteral("window/version");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString LastProject = QStringLiteral("project/last");
const QString Columns = QStringLiteral("project/columns");
const QString Zoom = QStringLiteral("view/zoom");
const QString Font = QStringLiteral("view/font");
const QString Dark = QStringLiteral("view/dark");
const QString SyncScrolling = QStringLiteral("view/syncScrolling");
const QString SnapToWords = QStringLiteral("annotate/snapToWords");
} // namespace Key

WindowSettings WindowSettings::load()
{
    const QSettings s;
    WindowSettings w;
    // A state saved by another layout version would put docks in odd places: drop it.
    if (s.value(Key::Version).toInt() == Version) {
        w.geometry = s.value(Key::Geometry).toByteArray();
        w.state = s.value(Key::State).toByteArray();
    }
    w.lastProject = s.value(Key::LastProject).toString();
    for (const QString& id : s.value(Key::Columns).toStringList()) {
        bool ok = false;
        const DocumentId d = id.toLongLong(&ok);
        if (ok && d > 0)
            w.columns.append(d);
    }
    w.zoom = s.value(Key::Zoom, 0).toInt();
    const QString font = s.value(Key::Font).toString();
    w.hasFont = !font.isEmpty() && w.font.fromString(font);
    w.dark = s.value(Key::Dark, false).toBool();
    w.syncScrolling = s.value(Key::SyncScrolling, false).toBool();
    w.snapToWords = s.value(Key::SnapToWords, true).toBool();
    return w;
}

void WindowSettings::save() const
{
    QSettings s;
    s.setValue(Key::Version, Version);
    s.setValue(Key::Geometry, geometry);
    s.setValue(Key::State, state);
    s.setValue(Key::LastProject, lastProject);
    QStringList ids;
    for (DocumentId d : columns)
        ids.append(QString::number(d));
    s.setValue(Key::Columns, ids);
    s.setValue(Key::Zoom, zoom);
    if (hasFont)
        s.setValue(Key::Font, font.toString());
    else
        s.remove(Key::Font);
    s.setValue(Key::Dark, dark);
    s.setValue(Key::SyncScrolling, syncScrolling);
    s.setValue(Key::SnapToWords, snapToWords);
}

} // namespace Crossread
