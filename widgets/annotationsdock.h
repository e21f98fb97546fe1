// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Crossread {

class AnnotationFilterModel;
class AnnotationModel;
class ProjectStore;
class TagModel;

/// All annotations of the project in a table, filtered by tag (with its subtags), document,
/// verdict and free text. Double-click or Enter on a row emits annotationActivated().
class AnnotationsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsDock)

public:
    explicit AnnotationsDock(ProjectStore* store, QWidget* parent = nullptr);
    ~AnnotationsDock() override;

    /// The annotation of the current row, 0 when none.
    AnnotationId currentAnnotation() const;

public Q_SLOTS:
    /// Makes `id` the current, selected row (if the filters show it) without emitting
    /// currentAnnotationChanged(); 0 clears the selection.
    void selectAnnotation(Crossread::AnnotationId id);

Q_SIGNALS:
    /// The user asked to go to the annotation (double-click, Enter, "Go to Passage").
    void annotationActivated(Crossread::AnnotationId id);
    /// The user moved the current row to another annotation (0 when none).
    void currentAnnotationChanged(Crossread::AnnotationId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterRow();
    void fillTagCombo();
    void fillDocumentCombo();
    void fillVerdictCombo();
    void applyTagFilter();
    void applyVerdictFilter();
    void updateCount();
    void showContextMenu(const QPoint& pos);

    ProjectStore* m_store;
    AnnotationModel* m_model;
    AnnotationFilterModel* m_proxy;
    TagModel* m_tags; // not shown; answers "which tags lie below this one"
    QLineEdit* m_text;
    QComboBox* m_tagCombo;
    QComboBox* m_documentCombo;
    QComboBox* m_verdictCombo;
    QTableView* m_view;
    QLabel* m_count;
    QAction* m_goToAction;
    QAction* m_deleteAction;
    bool m_selecting = false;
};

} // namespace Crossread
