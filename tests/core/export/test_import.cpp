// SPDX-License-Identifier: MIT
#include "exportfixture.h"

#include "export/annotationimporter.h"
#include "export/webannotationexporter.h"
#include "text/offsets.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

/// Everything Crossread keeps about an annotation, by value and names rather than row ids.
QString describe(const ProjectStore& store, const Annotation& a)
{
    const Document doc = *store.document(a.document);
    QStringList tags;
    for (const TagId id : a.tags) {
        const Tag t = *store.tag(id);
        tags.append(t.name + u'=' + t.color.name());
    }
    QStringList evidence;
    for (const EvidenceLink& e : a.evidence)
        evidence.append(e.url + u'|' + e.title + u'|' + e.accessed.toString(Qt::ISODate));
    QString speaker;
    if (a.speaker) {
        const Entity e = *store.entity(a.speaker);
        speaker = e.name + u'|' + e.role + u'|' + e.aliases.join(u',');
    }
    QStringList links;
    for (const AnnotationLink& l : store.links(a.id)) {
        if (l.from == a.id)
            links.append(QString::number(int(l.kind)) + u'>' + store.annotation(l.to)->quote);
    }
    return QStringList{QString::fromLatin1(doc.sha256.toHex()), QString::number(a.start), QString::number(a.end), a.quote,
                       a.prefix, a.suffix, tags.join(u';'), a.note, a.verdict, a.rationale, speaker, evidence.join(u';'),
                       a.annotator, a.created.toUTC().toString(Qt::ISODateWithMs), a.modified.toUTC().toString(Qt::ISODateWithMs),
                       links.join(u';')}
        .join(u"\n  "_s);
}

QStringList describeAll(const ProjectStore& store)
{
    QStringList out;
    for (const Annotation& a : store.allAnnotations())
        out.append(describe(store, a));
    out.sort();
    return out;
}

class ImportTest : public ExportTest
{
protected:
    /// A second, fresh project holding `docs`.
    std::unique_ptr<ProjectStore> freshProject(const QList<FixtureDocument>& docs, const QString& name = u"fresh.crossread"_s)
    {
        auto store = std::make_unique<ProjectStore>();
        EXPECT_TRUE(store->create(file(name)));
        store->setAnnotator(u"Importer"_s);
        addFixtureDocuments(*store, docs);
        return store;
    }
    QByteArray exportedJson() const { return WebAnnotationExporter::exportData(data(), fixedOptions()); }
};

TEST_F(ImportTest, ExportThenImportIsLossless)
{
    auto fresh = freshProject(fixtureDocuments());
    AnnotationImporter importer(*fresh);
    const AnnotationImporter::Report report = importer.importJson(exportedJson());
    ASSERT_TRUE(report.ok) << report.error.toStdString();
    EXPECT_EQ(report.total, m_annotations.size());
    EXPECT_EQ(report.byPosition, m_annotations.size());
    EXPECT_TRUE(report.unanchored.isEmpty());
    EXPECT_EQ(report.tagsCreated, 1); // "Economy, trade"; the built-ins exist in every project
    EXPECT_EQ(report.entitiesCreated, 2);
    const QStringList before = describeAll(*m_store), after = describeAll(*fresh);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        EXPECT_EQ(after[i], before[i]);
}

TEST_F(ImportTest, ImportIsOneUndoStep)
{
    auto fresh = freshProject(fixtureDocuments());
    const int stepsBefore = fresh->undoStack()->count();
    const qsizetype tagsBefore = fresh->tags().size();
    AnnotationImporter importer(*fresh);
    ASSERT_TRUE(importer.importJson(exportedJson()).ok);
    EXPECT_EQ(fresh->undoStack()->count(), stepsBefore + 1);
    EXPECT_EQ(fresh->allAnnotations().size(), m_annotations.size());
    fresh->undoStack()->undo();
    EXPECT_TRUE(fresh->allAnnotations().isEmpty());
    EXPECT_EQ(fresh->tags().size(), tagsBefore);
    EXPECT_TRUE(fresh->entities().isEmpty());
    fresh->undoStack()->redo();
    EXPECT_EQ(describeAll(*fresh), describeAll(*m_store));
}

TEST_F(ImportTest, ReanchorsByQuoteWhenTextMoved)
{
    QList<FixtureDocument> docs = fixtureDocuments();
    // Same article (same URL), re-imported with a line in front: every position shifts.
    docs[0].text.prepend(u"Updated at noon.\n"_s);
    auto fresh = freshProject(docs);
    AnnotationImporter importer(*fresh);
    const AnnotationImporter::Report report = importer.importJson(exportedJson());
    ASSERT_TRUE(report.ok) << report.error.toStdString();
    // The first document is found by its URL; the others by hash (their text is unchanged).
    EXPECT_EQ(report.byQuote, 4);
    EXPECT_EQ(report.byPosition, 4);
    for (const Annotation& a : fresh->allAnnotations())
        EXPECT_EQ(a.quote, codePointMid(fresh->documentText(a.document), a.start, a.end));
    const QList<Annotation> moved = fresh->annotations(fresh->documents()[0].id);
    ASSERT_FALSE(moved.isEmpty());
    EXPECT_EQ(moved[0].quote, u"Minister Lee said"_s);
    EXPECT_EQ(moved[0].start, 17);
}

