// SPDX-License-Identifier: MIT
#include "storeserialization_p.h"

#include <QtEndian>

namespace Crossread {

JournalReader::JournalReader(const QByteArray& payload)
    : m_payload(payload)
    , m_buffer(&m_payload)
{
    m_buffer.open(QIODevice::ReadOnly);
    m_in.setDevice(&m_buffer);
    m_in.setVersion(QDataStream::Qt_6_5);
}

qint64 JournalReader::readCount()
{
    // Qt_6_5 writes sizes as quint32; 0xffffffff, the null marker of strings, is no list size.
    quint32 raw = 0;
    m_in >> raw;
    if (status() != QDataStream::Ok)
        return 0;
    if (raw == 0xffffffffu || qint64(raw) > m_buffer.bytesAvailable()) {
        setStatus(QDataStream::ReadCorruptData);
        return 0;
    }
    return qint64(raw);
}

bool JournalReader::claimFits()
{
    if (status() != QDataStream::Ok)
        return false;
    const QByteArray prefix = m_buffer.peek(4);
    if (prefix.size() < 4) {
        setStatus(QDataStream::ReadPastEnd);
        return false;
    }
    const quint32 raw = qFromBigEndian<quint32>(prefix.constData());
    if (raw != 0xffffffffu && qint64(raw) > m_buffer.bytesAvailable() - 4) {
        setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    return true;
}

JournalReader& JournalReader::operator>>(QString& string)
{
    // The prefix counts bytes of UTF-16; QDataStream reads them once it is known to fit.
    if (claimFits())
        m_in >> string;
    else
        string.clear();
    return *this;
}

JournalReader& JournalReader::operator>>(QByteArray& bytes)
{
    if (claimFits())
        m_in >> bytes;
    else
        bytes.clear();
    return *this;
}

QDataStream& operator<<(QDataStream& out, const DocumentMetadata& m)
{
    return out << m.title << m.outlet << m.author << m.published << m.url << m.language;
}

JournalReader& operator>>(JournalReader& in, DocumentMetadata& m)
{
    return in >> m.title >> m.outlet >> m.author >> m.published >> m.url >> m.language;
}

QDataStream& operator<<(QDataStream& out, const Document& d)
{
    return out << d.id << d.meta << d.originalFileName << d.encoding << d.importNotes << d.importedAt << d.sha256
               << d.text << d.length;
}

JournalReader& operator>>(JournalReader& in, Document& d)
{
    return in >> d.id >> d.meta >> d.originalFileName >> d.encoding >> d.importNotes >> d.importedAt >> d.sha256
        >> d.text >> d.length;
}

QDataStream& operator<<(QDataStream& out, const EvidenceLink& e)
{
    return out << e.id << e.url << e.title << e.accessed;
}

JournalReader& operator>>(JournalReader& in, EvidenceLink& e)
{
    return in >> e.id >> e.url >> e.title >> e.accessed;
}

QDataStream& operator<<(QDataStream& out, const Annotation& a)
{
    return out << a.id << a.document << a.start << a.end << a.quote << a.prefix << a.suffix << a.tags << a.note
               << a.annotator << a.created << a.modified << a.verdict << a.rationale << a.speaker << a.evidence;
}

JournalReader& operator>>(JournalReader& in, Annotation& a)
{
    return in >> a.id >> a.document >> a.start >> a.end >> a.quote >> a.prefix >> a.suffix >> a.tags >> a.note
        >> a.annotator >> a.created >> a.modified >> a.verdict >> a.rationale >> a.speaker >> a.evidence;
}

QDataStream& operator<<(QDataStream& out, const Tag& t)
{
    return out << t.id << t.name << t.color << t.parent << t.shortcut << t.description << t.builtin;
}

JournalReader& operator>>(JournalReader& in, Tag& t)
{
    return in >> t.id >> t.name >> t.color >> t.parent >> t.shortcut >> t.description >> t.builtin;
}

QDataStream& operator<<(QDataStream& out, const Entity& e)
{
    return out << e.id << e.name << e.role << e.aliases;
}

JournalReader& operator>>(JournalReader& in, Entity& e)
{
    return in >> e.id >> e.name >> e.role >> e.aliases;
}

QDataStream& operator<<(QDataStream& out, const AnnotationLink& l)
{
    return out << l.id << l.from << l.to << qint32(l.kind);
}

JournalReader& operator>>(JournalReader& in, AnnotationLink& l)
{
    qint32 kind = 0;
    in >> l.id >> l.from >> l.to >> kind;
    l.kind = kind == 1 ? LinkKind::Supports : kind == 2 ? LinkKind::Contradicts : LinkKind::SameStatement;
    return in;
}

} // namespace Crossread
