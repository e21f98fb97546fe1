// SPDX-License-Identifier: MIT
// Every command: apply → undo → redo, comparing the whole stored state; the merge rules; and the
// undo history that survives closing the project.
#include "storetestutil.h"

#include "store/database.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

/// A project with two documents, annotations with tags, evidence, a speaker and links, a user
/// tag with a child: enough for every command to have something to change or restore.
struct Scene
{
    DocumentId doc1 = 0, doc2 = 0;
    AnnotationId a1 = 0, a2 = 0, b1 = 0;
    TagId userTag = 0, childTag = 0;
    EntityId speaker = 0;
    LinkId link = 0;
};

struct Operation
{
    const char* name;
    std::function<bool(ProjectStore&, const Scene&)> apply;
};

class UndoRedo : public StoreTest, public ::testing::WithParamInterface<Operation>
{
protected:
    Scene build()
    {
        Scene s;
        s.doc1 = addDocument(mixedScriptText(), u"First"_s);
        s.doc2 = addDocument(u"Officials said 76,000 Ukrainian soldiers were trapped."_s, u"Second"_s);
        s.userTag = m_store->addTag(Tag{0, u"Casualties"_s, Qt::darkRed, 0, u"4"_s, u"Numbers of dead"_s, {}});
        s.childTag = m_store->addTag(Tag{0, u"Wounded"_s, Qt::red, s.userTag, {}, {}, {}});
        s.speaker = m_store->addEntity(Entity{0, u"Maria Zakharova"_s, u"Spokeswoman"_s, {u"Zakharova"_s}});
        s.a1 = m_store->addAnnotation(s.doc1, 6, 8, {claim(), s.userTag}, u"emoji"_s);
        s.a2 = m_store->addAnnotation(s.doc1, 30, 40, {s.childTag});
        s.b1 = m_store->addAnnotation(s.doc2, 15, 40, {claim(), s.userTag});
        m_store->addEvidence(s.a1, EvidenceLink{0, u"https://example.org/a"_s, u"Source"_s, QDate(2025, 4, 1)});
        m_store->setSpeaker(s.a1, s.speaker);
        s.link = m_store->addLink(s.a1, s.b1, LinkKind::Contradicts);
        m_store->addLink(s.b1, s.a2, LinkKind::Supports);
        EXPECT_NE(s.link, 0);
        EXPECT_NE(s.a2, 0);
        return s;
    }
};

TEST_P(UndoRedo, RestoresTheStoredStateExactly)
{
    const Scene scene = build();
    QUndoStack* stack = m_store->undoStack();
    const int count = stack->count();
    const QString before = dump();

    ASSERT_TRUE(GetParam().apply(*m_store, scene)) << m_store->lastError().message.toStdString();
    const QString after = dump();
    ASSERT_NE(after, before) << "the operation changed nothing";
    ASSERT_EQ(stack->count(), count + 1);
    EXPECT_FALSE(stack->undoText().isEmpty());

    stack->undo();
    EXPECT_EQ(dump(), before);
    stack->redo();
    EXPECT_EQ(dump(), after);
    stack->undo();
    EXPECT_EQ(dump(), before);

    // The same holds after the project was closed and opened again (persisted history).
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    ASSERT_TRUE(m_store->undoStack()->canRedo());
    m_store->undoStack()->redo();
    EXPECT_EQ(dump(), after);
    m_store->undoStack()->undo();
    EXPECT_EQ(dump(), before);
}

using S = ProjectStore;
using Sc = Scene;

