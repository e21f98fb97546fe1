// SPDX-License-Identifier: MIT
// ClusterJob off the UI thread: progress, incremental matching after an import equal to a run
// from scratch, cancellation; and crossread-cli clusters right after crossread-cli import.
#include "corpusfixture.h"

#include "cli/cli.h"
#include "matching/clusterjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThreadPool>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class ClusterJobTest : public CorpusFixture
{
protected:
    void SetUp() override
    {
        CROSSREAD_REQUIRE_CORPUS();
        importCorpus();
    }
};

QStringList summary(const QList<StatementCluster>& clusters)
{
    QStringList out;
    for (const StatementCluster& c : clusters) {
        QStringList members;
        for (const ClusterMember& m : c.members)
            members.append(QStringLiteral("%1:%2-%3").arg(m.document).arg(m.start).arg(m.end));
        members.sort();
        out.append(members.join(QLatin1Char(' ')));
    }
    out.sort();
    return out;
}

} // namespace

TEST_F(ClusterJobTest, RunsInTheBackgroundWithProgress)
{
    ClusterJob job;
    QSignalSpy progress(&job, &ClusterJob::progress);
    QSignalSpy finished(&job, &ClusterJob::finished);
    job.run(store);
    EXPECT_TRUE(job.isRunning() || finished.count() == 0);
    job.waitForFinished();
    QCoreApplication::processEvents();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_GE(progress.count(), 1);
    EXPECT_EQ(summary(job.clusters()), summary(QuoteMatcher::cluster(matchDocumentsOf(store))));
    EXPECT_GE(job.clusters().size(), 3);
}

TEST_F(ClusterJobTest, IncrementalAfterImportEqualsFromScratch)
{
    QList<DocumentId> ids;
    for (const Document& d : store.documents())
        ids.append(d.id);
    ASSERT_GE(ids.size(), 5);
    const QStringList fromScratch = summary(QuoteMatcher::cluster(matchDocumentsOf(store)));
    ASSERT_GE(fromScratch.size(), 3);

    // Imports in several shapes: the newest article first, one at a time in reverse order, and
    // a split that puts related articles in different imports. Each must end where one run does.
    const QList<QList<QList<DocumentId>>> sequences = {
        {ids.mid(0, 3), ids.mid(3)},
        {ids.mid(3), ids.mid(0, 3)},
        {{ids[4]}, {ids[3]}, {ids[2]}, {ids[1]}, {ids[0]}},
        {{ids[0], ids[2], ids[4]}, {ids[1], ids[3]}},
    };
    for (const auto& sequence : sequences) {
        ClusterJob job;
        for (const QList<DocumentId>& batch : sequence) {
            job.addDocuments(store, batch);
            job.waitForFinished();
        }
        EXPECT_EQ(summary(job.clusters()), fromScratch);
    }
}

TEST_F(ClusterJobTest, WaitingAfterTheRunEndedStillTakesItsResult)
{
    // The worker ends before anyone waits, and no event loop runs to deliver its signal.
    const QStringList fromScratch = summary(QuoteMatcher::cluster(matchDocumentsOf(store)));
    ClusterJob job;
    job.run(store);
    QThreadPool::globalInstance()->waitForDone();
    job.waitForFinished();
    EXPECT_EQ(summary(job.clusters()), fromScratch);
}

TEST_F(ClusterJobTest, CancelledRunReportsCancelAndNextImportRunsInFull)
{
    ClusterJob job;
    QSignalSpy cancelled(&job, &ClusterJob::cancelled);
    QSignalSpy finished(&job, &ClusterJob::finished);
    job.run(store);
    job.cancel();
    job.waitForFinished();
    QCoreApplication::processEvents();
    EXPECT_EQ(cancelled.count() + finished.count(), 1); // it may have finished before the cancel
    if (cancelled.count() == 1) {
        job.addDocuments(store, {store.documents().first().id});
        job.waitForFinished();
        EXPECT_EQ(summary(job.clusters()), summary(QuoteMatcher::cluster(matchDocumentsOf(store))));
    }
}

TEST(ClustersCli, WorksRightAfterImport)
{
    CROSSREAD_REQUIRE_CORPUS();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.crossread"));
    QString out, err;
    QTextStream o(&out), e(&err);
    ASSERT_EQ(Cli::run({QStringLiteral("new"), project}, o, e), Cli::Ok) << err.toStdString();
    ASSERT_EQ(Cli::run({QStringLiteral("import"), project, corpusDir()}, o, e), Cli::Ok) << err.toStdString();
    out.clear();
    ASSERT_EQ(Cli::run({QStringLiteral("clusters"), project, QStringLiteral("--json")}, o, e), Cli::Ok) << err.toStdString();
    o.flush();
    const QJsonArray clusters = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_GE(clusters.size(), 3) << out.toStdString();
    bool zakharova = false;
    for (const QJsonValue& c : clusters) {
        const QJsonArray members = c[QLatin1String("members")].toArray();
        ASSERT_GE(members.size(), 2);
        for (const QJsonValue& m : members) {
            EXPECT_LT(m[QLatin1String("start")].toInteger(), m[QLatin1String("end")].toInteger());
            EXPECT_FALSE(m[QLatin1String("text")].toString().isEmpty());
        }
        zakharova = zakharova || (c[QLatin1String("speaker")].toString().contains(QLatin1String("Zakharova"))
                                  && members.first()[QLatin1String("text")].toString().contains(QLatin1String("never forget")));
    }
    EXPECT_TRUE(zakharova);
    EXPECT_EQ(Cli::run({QStringLiteral("clusters")}, o, e), Cli::Usage);
    EXPECT_EQ(Cli::run({QStringLiteral("clusters"), dir.filePath(QStringLiteral("missing.crossread"))}, o, e), Cli::Failed);
}
