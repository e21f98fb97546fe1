// SPDX-License-Identifier: MIT
#include "cue.h"

#include <QCoreApplication>

namespace Crossread {

QString cueKindName(CueKind kind)
{
    switch (kind) {
    case CueKind::Quotation:
        return QStringLiteral("quotation");
    case CueKind::Attribution:
        return QStringLiteral("attribution");
    case CueKind::Figure:
        return QStringLiteral("figure");
    case CueKind::Hedge:
        return QStringLiteral("hedge");
    case CueKind::Loaded:
        return QStringLiteral("loaded");
    }
    return {};
}

QString cueKindLabel(CueKind kind)
{
    switch (kind) {
    case CueKind::Quotation:
        return QCoreApplication::translate("Cues", "Quotation");
    case CueKind::Attribution:
        return QCoreApplication::translate("Cues", "Attribution phrase");
    case CueKind::Figure:
        return QCoreApplication::translate("Cues", "Figure");
    case CueKind::Hedge:
        return QCoreApplication::translate("Cues", "Hedge or anonymous source");
    case CueKind::Loaded:
        return QCoreApplication::translate("Cues", "Loaded term");
    }
    return {};
}

} // namespace Crossread
