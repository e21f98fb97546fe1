# Sources of import (core/import). Paths relative to core/.
target_sources(crossread_core PRIVATE
  import/importer.h import/importer.cpp import/importbatch.cpp import/formats_p.h
  import/encoding.h import/encoding.cpp
  import/normalize.h import/normalize.cpp
  import/textrepair.h import/textrepair.cpp
  import/dates.h import/dates.cpp
  import/metadata.h import/metadata.cpp import/filenamehints.h import/filenamehints.cpp
  import/language.h import/language.cpp
  import/plaintextimport.cpp
  import/markdownimport.cpp
  import/htmldom_p.h import/htmlimport.cpp import/htmlmeta.h import/htmlmeta.cpp
  import/readability.h import/readability.cpp import/htmltext.cpp
  import/pdfimport.cpp)
