// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Crossread {

class ProjectStore;

/// Edits the project's lexicon of loaded or framing terms that the cue layer outlines and the
/// suggestions take into account. Every change (add, edit in place, remove, reset to the
/// defaults) is one undoable ProjectStore::setSetting command, so Edit ▸ Undo takes it back and
/// every view follows at once through ProjectStore::settingsChanged.
class LexiconDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconDialog)

public:
    explicit LexiconDialog(ProjectStore* store, QWidget* parent = nullptr);
    ~LexiconDialog() override;

    /// The project lexicon as stored (the defaults when the project never changed it).
    static QStringList projectLexicon(const ProjectStore& store);
    /// The terms as the list shows them.
    QStringList terms() const;

private:
    void reload();
    void addTerm();
    void removeSelected();
    void resetToDefaults();
    void onItemChanged(QListWidgetItem* item);
    void updateButtons();
    /// Writes `terms` as one undoable step; false (with a message shown) when the store refused.
    bool commit(const QStringList& terms);
    /// Why `term` cannot join `others`, or an empty string when it can.
    QString problemWith(const QString& term, const QStringList& others) const;
    void showMessage(const QString& message);

    ProjectStore* m_store;
    QListWidget* m_list;
    QLineEdit* m_newTerm;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_reset;
    QLabel* m_message;
    bool m_reloading = false;
};

} // namespace Crossread
