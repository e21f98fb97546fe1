# Sources of the project store (core/store). Paths relative to core/.
target_sources(crossread_core PRIVATE
  store/types.h store/projectstore.h store/projectstore_p.h
  store/database.cpp store/database.h
  store/schema.cpp store/schema.h store/schema_search.cpp store/schema_claims.cpp store/schema_builtins.cpp
  store/builtins.cpp store/builtins.h
  store/projectstore.cpp store/projectstore_queries.cpp store/projectstore_edits.cpp
  store/projectstore_annotations.cpp store/projectstore_rows.cpp store/projectstore_journal.cpp
  store/storecommands.cpp store/storecommands_annotations.cpp store/storecommands_p.h
  store/storeserialization.cpp store/storeserialization_p.h
  store/boundedinflate.cpp store/boundedinflate.h)
target_sources(crossread_core PRIVATE store/projectstore_search.cpp) # full-text search (issue #7)
target_sources(crossread_core PRIVATE store/claimrows.cpp store/claimrows_p.h store/projectstore_claims.cpp
  store/projectstore_revisions.cpp store/storecommands_claims.cpp store/storecommands_claims_p.h)
