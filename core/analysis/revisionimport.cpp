// SPDX-License-Identifier: MIT
#include "revisionimport.h"

#include "store/projectstore.h"

#include <QCryptographicHash>

namespace Crossread {

static QString normalizedUrl(const QString& url)
{
    QString u = url.trimmed().toLower();
    for (const QString& scheme : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (u.startsWith(scheme))
            u = u.mid(scheme.size());
    }
    if (u.startsWith(QStringLiteral("www.")))
        u = u.mid(4);
    while (u.endsWith(u'/'))
        u.chop(1);
    return u;
}

DocumentId RevisionImport::candidateFor(const ProjectStore& store, const Document& prepared)
{
    const QString url = normalizedUrl(prepared.meta.url);
    if (url.isEmpty())
        return 0;
    for (const Document& d : store.documents()) {
        if (normalizedUrl(d.meta.url) == url && d.sha256 != prepared.sha256)
            return store.latestRevision(d.id);
    }
    return 0;
}

DocumentId RevisionImport::addPrepared(ProjectStore& store, DocumentId of, const PreparedDocument& prepared,
                                       RevisionAudit* audit, QString* error)
{
    const DocumentId latest = store.latestRevision(of);
    const std::optional<Document> previous = latest ? store.document(latest) : std::nullopt;
    if (!previous) {
        if (error)
            *error = tr("There is no document %1 to add a revision to.").arg(of);
        return 0;
    }
    const QByteArray sha = prepared.document.sha256.isEmpty()
        ? QCryptographicHash::hash(prepared.original, QCryptographicHash::Sha256)
        : prepared.document.sha256;
    if (sha == previous->sha256) {
        if (error)
            *error = tr("The file is identical to the latest revision of “%1”.").arg(previous->meta.title);
        return 0;
    }
    Document doc = prepared.document;
    // A new revision of an article keeps what the user knows of the article.
    DocumentMetadata& m = doc.meta;
    const DocumentMetadata& p = previous->meta;
    if (m.outlet.isEmpty())
        m.outlet = p.outlet;
    if (m.author.isEmpty())
        m.author = p.author;
    if (m.url.isEmpty())
        m.url = p.url;
    if (m.language.isEmpty())
        m.language = p.language;
    if (!m.published.isValid())
        m.published = p.published;
    if (m.title.isEmpty() || m.title == doc.originalFileName)
        m.title = p.title;
    const DocumentId id = store.addRevision(latest, doc, prepared.original, audit);
    if (!id && error)
        *error = store.lastError().message;
    return id;
}

DocumentId RevisionImport::importFile(ProjectStore& store, DocumentId of, const QString& path, RevisionAudit* audit,
                                      QString* error, const ImportOptions& options)
{
    QString message;
    const std::optional<PreparedDocument> prepared = Importer::prepare(path, options, &message);
    if (!prepared) {
        if (error)
            *error = message;
        return 0;
    }
    return addPrepared(store, of, *prepared, audit, error);
}

} // namespace Crossread
