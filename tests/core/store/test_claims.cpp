// SPDX-License-Identifier: MIT
// Claim records: anchors across documents, one shared verdict, undo/redo, persistence, migration.
#include "storetestutil.h"

#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

/// The stored state without SQLite's id counter and parked anchors (bookkeeping, not content).
QString state(const QString& path)
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

class Claims : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_a = addDocument(u"Gerasimov said the Kursk region was liberated. Nothing else happened."_s, u"Outlet A"_s);
        m_b = addDocument(u"According to TASS, the Kursk region was liberated, Gerasimov said."_s, u"Outlet B"_s);
        const QString phrase = u"the Kursk region was liberated"_s;
        const qint64 a = m_store->documentText(m_a).indexOf(phrase);
        const qint64 b = m_store->documentText(m_b).indexOf(phrase);
        m_annA = m_store->addAnnotation(m_a, a, a + phrase.size(), {claim()});
        m_annB = m_store->addAnnotation(m_b, b, b + phrase.size() - 10, {claim()}); // "…region was"
        ASSERT_NE(m_annA, 0);
        ASSERT_NE(m_annB, 0);
    }
    DocumentId m_a = 0, m_b = 0;
    AnnotationId m_annA = 0, m_annB = 0;
};

TEST_F(Claims, CreateAnchorsEveryDocumentWithOneTitle)
{
    QSignalSpy added(m_store.get(), &ProjectStore::claimAdded);
    const ClaimId id = m_store->createClaim({m_annA, m_annB});
    ASSERT_NE(id, 0) << m_store->lastError().message.toStdString();
    EXPECT_EQ(added.count(), 1);
    const std::optional<ClaimRecord> c = m_store->claim(id);
    ASSERT_TRUE(c);
    ASSERT_EQ(c->anchors.size(), 2);
    EXPECT_EQ(c->anchors[0].document, m_a);
    EXPECT_EQ(c->anchors[1].document, m_b);
    // Each anchor keeps its own rendering.
    EXPECT_EQ(c->anchors[0].quote, u"the Kursk region was liberated"_s);
    EXPECT_EQ(c->anchors[1].quote, u"the Kursk region was"_s);
    EXPECT_EQ(c->title, c->anchors[0].quote.simplified());
    EXPECT_EQ(m_store->claimOfAnnotation(m_annA), id);
    EXPECT_EQ(m_store->claimOfAnnotation(m_annB), id);
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Create claim “the Kursk region was…”"_s);
}

