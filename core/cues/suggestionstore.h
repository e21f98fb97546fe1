// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"
#include "suggestion.h"

namespace Crossread {

class ProjectStore;

/// Suggestions of a project's documents: computed, filtered by the project's rejections and by
/// annotations that already exist, accepted into annotations, rejected for good.
namespace SuggestionStore {

/// Settings key holding the rejections: a JSON array of {document, start, end, kind}.
QString rejectionsKey();

/// The suggestions for `document` that were neither rejected nor already annotated with their tag.
QList<Suggestion> pending(const ProjectStore& store, DocumentId document);
bool isRejected(const ProjectStore& store, DocumentId document, const Suggestion& s);
/// Remembers the rejection in the project (one undoable settings edit).
bool reject(ProjectStore& store, DocumentId document, const Suggestion& s);
/// Creates an annotation for each suggestion with its built-in tag, and the speaker as an entity,
/// all as one undo step. Returns the annotation ids (empty on failure).
QList<AnnotationId> accept(ProjectStore& store, DocumentId document, const QList<Suggestion>& suggestions);

} // namespace SuggestionStore

} // namespace Crossread
