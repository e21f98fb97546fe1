# SPDX-License-Identifier: MIT
# Cue layer, suggestions panel and the lexicon editor. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE
  cuelayer.cpp cuelayer.h suggestionsdock.cpp suggestionsdock.h lexicondialog.cpp lexicondialog.h)