TEST_F(Claims, CreateRefusesEmptyListAndAnnotationsOfAnotherClaim)
{
    EXPECT_EQ(m_store->createClaim({}), 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(m_store->createClaim({9999}), 0);
    ASSERT_NE(m_store->createClaim({m_annA}), 0);
    EXPECT_EQ(m_store->createClaim({m_annB, m_annA}), 0);
    EXPECT_EQ(m_store->claims().size(), 1);
}

TEST_F(Claims, VerdictRationaleAndEvidenceAreSharedByEveryAnchor)
{
    ASSERT_TRUE(m_store->setVerdict(m_annB, u"False"_s));
    const ClaimId id = m_store->createClaim({m_annA, m_annB}, u"Kursk liberated"_s);
    // Starts from the verdict an anchor already had.
    EXPECT_EQ(m_store->claim(id)->verdict, u"false"_s); // stored by key (issue #23)
    ASSERT_TRUE(m_store->setClaimVerdict(id, u"mostly true"_s));
    EXPECT_EQ(m_store->claim(id)->verdict, u"mostly-true"_s);
    EXPECT_FALSE(m_store->setClaimVerdict(id, u"Banana"_s));
    ASSERT_TRUE(m_store->setClaimRationale(id, u"Checked"_s));
    ASSERT_TRUE(m_store->addClaimEvidence(id, {0, u" https://example.org/a "_s, u"Source"_s, {}}));
    const ClaimRecord c = *m_store->claim(id);
    ASSERT_EQ(c.evidence.size(), 1);
    EXPECT_EQ(c.evidence[0].url, u"https://example.org/a"_s);
    EXPECT_NE(c.evidence[0].id, 0);
    // The same record answers for both anchors.
    EXPECT_EQ(m_store->claim(m_store->claimOfAnnotation(m_annA))->verdict, u"mostly-true"_s);
    EXPECT_EQ(m_store->claim(m_store->claimOfAnnotation(m_annB))->rationale, u"Checked"_s);
    EXPECT_TRUE(m_store->removeClaimEvidence(id, c.evidence[0].id));
    EXPECT_TRUE(m_store->claim(id)->evidence.isEmpty());
}

TEST_F(Claims, EveryEditUndoesAndRedoesToTheSameState)
{
    const QString empty = state(m_store->path());
    const ClaimId id = m_store->createClaim({m_annA});
    QStringList states{state(m_store->path())};
    ASSERT_TRUE(m_store->addClaimAnchor(id, m_annB));
    states << state(m_store->path());
    ASSERT_TRUE(m_store->setClaimTitle(id, u"Kursk"_s));
    states << state(m_store->path());
    ASSERT_TRUE(m_store->setClaimVerdict(id, u"False"_s));
    states << state(m_store->path());
    const EntityId gerasimov = m_store->ensureEntity(u"Valery Gerasimov"_s);
    states << state(m_store->path());
    ASSERT_TRUE(m_store->setClaimSpeaker(id, gerasimov));
    states << state(m_store->path());
    ASSERT_TRUE(m_store->addClaimEvidence(id, {0, u"https://example.org"_s, {}, {}}));
    states << state(m_store->path());
    ASSERT_TRUE(m_store->removeClaimAnchor(id, m_annA));
    states << state(m_store->path());
    ASSERT_TRUE(m_store->removeClaim(id));
    const QString last = state(m_store->path());
    QUndoStack* stack = m_store->undoStack();
    for (qsizetype i = states.size() - 1; i >= 0; --i) {
        stack->undo();
        EXPECT_EQ(state(m_store->path()), states[i]) << "after undoing to state " << i;
    }
    stack->undo();
    EXPECT_EQ(state(m_store->path()), empty);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(state(m_store->path()), last);
}

TEST_F(Claims, UndoTextsAreReadable)
{
    const ClaimId id = m_store->createClaim({m_annA}, u"Kursk region liberated"_s);
    ASSERT_TRUE(m_store->setClaimVerdict(id, u"False"_s));
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Verdict 'False' on claim “Kursk region liberated”"_s);
    ASSERT_TRUE(m_store->addClaimAnchor(id, m_annB));
    EXPECT_TRUE(m_store->undoStack()->undoText().startsWith(u"Add “"_s));
    ASSERT_TRUE(m_store->removeClaim(id));
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Remove claim “Kursk region liberated”"_s);
}

TEST_F(Claims, RationaleTypingMergesPerClaim)
{
    const ClaimId id = m_store->createClaim({m_annA});
    const ClaimId other = m_store->createClaim({m_annB});
    const int base = m_store->undoStack()->count();
    ASSERT_TRUE(m_store->setClaimRationale(id, u"C"_s));
    ASSERT_TRUE(m_store->setClaimRationale(id, u"Ch"_s));
    ASSERT_TRUE(m_store->setClaimRationale(id, u"Che"_s));
    EXPECT_EQ(m_store->undoStack()->count(), base + 1);
    ASSERT_TRUE(m_store->setClaimRationale(other, u"X"_s));
    EXPECT_EQ(m_store->undoStack()->count(), base + 2);
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->claim(id)->rationale, QString());
}

TEST_F(Claims, MovingAnAnchorBetweenClaimsIsOneStep)
{
    const ClaimId first = m_store->createClaim({m_annA, m_annB});
    const AnnotationId third = m_store->addAnnotation(m_a, 0, 9, {attribution()});
    const ClaimId second = m_store->createClaim({third});
    QSignalSpy changed(m_store.get(), &ProjectStore::claimChanged);
    ASSERT_TRUE(m_store->addClaimAnchor(second, m_annB));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_store->claimOfAnnotation(m_annB), second);
    EXPECT_EQ(m_store->claim(first)->anchors.size(), 1);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->claimOfAnnotation(m_annB), first);
    EXPECT_EQ(m_store->claim(first)->anchors.size(), 2);
    EXPECT_EQ(m_store->claim(second)->anchors.size(), 1);
}

