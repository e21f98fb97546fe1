# Sources of import (core/import). Paths relative to core/.
target_sources(crossread_core PRIVATE import/importer.h)
