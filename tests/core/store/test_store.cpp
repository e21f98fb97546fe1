// SPDX-License-Identifier: MIT
// Every operation of ProjectStore: what it stores, what it refuses, the signals it sends.
#include "storetestutil.h"

#include "store/database.h"
#include "text/offsets.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Store : public StoreTest
{
};

TEST_F(Store, NewProjectHasSchemaBuiltinsAndRatingScale)
{
    Database db(file(), Database::Mode::ReadOnly);
    EXPECT_EQ(db.scalar("PRAGMA application_id"), 0x43525244);
    EXPECT_EQ(db.scalar("PRAGMA user_version"), ProjectStore::currentSchemaVersion());
    EXPECT_EQ(db.scalarText("PRAGMA journal_mode"), u"wal"_s);

    const QList<Tag> tags = m_store->tags();
    ASSERT_EQ(tags.size(), 3);
    const QStringList builtins{u"claim"_s, u"attribution"_s, u"unverified"_s};
    const QStringList names{u"Claim"_s, u"Attribution"_s, u"Unverified"_s};
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(tags[i].builtin, builtins[i]);
        EXPECT_EQ(tags[i].name, names[i]);
        EXPECT_EQ(tags[i].shortcut, QString::number(i + 1));
        EXPECT_TRUE(tags[i].color.isValid());
    }
    // Built-in ratings by key, labelled when shown (store/builtins.h).
    EXPECT_EQ(m_store->ratingScale(),
              (QStringList{u"true"_s, u"mostly-true"_s, u"misleading"_s, u"mostly-false"_s, u"false"_s, u"unproven"_s}));
    EXPECT_FALSE(m_store->undoStack()->canUndo());
}

TEST_F(Store, CreateRefusesAnExistingFile)
{
    ProjectStore other;
    StoreError error;
    EXPECT_FALSE(other.create(file(), &error));
    EXPECT_EQ(error.kind, StoreError::Kind::Invalid);
}

TEST_F(Store, AddDocumentKeepsTextOriginalAndHash)
{
    const QString text = mixedScriptText();
    QSignalSpy added(m_store.get(), &ProjectStore::documentAdded);
    const DocumentId id = addDocument(text);
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().first().value<DocumentId>(), id);

    const std::optional<Document> doc = m_store->document(id);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, text);
    EXPECT_EQ(doc->length, text.toUcs4().size());
    EXPECT_EQ(doc->sha256, QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256));
    EXPECT_EQ(m_store->originalBytes(id), text.toUtf8());
    EXPECT_EQ(m_store->documentBySha256(doc->sha256), id);
    EXPECT_FALSE(m_store->documentBySha256(QByteArray(32, 'x')));

    const QList<Document> list = m_store->documents();
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list.first().text.isEmpty());
    EXPECT_EQ(list.first().length, doc->length);
    EXPECT_EQ(list.first().meta.title, u"Report"_s);
}

TEST_F(Store, StoredTextIsImmutable)
{
    const DocumentId id = addDocument(u"Immutable text"_s);
    m_store->close();
    Database db(file(), Database::Mode::ReadWrite);
    EXPECT_THROW(db.exec("UPDATE document_content SET text = 'changed'"), SqlError);
    Statement st(db, "SELECT text FROM document_content WHERE document = ?");
    st.bind(1, id);
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), u"Immutable text"_s);
}

