// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Crossread {

class Database;

/// The project file's layout: creation, version and migrations.
namespace Schema {

/// `PRAGMA application_id` of every Crossread project: "CRRD".
constexpr int ApplicationId = 0x43525244;
/// `PRAGMA user_version` this build writes. Bump it together with a new entry in migrate().
constexpr int CurrentVersion = 4;

/// The rating scale a new project starts with: the keys of the built-in ratings (builtins.h).
QStringList defaultRatingScale();
/// A ratingScale setting (JSON array) with every built-in rating named by its key, without duplicates.
QString canonicalRatingScaleJson(const QString& json);

/// Creates every table of the current version in an empty database, within one transaction.
void create(Database& db);
/// Brings a database of an older version up to CurrentVersion, each step in its own transaction.
/// Throws SqlError when a step fails; the file is then left at the last completed version.
void migrate(Database& db, int fromVersion);
/// Version 2: the FTS5 full-text index over document text, titles and notes (schema_search.cpp).
void addSearchIndex(Database& db);
/// Version 3: claim records spanning documents and document revisions (schema_claims.cpp).
void addClaimsAndRevisions(Database& db);
/// Version 4: built-in tags and ratings stored by stable key, labelled when shown (schema_builtins.cpp).
void useBuiltinKeys(Database& db);
/// The per-connection settings every project connection uses (foreign keys, WAL, synchronous).
void configure(Database& db, bool readOnly);

} // namespace Schema
} // namespace Crossread