TEST_F(Claims, AnchorsFollowTheirAnnotationThroughRemovalAndUndo)
{
    const ClaimId id = m_store->createClaim({m_annA, m_annB});
    ASSERT_TRUE(m_store->removeAnnotation(m_annB));
    EXPECT_EQ(m_store->claim(id)->anchors.size(), 1);
    m_store->undoStack()->undo();
    ASSERT_EQ(m_store->claim(id)->anchors.size(), 2);
    EXPECT_EQ(m_store->claim(id)->anchors[1].annotation, m_annB);
    ASSERT_TRUE(m_store->removeDocument(m_a));
    EXPECT_EQ(m_store->claim(id)->anchors.size(), 1);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->claim(id)->anchors.size(), 2);
}

TEST_F(Claims, ANewAnnotationReusingAnIdDoesNotInheritAnAnchor)
{
    const AnnotationId last = m_store->addAnnotation(m_b, 0, 9, {claim()});
    const ClaimId id = m_store->createClaim({last});
    const QDateTime created = m_store->annotation(last)->created;
    ASSERT_TRUE(m_store->removeAnnotation(last));
    // The removed annotation's anchor is parked for undo under its id and creation time. A new
    // annotation made in the same millisecond, or imported with that creation time, must
    // neither take it over nor take it away.
    const AnnotationId added = m_store->addAnnotation(m_b, 10, 19, {claim()});
    Annotation imported;
    imported.document = m_b;
    imported.start = 20;
    imported.end = 29;
    imported.tags = {claim()};
    imported.created = created;
    const QList<AnnotationId> ids = m_store->addAnnotations({imported});
    ASSERT_EQ(ids.size(), 1);
    for (const AnnotationId a : {added, ids.first()}) {
        EXPECT_NE(a, last);
        EXPECT_EQ(m_store->claimOfAnnotation(a), 0);
    }
    EXPECT_TRUE(m_store->claim(id)->anchors.isEmpty());
    // Undoing the two additions and the removal brings the anchor back.
    for (int i = 0; i < 3; ++i)
        m_store->undoStack()->undo();
    EXPECT_EQ(m_store->claimOfAnnotation(last), id);
}

TEST_F(Claims, PersistWithTheirUndoHistory)
{
    const ClaimId id = m_store->createClaim({m_annA, m_annB}, u"Kursk"_s);
    ASSERT_TRUE(m_store->setClaimVerdict(id, u"False"_s));
    const QString path = m_store->path();
    const ClaimRecord before = *m_store->claim(id);
    m_store->close();
    ProjectStore reopened;
    ASSERT_TRUE(reopened.open(path));
    ASSERT_TRUE(reopened.claim(id));
    EXPECT_EQ(*reopened.claim(id), before);
    EXPECT_EQ(reopened.undoStack()->undoText(), u"Verdict 'False' on claim “Kursk”"_s);
    reopened.undoStack()->undo();
    EXPECT_EQ(reopened.claim(id)->verdict, QString());
    reopened.undoStack()->undo();
    EXPECT_FALSE(reopened.claim(id));
    reopened.undoStack()->redo();
    EXPECT_EQ(reopened.claim(id)->anchors.size(), 2);
}

TEST(ClaimsMigration, AVersionOneProjectGainsClaimsAndRevisions)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"v1.crossread"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"store/v1.crossread"_s), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ProjectStore store;
    StoreError error;
    ASSERT_TRUE(store.open(copy, ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
    EXPECT_EQ(store.schemaVersion(), ProjectStore::currentSchemaVersion()); // 3 brought claims
    EXPECT_TRUE(store.claims().isEmpty());
    const QList<Annotation> annotations = store.allAnnotations();
    ASSERT_FALSE(annotations.isEmpty());
    const ClaimId id = store.createClaim({annotations.first().id});
    ASSERT_NE(id, 0) << store.lastError().message.toStdString();
    const std::optional<RevisionInfo> info = store.revisionInfo(annotations.first().document);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->number, 1);
    EXPECT_TRUE(store.integrityProblems().isEmpty());
}

} // namespace
