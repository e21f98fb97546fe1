// SPDX-License-Identifier: MIT
// Rows of the claim and revision tables (schema_claims.cpp). Every function throws SqlError;
// callers own the transaction.
#pragma once

#include "database.h"
#include "types.h"

namespace Crossread::ClaimRows {

/// The claim with its evidence and the anchors whose annotations exist; id 0 when there is none.
ClaimRecord read(Database& db, ClaimId id);
QList<ClaimRecord> readAll(Database& db);
/// Inserts (c.id 0: a new id is assigned) or updates the claim row and replaces its evidence
/// (assigning evidence ids) and anchors; anchors whose annotation does not exist are skipped.
/// Anchors must not belong to another claim (see clearAnchors()).
void write(Database& db, ClaimRecord& c);
void clearAnchors(Database& db, ClaimId id);
void remove(Database& db, ClaimId id);
ClaimId claimOf(Database& db, AnnotationId annotation);
/// Appends an anchor at the end of the claim's anchors (nothing when it already anchors a claim).
void appendAnchor(Database& db, ClaimId claim, AnnotationId annotation);

/// The revision `document` revises, or 0 (links to a document that no longer exists, or to one
/// re-using a removed document's id, do not count).
DocumentId previousOf(Database& db, DocumentId document);
/// The revision of `document`, or 0.
DocumentId nextOf(Database& db, DocumentId document);
void insertRevision(Database& db, DocumentId document, DocumentId revisionOf);
void deleteRevision(Database& db, DocumentId document);

QList<ReanchorEntry> readAudit(Database& db, DocumentId revision);
void writeAudit(Database& db, DocumentId revision, const QList<ReanchorEntry>& entries);
void deleteAudit(Database& db, DocumentId revision);

QString statusKey(ReanchorStatus status);
ReanchorStatus statusFromKey(const QString& key);

} // namespace Crossread::ClaimRows