TEST_F(Store, AddAnnotationStoresQuoteContextAndTags)
{
    const QString text = u"The minister said that 76,000 Ukrainian soldiers had been encircled near the town of Sudzha."_s;
    const DocumentId doc = addDocument(text);
    const qint64 start = text.indexOf(u"76,000"_s);
    const qint64 end = text.indexOf(u" had");
    QSignalSpy added(m_store.get(), &ProjectStore::annotationAdded);
    const AnnotationId id = m_store->addAnnotation(doc, start, end, {claim(), attribution()}, u"check this"_s);
    ASSERT_NE(id, 0) << m_store->lastError().message.toStdString();
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().at(1).value<DocumentId>(), doc);

    const Annotation a = *m_store->annotation(id);
    EXPECT_EQ(a.quote, u"76,000 Ukrainian soldiers"_s);
    EXPECT_EQ(a.prefix, text.mid(start - 32, 32));
    EXPECT_EQ(a.suffix, text.mid(end, 32));
    EXPECT_EQ(a.tags, (QList<TagId>{claim(), attribution()}));
    EXPECT_EQ(a.note, u"check this"_s);
    EXPECT_EQ(a.annotator, u"Tester"_s);
    EXPECT_TRUE(a.created.isValid());
    EXPECT_FALSE(a.orphaned);
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Tag 'Claim, Attribution' on “76,000 Ukrainian soldiers”"_s);
    EXPECT_EQ(m_store->annotationCountForTag(claim()), 1);
    EXPECT_EQ(m_store->documents().first().annotationCount, 1);
}

TEST_F(Store, UndoLabelElidesLongQuotes)
{
    const QString text = u"Officials said 76,000 Ukrainian soldiers were trapped in the Kursk region last week."_s;
    const DocumentId doc = addDocument(text);
    ASSERT_NE(m_store->addAnnotation(doc, 15, text.size() - 1, {claim()}), 0);
    EXPECT_EQ(m_store->undoStack()->undoText(), u"Tag 'Claim' on “76,000 Ukrainian soldiers…”"_s);
}

TEST_F(Store, ContextIsShortAtTheEdgesOfTheText)
{
    const DocumentId doc = addDocument(u"Short text."_s);
    const AnnotationId id = m_store->addAnnotation(doc, 0, 5, {});
    const Annotation a = *m_store->annotation(id);
    EXPECT_EQ(a.prefix, QString());
    EXPECT_EQ(a.quote, u"Short"_s);
    EXPECT_EQ(a.suffix, u" text."_s);
    // An empty range at the very end is allowed (a caret position).
    EXPECT_NE(m_store->addAnnotation(doc, 11, 11, {}), 0);
}

struct BadArgument
{
    const char* name;
    qint64 start, end;
    bool unknownDocument, unknownTag;
};

class StoreBadArguments : public StoreTest, public ::testing::WithParamInterface<BadArgument>
{
};

TEST_P(StoreBadArguments, AreRefusedWithoutSideEffects)
{
    const BadArgument& p = GetParam();
    const DocumentId doc = addDocument(u"0123456789"_s);
    const QString before = dump();
    const int undoCount = m_store->undoStack()->count();
    QSignalSpy added(m_store.get(), &ProjectStore::annotationAdded);
    QSignalSpy failed(m_store.get(), &ProjectStore::writeFailed);
    const AnnotationId id = m_store->addAnnotation(p.unknownDocument ? doc + 100 : doc, p.start, p.end,
                                                   {p.unknownTag ? TagId(999) : claim()});
    EXPECT_EQ(id, 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    EXPECT_FALSE(m_store->lastError().message.isEmpty());
    EXPECT_EQ(added.size(), 0);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(m_store->undoStack()->count(), undoCount);
    EXPECT_EQ(dump(), before);
}

INSTANTIATE_TEST_SUITE_P(Annotations, StoreBadArguments,
                         ::testing::Values(BadArgument{"StartAfterEnd", 5, 3, false, false},
                                           BadArgument{"Negative", -1, 3, false, false},
                                           BadArgument{"PastTheEnd", 5, 11, false, false},
                                           BadArgument{"UnknownDocument", 1, 3, true, false},
                                           BadArgument{"UnknownTag", 1, 3, false, true}),
                         [](const auto& tp) { return std::string(tp.param.name); });

TEST_F(Store, SignalsSeeTheCommittedState)
{
    const DocumentId doc = addDocument(u"Signals come after the commit."_s);
    bool seen = false;
    QObject::connect(m_store.get(), &ProjectStore::annotationAdded, m_store.get(), [&](AnnotationId id, DocumentId d) {
        seen = m_store->annotation(id).has_value() && d == doc && dumpTables(file()).contains(u"== annotations\n"_s);
    });
    ASSERT_NE(m_store->addAnnotation(doc, 0, 7, {claim()}), 0);
    EXPECT_TRUE(seen);
}

TEST_F(Store, AnnotationsAreOrderedByStartThenEnd)
{
    const DocumentId doc = addDocument(u"abcdefghijklmnopqrstuvwxyz"_s);
    m_store->addAnnotation(doc, 10, 12, {});
    m_store->addAnnotation(doc, 2, 20, {});
    m_store->addAnnotation(doc, 2, 4, {});
    const QList<Annotation> list = m_store->annotations(doc);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].start, 2);
    EXPECT_EQ(list[0].end, 4);
    EXPECT_EQ(list[1].end, 20);
    EXPECT_EQ(list[2].start, 10);
    EXPECT_EQ(m_store->allAnnotations().size(), 3);
}

