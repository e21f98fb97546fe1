// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"

namespace Crossread::Schema {

// Version 2: full-text search (issue #7).
//
// Three FTS5 tables, one per field, because each field lives in its own table and a hit must
// say where it is: document text (document_content), titles (documents) and annotation notes
// (annotations). All three are external-content tables: the index refers to the rows that are
// already stored instead of keeping a second copy of every article (FTS5's own content would
// add the whole text size again; the index alone adds ~40–50%). A contentless table would be as
// small, but its 'delete' needs the old values too and it cannot hand text to auxiliary
// functions, which the hit offsets are computed with (search/searchengine.cpp).
//
// `unicode61 remove_diacritics 2` folds case and every diacritic (also on letters with several),
// so "Kyiv" finds "Kyïv" and "Sao Paulo" finds "São Paulo".
//
// Triggers keep the index in step with every write, including undo and redo, which write the
// same rows through the same statements. Document text is immutable (document_text_immutable),
// so it needs no update trigger. Cascaded deletes (document → content, annotations) fire the
// delete triggers as well.
//
// The fts5vocab tables store nothing; they list the indexed terms for query expansion by stems.
static const char* const v2 = R"sql(
CREATE VIRTUAL TABLE search_text USING fts5(
    text, content='document_content', content_rowid='document',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_titles USING fts5(
    title, content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_notes USING fts5(
    note, content='annotations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_text_terms USING fts5vocab(search_text, row);
CREATE VIRTUAL TABLE search_titles_terms USING fts5vocab(search_titles, row);
CREATE VIRTUAL TABLE search_notes_terms USING fts5vocab(search_notes, row);

CREATE TRIGGER search_text_insert AFTER INSERT ON document_content BEGIN
    INSERT INTO search_text (rowid, text) VALUES (new.document, new.text);
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON document_content BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.document, old.text);
END;

CREATE TRIGGER search_titles_insert AFTER INSERT ON documents BEGIN
    INSERT INTO search_titles (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER search_titles_delete AFTER DELETE ON documents BEGIN
    INSERT INTO search_titles (search_titles, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER search_titles_update AFTER UPDATE OF title ON documents WHEN old.title IS NOT new.title BEGIN
    INSERT INTO search_titles (search_titles, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO search_titles (rowid, title) VALUES (new.id, new.title);
END;

CREATE TRIGGER search_notes_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO search_notes (rowid, note) VALUES (new.id, new.note);
END;
CREATE TRIGGER search_notes_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO search_notes (search_notes, rowid, note) VALUES ('delete', old.id, old.note);
END;
CREATE TRIGGER search_notes_update AFTER UPDATE OF note ON annotations WHEN old.note IS NOT new.note BEGIN
    INSERT INTO search_notes (search_notes, rowid, note) VALUES ('delete', old.id, old.note);
    INSERT INTO search_notes (rowid, note) VALUES (new.id, new.note);
END;
)sql";

void addSearchIndex(Database& db)
{
    db.exec(v2);
    // A migrated file already has rows: index them from the content tables (a no-op on a new file).
    db.exec("INSERT INTO search_text (search_text) VALUES ('rebuild');"
            "INSERT INTO search_titles (search_titles) VALUES ('rebuild');"
            "INSERT INTO search_notes (search_notes) VALUES ('rebuild');");
}

} // namespace Crossread::Schema
