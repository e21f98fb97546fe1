// SPDX-License-Identifier: MIT
// ProjectStore::addRevision: chains, copies of re-anchored annotations, claims, audit, undo.
#include "storetestutil.h"

#include "analysis/revisionimport.h"

#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

/// The stored state without SQLite's id counter and parked anchors (bookkeeping, not content).
QString projectState(const QString& path)
{
    QStringList kept;
    bool skip = false;
    for (const QString& line : dumpTables(path).split(u'\n')) {
        if (line.startsWith(u"== "_s))
            skip = line == u"== sqlite_sequence"_s || line == u"== claim_anchors_parked"_s;
        if (!skip)
            kept.append(line);
    }
    return kept.join(u'\n');
}

const QString kOldVersion = u"Kursk region declared liberated after months of fighting\n"
                     u"Gerasimov said that the Kursk region had been fully liberated from Ukrainian forces on Saturday.\n"
                     u"Putin thanked the Korean heroes and representatives of the honour of the DPRK for their service.\n"
                     u"Analysts said the figures could not be verified independently by anyone outside the region.\n"
                     u"Residents of the Kursk region told reporters the shelling had stopped.\n"_s;
const QString kNewVersion = u"Kursk region declared liberated after months of fighting\n"
                     u"Kyiv denied this and said fighting continued near the border on Sunday and Monday.\n"
                     u"Gerasimov said that the Kursk region had been fully liberated from Ukrainian forces on Saturday.\n"
                     u"Putin thanked the Korean heroes and the representatives of the honor of the DPRK for their service.\n"_s;

class Revisions : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_doc = addDocument(kOldVersion, u"Kursk"_s);
        DocumentMetadata meta = m_store->document(m_doc)->meta;
        meta.outlet = u"Outlet A"_s;
        meta.url = u"https://example.org/kursk"_s;
        ASSERT_TRUE(m_store->setDocumentMetadata(m_doc, meta));
        m_gerasimov = annotate(u"Gerasimov said that the Kursk region had been fully liberated"_s);
        m_putin = annotate(u"the Korean heroes and representatives of the honour of the DPRK"_s);
        m_figures = annotate(u"the figures could not be verified independently"_s);
        m_residents = annotate(u"the Kursk region"_s, 1);
        ASSERT_TRUE(m_store->setAnnotationNote(m_putin, u"check the translation"_s));
        m_other = addDocument(u"Putin praised the Korean heroes and representatives of the honour of the DPRK."_s);
        const qint64 at = m_store->documentText(m_other).indexOf(u"the Korean"_s);
        const AnnotationId there = m_store->addAnnotation(m_other, at, at + 40, {claim()});
        m_claim = m_store->createClaim({m_putin, there});
        ASSERT_NE(m_claim, 0);
    }
    AnnotationId annotate(const QString& quote, int occurrence = 0)
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = kOldVersion.indexOf(quote, at + 1);
        const AnnotationId id = m_store->addAnnotation(m_doc, at, at + quote.size(), {claim()});
        EXPECT_NE(id, 0);
        return id;
    }
    Document newVersion() const
    {
        Document d;
        d.meta.title = u"Kursk (updated)"_s;
        d.text = kNewVersion;
        return d;
    }
    static const ReanchorEntry* entryFor(const RevisionAudit& audit, AnnotationId old)
    {
        for (const ReanchorEntry& e : audit.entries) {
            if (e.oldAnnotation == old)
                return &e;
        }
        return nullptr;
    }

    DocumentId m_doc = 0, m_other = 0;
    AnnotationId m_gerasimov = 0, m_putin = 0, m_figures = 0, m_residents = 0;
    ClaimId m_claim = 0;
};

TEST_F(Revisions, EveryDocumentStartsAsItsOwnFirstRevision)
{
    const std::optional<RevisionInfo> info = m_store->revisionInfo(m_doc);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->number, 1);
    EXPECT_EQ(info->root, m_doc);
    EXPECT_EQ(info->revisionOf, 0);
    EXPECT_EQ(m_store->revisionChain(m_doc), QList<DocumentId>{m_doc});
    EXPECT_FALSE(m_store->revisionInfo(9999));
}