TEST_F(ImportTest, QuoteWithContextPicksTheRightOccurrence)
{
    QList<FixtureDocument> docs = fixtureDocuments();
    docs[0].text = u"Exports rose by 40 percent, the highest ever. Lee repeated: "_s + docs[0].text;
    auto fresh = freshProject(docs);
    AnnotationImporter importer(*fresh);
    ASSERT_TRUE(importer.importJson(exportedJson()).ok);
    for (const Annotation& a : fresh->annotations(fresh->documents()[0].id)) {
        if (a.quote.startsWith(u"Exports rose"_s)) {
            EXPECT_TRUE(a.prefix.endsWith(u"Lee said, \""_s)) << "anchored to the copy without context";
        }
    }
}

TEST_F(ImportTest, FuzzyMatchFindsAnEditedQuoteAndReportsTheLost)
{
    QList<FixtureDocument> docs = fixtureDocuments();
    docs[0].text.replace(u"Exports rose by 40 percent, the highest ever."_s, u"Exports rose by 40 per cent, the highest ever!"_s);
    docs[0].text.replace(u"no shipment was delayed"_s, u"nothing of the kind"_s);
    docs[0].text.prepend(u"Corrected. "_s);
    auto fresh = freshProject(docs);
    AnnotationImporter importer(*fresh);
    const AnnotationImporter::Report report = importer.importJson(exportedJson());
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(report.byFuzzy, 2); // the sentence and the "40 percent" inside it
    ASSERT_EQ(report.unanchored.size(), 1);
    EXPECT_EQ(report.unanchored[0].quote, u"no shipment was delayed"_s);
    EXPECT_FALSE(report.unanchored[0].reason.isEmpty());
    EXPECT_EQ(report.anchored() + report.unanchored.size(), report.total);
    bool found = false;
    for (const Annotation& a : fresh->allAnnotations())
        found = found || a.quote.startsWith(u"Exports rose by 40 per cent, the highest ever"_s);
    EXPECT_TRUE(found);
}

TEST_F(ImportTest, MissingDocumentIsReportedNotGuessed)
{
    QList<FixtureDocument> docs = fixtureDocuments();
    docs.removeFirst();
    auto fresh = freshProject(docs);
    AnnotationImporter importer(*fresh);
    const AnnotationImporter::Report report = importer.importJson(exportedJson());
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(report.unanchored.size(), 4);
    EXPECT_EQ(report.anchored(), 4);
}

TEST_F(ImportTest, FuzzySearchStaysWithinItsTimeBudget)
{
    // A long quote against a long unrelated text: the search must give up, not stall.
    FixtureDocument big;
    big.meta.title = u"Big"_s;
    big.text = QString(400000, u'a');
    auto fresh = freshProject({big});
    const Document doc = fresh->documents().first();
    QJsonObject a{{u"type"_s, u"Annotation"_s},
                  {u"target"_s, QJsonObject{{u"source"_s, documentHashUri(doc)},
                                            {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                        {u"exact"_s, QString(1500, u'b')}}}}}};
    AnnotationImporter importer(*fresh);
    QElapsedTimer timer;
    timer.start();
    const AnnotationImporter::Report report = importer.importJson(QJsonDocument(a).toJson());
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(report.unanchored.size(), 1);
}

TEST_F(ImportTest, BadInputGivesAClearErrorAndChangesNothing)
{
    auto fresh = freshProject(fixtureDocuments());
    AnnotationImporter importer(*fresh);
    for (const QByteArray& bad : {QByteArray("{not json"), QByteArray("{\"type\": \"Person\"}"), QByteArray("42"),
                                  QByteArray("{\"type\":\"AnnotationCollection\",\"first\":\"https://x.example/p1\"}")}) {
        const AnnotationImporter::Report report = importer.importJson(bad);
        EXPECT_FALSE(report.ok) << bad.constData();
        EXPECT_FALSE(report.error.isEmpty());
    }
    // Well-formed but odd annotations are skipped with a reason, never crash.
    const QByteArray odd = R"([{"type":"Annotation"}, {"type":"Annotation","target":"urn:sha256:00"}, 7,
        {"type":"Annotation","body":[1,"x",{"purpose":["tagging"]}],"target":{"selector":{"type":"TextPositionSelector","start":-5,"end":1e30}}}])";
    const AnnotationImporter::Report report = importer.importJson(odd);
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.unanchored.size(), 4);
    EXPECT_TRUE(fresh->allAnnotations().isEmpty());
    EXPECT_FALSE(importer.importFile(file(u"missing.jsonld"_s)).ok);
}

TEST_F(ImportTest, ForeignAnnotationsWithBodyValueAndPlainTags)
{
    auto fresh = freshProject(fixtureDocuments());
    const Document doc = fresh->documents().first();
    const QJsonObject a{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                        {u"id"_s, u"https://other.example/anno/1"_s},
                        {u"type"_s, u"Annotation"_s},
                        {u"bodyValue"_s, u"A plain comment"_s},
                        {u"target"_s, QJsonObject{{u"source"_s, doc.meta.url},
                                                  {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                              {u"exact"_s, u"Critics disagree."_s}}}}}};
    AnnotationImporter importer(*fresh);
    const AnnotationImporter::Report report = importer.importJson(QJsonDocument(a).toJson());
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(report.byQuote, 1);
    const QList<Annotation> all = fresh->allAnnotations();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].note, u"A plain comment"_s);
    EXPECT_EQ(all[0].annotator, u"Importer"_s);
}

} // namespace
} // namespace Crossread::Test
