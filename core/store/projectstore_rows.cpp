// SPDX-License-Identifier: MIT
// Reading and writing single rows. Every function throws SqlError; callers own the transaction.
#include "projectstore_p.h"

#include "builtins.h"
#include "schema.h"
#include "text/offsets.h"

#include <QHash>
#include <QTimeZone>

namespace Crossread {

static qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

static QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

static QString fromDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

static QDate toDate(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

// ---- documents --------------------------------------------------------------

Document ProjectStore::Private::readDocument(DocumentId id, bool withText)
{
    Document doc;
    Query q = db->query("SELECT title, outlet, author, published, url, language, original_file_name, encoding, "
                        "import_notes, imported_at, sha256, length, "
                        "(SELECT count(*) FROM annotations WHERE document = documents.id) "
                        "FROM documents WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return doc;
    doc.id = id;
    doc.meta = {q->text(0), q->text(1), q->text(2), toDate(q->text(3)), q->text(4), q->text(5)};
    doc.originalFileName = q->text(6);
    doc.encoding = q->text(7);
    doc.importNotes = q->text(8);
    doc.importedAt = fromMs(q->int64(9));
    doc.sha256 = q->blob(10);
    doc.length = q->int64(11);
    doc.annotationCount = int(q->int64(12));
    if (withText)
        doc.text = readText(id);
    return doc;
}

QString ProjectStore::Private::readText(DocumentId id)
{
    Query q = db->query("SELECT text FROM document_content WHERE document = ?");
    q->bind(1, id);
    return q->step() ? q->text(0) : QString();
}

QByteArray ProjectStore::Private::readOriginal(DocumentId id)
{
    Query q = db->query("SELECT original FROM document_content WHERE document = ?");
    q->bind(1, id);
    return q->step() ? q->blob(0) : QByteArray();
}

void ProjectStore::Private::insertDocument(Document& doc, const QByteArray& original)
{
    if (doc.id == 0) {
        // Like annotations (insertAnnotation): a new document never takes an id a revision row
        // still names, so it cannot join a chain by arriving in the same millisecond.
        doc.id = db->scalar("SELECT max((SELECT coalesce(max(id), 0) FROM documents), "
                            "(SELECT coalesce(max(max(document, revision_of)), 0) FROM document_revisions)) + 1");
    }
    {
        Query q = db->query("INSERT INTO documents (id, title, outlet, author, published, url, language, "
                            "original_file_name, encoding, import_notes, imported_at, sha256, length) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bindId(1, doc.id)
            .bind(2, doc.meta.title)
            .bind(3, doc.meta.outlet)
            .bind(4, doc.meta.author)
            .bindTextOrNull(5, fromDate(doc.meta.published))
            .bind(6, doc.meta.url)
            .bind(7, doc.meta.language)
            .bind(8, doc.originalFileName)
            .bind(9, doc.encoding)
            .bind(10, doc.importNotes)
            .bind(11, toMs(doc.importedAt))
            .bind(12, doc.sha256)
            .bind(13, doc.length);
        q->run();
    }
    doc.id = db->lastInsertRowId();
    Query q = db->query("INSERT INTO document_content (document, text, original) VALUES (?, ?, ?)");
    q->bind(1, doc.id).bind(2, doc.text);
    q->bind(3, original);
    q->run();
}

void ProjectStore::Private::writeDocumentMetadata(DocumentId id, const DocumentMetadata& meta)
{
    Query q = db->query("UPDATE documents SET title = ?, outlet = ?, author = ?, published = ?, url = ?, language = ? "
                        "WHERE id = ?");
    q->bind(1, meta.title).bind(2, meta.outlet).bind(3, meta.author).bindTextOrNull(4, fromDate(meta.published));
    q->bind(5, meta.url).bind(6, meta.language).bind(7, id);
    q->run();
}

void ProjectStore::Private::deleteDocument(DocumentId id)
{
    Query q = db->query("DELETE FROM documents WHERE id = ?");
    q->bind(1, id);
    q->run();
}

// ---- annotations ------------------------------------------------------------

#define ANNOTATION_COLUMNS                                                                                     \
    "a.id, a.document, a.start_pos, a.end_pos, a.quote, a.prefix, a.suffix, a.note, a.annotator, a.created, " \
    "a.modified, a.verdict, a.rationale, a.speaker"

static Annotation annotationFromRow(Statement& s)
{
    Annotation a;
    a.id = s.int64(0);
    a.document = s.int64(1);
    a.start = s.int64(2);
    a.end = s.int64(3);
    a.quote = s.text(4);
    a.prefix = s.text(5);
    a.suffix = s.text(6);
    a.note = s.text(7);
    a.annotator = s.text(8);
    a.created = fromMs(s.int64(9));
    a.modified = fromMs(s.int64(10));
    a.verdict = s.text(11);
    a.rationale = s.text(12);
    a.speaker = s.int64(13);
    return a;
}

static EvidenceLink evidenceFromRow(Statement& s, int first)
{
    return EvidenceLink{s.int64(first), s.text(first + 1), s.text(first + 2), toDate(s.text(first + 3))};
}

Annotation ProjectStore::Private::readAnnotation(AnnotationId id)
{
    Annotation a;
    {
        Query q = db->query("SELECT " ANNOTATION_COLUMNS " FROM annotations a WHERE a.id = ?");
        q->bind(1, id);
        if (!q->step())
            return a;
        a = annotationFromRow(*q);
    }
    {
        Query q = db->query("SELECT tag FROM annotation_tags WHERE annotation = ? ORDER BY position");
        q->bind(1, id);
        while (q->step())
            a.tags.append(q->int64(0));
    }
    Query q = db->query("SELECT id, url, title, accessed FROM evidence WHERE annotation = ? ORDER BY id");
    q->bind(1, id);
    while (q->step())
        a.evidence.append(evidenceFromRow(*q, 0));
    return a;
}

QList<Annotation> ProjectStore::Private::readAnnotations(DocumentId document)
{
    // Three ordered scans instead of one query per annotation: loading a document's 1,000
    // annotations stays in the low milliseconds.
    QList<Annotation> list;
    QHash<AnnotationId, qsizetype> index;
    {
        Query q = document ? db->query("SELECT " ANNOTATION_COLUMNS " FROM annotations a WHERE a.document = ? "
                                       "ORDER BY a.start_pos, a.end_pos, a.id")
                           : db->query("SELECT " ANNOTATION_COLUMNS " FROM annotations a "
                                       "ORDER BY a.document, a.start_pos, a.end_pos, a.id");
        if (document)
            q->bind(1, document);
        while (q->step()) {
            list.append(annotationFromRow(*q));
            index.insert(list.last().id, list.size() - 1);
        }
    }
    if (list.isEmpty())
        return list;
    {
        Query q = document ? db->query("SELECT t.annotation, t.tag FROM annotation_tags t "
                                       "JOIN annotations a ON a.id = t.annotation WHERE a.document = ? "
                                       "ORDER BY t.annotation, t.position")
                           : db->query("SELECT annotation, tag FROM annotation_tags ORDER BY annotation, position");
        if (document)
            q->bind(1, document);
        while (q->step()) {
            if (const auto it = index.constFind(q->int64(0)); it != index.cend())
                list[*it].tags.append(q->int64(1));
        }
    }
    Query q = document ? db->query("SELECT e.annotation, e.id, e.url, e.title, e.accessed FROM evidence e "
                                   "JOIN annotations a ON a.id = e.annotation WHERE a.document = ? ORDER BY e.id")
                       : db->query("SELECT annotation, id, url, title, accessed FROM evidence ORDER BY id");
    if (document)
        q->bind(1, document);
    while (q->step()) {
        if (const auto it = index.constFind(q->int64(0)); it != index.cend())
            list[*it].evidence.append(evidenceFromRow(*q, 1));
    }
    return list;
}

void ProjectStore::Private::insertAnnotation(Annotation& a)
{
    if (a.id == 0) {
        // A new annotation never takes the id of one whose claim anchor is parked for undo
        // (schema_claims.cpp): SQLite would hand out a freed id again, and with the same
        // creation time (same millisecond, or an import) the new annotation would inherit it.
        a.id = db->scalar("SELECT max((SELECT coalesce(max(id), 0) FROM annotations), "
                          "(SELECT coalesce(max(annotation), 0) FROM claim_anchors_parked)) + 1");
    }
    {
        Query q = db->query("INSERT INTO annotations (id, document, start_pos, end_pos, quote, prefix, suffix, note, "
                            "annotator, created, modified, verdict, rationale, speaker) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bindId(1, a.id).bind(2, a.document).bind(3, a.start).bind(4, a.end);
        q->bind(5, a.quote).bind(6, a.prefix).bind(7, a.suffix).bind(8, a.note).bind(9, a.annotator);
        // Verdicts of format-3 undo entries are translated labels: stored by key (builtins.h).
        a.verdict = Builtins::canonicalRating(a.verdict);
        q->bind(10, toMs(a.created)).bind(11, toMs(a.modified)).bind(12, a.verdict).bind(13, a.rationale);
        q->bindId(14, a.speaker);
        q->run();
    }
    a.id = db->lastInsertRowId();
    {
        Query q = db->query("INSERT INTO annotation_tags (annotation, tag, position) VALUES (?, ?, ?)");
        for (qsizetype i = 0; i < a.tags.size(); ++i) {
            q->bind(1, a.id).bind(2, a.tags[i]).bind(3, qint64(i));
            q->run();
        }
    }
    Query q = db->query("INSERT INTO evidence (id, annotation, url, title, accessed) VALUES (?, ?, ?, ?, ?)");
    for (EvidenceLink& e : a.evidence) {
        q->bindId(1, e.id).bind(2, a.id).bind(3, e.url).bind(4, e.title).bindTextOrNull(5, fromDate(e.accessed));
        q->run();
        e.id = db->lastInsertRowId();
    }
}

void ProjectStore::Private::writeAnnotation(Annotation& a)
{
    {
        Query q = db->query("UPDATE annotations SET start_pos = ?, end_pos = ?, quote = ?, prefix = ?, suffix = ?, "
                            "note = ?, annotator = ?, created = ?, modified = ?, verdict = ?, rationale = ?, "
                            "speaker = ? WHERE id = ?");
        q->bind(1, a.start).bind(2, a.end).bind(3, a.quote).bind(4, a.prefix).bind(5, a.suffix);
        q->bind(6, a.note).bind(7, a.annotator).bind(8, toMs(a.created)).bind(9, toMs(a.modified));
        a.verdict = Builtins::canonicalRating(a.verdict);
        q->bind(10, a.verdict).bind(11, a.rationale).bindId(12, a.speaker).bind(13, a.id);
        q->run();
    }
    // Tags and evidence are few per annotation: replacing them keeps one code path for every edit.
    const Annotation stored = readAnnotation(a.id);
    if (stored.tags != a.tags) {
        Query del = db->query("DELETE FROM annotation_tags WHERE annotation = ?");
        del->bind(1, a.id);
        del->run();
        Query q = db->query("INSERT INTO annotation_tags (annotation, tag, position) VALUES (?, ?, ?)");
        for (qsizetype i = 0; i < a.tags.size(); ++i) {
            q->bind(1, a.id).bind(2, a.tags[i]).bind(3, qint64(i));
            q->run();
        }
    }
    if (stored.evidence != a.evidence) {
        Query del = db->query("DELETE FROM evidence WHERE annotation = ?");
        del->bind(1, a.id);
        del->run();
        Query q = db->query("INSERT INTO evidence (id, annotation, url, title, accessed) VALUES (?, ?, ?, ?, ?)");
        for (EvidenceLink& e : a.evidence) {
            q->bindId(1, e.id).bind(2, a.id).bind(3, e.url).bind(4, e.title).bindTextOrNull(5, fromDate(e.accessed));
            q->run();
            e.id = db->lastInsertRowId();
        }
    }
}

void ProjectStore::Private::deleteAnnotation(AnnotationId id)
{
    Query q = db->query("DELETE FROM annotations WHERE id = ?");
    q->bind(1, id);
    q->run();
}

void ProjectStore::Private::fillQuote(Annotation& a, const QString& text)
{
    fillQuote(a, text, OffsetMap(text));
}

void ProjectStore::Private::fillQuote(Annotation& a, const QString& text, const OffsetMap& map)
{
    const auto mid = [&](qint64 from, qint64 to) {
        const qint64 u0 = map.toUtf16(std::max<qint64>(0, from));
        const qint64 u1 = map.toUtf16(to);
        return text.mid(u0, u1 - u0);
    };
    a.quote = mid(a.start, a.end);
    a.prefix = mid(a.start - QuoteContext, a.start);
    a.suffix = mid(a.end, a.end + QuoteContext);
}

// ---- tags -------------------------------------------------------------------

Tag ProjectStore::Private::readTag(TagId id)
{
    Query q = db->query("SELECT name, color, parent, shortcut, description, builtin FROM tags WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return {};
    const QString builtin = q->isNull(5) ? QString() : q->text(5);
    // A built-in's NULL name and description are its translated defaults (builtins.h).
    return Tag{id,
               q->isNull(0) ? Builtins::tagLabel(builtin) : q->text(0),
               QColor::fromString(q->text(1)),
               q->int64(2),
               q->text(3),
               q->isNull(4) ? Builtins::tagDescription(builtin) : q->text(4),
               builtin};
}

// A built-in tag keeps following the translation unless given a name (or description) other than
// its defaults in any UI language; undo entries of format 3 carry translated names and land here too.
static void bindStoredTagTexts(Statement& st, int nameIndex, int descriptionIndex, const Tag& tag)
{
    const bool builtin = !tag.builtin.isEmpty();
    if (builtin && (tag.name.trimmed().isEmpty() || Builtins::tagKeyOf(tag.name) == tag.builtin))
        st.bindNull(nameIndex);
    else
        st.bind(nameIndex, tag.name);
    if (builtin && (tag.description.trimmed().isEmpty() || Builtins::isDefaultTagDescription(tag.builtin, tag.description)))
        st.bindNull(descriptionIndex);
    else
        st.bind(descriptionIndex, tag.description);
}

void ProjectStore::Private::insertTag(Tag& tag)
{
    Query q = db->query("INSERT INTO tags (id, name, color, parent, shortcut, description, builtin) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q->bindId(1, tag.id).bind(3, tag.color.name()).bindId(4, tag.parent);
    q->bind(5, tag.shortcut);
    bindStoredTagTexts(*q, 2, 6, tag);
    if (tag.builtin.isEmpty())
        q->bindNull(7);
    else
        q->bind(7, tag.builtin);
    q->run();
    tag.id = db->lastInsertRowId();
}

void ProjectStore::Private::writeTag(const Tag& tag)
{
    Query q = db->query("UPDATE tags SET name = ?, color = ?, parent = ?, shortcut = ?, description = ? WHERE id = ?");
    q->bind(2, tag.color.name()).bindId(3, tag.parent);
    q->bind(4, tag.shortcut);
    bindStoredTagTexts(*q, 1, 5, tag);
    q->bind(6, tag.id);
    q->run();
}

void ProjectStore::Private::deleteTag(TagId id)
{
    Query q = db->query("DELETE FROM tags WHERE id = ?");
    q->bind(1, id);
    q->run();
}

// ---- entities ---------------------------------------------------------------

Entity ProjectStore::Private::readEntity(EntityId id)
{
    Entity e;
    {
        Query q = db->query("SELECT name, role FROM entities WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return e;
        e = Entity{id, q->text(0), q->text(1), {}};
    }
    Query q = db->query("SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY position");
    q->bind(1, id);
    while (q->step())
        e.aliases.append(q->text(0));
    return e;
}

void ProjectStore::Private::insertEntity(Entity& entity)
{
    {
        Query q = db->query("INSERT INTO entities (id, name, role) VALUES (?, ?, ?)");
        q->bindId(1, entity.id).bind(2, entity.name).bind(3, entity.role);
        q->run();
    }
    entity.id = db->lastInsertRowId();
    Query q = db->query("INSERT INTO entity_aliases (entity, position, alias) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < entity.aliases.size(); ++i) {
        q->bind(1, entity.id).bind(2, qint64(i)).bind(3, entity.aliases[i]);
        q->run();
    }
}

void ProjectStore::Private::writeEntity(const Entity& entity)
{
    {
        Query q = db->query("UPDATE entities SET name = ?, role = ? WHERE id = ?");
        q->bind(1, entity.name).bind(2, entity.role).bind(3, entity.id);
        q->run();
    }
    {
        Query q = db->query("DELETE FROM entity_aliases WHERE entity = ?");
        q->bind(1, entity.id);
        q->run();
    }
    Query q = db->query("INSERT INTO entity_aliases (entity, position, alias) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < entity.aliases.size(); ++i) {
        q->bind(1, entity.id).bind(2, qint64(i)).bind(3, entity.aliases[i]);
        q->run();
    }
}

void ProjectStore::Private::deleteEntity(EntityId id)
{
    Query q = db->query("DELETE FROM entities WHERE id = ?");
    q->bind(1, id);
    q->run();
}

// ---- links ------------------------------------------------------------------

static LinkKind linkKindFromText(const QString& s)
{
    if (s == QLatin1String("supports"))
        return LinkKind::Supports;
    if (s == QLatin1String("contradicts"))
        return LinkKind::Contradicts;
    return LinkKind::SameStatement;
}

static QString linkKindText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Supports:
        return QStringLiteral("supports");
    case LinkKind::Contradicts:
        return QStringLiteral("contradicts");
    case LinkKind::SameStatement:
        break;
    }
    return QStringLiteral("same");
}

AnnotationLink ProjectStore::Private::readLink(LinkId id)
{
    Query q = db->query("SELECT from_annotation, to_annotation, kind FROM links WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return {};
    return AnnotationLink{id, q->int64(0), q->int64(1), linkKindFromText(q->text(2))};
}

QList<AnnotationLink> ProjectStore::Private::readLinks(AnnotationId annotation)
{
    QList<AnnotationLink> list;
    Query q = db->query("SELECT id, from_annotation, to_annotation, kind FROM links "
                        "WHERE from_annotation = ?1 OR to_annotation = ?1 ORDER BY id");
    q->bind(1, annotation);
    while (q->step())
        list.append(AnnotationLink{q->int64(0), q->int64(1), q->int64(2), linkKindFromText(q->text(3))});
    return list;
}

void ProjectStore::Private::insertLink(AnnotationLink& link)
{
    Query q = db->query("INSERT INTO links (id, from_annotation, to_annotation, kind) VALUES (?, ?, ?, ?)");
    q->bindId(1, link.id).bind(2, link.from).bind(3, link.to).bind(4, linkKindText(link.kind));
    q->run();
    link.id = db->lastInsertRowId();
}

void ProjectStore::Private::deleteLink(LinkId id)
{
    Query q = db->query("DELETE FROM links WHERE id = ?");
    q->bind(1, id);
    q->run();
}

// ---- settings ---------------------------------------------------------------

QString ProjectStore::Private::readSetting(const QString& key, const QString& fallback)
{
    Query q = db->query("SELECT value FROM settings WHERE key = ?");
    q->bind(1, key);
    return q->step() ? q->text(0) : fallback;
}

void ProjectStore::Private::writeSetting(const QString& key, const QString& value)
{
    if (value.isNull()) {
        Query q = db->query("DELETE FROM settings WHERE key = ?");
        q->bind(1, key);
        q->run();
        return;
    }
    Query q = db->query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    // A scale from a format-3 undo entry names built-in ratings by their translated labels.
    q->bind(1, key).bind(2, key == QLatin1String("ratingScale") ? Schema::canonicalRatingScaleJson(value) : value);
    q->run();
}

} // namespace Crossread