TEST_F(Revisions, NewRevisionReanchorsEveryAnnotationAndNothingSilently)
{
    QSignalSpy added(m_store.get(), &ProjectStore::revisionAdded);
    RevisionAudit audit;
    const DocumentId rev = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8(), &audit);
    ASSERT_NE(rev, 0) << m_store->lastError().message.toStdString();
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(m_store->revisionChain(m_doc), (QList<DocumentId>{m_doc, rev}));
    EXPECT_EQ(m_store->revisionInfo(rev)->number, 2);
    EXPECT_EQ(m_store->revisionInfo(m_doc)->newer, rev);
    EXPECT_EQ(m_store->latestRevision(m_doc), rev);

    ASSERT_EQ(audit.entries.size(), 4); // one per annotation of the old revision
    EXPECT_EQ(entryFor(audit, m_gerasimov)->status, ReanchorStatus::Moved);
    EXPECT_EQ(entryFor(audit, m_putin)->status, ReanchorStatus::Reworded);
    EXPECT_EQ(entryFor(audit, m_figures)->status, ReanchorStatus::Orphaned);
    const ReanchorEntry* residents = entryFor(audit, m_residents);
    EXPECT_TRUE(residents->status == ReanchorStatus::Ambiguous || residents->status == ReanchorStatus::Orphaned);
    EXPECT_EQ(residents->newAnnotation, 0);

    // Copies in the new revision: two attached, nothing for the orphan and the ambiguous one.
    const QList<Annotation> copies = m_store->annotations(rev);
    ASSERT_EQ(copies.size(), 2);
    const Annotation putin = *m_store->annotation(entryFor(audit, m_putin)->newAnnotation);
    EXPECT_EQ(putin.document, rev);
    EXPECT_TRUE(putin.quote.contains(u"honor"_s));
    EXPECT_EQ(putin.note, u"check the translation"_s);
    EXPECT_EQ(putin.tags, QList<TagId>{claim()});
    EXPECT_FALSE(putin.orphaned);
    // The claim now also anchors the new rendering.
    EXPECT_EQ(m_store->claimOfAnnotation(putin.id), m_claim);
    EXPECT_EQ(m_store->claim(m_claim)->anchors.size(), 3);
    // The old revision is untouched.
    EXPECT_EQ(m_store->annotations(m_doc).size(), 4);
}

TEST_F(Revisions, TheAuditIsStoredAndSurvivesReopening)
{
    RevisionAudit audit;
    const DocumentId rev = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8(), &audit);
    ASSERT_NE(rev, 0);
    const QString path = m_store->path();
    m_store->close();
    ProjectStore reopened;
    ASSERT_TRUE(reopened.open(path));
    const RevisionAudit stored = reopened.revisionAudit(rev);
    EXPECT_EQ(stored.previous, m_doc);
    EXPECT_EQ(stored.entries, audit.entries);
    EXPECT_TRUE(reopened.revisionAudit(m_doc).entries.isEmpty());
    EXPECT_EQ(reopened.undoStack()->undoText(), u"Import a new revision of “Kursk (updated)”"_s);
    reopened.undoStack()->undo();
    EXPECT_FALSE(reopened.document(rev));
    EXPECT_TRUE(reopened.revisionAudit(rev).entries.isEmpty());
}

TEST_F(Revisions, UndoRemovesTheRevisionAndRedoRestoresTheSameState)
{
    const QString before = projectState(m_store->path());
    const DocumentId rev = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8());
    ASSERT_NE(rev, 0);
    const QString after = projectState(m_store->path());
    m_store->undoStack()->undo();
    EXPECT_EQ(projectState(m_store->path()), before);
    EXPECT_EQ(m_store->claim(m_claim)->anchors.size(), 2);
    EXPECT_EQ(m_store->latestRevision(m_doc), m_doc);
    m_store->undoStack()->redo();
    EXPECT_EQ(projectState(m_store->path()), after);
    EXPECT_EQ(m_store->claim(m_claim)->anchors.size(), 3);
}

