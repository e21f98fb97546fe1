// SPDX-License-Identifier: MIT
// Text that looks like syntax — quotes, %, NUL, backslashes, SQL and HTML fragments — is data:
// titles, notes, rationales, tag and speaker names and settings come back exactly, from the file
// after reopening and through the W3C export and import; the HTML report escapes it.
#include "reliabilitytest.h"

#include "export/annotationimporter.h"
#include "export/exportdata.h"
#include "export/exporter.h"
#include "search/searchquery.h"

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList nastyStrings()
{
    return {
        u"O'Brien said \"yes\" — ‘curly’ «guillemets»"_s,
        u"100% sure; 50%_off; %s %n %d %1 %%"_s,
        u"Robert'); DROP TABLE annotations;--"_s,
        u"' OR '1'='1' /* */ -- ; SELECT * FROM sqlite_master"_s,
        u"before\0after"_s, // an embedded NUL (the literal keeps its full length)
        u"back\\slash \\0 \\n \\x00"_s,
        u"<script>alert('x')</script> &amp; <b>bold</b>"_s,
        u"LIKE '%_%' ESCAPE '\\'"_s,
        u"line\nbreak\r\nand\ttab \u2028 separator"_s,
        u"emoji 👍🏽 and CJK 김정은 and RTL قال"_s,
        u"  leading and trailing spaces  "_s,
    };
}

class RoundTrip : public ProjectTest
{
};

TEST_F(RoundTrip, StoreKeepsEveryCharacter)
{
    const QString text = u"The minister said exports rose by forty percent in the last quarter of the year."_s;
    Document d;
    d.meta.title = u"Plain"_s;
    d.text = text;
    d.length = text.size();
    const DocumentId doc = m_store->addDocument(d, text.toUtf8());
    ASSERT_NE(doc, 0);
    const QStringList nasty = nastyStrings();
    ASSERT_EQ(nasty.at(4).size(), 12) << "the NUL must be inside the string";
    QList<AnnotationId> ids;
    QList<TagId> tags;
    QList<EntityId> speakers;
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        const QString& s = nasty.at(i);
        Tag t;
        t.name = s + QString::number(i); // names are unique case-insensitively
        t.description = s;
        tags.append(m_store->addTag(t));
        ASSERT_NE(tags.last(), 0) << i;
        speakers.append(m_store->addEntity(Entity{0, u"Speaker "_s + QString::number(i) + s, s, {}}));
        ASSERT_NE(speakers.last(), 0) << i;
        ids.append(m_store->addAnnotation(doc, i, i + 5, {tags.last()}, s));
        ASSERT_NE(ids.last(), 0) << i;
        ASSERT_TRUE(m_store->setRationale(ids.last(), s));
        ASSERT_TRUE(m_store->setSpeaker(ids.last(), speakers.last()));
        ASSERT_TRUE(m_store->setSetting(u"test.key"_s + QString::number(i), s));
    }
    DocumentMetadata meta = m_store->document(doc)->meta;
    meta.title = nasty.join(u'|');
    meta.author = nasty.at(2);
    meta.outlet = nasty.at(4);
    ASSERT_TRUE(m_store->setDocumentMetadata(doc, meta));

    // From the file, after reopening.
    m_store = std::make_unique<ProjectStore>();
    StoreError error;
    ASSERT_TRUE(m_store->open(file(), ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
    EXPECT_EQ(m_store->document(doc)->meta, meta);
    EXPECT_EQ(m_store->documentText(doc), text);
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        const QString& s = nasty.at(i);
        const std::optional<Annotation> a = m_store->annotation(ids.at(i));
        ASSERT_TRUE(a);
        EXPECT_EQ(a->note, s) << i;
        EXPECT_EQ(a->rationale, s) << i;
        // Names are trimmed on purpose (a name is a label); everything inside them is kept.
        const QString tagName = QString(s + QString::number(i)).trimmed();
        const QString speakerName = QString(u"Speaker "_s + QString::number(i) + s).trimmed();
        EXPECT_EQ(m_store->tag(tags.at(i))->name, tagName);
        EXPECT_EQ(m_store->tag(tags.at(i))->description, s);
        const std::optional<Tag> byName = m_store->tagByName(tagName);
        ASSERT_TRUE(byName) << i;
        EXPECT_EQ(byName->id, tags.at(i)) << i;
        EXPECT_EQ(m_store->entity(speakers.at(i))->name, speakerName);
        EXPECT_EQ(m_store->entity(speakers.at(i))->role, s);
        const std::optional<Entity> speaker = m_store->entityByName(speakerName);
        ASSERT_TRUE(speaker) << i;
        EXPECT_EQ(speaker->id, speakers.at(i)) << i;
        EXPECT_EQ(m_store->setting(u"test.key"_s + QString::number(i)), s) << i;
    }
    // As search queries they are searched for, never run as SQL (checked below: every table and
    // row is still there); FTS5 syntax errors come back as a reason, not an exception.
    for (const QString& s : nasty) {
        SearchQuery query;
        query.text = s;
        (void)m_store->search(query);
    }
    SearchQuery drop;
    drop.text = u"DROP TABLE annotations"_s;
    drop.fields = SearchField::Note;
    const SearchResults found = m_store->search(drop);
    ASSERT_TRUE(found.error.isEmpty()) << found.error.toStdString();
    ASSERT_FALSE(found.hits.isEmpty());
    EXPECT_EQ(found.hits.first().annotation, ids.at(2));
    // Nothing was executed: every table is still there and holds what was added.
    EXPECT_TRUE(m_store->integrityProblems().isEmpty());
    EXPECT_EQ(m_store->allAnnotations().size(), nasty.size());

    // Through the W3C export into a second project holding the same text.
    QString exportError;
    const QByteArray wadm = Exporter::render(ExportData::fromStore(*m_store), ExportFormat::WebAnnotation, {}, &exportError);
    ASSERT_FALSE(wadm.isEmpty()) << exportError.toStdString();
    ProjectStore other;
    ASSERT_TRUE(other.create(file(u"other.crossread"_s)));
    ASSERT_NE(other.addDocument(d, text.toUtf8()), 0);
    AnnotationImporter importer(other);
    const AnnotationImporter::Report report = importer.importJson(wadm);
    ASSERT_TRUE(report.ok) << report.error.toStdString();
    EXPECT_EQ(report.anchored(), nasty.size());
    QStringList notes, rationales, tagNames;
    for (const Annotation& a : other.allAnnotations()) {
        notes.append(a.note);
        rationales.append(a.rationale);
        for (const TagId t : a.tags)
            tagNames.append(other.tag(t)->name);
    }
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        EXPECT_TRUE(notes.contains(nasty.at(i))) << i;
        EXPECT_TRUE(rationales.contains(nasty.at(i))) << i;
        EXPECT_TRUE(tagNames.contains(QString(nasty.at(i) + QString::number(i)).trimmed())) << i;
    }

    // The HTML report shows the text, escaped.
    const QByteArray html = Exporter::render(ExportData::fromStore(*m_store), ExportFormat::Html, {}, &exportError);
    ASSERT_FALSE(html.isEmpty()) << exportError.toStdString();
    EXPECT_FALSE(html.contains("<script>alert")) << "markup in a note must be escaped";
    EXPECT_TRUE(html.contains("&lt;script&gt;alert")) << "and still be shown";
}

} // namespace