INSTANTIATE_TEST_SUITE_P(
    Commands, UndoRedo,
    ::testing::Values(
        Operation{"AddDocument",
                  [](S& s, const Sc&) {
                      Document d;
                      d.meta.title = u"Third"_s;
                      d.text = u"New text 𠜎"_s;
                      return s.addDocument(d, "raw bytes") != 0;
                  }},
        Operation{"RemoveDocument", [](S& s, const Sc& c) { return s.removeDocument(c.doc1); }},
        Operation{"SetDocumentMetadata",
                  [](S& s, const Sc& c) {
                      DocumentMetadata m = s.document(c.doc2)->meta;
                      m.author = u"Ivanov"_s;
                      m.published = QDate(2025, 4, 26);
                      return s.setDocumentMetadata(c.doc2, m);
                  }},
        Operation{"AddAnnotation", [](S& s, const Sc& c) { return s.addAnnotation(c.doc2, 0, 9, {c.userTag}) != 0; }},
        Operation{"AddAnnotations",
                  [](S& s, const Sc& c) {
                      Annotation x;
                      x.document = c.doc2;
                      x.start = 1;
                      x.end = 5;
                      x.tags = {c.childTag};
                      Annotation y = x;
                      y.document = c.doc1;
                      y.start = 10;
                      y.end = 20;
                      return s.addAnnotations({x, y}).size() == 2;
                  }},
        Operation{"RemoveAnnotation", [](S& s, const Sc& c) { return s.removeAnnotation(c.a1); }},
        Operation{"SetAnnotationRange", [](S& s, const Sc& c) { return s.setAnnotationRange(c.a2, 28, 45); }},
        Operation{"SetAnnotationTags", [](S& s, const Sc& c) { return s.setAnnotationTags(c.a1, {c.childTag, c.userTag}); }},
        Operation{"SetAnnotationNote", [](S& s, const Sc& c) { return s.setAnnotationNote(c.a2, u"new note"_s); }},
        Operation{"SetVerdict", [](S& s, const Sc& c) { return s.setVerdict(c.b1, u"False"_s); }},
        Operation{"SetRationale", [](S& s, const Sc& c) { return s.setRationale(c.b1, u"Because"_s); }},
        Operation{"SetSpeaker", [](S& s, const Sc& c) { return s.setSpeaker(c.b1, c.speaker); }},
        Operation{"ClearSpeaker", [](S& s, const Sc& c) { return s.setSpeaker(c.a1, 0); }},
        Operation{"AddEvidence",
                  [](S& s, const Sc& c) {
                      return s.addEvidence(c.a1, EvidenceLink{0, u"https://example.org/b"_s, u"Second"_s, {}});
                  }},
        Operation{"RemoveEvidence",
                  [](S& s, const Sc& c) { return s.removeEvidence(c.a1, s.annotation(c.a1)->evidence.first().id); }},
        Operation{"AddTag", [](S& s, const Sc&) { return s.addTag(Tag{0, u"Satire"_s, Qt::green, 0, {}, {}, {}}) != 0; }},
        Operation{"UpdateTag",
                  [](S& s, const Sc& c) {
                      Tag tag = *s.tag(c.userTag);
                      tag.name = u"Losses"_s;
                      tag.color = Qt::black;
                      return s.updateTag(tag);
                  }},
        Operation{"RecolourBuiltinTag",
                  [](S& s, const Sc&) {
                      Tag tag = *s.builtinTag(u"claim"_s);
                      tag.color = Qt::cyan;
                      return s.updateTag(tag);
                  }},
        Operation{"RemoveTagInUseWithChild", [](S& s, const Sc& c) { return s.removeTag(c.userTag); }},
        Operation{"AddEntity", [](S& s, const Sc&) { return s.addEntity(Entity{0, u"Gerasimov"_s, {}, {}}) != 0; }},
        Operation{"UpdateEntity",
                  [](S& s, const Sc& c) {
                      Entity e = *s.entity(c.speaker);
                      e.aliases.append(u"Захарова"_s);
                      return s.updateEntity(e);
                  }},
        Operation{"EnsureEntity", [](S& s, const Sc&) { return s.ensureEntity(u"Kim Jong Un"_s) != 0; }},
        Operation{"AddLink", [](S& s, const Sc& c) { return s.addLink(c.a2, c.a1, LinkKind::SameStatement) != 0; }},
        Operation{"RemoveLink", [](S& s, const Sc& c) { return s.removeLink(c.link); }},
        Operation{"SetRatingScale", [](S& s, const Sc&) { return s.setRatingScale({u"Yes"_s, u"No"_s}); }},
        Operation{"SetSetting", [](S& s, const Sc&) { return s.setSetting(u"annotators"_s, u"Ann, Bob"_s); }}),
    [](const auto& tp) { return std::string(tp.param.name); });

class Undo : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_doc = addDocument(u"Two claims: the first one and the second one."_s);
        m_a = m_store->addAnnotation(m_doc, 12, 25, {claim()});
        m_b = m_store->addAnnotation(m_doc, 30, 44, {claim()});
    }
    DocumentId m_doc = 0;
    AnnotationId m_a = 0, m_b = 0;
};

