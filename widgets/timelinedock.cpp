// SPDX-License-Identifier: MIT
#include "timelinedock.h"

#include "analysis/timeline.h"
#include "store/projectstore.h"
#include "verdictcolor.h"

#include <QScrollArea>

namespace Crossread {

TimelineDock::TimelineDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_store(store)
    , m_timeline(new TimelineWidget)
{
    setObjectName(QStringLiteral("TimelineDock"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setAccessibleName(tr("Timeline of claims by outlet"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    setWidget(scroll);

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TimelineDock::refresh);
    const auto schedule = [this] { m_timer.start(); };
    for (auto signal : {&ProjectStore::claimAdded, &ProjectStore::claimRemoved, &ProjectStore::claimChanged,
                        &ProjectStore::documentAdded, &ProjectStore::documentRemoved, &ProjectStore::documentChanged})
        connect(m_store, signal, this, schedule);
    for (auto signal : {&ProjectStore::annotationAdded, &ProjectStore::annotationRemoved})
        connect(m_store, signal, this, schedule);
    connect(m_store, &ProjectStore::settingsChanged, this, schedule);
    connect(m_store, &ProjectStore::projectOpened, this, &TimelineDock::refresh);
    connect(m_store, &ProjectStore::projectClosed, this, &TimelineDock::refresh);

    connect(m_timeline, &TimelineWidget::appearanceActivated, this,
            [this](qint64, const TimelineInput::Appearance& a) {
                Q_EMIT revealRequested({PassageLocation{a.document, a.start, a.end}});
            });
    connect(m_timeline, &TimelineWidget::documentActivated, this, &TimelineDock::documentActivated);
    refresh();
}

TimelineDock::~TimelineDock() = default;

void TimelineDock::refresh()
{
    m_timer.stop();
    m_timeline->setInput(m_store->isOpen() ? inputFor(*m_store) : TimelineInput());
}

TimelineInput TimelineDock::inputFor(const ProjectStore& store)
{
    const Timeline timeline = Timeline::build(store);
    const QStringList scale = store.ratingScale();
    TimelineInput input;
    for (const auto* list : {&timeline.documents, &timeline.undatedDocuments}) {
        for (const Timeline::Entry& e : *list)
            input.documents.append({e.document, e.outlet, e.title, e.published});
    }
    for (const ClaimTimeline& ct : timeline.claims) {
        TimelineInput::Claim claim{ct.claim, ct.label, verdictColor(scale, ct.verdict), {}};
        // The timeline names documents; the passage to open is the claim's anchor in each.
        const std::optional<ClaimRecord> record = store.claim(ct.claim);
        for (const TimelineAppearance& a : ct.appearances) {
            TimelineInput::Appearance appearance{a.document, 0, 0, 0};
            if (record) {
                for (const ClaimAnchor& anchor : record->anchors) {
                    if (anchor.document == a.document) {
                        appearance = {anchor.document, anchor.annotation, anchor.start, anchor.end};
                        break;
                    }
                }
            }
            claim.appearances.append(appearance);
        }
        input.claims.append(claim);
    }
    return input;
}

} // namespace Crossread
