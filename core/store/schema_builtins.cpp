// SPDX-License-Identifier: MIT
#include "builtins.h"
#include "database.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Crossread::Schema {

// Version 4 (issue #23): built-in tags and ratings by stable key (see builtins.h).
//
// Format 3 stored the built-ins as text translated into the creator's language, so a project made
// in German had a tag "Behauptung" and verdicts "Überwiegend wahr" that neither the CLI nor a
// colleague in another language could use. A built-in tag's name and description may now be NULL
// (the translated default); SQLite cannot drop a NOT NULL constraint, so the table is rebuilt with
// the same ids. migrate() turns foreign keys off around the step, so that dropping the old table
// does not cascade to annotation_tags; a new file's tables are empty at this point.
static const char* const v4Tags = R"sql(
CREATE TEMP TABLE tags_v3 AS SELECT * FROM tags;
DROP TABLE tags;
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT UNIQUE COLLATE NOCASE CHECK (name <> ''),   -- NULL: a built-in's translated default
    color TEXT NOT NULL,                   -- #rrggbb
    parent INTEGER REFERENCES tags(id),
    shortcut TEXT NOT NULL DEFAULT '',
    description TEXT,                      -- NULL: a built-in's translated default
    builtin TEXT UNIQUE,                   -- claim, attribution, unverified; NULL for user tags
    CHECK (builtin IS NOT NULL OR (name IS NOT NULL AND description IS NOT NULL))
);
INSERT INTO tags (id, name, color, parent, shortcut, description, builtin)
    SELECT id, name, color, parent, shortcut, description, builtin FROM tags_v3;
DROP TABLE tags_v3;
)sql";

namespace {

void builtinsTagsToKeys(Database& db)
{
    struct Row
    {
        qint64 id;
        QString key, name, description;
    };
    QList<Row> rows;
    {
        Query q = db.query("SELECT id, builtin, name, description FROM tags WHERE builtin IS NOT NULL");
        while (q->step())
            rows.append({q->int64(0), q->text(1), q->text(2), q->text(3)});
    }
    Query nameQ = db.query("UPDATE tags SET name = NULL WHERE id = ?");
    Query descQ = db.query("UPDATE tags SET description = NULL WHERE id = ?");
    for (const Row& r : std::as_const(rows)) {
        if (Builtins::tagKeyOf(r.name) == r.key) {
            nameQ->bind(1, r.id);
            nameQ->run();
        }
        if (r.description.isEmpty() || Builtins::isDefaultTagDescription(r.key, r.description)) {
            descQ->bind(1, r.id);
            descQ->run();
        }
    }
}

void builtinsVerdictsToKeys(Database& db, const char* select, const char* update)
{
    QList<QPair<qint64, QString>> changed;
    {
        Query q = db.query(select);
        while (q->step()) {
            const QString stored = q->text(1);
            const QString canonical = Builtins::canonicalRating(stored);
            if (canonical != stored)
                changed.append({q->int64(0), canonical});
        }
    }
    Query u = db.query(update);
    for (const auto& [id, verdict] : std::as_const(changed)) {
        u->bind(1, verdict).bind(2, id);
        u->run();
    }
}

} // namespace

QString canonicalRatingScaleJson(const QString& json)
{
    QStringList scale;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QString entry = Builtins::canonicalRating(v.toString());
        if (!entry.isEmpty() && !scale.contains(entry, Qt::CaseInsensitive))
            scale.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(scale)).toJson(QJsonDocument::Compact));
}

void useBuiltinKeys(Database& db)
{
    db.exec(v4Tags);
    builtinsTagsToKeys(db);
    builtinsVerdictsToKeys(db, "SELECT id, verdict FROM annotations WHERE verdict <> ''",
                           "UPDATE annotations SET verdict = ? WHERE id = ?");
    builtinsVerdictsToKeys(db, "SELECT id, verdict FROM claims WHERE verdict <> ''",
                           "UPDATE claims SET verdict = ? WHERE id = ?");
    QString scale;
    {
        Query read = db.query("SELECT value FROM settings WHERE key = 'ratingScale'");
        if (read->step())
            scale = canonicalRatingScaleJson(read->text(0));
    }
    if (!scale.isNull()) {
        Query write = db.query("UPDATE settings SET value = ? WHERE key = 'ratingScale'");
        write->bind(1, scale);
        write->run();
    }
}

} // namespace Crossread::Schema
