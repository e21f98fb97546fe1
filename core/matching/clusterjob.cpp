// SPDX-License-Identifier: MIT
#include "clusterjob.h"

#include "store/projectstore.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Crossread {

QList<MatchDocument> matchDocumentsOf(const ProjectStore& store, const QList<DocumentId>& ids)
{
    QList<MatchDocument> out;
    for (const Document& d : store.documents()) {
        if (!ids.isEmpty() && !ids.contains(d.id))
            continue;
        out.append({d.id, store.documentText(d.id), d.meta.published, d.meta.outlet, d.meta.title});
    }
    return out;
}

ClusterJob::ClusterJob(QObject* parent)
    : QObject(parent), m_matcher(std::make_shared<QuoteMatcher>()), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<QList<StatementCluster>>::finished, this, &ClusterJob::onFinished);
}

ClusterJob::~ClusterJob()
{
    m_queue.clear();
    cancel();
    m_watcher.waitForFinished();
}

void ClusterJob::run(const ProjectStore& store)
{
    start({true, matchDocumentsOf(store)});
}

void ClusterJob::addDocuments(const ProjectStore& store, const QList<DocumentId>& ids)
{
    if (ids.isEmpty())
        return;
    if (m_needsFullRun) {
        run(store); // a cancelled run left no usable index
        return;
    }
    start({false, matchDocumentsOf(store, ids)});
}

void ClusterJob::reset()
{
    cancel();
    m_watcher.waitForFinished();
    m_queue.clear();
    m_matcher = std::make_shared<QuoteMatcher>();
    m_clusters.clear();
    m_needsFullRun = false;
}

void ClusterJob::cancel()
{
    m_cancel->store(true);
}

bool ClusterJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ClusterJob::waitForFinished()
{
    // Queued requests start from onFinished(), which runs on this thread: drain them here. A run
    // that already ended has not necessarily been taken in yet (the watcher's signal waits for
    // the event loop), so onFinished() runs at least once.
    do {
        m_watcher.waitForFinished();
        onFinished();
    } while (m_watcher.isRunning() || !m_queue.isEmpty());
}

void ClusterJob::start(Request request)
{
    if (m_watcher.isRunning()) {
        m_queue.append(std::move(request));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_needsFullRun = false;
    // The worker holds its own references, so it outlives a reset() on this thread safely.
    std::shared_ptr<QuoteMatcher> matcher = request.fromScratch ? std::make_shared<QuoteMatcher>() : m_matcher;
    m_matcher = matcher;
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    QPointer<ClusterJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([matcher, flag, self, docs = std::move(request.documents)]() {
        const bool complete = matcher->addDocuments(docs, [self](int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                }, Qt::QueuedConnection);
        }, flag.get());
        if (!complete)
            return QList<StatementCluster>(); // the matcher cleared itself: the next run() starts afresh
        return matcher->clusters();
    }));
}

void ClusterJob::onFinished()
{
    if (m_watcher.isRunning())
        return;
    const QFuture<QList<StatementCluster>> future = m_watcher.future();
    if (future.isValid() && future.isResultReadyAt(0)) {
        if (m_cancel->load()) {
            m_needsFullRun = true;
            m_queue.removeIf([](const Request& r) { return !r.fromScratch; });
            m_watcher.setFuture(QFuture<QList<StatementCluster>>());
            Q_EMIT cancelled();
        } else {
            m_clusters = future.result();
            m_watcher.setFuture(QFuture<QList<StatementCluster>>());
            Q_EMIT finished(m_clusters);
        }
    }
    if (!m_queue.isEmpty())
        start(m_queue.takeFirst());
}

} // namespace Crossread
