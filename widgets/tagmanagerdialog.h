// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Crossread {

class ProjectStore;
class TagModel;

/// Creates, renames, recolours, nests and deletes tags and assigns their shortcut keys.
/// Every change is one undoable store command; deleting a tag in use asks first.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)

public:
    /// Asks a yes/no question; true = go ahead.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& question)>;
    /// Picks a colour starting from `initial`; an invalid colour = cancelled.
    using ColorPicker = std::function<QColor(QWidget* parent, const QColor& initial)>;

    explicit TagManagerDialog(ProjectStore* store, QWidget* parent = nullptr);
    ~TagManagerDialog() override;

    /// Replaces the confirmation question (default: QMessageBox::question).
    void setConfirm(Confirm confirm);
    /// Replaces the colour chooser (default: QColorDialog::getColor).
    void setColorPicker(ColorPicker picker);

    TagId currentTag() const;
    void selectTag(TagId id);

private:
    QWidget* buildForm();
    void loadForm();
    void refillParentCombo(const Tag& tag);
    void createTag(bool asSubtag);
    void deleteTag();
    void chooseColor();
    void commitName();
    void commitShortcut();
    void commitDescription();
    void commitParent(int index);
    bool update(const Tag& tag);
    void showMessage(const QString& message);
    QString uniqueName(const QString& base) const;

    ProjectStore* m_store;
    TagModel* m_model;
    Confirm m_confirm;
    ColorPicker m_colorPicker;
    bool m_loading = false;

    QTreeView* m_tree;
    QPushButton* m_new;
    QPushButton* m_newSubtag;
    QPushButton* m_delete;
    QLineEdit* m_name;
    QPushButton* m_color;
    QComboBox* m_parent;
    QLineEdit* m_shortcut;
    QLineEdit* m_description;
    QLabel* m_message;
};

} // namespace Crossread