TEST_F(Undo, RemoveTagUndoRestoresTheTagAndItsUses)
{
    const TagId tag = m_store->addTag(Tag{0, u"Mine"_s, Qt::blue, 0, {}, {}, {}});
    ASSERT_TRUE(m_store->setAnnotationTags(m_a, {tag, claim()}));
    QSignalSpy changed(m_store.get(), &ProjectStore::annotationChanged);
    QSignalSpy removed(m_store.get(), &ProjectStore::tagRemoved);
    ASSERT_TRUE(m_store->removeTag(tag));
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(m_store->annotation(m_a)->tags, QList<TagId>{claim()});
    EXPECT_FALSE(m_store->tag(tag));
    m_store->undoStack()->undo();
    ASSERT_TRUE(m_store->tag(tag));
    EXPECT_EQ(m_store->tag(tag)->name, u"Mine"_s);
    EXPECT_EQ(m_store->annotation(m_a)->tags, (QList<TagId>{tag, claim()})); // same order too
}

TEST_F(Undo, RemovedAnnotationComesBackWithTheSameId)
{
    ASSERT_TRUE(m_store->removeAnnotation(m_a));
    EXPECT_FALSE(m_store->annotation(m_a));
    m_store->undoStack()->undo();
    ASSERT_TRUE(m_store->annotation(m_a));
    EXPECT_EQ(m_store->annotation(m_a)->quote, u"the first one"_s);
}

TEST_F(Undo, MergeRule_ConsecutiveNoteEditsOfOneAnnotationAreOneStep)
{
    const int count = m_store->undoStack()->count();
    ASSERT_TRUE(m_store->setAnnotationNote(m_a, u"F"_s));
    ASSERT_TRUE(m_store->setAnnotationNote(m_a, u"Fa"_s));
    ASSERT_TRUE(m_store->setAnnotationNote(m_a, u"Fal"_s));
    EXPECT_EQ(m_store->undoStack()->count(), count + 1);
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Edit note on “the first one”"_s);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->note, QString());
    m_store->undoStack()->redo();
    EXPECT_EQ(m_store->annotation(m_a)->note, u"Fal"_s);
}

TEST_F(Undo, MergeRule_NoteEditsOfDifferentAnnotationsStaySeparate)
{
    const int count = m_store->undoStack()->count();
    m_store->setAnnotationNote(m_a, u"a"_s);
    m_store->setAnnotationNote(m_b, u"b"_s);
    EXPECT_EQ(m_store->undoStack()->count(), count + 2);
}

TEST_F(Undo, MergeRule_ConsecutiveRationaleEditsAreOneStep)
{
    const int count = m_store->undoStack()->count();
    m_store->setRationale(m_a, u"B"_s);
    m_store->setRationale(m_a, u"Be"_s);
    EXPECT_EQ(m_store->undoStack()->count(), count + 1);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->rationale, QString());
}

TEST_F(Undo, MergeRule_NoteAndRationaleDoNotMerge)
{
    const int count = m_store->undoStack()->count();
    m_store->setAnnotationNote(m_a, u"n"_s);
    m_store->setRationale(m_a, u"r"_s);
    m_store->setAnnotationNote(m_a, u"nn"_s);
    EXPECT_EQ(m_store->undoStack()->count(), count + 3);
}

TEST_F(Undo, MergeRule_AnotherEditInBetweenStartsANewStep)
{
    const int count = m_store->undoStack()->count();
    m_store->setAnnotationNote(m_a, u"one"_s);
    m_store->setVerdict(m_a, u"False"_s);
    m_store->setAnnotationNote(m_a, u"two"_s);
    EXPECT_EQ(m_store->undoStack()->count(), count + 3);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->note, u"one"_s);
}

TEST_F(Undo, MergeRule_OtherEditsNeverMerge)
{
    const int count = m_store->undoStack()->count();
    m_store->setVerdict(m_a, u"False"_s);
    m_store->setVerdict(m_a, u"True"_s);
    m_store->setAnnotationRange(m_a, 12, 20);
    m_store->setAnnotationRange(m_a, 12, 21);
    EXPECT_EQ(m_store->undoStack()->count(), count + 4);
}

