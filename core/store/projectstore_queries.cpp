// SPDX-License-Identifier: MIT
// The read side of ProjectStore. Queries never throw: a failing read is logged and answers empty.
#include "projectstore_p.h"

#include "builtins.h"
#include "text/offsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Crossread {

template<typename F, typename R = std::invoke_result_t<F>>
static R guarded(const std::unique_ptr<Database>& db, F&& read)
{
    if (!db)
        return R{};
    try {
        return read();
    } catch (const SqlError& e) {
        qCWarning(lcStore) << "read failed:" << e.message();
        return R{};
    }
}

/// Marks annotations whose stored quote differs from the text at [start, end).
static void markOrphans(QList<Annotation>& list, const QString& text)
{
    const OffsetMap map(text);
    for (Annotation& a : list) {
        const qint64 u0 = map.toUtf16(a.start);
        const qint64 u1 = map.toUtf16(a.end);
        a.orphaned = a.end > map.codePointLength() || QStringView(text).mid(u0, u1 - u0) != a.quote;
    }
}

int ProjectStore::schemaVersion() const
{
    return guarded(d->db, [this] { return int(d->db->scalar("PRAGMA user_version")); });
}

QList<QPair<QString, qint64>> ProjectStore::tableCounts() const
{
    return guarded(d->db, [this] {
        QStringList tables;
        {
            Query q = d->db->query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name");
            while (q->step())
                tables.append(q->text(0));
        }
        QList<QPair<QString, qint64>> counts;
        for (const QString& table : std::as_const(tables)) {
            // Names come from sqlite_schema, not from the user; quoted all the same.
            const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8().replace('"', "\"\"") + '"';
            Statement st(*d->db, sql.constData());
            counts.append({table, st.step() ? st.int64(0) : 0});
        }
        return counts;
    });
}

QStringList ProjectStore::integrityProblems() const
{
    if (!d->db)
        return {tr("No project is open.")};
    try {
        QStringList problems;
        Query q = d->db->query("PRAGMA integrity_check");
        while (q->step()) {
            if (q->text(0) != QLatin1String("ok"))
                problems.append(q->text(0));
        }
        Query fk = d->db->query("PRAGMA foreign_key_check");
        while (fk->step())
            problems.append(tr("Row %1 of table %2 refers to a missing row of %3.").arg(fk->int64(1)).arg(fk->text(0), fk->text(2)));
        return problems;
    } catch (const SqlError& e) {
        return {e.message()};
    }
}

QList<Document> ProjectStore::documents() const
{
    return guarded(d->db, [this] {
        QList<Document> list;
        Query q = d->db->query("SELECT id, title, outlet, author, published, url, language, original_file_name, "
                               "encoding, import_notes, imported_at, sha256, length, "
                               "(SELECT count(*) FROM annotations a WHERE a.document = d.id) "
                               "FROM documents d ORDER BY id");
        while (q->step()) {
            Document doc;
            doc.id = q->int64(0);
            const QString published = q->text(4);
            doc.meta = {q->text(1), q->text(2), q->text(3),
                        published.isEmpty() ? QDate() : QDate::fromString(published, Qt::ISODate), q->text(5),
                        q->text(6)};
            doc.originalFileName = q->text(7);
            doc.encoding = q->text(8);
            doc.importNotes = q->text(9);
            doc.importedAt = QDateTime::fromMSecsSinceEpoch(q->int64(10), QTimeZone::UTC);
            doc.sha256 = q->blob(11);
            doc.length = q->int64(12);
            doc.annotationCount = int(q->int64(13));
            list.append(doc);
        }
        return list;
    });
}

std::optional<Document> ProjectStore::document(DocumentId id) const
{
    return guarded(d->db, [&]() -> std::optional<Document> {
        Document doc = d->readDocument(id, true);
        return doc.id ? std::optional(doc) : std::nullopt;
    });
}

QString ProjectStore::documentText(DocumentId id) const
{
    return guarded(d->db, [&] { return d->readText(id); });
}

QByteArray ProjectStore::originalBytes(DocumentId id) const
{
    return guarded(d->db, [&] { return d->readOriginal(id); });
}

std::optional<DocumentId> ProjectStore::documentBySha256(const QByteArray& sha256) const
{
    return guarded(d->db, [&]() -> std::optional<DocumentId> {
        Query q = d->db->query("SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1");
        q->bind(1, sha256);
        return q->step() ? std::optional(q->int64(0)) : std::nullopt;
    });
}

