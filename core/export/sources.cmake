# Sources of exports and annotation import (core/export). Paths relative to core/.
target_sources(crossread_core PRIVATE
  export/exporter.cpp export/exporter.h
  export/exportdata.cpp export/exportdata.h
  export/exportfile.cpp export/exportfile.h
  export/csvexporter.cpp export/csvexporter.h
  export/webannotationexporter.cpp export/webannotationexporter.h
  export/claimreviewexporter.cpp export/claimreviewexporter.h
  export/reportexporter.h export/reporthtml.cpp export/reporthtml_p.h export/reporttext.cpp export/reportpdf.cpp
  export/anchoring.cpp export/anchoring.h
  export/annotationparser.cpp export/annotationparser_p.h
  export/annotationimporter.cpp export/annotationimporter.h)
target_sources(crossread_core PRIVATE export/reportclaims.cpp export/reportclaims_p.h) # issue #9
