// SPDX-License-Identifier: MIT
// What a project shows, as text, for comparing a store with the file or with another run.
#pragma once

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QStringList>

namespace Crossread::Test {

/// Documents (title, hash of the original), their annotations (id, anchor, note, tags, verdict)
/// and the tags: equal exactly when two stores show the same project.
inline QString storeAnswers(const ProjectStore& store)
{
    QString out;
    for (const Document& listed : store.documents()) {
        const std::optional<Document> d = store.document(listed.id);
        out += QStringLiteral("doc %1 %2 %3 %4\n")
                   .arg(d->id)
                   .arg(d->meta.title, QString::fromLatin1(d->sha256.toHex()))
                   .arg(d->length);
        for (const Annotation& a : store.annotations(d->id)) {
            QStringList tags;
            for (const TagId t : a.tags)
                tags.append(QString::number(t));
            out += QStringLiteral("  %1 [%2,%3) %4 {%5} %6\n")
                       .arg(a.id)
                       .arg(a.start)
                       .arg(a.end)
                       .arg(a.note, tags.join(u','), a.verdict);
        }
    }
    for (const Tag& t : store.tags())
        out += QStringLiteral("tag %1 %2\n").arg(t.id).arg(t.name);
    return out;
}

inline QByteArray storeFingerprint(const ProjectStore& store)
{
    return QCryptographicHash::hash(storeAnswers(store).toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace Crossread::Test