QList<Tag> ProjectStore::tags() const
{
    return guarded(d->db, [this] {
        QList<Tag> list;
        Query q = d->db->query("SELECT id FROM tags ORDER BY id");
        QList<TagId> ids;
        while (q->step())
            ids.append(q->int64(0));
        for (const TagId id : std::as_const(ids))
            list.append(d->readTag(id));
        return list;
    });
}

std::optional<Tag> ProjectStore::tag(TagId id) const
{
    return guarded(d->db, [&]() -> std::optional<Tag> {
        Tag t = d->readTag(id);
        return t.id ? std::optional(t) : std::nullopt;
    });
}

std::optional<Tag> ProjectStore::tagByName(const QString& name) const
{
    // In C++ rather than COLLATE NOCASE, which folds ASCII only ("Заявление" vs "заявление").
    const QString wanted = name.trimmed();
    const QList<Tag> all = tags();
    for (const Tag& t : all) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    // A built-in answers to its key and its default name in every UI language, renamed or not.
    if (const QString key = Builtins::tagKeyOf(wanted); !key.isEmpty()) {
        for (const Tag& t : all) {
            if (t.builtin == key)
                return t;
        }
    }
    return std::nullopt;
}

std::optional<Tag> ProjectStore::builtinTag(const QString& builtin) const
{
    for (const Tag& t : tags()) {
        if (!t.builtin.isEmpty() && t.builtin == builtin)
            return t;
    }
    return std::nullopt;
}

QList<Annotation> ProjectStore::annotations(DocumentId document) const
{
    return guarded(d->db, [&] {
        if (document == 0)
            return QList<Annotation>();
        QList<Annotation> list = d->readAnnotations(document);
        if (!list.isEmpty())
            markOrphans(list, d->readText(document));
        return list;
    });
}

QList<Annotation> ProjectStore::allAnnotations() const
{
    return guarded(d->db, [&] {
        QList<Annotation> list = d->readAnnotations(0);
        // Sorted by document: check each document's run against its text.
        for (qsizetype i = 0; i < list.size();) {
            qsizetype j = i;
            while (j < list.size() && list[j].document == list[i].document)
                ++j;
            QList<Annotation> run = list.mid(i, j - i);
            markOrphans(run, d->readText(list[i].document));
            std::copy(run.cbegin(), run.cend(), list.begin() + i);
            i = j;
        }
        return list;
    });
}

std::optional<Annotation> ProjectStore::annotation(AnnotationId id) const
{
    return guarded(d->db, [&]() -> std::optional<Annotation> {
        Annotation a = d->readAnnotation(id);
        if (!a.id)
            return std::nullopt;
        QList<Annotation> one{a};
        markOrphans(one, d->readText(a.document));
        return one.first();
    });
}

int ProjectStore::annotationCountForTag(TagId tag) const
{
    return guarded(d->db, [&] {
        Query q = d->db->query("SELECT count(*) FROM annotation_tags WHERE tag = ?");
        q->bind(1, tag);
        return q->step() ? int(q->int64(0)) : 0;
    });
}

QList<Entity> ProjectStore::entities() const
{
    return guarded(d->db, [this] {
        QList<EntityId> ids;
        {
            Query q = d->db->query("SELECT id FROM entities ORDER BY name COLLATE NOCASE, id");
            while (q->step())
                ids.append(q->int64(0));
        }
        QList<Entity> list;
        for (const EntityId id : std::as_const(ids))
            list.append(d->readEntity(id));
        return list;
    });
}

std::optional<Entity> ProjectStore::entity(EntityId id) const
{
    return guarded(d->db, [&]() -> std::optional<Entity> {
        Entity e = d->readEntity(id);
        return e.id ? std::optional(e) : std::nullopt;
    });
}

std::optional<Entity> ProjectStore::entityByName(const QString& nameOrAlias) const
{
    const QString wanted = nameOrAlias.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<Entity> all = entities();
    for (const Entity& e : all) {
        if (e.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return e;
    }
    for (const Entity& e : all) {
        if (e.aliases.contains(wanted, Qt::CaseInsensitive))
            return e;
    }
    return std::nullopt;
}

QList<AnnotationLink> ProjectStore::links(AnnotationId annotation) const
{
    return guarded(d->db, [&] { return d->readLinks(annotation); });
}

QStringList ProjectStore::ratingScale() const
{
    const QString json = setting(QStringLiteral("ratingScale"));
    QStringList scale;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        scale.append(v.toString());
    return scale;
}

QString ProjectStore::setting(const QString& key, const QString& fallback) const
{
    if (!d->db)
        return fallback;
    return guarded(d->db, [&] { return d->readSetting(key, fallback); });
}

} // namespace Crossread
