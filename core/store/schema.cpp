// SPDX-License-Identifier: MIT
#include "schema.h"

#include "builtins.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace Crossread::Schema {

// Version 1. Long values (stored text, original bytes) live in document_content so that
// listing documents reads only small rows; FTS5 can later index document_content as an
// external-content table (content_rowid = document).
static const char* const v1 = R"sql(
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT,                        -- ISO 8601 date, NULL when unknown
    url TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    original_file_name TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    import_notes TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,          -- ms since the epoch, UTC
    sha256 BLOB NOT NULL,
    length INTEGER NOT NULL CHECK (length >= 0)  -- stored text in code points
);
CREATE INDEX documents_sha256 ON documents(sha256);

CREATE TABLE document_content (
    document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    original BLOB NOT NULL
);
-- Every offset refers to the stored text, so it must never change once imported.
CREATE TRIGGER document_text_immutable BEFORE UPDATE OF text ON document_content
BEGIN SELECT RAISE(ABORT, 'the stored text of a document is immutable'); END;

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    color TEXT NOT NULL,                   -- #rrggbb
    parent INTEGER REFERENCES tags(id),
    shortcut TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    builtin TEXT UNIQUE                    -- claim, attribution, unverified; NULL for user tags
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE entity_aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity, position)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,            -- code points of the stored text
    end_pos INTEGER NOT NULL,              -- excluded
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    annotator TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,              -- ms since the epoch, UTC
    modified INTEGER NOT NULL,
    verdict TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    speaker INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    CHECK (start_pos >= 0 AND end_pos >= start_pos)
);
CREATE INDEX annotations_document ON annotations(document, start_pos, end_pos);
CREATE INDEX annotations_speaker ON annotations(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE annotation_tags (
    annotation INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,             -- order the user gave the tags
    PRIMARY KEY (annotation, tag)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags(tag);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    annotation INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    accessed TEXT                          -- ISO 8601 date or NULL
);
CREATE INDEX evidence_annotation ON evidence(annotation);

CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    from_annotation INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    to_annotation INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('same', 'supports', 'contradicts')),
    UNIQUE (from_annotation, to_annotation, kind)
);
CREATE INDEX links_to ON links(to_annotation);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The undo history, written in the same transaction as each edit, so that undo survives a
-- restart. Rows with seq > undo_state.position are the redo side.
CREATE TABLE undo_journal (
    seq INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE undo_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL
);
INSERT INTO undo_state (id, position) VALUES (1, 0);
)sql";

QStringList defaultRatingScale()
{
    return Builtins::ratingKeys();
}

static void insertBuiltinTags(Database& db)
{
    struct Builtin
    {
        const char* key;
        const char* color;
        const char* shortcut;
    };
    static const Builtin builtins[] = {
        {"claim", "#e6a23c", "1"},
        {"attribution", "#409eff", "2"},
        {"unverified", "#c45656", "3"},
    };
    // Name and description NULL: the translated defaults, in whatever language the project is viewed.
    Query q = db.query("INSERT INTO tags (name, color, shortcut, description, builtin) VALUES (NULL, ?, ?, NULL, ?)");
    for (const Builtin& b : builtins) {
        q->bind(1, QString::fromLatin1(b.color)).bind(2, QString::fromLatin1(b.shortcut)).bind(3, QString::fromLatin1(b.key));
        q->run();
    }
}

void create(Database& db)
{
    Transaction t(db);
    db.exec(v1);
    // Later versions are written as steps from v1, so that a new file and a migrated one are
    // built by the same statements.
    addSearchIndex(db); // v2
    addClaimsAndRevisions(db); // v3
    useBuiltinKeys(db); // v4
    insertBuiltinTags(db);
    {
        Query q = db.query("INSERT INTO settings (key, value) VALUES (?, ?)");
        const QJsonArray scale = QJsonArray::fromStringList(defaultRatingScale());
        q->bind(1, QStringLiteral("ratingScale"))
            .bind(2, QString::fromUtf8(QJsonDocument(scale).toJson(QJsonDocument::Compact)));
        q->run();
    }
    db.exec(QByteArray("PRAGMA application_id = ").append(QByteArray::number(ApplicationId)).constData());
    db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(CurrentVersion)).constData());
    t.commit();
}

void migrate(Database& db, int fromVersion)
{
    // migrations[i] takes a file from version i + 1 to i + 2. Each runs in its own
    // transaction together with the user_version bump, so a failed step leaves a valid file.
    using Migration = void (*)(Database&);
    static constexpr std::array<Migration, CurrentVersion - 1> migrations = {
        &addSearchIndex, // 1 → 2 (schema_search.cpp)
        &addClaimsAndRevisions, // 2 → 3 (schema_claims.cpp)
        &useBuiltinKeys, // 3 → 4 (schema_builtins.cpp)
    };
    // Version 4 rebuilds the tags table: with foreign keys on, dropping it would cascade to
    // annotation_tags. PRAGMA foreign_keys is a no-op inside a transaction, so it is set here.
    struct ForeignKeysOff
    {
        Database& m_db;
        explicit ForeignKeysOff(Database& d)
            : m_db(d)
        {
            m_db.exec("PRAGMA foreign_keys = OFF");
        }
        ~ForeignKeysOff()
        {
            try {
                m_db.exec("PRAGMA foreign_keys = ON");
            } catch (const SqlError&) {
                // Setting a pragma outside a transaction does not fail; a destructor must not throw.
            }
        }
        ForeignKeysOff(const ForeignKeysOff&) = delete;
        ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
    } foreignKeysOff(db);
    for (int v = fromVersion; v < CurrentVersion; ++v) {
        Transaction t(db);
        migrations[v - 1](db);
        db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(v + 1)).constData());
        t.commit();
    }
}

void configure(Database& db, bool readOnly)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA busy_timeout = 1000");
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        // NORMAL in WAL mode: a commit survives a crash of the process at once; a power cut may
        // lose the last commits but never corrupts the file, and a commit costs no fsync.
        db.exec("PRAGMA synchronous = NORMAL");
    } else {
        db.exec("PRAGMA query_only = ON");
    }
}

} // namespace Crossread::Schema
