// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDockWidget>

class QComboBox;
class QPushButton;
class QTreeView;

namespace Crossread {

class ProjectStore;
class SuggestionModel;

/// Lists the suggestions of the current document (Attribution with speaker, Claim, Unverified).
/// Accept turns the selected ones into annotations, "Accept all" every one of the chosen kind
/// (one undo step each time), Reject (or Delete) hides them for good in this project.
class SuggestionsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionsDock)

public:
    explicit SuggestionsDock(ProjectStore* store, QWidget* parent = nullptr);
    ~SuggestionsDock() override;

    void setDocument(DocumentId id);
    SuggestionModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    void acceptSelected();
    void acceptAllOfKind();
    void rejectSelected();

Q_SIGNALS:
    /// The user picked a suggestion: show code points [start, end) of `document`.
    void suggestionActivated(Crossread::DocumentId document, qint64 start, qint64 end);

private:
    QList<int> selectedRows() const;
    void updateButtons();

    ProjectStore* m_store;
    SuggestionModel* m_model;
    QTreeView* m_view;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QComboBox* m_kind;
    QPushButton* m_acceptAll;
};

} // namespace Crossread
