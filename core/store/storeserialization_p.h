// SPDX-License-Identifier: MIT
// QDataStream forms of the store's value types, for the undo journal. Changing one changes the
// journal format: add fields at the end and bump JournalFormat.
#pragma once

#include "types.h"

#include <QDataStream>

namespace Crossread {

/// Written first in every journal payload; an entry of another format is not replayed.
constexpr quint16 JournalFormat = 1;

QDataStream& operator<<(QDataStream& out, const DocumentMetadata& m);
QDataStream& operator>>(QDataStream& in, DocumentMetadata& m);
QDataStream& operator<<(QDataStream& out, const Document& d);
QDataStream& operator>>(QDataStream& in, Document& d);
QDataStream& operator<<(QDataStream& out, const EvidenceLink& e);
QDataStream& operator>>(QDataStream& in, EvidenceLink& e);
QDataStream& operator<<(QDataStream& out, const Annotation& a);
QDataStream& operator>>(QDataStream& in, Annotation& a);
QDataStream& operator<<(QDataStream& out, const Tag& t);
QDataStream& operator>>(QDataStream& in, Tag& t);
QDataStream& operator<<(QDataStream& out, const Entity& e);
QDataStream& operator>>(QDataStream& in, Entity& e);
QDataStream& operator<<(QDataStream& out, const AnnotationLink& l);
QDataStream& operator>>(QDataStream& in, AnnotationLink& l);

} // namespace Crossread
