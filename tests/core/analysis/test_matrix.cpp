// SPDX-License-Identifier: MIT
// Coverage matrix and timeline data on a small hand-made project.
#include "storetestutil.h"

#include "analysis/coveragematrix.h"
#include "analysis/timeline.h"
#include "export/exporter.h"
#include "export/reportexporter.h"

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Matrix : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_a = add(u"Korean troops helped liberate the Kursk region, Gerasimov says\n"
                  u"Gerasimov said on Saturday that Korean troops helped liberate the Kursk region from the invaders.\n"
                  u"Other news followed in the rest of this long and otherwise unremarkable report today.\n"_s,
                  u"Alpha"_s, QDate(2025, 4, 26));
        m_b = add(u"A report about the war\n"
                  u"The ministry spoke on Monday about several matters concerning the border regions and trade.\n"
                  u"Sources say Korean troops helped liberate the Kursk region, though nothing is confirmed.\n"
                  u"More text follows here.\n"_s,
                  u"Bravo"_s, QDate(2025, 4, 28));
        m_c = add(u"Undated commentary on the situation in the region and what it means for Europe and Asia.\n"
                  u"Zakharova stressed that “the treaty was applied correctly” in every respect.\n"_s,
                  u"Charlie"_s, QDate());
        m_gerasimov = m_store->ensureEntity(u"Valery Gerasimov"_s);
        m_zakharova = m_store->ensureEntity(u"Maria Zakharova"_s);
        const AnnotationId a1 = annotate(m_a, u"Korean troops helped liberate the Kursk region"_s);
        const AnnotationId a2 = annotate(m_a, u"Korean troops helped liberate the Kursk region"_s, 1);
        const AnnotationId b1 = annotate(m_b, u"Korean troops helped liberate the Kursk region"_s);
        m_liberated = m_store->createClaim({a2, b1, a1}, u"Korean troops liberated Kursk"_s);
        ASSERT_TRUE(m_store->setClaimVerdict(m_liberated, u"Misleading"_s));
        ASSERT_TRUE(m_store->setClaimSpeaker(m_liberated, m_gerasimov));
        const AnnotationId c1 = annotate(m_c, u"the treaty was applied correctly"_s);
        ASSERT_TRUE(m_store->setSpeaker(c1, m_zakharova));
        m_treaty = m_store->createClaim({c1}, u"Treaty applied"_s);
        m_a1 = a1;
        m_b1 = b1;
    }
    DocumentId add(const QString& text, const QString& outlet, const QDate& date)
    {
        const DocumentId id = addDocument(text, outlet + u" story"_s);
        DocumentMetadata meta = m_store->document(id)->meta;
        meta.outlet = outlet;
        meta.published = date;
        EXPECT_TRUE(m_store->setDocumentMetadata(id, meta));
        return id;
    }
    AnnotationId annotate(DocumentId doc, const QString& phrase, int occurrence = 0)
    {
        const QString text = m_store->documentText(doc);
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(phrase, at + 1);
        return m_store->addAnnotation(doc, at, at + phrase.size(), {claim()});
    }
    DocumentId m_a = 0, m_b = 0, m_c = 0;
    EntityId m_gerasimov = 0, m_zakharova = 0;
    ClaimId m_liberated = 0, m_treaty = 0;
    AnnotationId m_a1 = 0, m_b1 = 0;
};

TEST_F(Matrix, OutletsAreColumnsByEarliestDateUndatedLast)
{
    const CoverageMatrix m = CoverageMatrix::build(*m_store);
    EXPECT_EQ(m.outlets, (QStringList{u"Alpha"_s, u"Bravo"_s, u"Charlie"_s}));
    EXPECT_EQ(m.outletDocuments[1], QList<DocumentId>{m_b});
}

