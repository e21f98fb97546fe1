# Spell-checked editors for the user's writing. Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE
  spellhighlighter.cpp spellhighlighter.h spelltextedit.cpp spelltextedit.h)
