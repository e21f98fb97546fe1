# Full-text search (issue #7). Paths relative to core/. The index itself is created in store/schema_search.cpp.
target_sources(crossread_core PRIVATE
  search/searchquery.h search/ftsquery.cpp search/ftsquery.h
  search/ftsspans.cpp search/ftsspans_p.h
  search/stemexpander.cpp search/stemexpander.h
  search/searchengine.cpp search/searchengine.h search/snippet.cpp)