TEST_F(Matrix, ClaimRowsCarryProminenceFramingVerdictAndAnchors)
{
    const CoverageMatrix m = CoverageMatrix::build(*m_store);
    ASSERT_GE(m.rows.size(), 2);
    const CoverageRow& row = m.rows[0];
    EXPECT_EQ(row.kind, CoverageRow::Kind::Claim);
    EXPECT_EQ(row.claim, m_liberated);
    EXPECT_EQ(row.label, u"Korean troops liberated Kursk"_s);
    EXPECT_EQ(row.verdict, u"misleading"_s);
    ASSERT_EQ(row.cells.size(), 3);
    const CoverageCell& alpha = row.cells[0];
    EXPECT_TRUE(alpha.carried);
    EXPECT_EQ(alpha.prominence, Prominence::Headline); // the headline anchor beats the lede one
    EXPECT_EQ(alpha.anchors.first(), m_a1);
    EXPECT_EQ(alpha.anchors.size(), 2);
    EXPECT_EQ(alpha.document, m_a);
    EXPECT_EQ(alpha.verdict, u"misleading"_s);
    const CoverageCell& bravo = row.cells[1];
    EXPECT_TRUE(bravo.carried);
    EXPECT_EQ(bravo.prominence, Prominence::Body);
    EXPECT_EQ(bravo.framing.primary(), Framing::Anonymous);
    EXPECT_EQ(bravo.anchors, QList<AnnotationId>{m_b1});
    EXPECT_FALSE(row.cells[2].carried); // the omission
    EXPECT_EQ(row.carriedCount(), 2);
    const CoverageRow& treaty = m.rows[1];
    EXPECT_EQ(treaty.claim, m_treaty);
    EXPECT_TRUE(treaty.cells[2].carried);
    EXPECT_EQ(treaty.cells[2].framing.primary(), Framing::Direct);
}

TEST_F(Matrix, SpeakerRowsFollowClaimsAndAnnotations)
{
    const CoverageMatrix m = CoverageMatrix::build(*m_store);
    QList<CoverageRow> speakers;
    for (const CoverageRow& r : m.rows) {
        if (r.kind == CoverageRow::Kind::Speaker)
            speakers.append(r);
    }
    ASSERT_EQ(speakers.size(), 2);
    EXPECT_EQ(speakers[0].label, u"Maria Zakharova"_s); // by name
    EXPECT_EQ(speakers[1].label, u"Valery Gerasimov"_s);
    EXPECT_EQ(speakers[1].carriedCount(), 2);
    EXPECT_FALSE(speakers[1].cells[2].carried);
    EXPECT_TRUE(speakers[0].cells[2].carried);
}

TEST_F(Matrix, CsvHasProminenceFramingAndOmissions)
{
    const QStringList lines = CoverageMatrix::build(*m_store).toCsv().split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 4);
    EXPECT_EQ(lines[0], u"row,kind,verdict,Alpha,Alpha prominence,Alpha framing,Bravo,Bravo prominence,Bravo framing,"
                        u"Charlie,Charlie prominence,Charlie framing,omitted by"_s);
    // The verdict column carries keys, the same in every language (issue #23).
    EXPECT_EQ(lines[1], u"Korean troops liberated Kursk,claim,misleading,yes,headline,paraphrased,yes,body,anonymous,"
                        u"no,,,Charlie"_s);
}

TEST_F(Matrix, OnlyTheLatestRevisionCounts)
{
    Document doc;
    doc.meta.title = u"Bravo story, corrected"_s;
    doc.meta.outlet = u"Bravo"_s;
    doc.meta.published = QDate(2025, 4, 29);
    doc.text = u"A report about the war\nThe ministry said nothing at all on Monday about the border regions.\n"_s;
    const DocumentId rev = m_store->addRevision(m_b, doc, doc.text.toUtf8());
    ASSERT_NE(rev, 0);
    const CoverageMatrix m = CoverageMatrix::build(*m_store);
    EXPECT_EQ(m.outletDocuments[1], QList<DocumentId>{rev});
    EXPECT_FALSE(m.rows[0].cells[1].carried); // the corrected story dropped the claim
}

