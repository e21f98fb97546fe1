# Spell-checked editors for the user's writing, and the settings and properties dialogs that use
# them (workbench helper). Paths relative to widgets/.
target_sources(crossread_widgets PRIVATE
  spellhighlighter.cpp spellhighlighter.h spelltextedit.cpp spelltextedit.h
  spellservice.cpp spellservice.h
  usersettings.cpp usersettings.h
  settingsdialog.cpp settingsdialog.h
  documentpropertiesdialog.cpp documentpropertiesdialog.h)
