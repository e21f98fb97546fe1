// SPDX-License-Identifier: MIT
#pragma once

#include "matching/statementcluster.h"
#include "timelinewidget.h"

#include <QDockWidget>
#include <QTimer>

namespace Crossread {

class ProjectStore;

/// The timeline of the project (core/analysis/timeline.h) in a scrollable TimelineWidget,
/// rebuilt when documents or claims change (once per event-loop turn). A click on a claim's
/// dot asks the main window to open that outlet's rendering; on a document, to open the document.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDock)

public:
    explicit TimelineDock(ProjectStore* store, QWidget* parent = nullptr);
    ~TimelineDock() override;

    TimelineWidget* timeline() const { return m_timeline; }
    /// Rebuilds the timeline from the store now.
    void refresh();
    /// What the widget is given for the project (also for tests).
    static TimelineInput inputFor(const ProjectStore& store);

Q_SIGNALS:
    void revealRequested(const QList<Crossread::PassageLocation>& passages);
    void documentActivated(Crossread::DocumentId document);

private:
    ProjectStore* m_store;
    TimelineWidget* m_timeline;
    QTimer m_timer;
};

} // namespace Crossread
