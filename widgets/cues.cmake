# SPDX-License-Identifier: MIT
# Cue layer and suggestions panel. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE
  cuelayer.cpp cuelayer.h suggestionsdock.cpp suggestionsdock.h)
