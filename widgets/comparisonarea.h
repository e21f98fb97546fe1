// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QFont>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedLayout;

namespace Crossread {

class DocumentColumn;
class DocumentView;
class ProjectStore;

/// One to six document columns side by side in a splitter. Columns can be added, closed and
/// reordered; scrolling can be synchronized (by relative position, since articles differ in length).
class ComparisonArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonArea)

public:
    static constexpr int MaxColumns = 6;

    explicit ComparisonArea(ProjectStore* store, QWidget* parent = nullptr);

    /// As small as the columns can be: the main window gives the docks the width they were given
    /// and the columns the rest, instead of squeezing the docks for columns' preferred widths.
    QSize sizeHint() const override;

    /// Replaces the open columns by these documents (at most MaxColumns).
    void openDocuments(const QList<DocumentId>& ids);
    /// Shows the document: focuses its column if open, else appends one. nullptr when all six are taken.
    DocumentColumn* addDocument(DocumentId id);
    void closeColumn(int index);
    void closeAll();
    void moveColumn(int from, int to);

    int columnCount() const;
    DocumentColumn* column(int index) const;
    QList<DocumentId> documentIds() const;
    DocumentView* currentView() const;
    DocumentColumn* currentColumn() const;
    DocumentView* viewFor(DocumentId id) const;

    void setSynchronizedScrolling(bool on) { m_syncScrolling = on; }
    bool synchronizedScrolling() const { return m_syncScrolling; }
    /// Zoom in font points relative to the base font, applied to every column.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    void setViewFont(const QFont& font);
    QFont viewFont() const { return m_font; }
    void setSnapToWords(bool snap);
    void setContextActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void currentViewChanged(Crossread::DocumentView* view);
    void annotationClicked(Crossread::AnnotationId id);
    void columnsChanged();
    /// A column's header asked for its document's properties.
    void propertiesRequested(Crossread::DocumentId document);

private:
    DocumentColumn* createColumn(DocumentId id);
    void setCurrentColumn(DocumentColumn* column);
    void syncScroll(DocumentView* source);
    void refreshColumns();
    QFont effectiveFont() const;

    ProjectStore* m_store;
    QSplitter* m_splitter;
    QLabel* m_placeholder;
    QStackedLayout* m_stack;
    QPointer<DocumentColumn> m_current;
    QFont m_font;
    int m_zoom = 0;
    bool m_syncScrolling = false;
    bool m_syncing = false;
    bool m_snapToWords = false;
    QList<QAction*> m_contextActions;
};

} // namespace Crossread
