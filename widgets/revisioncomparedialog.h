// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace Crossread {

class ProjectStore;

/// Two revisions of one article side by side in time: the word diff between their texts
/// (revisionDiffHtml) and, when the newer one was imported after the older, the re-anchoring
/// audit — every annotation of the older revision with what became of it (exact, moved,
/// reworded with its word diff and confidence, ambiguous, orphaned).
class RevisionCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionCompareDialog)

public:
    RevisionCompareDialog(ProjectStore* store, DocumentId older, DocumentId newer, QWidget* parent = nullptr);
    ~RevisionCompareDialog() override;

    void setRevisions(DocumentId older, DocumentId newer);
    QString diffHtml() const;
    QTreeWidget* auditView() const { return m_audit; }
    QString summary() const;

Q_SIGNALS:
    /// The user asked to see an audited annotation (double-click on an audit line).
    void annotationActivated(Crossread::AnnotationId id);

private:
    void update();
    /// Fills the audit list; returns its one-line summary, empty when no stored audit applies.
    QString fillAudit(DocumentId older, DocumentId newer);

    ProjectStore* m_store;
    QList<DocumentId> m_chain;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_summary;
    QTextBrowser* m_diff;
    QTreeWidget* m_audit;
};

} // namespace Crossread
