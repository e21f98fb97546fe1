// SPDX-License-Identifier: MIT
// QDataStream forms of the store's value types, for the undo journal. Changing one changes the
// journal format: add fields at the end and bump JournalFormat.
#pragma once

#include "types.h"

#include <QBuffer>
#include <QDataStream>

#include <type_traits>

namespace Crossread {

/// Written first in every journal payload; an entry of another format is not replayed.
constexpr quint16 JournalFormat = 1;

/// Reads a journal payload that QDataStream (version Qt_6_5) wrote. QDataStream reserves what a
/// list claims before reading its first item, so a damaged or hostile entry claiming two billion
/// items costs 16 GB at once; this reader refuses every string, byte array or list that claims
/// more than the bytes left in the payload (each item takes at least one), and reads lists item
/// by item, so what it allocates grows only with what it has read.
class JournalReader
{
public:
    explicit JournalReader(const QByteArray& payload);

    QDataStream::Status status() const { return m_in.status(); }
    void setStatus(QDataStream::Status status) { m_in.setStatus(status); }
    bool atEnd() const { return m_in.atEnd(); }

    /// Values of bounded size go straight to QDataStream.
    template <typename T>
        requires std::is_arithmetic_v<T> || std::is_same_v<T, QDate> || std::is_same_v<T, QDateTime>
        || std::is_same_v<T, QColor>
    JournalReader& operator>>(T& value)
    {
        m_in >> value;
        return *this;
    }
    JournalReader& operator>>(QString& string);
    JournalReader& operator>>(QByteArray& bytes);

    template <typename T>
    JournalReader& operator>>(QList<T>& list)
    {
        list.clear();
        const qint64 count = readCount();
        for (qint64 i = 0; i < count && status() == QDataStream::Ok; ++i) {
            T item{};
            *this >> item;
            list.append(std::move(item));
        }
        if (status() != QDataStream::Ok)
            list.clear();
        return *this;
    }

private:
    /// Reads a list's size prefix; marks the stream corrupt and returns 0 when the claim cannot
    /// fit in what is left.
    qint64 readCount();
    /// Checks a string's or byte array's size prefix ahead, without consuming it.
    bool claimFits();

    QByteArray m_payload;
    QBuffer m_buffer;
    QDataStream m_in;
};

QDataStream& operator<<(QDataStream& out, const DocumentMetadata& m);
JournalReader& operator>>(JournalReader& in, DocumentMetadata& m);
QDataStream& operator<<(QDataStream& out, const Document& d);
JournalReader& operator>>(JournalReader& in, Document& d);
QDataStream& operator<<(QDataStream& out, const EvidenceLink& e);
JournalReader& operator>>(JournalReader& in, EvidenceLink& e);
QDataStream& operator<<(QDataStream& out, const Annotation& a);
JournalReader& operator>>(JournalReader& in, Annotation& a);
QDataStream& operator<<(QDataStream& out, const Tag& t);
JournalReader& operator>>(JournalReader& in, Tag& t);
QDataStream& operator<<(QDataStream& out, const Entity& e);
JournalReader& operator>>(JournalReader& in, Entity& e);
QDataStream& operator<<(QDataStream& out, const AnnotationLink& l);
JournalReader& operator>>(JournalReader& in, AnnotationLink& l);

} // namespace Crossread