TEST_F(Revisions, AThirdRevisionFollowsTheLatestEvenWhenAskedForTheFirst)
{
    const DocumentId second = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8());
    Document third = newVersion();
    third.text = kNewVersion + u"Correction: an earlier version misstated the date.\n"_s;
    RevisionAudit audit;
    const DocumentId rev3 = m_store->addRevision(m_doc, third, third.text.toUtf8(), &audit);
    ASSERT_NE(rev3, 0);
    EXPECT_EQ(audit.previous, second);
    EXPECT_EQ(m_store->revisionInfo(rev3)->number, 3);
    EXPECT_EQ(m_store->revisionChain(second), (QList<DocumentId>{m_doc, second, rev3}));
    // Annotations re-anchored from revision 2: its two copies, both unchanged.
    ASSERT_EQ(audit.entries.size(), 2);
    EXPECT_EQ(audit.count(ReanchorStatus::Exact), 2);
}

TEST_F(Revisions, RemovingTheOldRevisionBreaksTheChainAndUndoRestoresIt)
{
    const DocumentId rev = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8());
    ASSERT_TRUE(m_store->removeDocument(m_doc));
    EXPECT_EQ(m_store->revisionInfo(rev)->number, 1);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->revisionInfo(rev)->number, 2);
    EXPECT_EQ(m_store->revisionInfo(rev)->revisionOf, m_doc);
}

TEST_F(Revisions, ANewDocumentArrivingWithARemovedRevisionsImportTimeJoinsNoChain)
{
    const DocumentId rev = m_store->addRevision(m_doc, newVersion(), kNewVersion.toUtf8());
    const QDateTime importedAt = m_store->document(rev)->importedAt;
    ASSERT_TRUE(m_store->removeDocument(rev));
    // Imported in the same millisecond (forced here): SQLite would hand it the freed id.
    Document d;
    d.meta.title = u"Unrelated"_s;
    d.text = u"Another article entirely."_s;
    d.importedAt = importedAt;
    const DocumentId added = m_store->addDocument(d, d.text.toUtf8());
    ASSERT_NE(added, 0);
    EXPECT_NE(added, rev);
    EXPECT_EQ(m_store->revisionChain(m_doc), QList<DocumentId>{m_doc});
    EXPECT_EQ(m_store->revisionInfo(added)->revisionOf, 0);
    m_store->undoStack()->undo(); // the addition
    m_store->undoStack()->undo(); // the removal: the revision is back in its chain
    EXPECT_EQ(m_store->revisionChain(m_doc), (QList<DocumentId>{m_doc, rev}));
}

TEST_F(Revisions, RevisionImportTakesMissingMetadataAndRefusesIdenticalFiles)
{
    PreparedDocument prepared;
    prepared.document = newVersion();
    prepared.document.meta.title.clear();
    prepared.original = kNewVersion.toUtf8();
    QString error;
    RevisionAudit audit;
    const DocumentId rev = RevisionImport::addPrepared(*m_store, m_doc, prepared, &audit, &error);
    ASSERT_NE(rev, 0) << error.toStdString();
    const Document doc = *m_store->document(rev);
    EXPECT_EQ(doc.meta.outlet, u"Outlet A"_s);
    EXPECT_EQ(doc.meta.title, u"Kursk"_s);
    EXPECT_EQ(RevisionImport::addPrepared(*m_store, m_doc, prepared, &audit, &error), 0);
    EXPECT_FALSE(error.isEmpty());
    // Same URL, other bytes: proposed as a revision of the chain's latest.
    Document candidate;
    candidate.meta.url = u"http://www.example.org/kursk/"_s;
    candidate.sha256 = QByteArray(32, 'x');
    EXPECT_EQ(RevisionImport::candidateFor(*m_store, candidate), rev);
    candidate.meta.url = u"https://example.org/other"_s;
    EXPECT_EQ(RevisionImport::candidateFor(*m_store, candidate), 0);
}

TEST_F(Revisions, UnknownDocumentIsRefused)
{
    EXPECT_EQ(m_store->addRevision(4242, newVersion(), {}), 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
}

} // namespace
