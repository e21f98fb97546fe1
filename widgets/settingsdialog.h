// SPDX-License-Identifier: MIT
#pragma once

#include "usersettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Crossread {

class ProjectStore;
class SpellService;

/// Edit ▸ Settings: spelling language (from the Hunspell dictionaries installed), the user's name
/// on annotations and import limits, kept per user in QSettings; and the open project's name and
/// publishing organisation (for ClaimReview and reports), kept in the project as one undoable step.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// Project keys read by the exporters (core/export/exportdata.cpp).
    static const QString ProjectNameKey;
    static const QString OrganizationNameKey;
    static const QString OrganizationUrlKey;
    static const QString ReviewUrlKey;
    /// Language of the built-in tags' and ratings' labels in reports and exports ("" = the UI's).
    static const QString ReportLanguageKey;

    /// `spelling` may be null: the language is then only stored.
    SettingsDialog(ProjectStore* store, SpellService* spelling, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The per-user settings as the fields now say.
    UserSettings userSettings() const;

public Q_SLOTS:
    /// Saves the user settings, applies the language and the annotator name, and stores the
    /// project's settings (only those that changed) as one undo step.
    void accept() override;

private:
    QGroupBox* buildSpellingBox();
    QGroupBox* buildProjectBox();
    QGroupBox* buildImportBox();
    void validate();

    ProjectStore* m_store;
    SpellService* m_spelling;
    UserSettings m_loaded;
    QCheckBox* m_spellCheck;
    QComboBox* m_language;
    QLabel* m_personalList;
    QLineEdit* m_annotator;
    QGroupBox* m_projectBox;
    QLineEdit* m_projectName;
    QLineEdit* m_organization;
    QLineEdit* m_organizationUrl;
    QLineEdit* m_reviewUrl;
    QComboBox* m_reportLanguage;
    QSpinBox* m_importLimit;
    QCheckBox* m_repairText;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace Crossread