TEST_F(Undo, MergeRule_MergedStepsSurviveReopening)
{
    m_store->setAnnotationNote(m_a, u"x"_s);
    m_store->setAnnotationNote(m_a, u"xy"_s);
    m_store->setAnnotationNote(m_b, u"z"_s);
    const int count = m_store->undoStack()->count();
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    EXPECT_EQ(m_store->undoStack()->count(), count);
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->note, QString());
    EXPECT_EQ(m_store->annotation(m_b)->note, QString());
}

TEST_F(Undo, MergeRule_TypingAfterReopeningContinuesTheLastStep)
{
    m_store->setAnnotationNote(m_a, u"x"_s);
    const int count = m_store->undoStack()->count();
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    m_store->setAnnotationNote(m_a, u"xy"_s);
    EXPECT_EQ(m_store->undoStack()->count(), count);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->note, QString());
}

TEST_F(Undo, HistoryPositionSurvivesReopening)
{
    m_store->setVerdict(m_a, u"False"_s);
    m_store->setVerdict(m_b, u"True"_s);
    m_store->undoStack()->undo(); // b's verdict undone: one step on the redo side
    const int index = m_store->undoStack()->index();
    const int count = m_store->undoStack()->count();
    const QString state = dump();
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    EXPECT_EQ(dump(), state);
    EXPECT_EQ(m_store->undoStack()->index(), index);
    EXPECT_EQ(m_store->undoStack()->count(), count);
    EXPECT_EQ(m_store->undoStack()->redoText(), u"Verdict 'True' on “the second one”"_s);
    m_store->undoStack()->redo();
    EXPECT_EQ(m_store->annotation(m_b)->verdict, u"true"_s);
    // Undo all the way back to the empty project.
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    EXPECT_TRUE(m_store->documents().isEmpty());
}

TEST_F(Undo, NewEditDropsThePersistedRedoSide)
{
    m_store->setVerdict(m_a, u"False"_s);
    m_store->undoStack()->undo();
    m_store->setAnnotationNote(m_b, u"new"_s);
    EXPECT_FALSE(m_store->undoStack()->canRedo());
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    EXPECT_FALSE(m_store->undoStack()->canRedo());
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_b)->note, QString());
    EXPECT_EQ(m_store->annotation(m_a)->verdict, QString());
}

static qint64 journalBytes(const QString& path)
{
    Database db(path, Database::Mode::ReadOnly);
    return db.scalar("SELECT total(length(payload)) FROM undo_journal");
}

TEST_F(Undo, BulkyDataIsInTheJournalOnlyWhileNotInTheTables)
{
    QString text;
    QRandomGenerator random(5);
    for (int i = 0; i < 200'000; ++i)
        text += QChar(u'a' + random.bounded(26));
    const qint64 before = journalBytes(file());
    const DocumentId doc = addDocument(text, u"Big"_s);
    EXPECT_LT(journalBytes(file()) - before, 4096) << "the text is in the tables, not twice in the journal";
    m_store->undoStack()->undo();
    EXPECT_GT(journalBytes(file()) - before, 100'000) << "removed: only the journal holds the text now";
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    m_store->undoStack()->redo();
    EXPECT_EQ(m_store->documentText(doc), text);
    EXPECT_EQ(m_store->originalBytes(doc), text.toUtf8());
    EXPECT_LT(journalBytes(file()) - before, 4096);
}

TEST_F(Undo, JournalKeepsTheLastThousandStepsAcrossSessions)
{
    for (int i = 0; i < 1100; ++i)
        ASSERT_TRUE(m_store->setVerdict(m_a, i % 2 ? u"True"_s : u"False"_s));
    m_store->close();
    ASSERT_TRUE(m_store->open(file()));
    EXPECT_EQ(m_store->undoStack()->count(), 1000);
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    // 1,103 steps were made; undoing the kept 1,000 lands after the first 103.
    EXPECT_EQ(m_store->annotation(m_a)->verdict, u"true"_s);
    EXPECT_EQ(m_store->annotations(m_doc).size(), 2);
}

TEST_F(Undo, UndoAndRedoEmitTheMatchingSignals)
{
    QSignalSpy added(m_store.get(), &ProjectStore::annotationAdded);
    QSignalSpy removed(m_store.get(), &ProjectStore::annotationRemoved);
    m_store->undoStack()->undo(); // undo adding b
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.first().first().value<AnnotationId>(), m_b);
    m_store->undoStack()->redo();
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().first().value<AnnotationId>(), m_b);
}

} // namespace
