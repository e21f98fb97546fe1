// SPDX-License-Identifier: MIT
// On the shared corpus: claim records for the Gerasimov, Zakharova and Putin statements built from
// the statement clusters, then the coverage matrix and the timeline over them.
#include "storetestutil.h"

#include "analysis/claimbuilder.h"
#include "analysis/coveragematrix.h"
#include "analysis/timeline.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QDir>
#include <QSet>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class CorpusClaims : public StoreTest
{
protected:
    void SetUp() override
    {
        CROSSREAD_REQUIRE_CORPUS();
        StoreTest::SetUp();
        QStringList files;
        for (const QString& name : QDir(corpusDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            files.append(QDir(corpusDir()).filePath(name));
        ASSERT_EQ(files.size(), 5);
        for (const ImportResult& r : Importer::importFiles(*m_store, files))
            ASSERT_EQ(r.status, ImportResult::Status::Imported) << r.reason.toStdString();
        for (const StatementCluster& c : ClaimBuilder::projectClusters(*m_store)) {
            for (const char* speaker : {"Gerasimov", "Zakharova", "Putin"}) {
                if (c.speaker.contains(QLatin1String(speaker)))
                    m_clusters[QLatin1String(speaker)].append(c);
            }
        }
    }
    QHash<QString, QList<StatementCluster>> m_clusters;
};

TEST_F(CorpusClaims, ClustersBecomeClaimRecordsAcrossOutlets)
{
    for (const QString& speaker : {u"Gerasimov"_s, u"Zakharova"_s, u"Putin"_s}) {
        ASSERT_FALSE(m_clusters.value(speaker).isEmpty()) << speaker.toStdString();
        for (const StatementCluster& cluster : m_clusters.value(speaker)) {
            const ClaimId id = ClaimBuilder::fromCluster(*m_store, cluster);
            ASSERT_NE(id, 0) << m_store->lastError().message.toStdString();
            EXPECT_TRUE(m_store->undoStack()->undoText().startsWith(u"Claim from statement “"_s));
            const ClaimRecord c = *m_store->claim(id);
            QSet<DocumentId> clusterDocs, anchorDocs;
            for (const ClusterMember& m : cluster.members)
                clusterDocs.insert(m.document);
            for (const ClaimAnchor& a : c.anchors)
                anchorDocs.insert(a.document);
            EXPECT_EQ(anchorDocs, clusterDocs) << speaker.toStdString();
            EXPECT_GE(anchorDocs.size(), 2);
            ASSERT_NE(c.speaker, 0);
            EXPECT_TRUE(m_store->entity(c.speaker)->name.contains(speaker));
            // Building it again extends nothing, makes no second claim and no undo step.
            const int steps = m_store->undoStack()->count();
            EXPECT_EQ(ClaimBuilder::fromCluster(*m_store, cluster), id);
            EXPECT_EQ(m_store->undoStack()->count(), steps);
        }
    }
    const int claims = int(m_store->claims().size());
    EXPECT_GE(claims, 3);
    // Everything built is undoable, down to the imports.
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    EXPECT_TRUE(m_store->claims().isEmpty());
    EXPECT_TRUE(m_store->allAnnotations().isEmpty());
}

TEST_F(CorpusClaims, MatrixAndTimelineOverTheClaims)
{
    QList<ClaimId> ids;
    for (const QString& speaker : {u"Gerasimov"_s, u"Zakharova"_s, u"Putin"_s}) {
        for (const StatementCluster& cluster : m_clusters.value(speaker))
            ids.append(ClaimBuilder::fromCluster(*m_store, cluster));
    }
    ASSERT_FALSE(ids.contains(0));
    const CoverageMatrix m = CoverageMatrix::build(*m_store);
    EXPECT_EQ(m.columnCount(), 5); // five outlets (or titles where the outlet is unknown)
    int omissions = 0;
    for (const CoverageRow& row : m.rows) {
        if (row.kind != CoverageRow::Kind::Claim)
            continue;
        const ClaimRecord c = *m_store->claim(row.claim);
        QSet<DocumentId> docs;
        for (const ClaimAnchor& a : c.anchors)
            docs.insert(a.document);
        EXPECT_EQ(row.carriedCount(), docs.size());
        for (const CoverageCell& cell : row.cells) {
            if (!cell.carried) {
                ++omissions;
                EXPECT_TRUE(cell.anchors.isEmpty());
                continue;
            }
            EXPECT_TRUE(docs.contains(cell.document));
            const QString text = m_store->documentText(cell.document);
            EXPECT_LE(cell.end, text.size());
            EXPECT_FALSE(prominenceName(cell.prominence).isEmpty());
        }
    }
    EXPECT_GT(omissions, 0);
    QSet<QString> speakers;
    for (const CoverageRow& row : m.rows) {
        if (row.kind == CoverageRow::Kind::Speaker)
            speakers.insert(row.label);
    }
    EXPECT_GE(speakers.size(), 3);

    const Timeline t = Timeline::build(*m_store);
    EXPECT_EQ(t.claims.size(), ids.size());
    for (const ClaimTimeline& ct : t.claims) {
        QDate earliest;
        // The record must outlive the loop: iterating a member of the temporary optional
        // would read freed memory (ASan found it).
        const std::optional<ClaimRecord> record = m_store->claim(ct.claim);
        ASSERT_TRUE(record);
        for (const ClaimAnchor& a : record->anchors) {
            const QDate d = m_store->document(a.document)->meta.published;
            if (d.isValid() && (!earliest.isValid() || d < earliest))
                earliest = d;
        }
        if (earliest.isValid()) {
            ASSERT_TRUE(ct.first());
            EXPECT_EQ(ct.first()->published, earliest);
            for (const TimelineAppearance& f : ct.followers())
                EXPECT_GE(f.daysAfterFirst, 0);
        } else {
            EXPECT_EQ(ct.first(), nullptr);
        }
    }
    EXPECT_FALSE(m.toCsv().isEmpty());
}

} // namespace