TEST_F(Store, AnnotationWhoseQuoteNoLongerMatchesIsOrphanedNotDropped)
{
    const DocumentId doc = addDocument(u"The quick brown fox jumps."_s);
    const AnnotationId good = m_store->addAnnotation(doc, 4, 9, {});
    const AnnotationId bad = m_store->addAnnotation(doc, 10, 15, {});
    m_store->close();
    {
        // What a corrected re-import or a foreign tool could leave behind.
        Database db(file(), Database::Mode::ReadWrite);
        Statement st(db, "UPDATE annotations SET quote = 'brawn' WHERE id = ?");
        st.bind(1, bad);
        st.run();
    }
    ASSERT_TRUE(m_store->open(file()));
    const QList<Annotation> list = m_store->annotations(doc);
    ASSERT_EQ(list.size(), 2);
    EXPECT_FALSE(list[0].orphaned);
    EXPECT_EQ(list[0].id, good);
    EXPECT_TRUE(list[1].orphaned);
    EXPECT_TRUE(m_store->annotation(bad)->orphaned);
    EXPECT_TRUE(m_store->allAnnotations()[1].orphaned);
}

TEST_F(Store, TagsByNameAreCaseInsensitiveAlsoOutsideAscii)
{
    Tag t;
    t.name = u"Заявление"_s;
    t.color = Qt::red;
    const TagId id = m_store->addTag(t);
    ASSERT_NE(id, 0);
    EXPECT_EQ(m_store->tagByName(u"заявление"_s)->id, id);
    EXPECT_EQ(m_store->tagByName(u"CLAIM"_s)->builtin, u"claim"_s);
    EXPECT_FALSE(m_store->tagByName(u"nothing"_s));
    t.name = u"ЗАЯВЛЕНИЕ"_s;
    EXPECT_EQ(m_store->addTag(t), 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
}

TEST_F(Store, TagRulesAreChecked)
{
    Tag t;
    t.name = u"Mine"_s;
    t.shortcut = u"1"_s; // taken by Claim
    EXPECT_EQ(m_store->addTag(t), 0);
    t.shortcut = u"4"_s;
    const TagId parent = m_store->addTag(t);
    ASSERT_NE(parent, 0);
    Tag child{0, u"Child"_s, Qt::blue, parent, {}, {}, {}};
    const TagId childId = m_store->addTag(child);
    ASSERT_NE(childId, 0);
    // A tag cannot become a child of its own child.
    Tag loop = *m_store->tag(parent);
    loop.parent = childId;
    EXPECT_FALSE(m_store->updateTag(loop));
    EXPECT_FALSE(m_store->removeTag(claim())); // built-in
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    Tag unnamed{0, u"  "_s, Qt::blue, 0, {}, {}, {}};
    EXPECT_EQ(m_store->addTag(unnamed), 0);
}

TEST_F(Store, VerdictMustBeOnTheRatingScale)
{
    const DocumentId doc = addDocument(u"A claim to rate."_s);
    const AnnotationId id = m_store->addAnnotation(doc, 0, 7, {claim()});
    EXPECT_TRUE(m_store->setVerdict(id, u"mostly TRUE"_s));
    EXPECT_EQ(m_store->annotation(id)->verdict, u"mostly-true"_s);
    EXPECT_FALSE(m_store->setVerdict(id, u"Pants on fire"_s));
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    ASSERT_TRUE(m_store->setRatingScale({u"Correct"_s, u"Wrong"_s}));
    EXPECT_TRUE(m_store->setVerdict(id, u"Wrong"_s));
    EXPECT_FALSE(m_store->setRatingScale({u"A"_s, u"a"_s}));
    EXPECT_FALSE(m_store->setRatingScale({}));
}

TEST_F(Store, EntitiesAreFoundByNameOrAlias)
{
    const EntityId id = m_store->addEntity(Entity{0, u"Maria Zakharova"_s, u"Spokeswoman"_s, {u"Захарова"_s}});
    ASSERT_NE(id, 0);
    EXPECT_EQ(m_store->entityByName(u"maria zakharova"_s)->id, id);
    EXPECT_EQ(m_store->entityByName(u"захарова"_s)->id, id);
    EXPECT_EQ(m_store->ensureEntity(u"Захарова"_s), id);
    const EntityId other = m_store->ensureEntity(u"Valery Gerasimov"_s);
    EXPECT_NE(other, id);
    EXPECT_EQ(m_store->entities().size(), 2);
    EXPECT_EQ(m_store->addEntity(Entity{}), 0);
}

TEST_F(Store, LinksAreCheckedAndListedFromBothEnds)
{
    const DocumentId doc = addDocument(u"One statement, and the same statement."_s);
    const AnnotationId a = m_store->addAnnotation(doc, 0, 13, {});
    const AnnotationId b = m_store->addAnnotation(doc, 23, 37, {});
    const LinkId link = m_store->addLink(a, b, LinkKind::SameStatement);
    ASSERT_NE(link, 0);
    EXPECT_EQ(m_store->addLink(a, b, LinkKind::SameStatement), 0); // duplicate
    EXPECT_EQ(m_store->addLink(a, a, LinkKind::Supports), 0);
    EXPECT_EQ(m_store->addLink(a, 999, LinkKind::Supports), 0);
    ASSERT_EQ(m_store->links(b).size(), 1);
    EXPECT_EQ(m_store->links(b).first().from, a);
    EXPECT_EQ(m_store->links(a).first().kind, LinkKind::SameStatement);
}

TEST_F(Store, ReadOnlyProjectRefusesEdits)
{
    const DocumentId doc = addDocument(u"Read only."_s);
    m_store->close();
    ASSERT_TRUE(m_store->open(file(), ProjectStore::OpenMode::ReadOnly));
    EXPECT_TRUE(m_store->isReadOnly());
    EXPECT_EQ(m_store->addAnnotation(doc, 0, 4, {}), 0);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::ReadOnly);
    EXPECT_EQ(m_store->documents().size(), 1);
}

TEST_F(Store, SaveCopyMakesAnOpenableProject)
{
    const DocumentId doc = addDocument(u"Copy me."_s);
    m_store->addAnnotation(doc, 0, 4, {claim()});
    const QString copy = file(u"copy.crossread"_s);
    StoreError error;
    ASSERT_TRUE(m_store->saveCopy(copy, &error)) << error.message.toStdString();
    ProjectStore other;
    ASSERT_TRUE(other.open(copy, ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
    EXPECT_EQ(other.annotations(doc).size(), 1);
    other.close();
    EXPECT_EQ(dumpTables(copy), dump());
}

} // namespace