TEST_F(Matrix, TimelineShowsWhoSaidItFirstAndKeepsUndatedApart)
{
    const Timeline t = Timeline::build(*m_store);
    ASSERT_EQ(t.documents.size(), 2);
    EXPECT_EQ(t.documents[0].document, m_a);
    ASSERT_EQ(t.undatedDocuments.size(), 1);
    EXPECT_EQ(t.undatedDocuments[0].document, m_c);
    EXPECT_EQ(t.start, QDate(2025, 4, 26));
    EXPECT_EQ(t.end, QDate(2025, 4, 28));
    ASSERT_EQ(t.claims.size(), 2);
    const ClaimTimeline& first = t.claims[0];
    EXPECT_EQ(first.claim, m_liberated);
    ASSERT_TRUE(first.first());
    EXPECT_EQ(first.first()->outlet, u"Alpha"_s);
    ASSERT_EQ(first.followers().size(), 1);
    EXPECT_EQ(first.followers()[0].outlet, u"Bravo"_s);
    EXPECT_EQ(first.followers()[0].daysAfterFirst, 2);
    const ClaimTimeline& undated = t.claims[1];
    EXPECT_EQ(undated.claim, m_treaty);
    EXPECT_EQ(undated.first(), nullptr);
    EXPECT_EQ(undated.undated().size(), 1);
}

TEST_F(Matrix, ReportHasClaimRecordsHeatMapAndTimeline)
{
    const ExportData data = ExportData::fromStore(*m_store);
    ASSERT_EQ(data.claims.size(), 2);
    const QString html = QString::fromUtf8(ReportExporter::html(data));
    EXPECT_TRUE(html.contains(u"<h2 id=\"claim-records\">"_s));
    EXPECT_TRUE(html.contains(u"<h2 id=\"coverage\">"_s));
    EXPECT_TRUE(html.contains(u"<h2 id=\"timeline\">"_s));
    EXPECT_TRUE(html.contains(u"href=\"#coverage\""_s)); // in the contents
    // The headline cell is the darkest; the omission is a grey dash.
    const qsizetype row = html.indexOf(u"<tr><td><a href=\"#claim-%1\">"_s.arg(m_liberated));
    ASSERT_GE(row, 0);
    const QString line = html.mid(row, html.indexOf(u"</tr>"_s, row) - row);
    EXPECT_TRUE(line.contains(u"background-color:#1f5f99"_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"href=\"#a-%1\""_s.arg(m_a1))) << line.toStdString();
    EXPECT_TRUE(line.contains(u">—</td>"_s));
    EXPECT_TRUE(line.contains(u"Misleading"_s));
    // Every anchor's rendering is listed under its claim with the shared verdict.
    const qsizetype records = html.indexOf(u"id=\"claim-records\""_s);
    const QString section = html.mid(records, html.indexOf(u"id=\"coverage\""_s) - records);
    EXPECT_EQ(section.count(u"“Korean troops helped liberate the Kursk region”"_s), 3);
    EXPECT_EQ(section.count(u"Misleading"_s), 1 + 3);
    EXPECT_TRUE(html.contains(u"● Alpha"_s));
    EXPECT_TRUE(html.contains(u"○ Bravo (+2)"_s));
}

TEST(MatrixEmpty, AReportWithoutClaimsHasNoClaimSections)
{
    QTemporaryDir dir;
    ProjectStore store;
    ASSERT_TRUE(store.create(dir.filePath(u"p.crossread"_s)));
    const QString html = QString::fromUtf8(ReportExporter::html(ExportData::fromStore(store)));
    EXPECT_FALSE(html.contains(u"id=\"coverage\""_s));
    EXPECT_FALSE(html.contains(u"id=\"timeline\""_s));
}

TEST(MatrixEmpty, AnEmptyProjectGivesAnEmptyMatrix)
{
    QTemporaryDir dir;
    ProjectStore store;
    ASSERT_TRUE(store.create(dir.filePath(u"p.crossread"_s)));
    const CoverageMatrix m = CoverageMatrix::build(store);
    EXPECT_TRUE(m.outlets.isEmpty());
    EXPECT_TRUE(m.rows.isEmpty());
    EXPECT_EQ(m.toCsv(), u"row,kind,verdict,omitted by\r\n"_s);
    const Timeline t = Timeline::build(store);
    EXPECT_FALSE(t.start.isValid());
}

} // namespace
