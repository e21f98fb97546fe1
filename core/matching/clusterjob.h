// SPDX-License-Identifier: MIT
#pragma once

#include "quotematcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QMutex>
#include <memory>

namespace Crossread {

class ProjectStore;

/// Runs quote matching off the UI thread. The first run() clusters every document of the
/// store; after an import, addDocuments() tokenizes just the new documents and matches again
/// with the words kept from before, ending with the clusters a run from scratch would give. Texts are copied on the calling thread, so the worker never touches the
/// store. Starting while a run is under way queues the request (one run at a time).
class ClusterJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterJob)

public:
    explicit ClusterJob(QObject* parent = nullptr);
    ~ClusterJob() override; // cancels and waits

    /// Clusters all of `store`'s documents from scratch.
    void run(const ProjectStore& store);
    /// Adds these documents of `store` to those matched before (incremental, after an import).
    void addDocuments(const ProjectStore& store, const QList<DocumentId>& ids);
    /// Forgets everything; the next run() starts from scratch.
    void reset();
    void cancel();
    bool isRunning() const;
    /// Blocks until the current run ended (tests, shutdown).
    void waitForFinished();

    QList<StatementCluster> clusters() const { return m_clusters; }

Q_SIGNALS:
    void progress(int done, int total);
    /// A run ended; `clusters` is the whole current set.
    void finished(const QList<Crossread::StatementCluster>& clusters);
    void cancelled();

private:
    struct Request
    {
        bool fromScratch = false;
        QList<MatchDocument> documents;
    };
    void start(Request request);
    void onFinished();

    std::shared_ptr<QuoteMatcher> m_matcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<StatementCluster>> m_watcher;
    QList<Request> m_queue;
    QList<StatementCluster> m_clusters;
    bool m_needsFullRun = false;
};

/// Copies of the stored texts of `ids` (all documents when empty), as the matcher wants them.
QList<MatchDocument> matchDocumentsOf(const ProjectStore& store, const QList<DocumentId>& ids = {});

} // namespace Crossread
