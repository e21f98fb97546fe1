// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QByteArray>
#include <QFont>
#include <QString>

namespace Crossread {

/// The main window's remembered state, in QSettings under named keys. Tests isolate it with
/// QStandardPaths::setTestModeEnabled(true), which QSettings' native Unix location follows.
struct WindowSettings
{
    static constexpr int Version = 1;

    QByteArray geometry;
    QByteArray state; // docks and toolbars
    QString lastProject;
    QList<DocumentId> columns; // of lastProject, left to right
    int zoom = 0;
    QFont font; // of the document views; the default when not set
    bool hasFont = false;
    bool dark = false;
    bool syncScrolling = false;
    bool snapToWords = true;

    static WindowSettings load();
    void save() const;
};

} // namespace Crossread
