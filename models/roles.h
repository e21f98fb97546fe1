// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace Crossread {

/// Item data roles shared by every model in models/ and the views that read them.
enum Role {
    IdRole = Qt::UserRole + 1, // the row's own id (document, annotation or tag), qint64
    DocumentIdRole, // DocumentId
    AnnotationIdRole, // AnnotationId
    TagIdRole, // TagId
    ColorRole, // QColor of the tag (for annotations: of the first tag)
    SortRole, // a value that sorts the column sensibly (dates as QDate, counts as int, text case-folded)
    TagIdsRole, // QVariantList of TagId carried by an annotation
    VerdictRole, // the annotation's verdict, QString (empty when none)
    SpeakerIdRole, // EntityId of the annotation's speaker, 0 when none
    OrphanedRole, // bool: the annotation's quote no longer matches its range
    SearchTextRole, // everything a free-text filter should match, as one QString
    ShortcutRole, // a tag's shortcut key, QString
    BuiltinRole, // a tag's built-in key ("claim", …) or empty
    ParentTagIdRole, // a tag's parent TagId, 0 for top level
    UsageCountRole, // number of annotations carrying a tag (computed on demand)
};

} // namespace Crossread
