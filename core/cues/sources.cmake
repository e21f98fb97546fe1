# SPDX-License-Identifier: MIT
# Cues and suggestions. Paths relative to core/.
target_sources(crossread_core PRIVATE
  cues/cue.h cues/cue.cpp
  cues/cuescanner.h cues/cuescanner.cpp
  cues/speakers_p.h cues/speakers.cpp cues/suggestion.h
  cues/suggestionengine.h cues/suggestionengine.cpp
  cues/suggestionstore.h cues/suggestionstore.cpp)
# The definition is compiled into core as well as listed in resources.qrc: crossread-cli and the
# tests do not initialise crossread_resources, and qt_add_resources on a static library links its
# object files into every consumer, so the definition is always there. A prefix of its own keeps
# the two copies from shadowing each other; CueScanner adds it as a custom search path.
qt_add_resources(crossread_core crossread_cues_syntax
  PREFIX /crossread/cues/syntax
  BASE ${CMAKE_SOURCE_DIR}/resources/syntax
  FILES ${CMAKE_SOURCE_DIR}/resources/syntax/crossread-cues.xml)
# Public: consumers of the scanner header see KSyntaxHighlighting types.
target_link_libraries(crossread_core PUBLIC KF6::SyntaxHighlighting)
