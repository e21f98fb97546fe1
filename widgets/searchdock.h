// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Crossread {

class ProjectStore;
class SearchResultsModel;
struct SearchQuery;
class SpellService;

/// The Search panel (Ctrl+Shift+F): full-text search of document text, titles and notes (any of
/// the three, at least one) with FTS5 syntax, filters by outlet, publication dates and tag, and
/// optional expansion by word stems. Hits are listed best first with a snippet in which each match is bold.
///
/// The search runs a short moment after the user stops typing (queries take milliseconds, the
/// pause only avoids a list that flickers with every key). Activating a hit (Enter, double
/// click) emits one of the reveal signals, which the main window turns into an open column with
/// the passage selected.
class SearchDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDock)

public:
    explicit SearchDock(ProjectStore* store, QWidget* parent = nullptr);
    ~SearchDock() override;

    SearchResultsModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_edit; }
    QListView* resultsView() const { return m_view; }
    /// The query the panel's fields describe now.
    SearchQuery currentQuery() const;
    /// The status line: number of hits, or why the query failed.
    QString statusText() const;

    /// Word forms are found with the dictionary `spelling` has loaded (the language chosen in
    /// Settings), following its changes; without one, en_US or the first installed dictionary.
    void setSpellService(SpellService* spelling);

    /// Milliseconds between the last key and the search.
    static constexpr int DebounceMs = 180;

public Q_SLOTS:
    /// Shows and raises the panel and puts the cursor in the search box, its text selected.
    void focusSearch();
    /// Runs the search now (also done after typing pauses and when a filter changes).
    void search();

Q_SIGNALS:
    /// A hit in a document's text: select code points [start, end) there.
    void passageRequested(Crossread::DocumentId document, qint64 start, qint64 end);
    /// A hit in a note: show that annotation.
    void annotationRequested(Crossread::AnnotationId id);
    /// A hit in a title: open the document.
    void documentRequested(Crossread::DocumentId id);

private:
    void activate(const QModelIndex& index);
    void refillFilters();
    void onSearched(int hits, const QString& error);
    /// Keeps at least one field checked: unchecking the last one checks it again.
    void onFieldToggled(QCheckBox* box, bool checked);
    bool eventFilter(QObject* watched, QEvent* event) override;

    ProjectStore* m_store;
    SpellService* m_spelling = nullptr;
    SearchResultsModel* m_model;
    QLineEdit* m_edit;
    QComboBox* m_outlet;
    QComboBox* m_tag;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_inText;
    QCheckBox* m_inTitles;
    QCheckBox* m_inNotes;
    QCheckBox* m_stems;
    QListView* m_view;
    QLabel* m_status;
    QTimer* m_debounce;
};

} // namespace Crossread
