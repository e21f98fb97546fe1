// SPDX-License-Identifier: MIT
#include "schema.h"

#include "database.h"

namespace Crossread::Schema {

// Version 3 (issue #9): claim records spanning documents, and document revisions.
//
// Claim anchors reference annotations with ON DELETE CASCADE, but an annotation may come back:
// undoing removeAnnotation/removeDocument re-inserts it with its old id and creation time. Those
// commands know nothing of claims, so the anchor is parked by a trigger and restored by another
// when *that* annotation (same id and same creation time) is inserted again.
//
// Revision rows carry no foreign keys for the same reason (removeDocument's undo restores a
// document with its id but not rows of other tables): a row counts only while both documents exist
// with the import times recorded in it. Neither identity check is enough alone (an annotation can
// be made, or imported, with the very creation time of the one removed), so new annotations and
// documents are also given ids above every parked one (ProjectStore::Private::insertAnnotation,
// insertDocument).
static const char* const v3 = R"sql(
CREATE TABLE claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo steps and parked anchors name claims by id,
                                           -- and a parked anchor of a removed claim must not join a new one
    title TEXT NOT NULL DEFAULT '',
    speaker INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    verdict TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,              -- ms since the epoch, UTC
    modified INTEGER NOT NULL
);

CREATE TABLE claim_anchors (
    claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    annotation INTEGER NOT NULL UNIQUE REFERENCES annotations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,             -- order the anchors were added
    PRIMARY KEY (claim, annotation)
) WITHOUT ROWID;

CREATE TABLE claim_evidence (
    id INTEGER PRIMARY KEY,
    claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    accessed TEXT                          -- ISO 8601 date or NULL
);
CREATE INDEX claim_evidence_claim ON claim_evidence(claim);

CREATE TABLE claim_anchors_parked (
    annotation INTEGER PRIMARY KEY,
    annotation_created INTEGER NOT NULL,
    claim INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TRIGGER claim_anchor_park BEFORE DELETE ON annotations
BEGIN
    INSERT OR REPLACE INTO claim_anchors_parked (annotation, annotation_created, claim, position)
        SELECT OLD.id, OLD.created, claim, position FROM claim_anchors WHERE annotation = OLD.id;
END;
CREATE TRIGGER claim_anchor_unpark AFTER INSERT ON annotations
BEGIN
    INSERT OR IGNORE INTO claim_anchors (claim, annotation, position)
        SELECT p.claim, NEW.id, p.position FROM claim_anchors_parked p
        WHERE p.annotation = NEW.id AND p.annotation_created = NEW.created
          AND EXISTS (SELECT 1 FROM claims c WHERE c.id = p.claim);
    DELETE FROM claim_anchors_parked WHERE annotation = NEW.id;
END;

CREATE TABLE document_revisions (
    document INTEGER PRIMARY KEY,          -- the newer document
    document_imported_at INTEGER NOT NULL, -- documents.imported_at of both, see above
    revision_of INTEGER NOT NULL,
    revision_of_imported_at INTEGER NOT NULL,
    CHECK (document <> revision_of)
);
CREATE INDEX document_revisions_of ON document_revisions(revision_of);

-- The re-anchoring audit of each revision: one row per annotation of the previous revision.
CREATE TABLE revision_audit (
    revision INTEGER NOT NULL,
    position INTEGER NOT NULL,
    old_annotation INTEGER NOT NULL,
    new_annotation INTEGER,                -- NULL when ambiguous or orphaned
    status TEXT NOT NULL CHECK (status IN ('exact', 'moved', 'reworded', 'ambiguous', 'orphaned')),
    confidence REAL NOT NULL,
    candidates INTEGER NOT NULL,
    old_start INTEGER NOT NULL,
    old_end INTEGER NOT NULL,
    new_start INTEGER NOT NULL,
    new_end INTEGER NOT NULL,
    old_quote TEXT NOT NULL,
    new_quote TEXT NOT NULL,
    PRIMARY KEY (revision, position)
) WITHOUT ROWID;
)sql";

void addClaimsAndRevisions(Database& db)
{
    db.exec(v3);
}

} // namespace Crossread::Schema
