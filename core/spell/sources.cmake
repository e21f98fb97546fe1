# Spell checking of the user's writing (Hunspell). Paths relative to core/.
target_sources(crossread_core PRIVATE spell/spellchecker.cpp spell/spellchecker.h)
