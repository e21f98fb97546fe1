// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Crossread {

class DocumentColumn;
class ProjectStore;

/// A strip under a column's header for documents with several revisions: step to the previous
/// or next revision (or pick one), and "Compare" the shown revision with the one before it.
/// Hidden while the document has a single revision.
class RevisionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionBar)

public:
    RevisionBar(ProjectStore* store, DocumentColumn* column, QWidget* parent = nullptr);
    ~RevisionBar() override;

    /// Attaches a bar under the header of `column` (once; returns the existing one after that).
    static RevisionBar* attach(ProjectStore* store, DocumentColumn* column);

    /// Brings the bar in line with the column's document and its chain.
    void refresh();
    /// Shows the previous (-1) or next (+1) revision in the column.
    void step(int delta);

Q_SIGNALS:
    /// Compare `older` with `newer` (two revisions of one chain).
    void compareRequested(Crossread::DocumentId older, Crossread::DocumentId newer);
    /// The column now shows another revision.
    void revisionShown(Crossread::DocumentId document);

private:
    void showRevision(DocumentId id);

    ProjectStore* m_store;
    DocumentColumn* m_column;
    QList<DocumentId> m_chain;
    QToolButton* m_previous;
    QToolButton* m_next;
    QComboBox* m_combo;
    QToolButton* m_compare;
    QLabel* m_label;
};

} // namespace Crossread
