// SPDX-License-Identifier: MIT
#include "storeserialization_p.h"

namespace Crossread {

QDataStream& operator<<(QDataStream& out, const DocumentMetadata& m)
{
    return out << m.title << m.outlet << m.author << m.published << m.url << m.language;
}

QDataStream& operator>>(QDataStream& in, DocumentMetadata& m)
{
    return in >> m.title >> m.outlet >> m.author >> m.published >> m.url >> m.language;
}

QDataStream& operator<<(QDataStream& out, const Document& d)
{
    return out << d.id << d.meta << d.originalFileName << d.encoding << d.importNotes << d.importedAt << d.sha256
               << d.text << d.length;
}

QDataStream& operator>>(QDataStream& in, Document& d)
{
    return in >> d.id >> d.meta >> d.originalFileName >> d.encoding >> d.importNotes >> d.importedAt >> d.sha256
        >> d.text >> d.length;
}

QDataStream& operator<<(QDataStream& out, const EvidenceLink& e)
{
    return out << e.id << e.url << e.title << e.accessed;
}

QDataStream& operator>>(QDataStream& in, EvidenceLink& e)
{
    return in >> e.id >> e.url >> e.title >> e.accessed;
}

QDataStream& operator<<(QDataStream& out, const Annotation& a)
{
    return out << a.id << a.document << a.start << a.end << a.quote << a.prefix << a.suffix << a.tags << a.note
               << a.annotator << a.created << a.modified << a.verdict << a.rationale << a.speaker << a.evidence;
}

QDataStream& operator>>(QDataStream& in, Annotation& a)
{
    return in >> a.id >> a.document >> a.start >> a.end >> a.quote >> a.prefix >> a.suffix >> a.tags >> a.note
        >> a.annotator >> a.created >> a.modified >> a.verdict >> a.rationale >> a.speaker >> a.evidence;
}

QDataStream& operator<<(QDataStream& out, const Tag& t)
{
    return out << t.id << t.name << t.color << t.parent << t.shortcut << t.description << t.builtin;
}

QDataStream& operator>>(QDataStream& in, Tag& t)
{
    return in >> t.id >> t.name >> t.color >> t.parent >> t.shortcut >> t.description >> t.builtin;
}

QDataStream& operator<<(QDataStream& out, const Entity& e)
{
    return out << e.id << e.name << e.role << e.aliases;
}

QDataStream& operator>>(QDataStream& in, Entity& e)
{
    return in >> e.id >> e.name >> e.role >> e.aliases;
}

QDataStream& operator<<(QDataStream& out, const AnnotationLink& l)
{
    return out << l.id << l.from << l.to << qint32(l.kind);
}

QDataStream& operator>>(QDataStream& in, AnnotationLink& l)
{
    qint32 kind = 0;
    in >> l.id >> l.from >> l.to >> kind;
    l.kind = kind == 1 ? LinkKind::Supports : kind == 2 ? LinkKind::Contradicts : LinkKind::SameStatement;
    return in;
}

} // namespace Crossread
