// SPDX-License-Identifier: MIT
#include "exportfixture.h"

#include "testsupport.h"
#include "text/offsets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <iostream>

using namespace Qt::StringLiterals;

namespace Crossread::Test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
}

ExportOptions fixedOptions()
{
    ExportOptions options;
    options.now = fixedNow();
    return options;
}

QList<FixtureDocument> fixtureDocuments()
{
    FixtureDocument a;
    a.meta = {u"Minister defends grain deal"_s, u"Daily Ledger"_s, u"Ana Ruiz"_s, QDate(2026, 2, 10),
              u"https://ledger.example/news/grain-deal"_s, u"en"_s};
    a.text = u"Minister Lee said, \"Exports rose by 40 percent, the highest ever.\" Critics disagree.\n\n"
             u"The ministry later added that \"no shipment was delayed\", citing port data."_s;
    FixtureDocument b;
    b.meta = {u"Port chief: \"delays were minor\""_s, u"Harbour Times"_s, {}, QDate(2026, 2, 11), {}, u"en"_s};
    b.text = u"Port chief Omar Haddad 👍🏽 said <delays> were \"minor, a day or two\" & rare.\n"
             u"김정은 위원장 and قال المتحدث are quoted; Exports rose by 40 percent, he repeated."_s;
    FixtureDocument c;
    c.meta = {u"Notes, unannotated"_s, u"Blog, Inc."_s, {}, {}, u"not a url"_s, u"en"_s};
    c.text = u"A document without annotations still appears in the report."_s;
    return {a, b, c};
}

QList<DocumentId> addFixtureDocuments(ProjectStore& store, const QList<FixtureDocument>& docs)
{
    QList<DocumentId> ids;
    for (const FixtureDocument& f : docs) {
        Document d;
        d.meta = f.meta;
        d.originalFileName = f.meta.title + u".txt"_s;
        d.encoding = u"UTF-8"_s;
        d.text = f.text;
        const DocumentId id = store.addDocument(d, f.text.toUtf8());
        EXPECT_NE(id, 0) << store.lastError().message.toStdString();
        ids.append(id);
    }
    return ids;
}

QPair<qint64, qint64> find(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle);
    EXPECT_GE(at, 0) << needle.toStdString();
    const OffsetMap map(text);
    return {map.toCodePoint(at), map.toCodePoint(at + needle.size())};
}

void ExportTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_store = std::make_unique<ProjectStore>();
    StoreError error;
    ASSERT_TRUE(m_store->create(file(u"golden.crossread"_s), &error)) << error.message.toStdString();
    m_store->setAnnotator(u"Fixture"_s);
    const QList<FixtureDocument> docs = fixtureDocuments();
    m_docs = addFixtureDocuments(*m_store, docs);
    ASSERT_EQ(m_docs.size(), 3);

    const TagId claim = m_store->builtinTag(u"claim"_s)->id;
    const TagId attribution = m_store->builtinTag(u"attribution"_s)->id;
    const TagId unverified = m_store->builtinTag(u"unverified"_s)->id;
    Tag economy;
    economy.name = u"Economy, trade"_s;
    economy.color = QColor(0x4a, 0x90, 0xd9);
    const TagId economyTag = m_store->addTag(economy);
    ASSERT_NE(economyTag, 0);
    Entity lee{0, u"Minister Lee"_s, u"Trade minister"_s, {u"Lee"_s}};
    const EntityId leeId = m_store->addEntity(lee);
    const EntityId haddad = m_store->ensureEntity(u"Omar Haddad"_s);
    ASSERT_NE(leeId, 0);
    ASSERT_NE(haddad, 0);
    ASSERT_TRUE(m_store->setSetting(u"organization.name"_s, u"Example Fact Desk"_s));
    ASSERT_TRUE(m_store->setSetting(u"organization.url"_s, u"https://factdesk.example/"_s));
    ASSERT_TRUE(m_store->setSetting(u"organization.reviewUrl"_s, u"https://factdesk.example/reviews/grain"_s));

    const auto annotation = [&](int doc, const QString& quote, QList<TagId> tags, int minute) {
        Annotation a;
        a.document = m_docs[doc];
        std::tie(a.start, a.end) = find(docs[doc].text, quote);
        a.tags = tags;
        a.annotator = minute % 2 ? u"Ana, \"fact\" desk"_s : u"Fixture"_s;
        a.created = QDateTime(QDate(2026, 2, 20), QTime(9, minute), QTimeZone::UTC);
        a.modified = a.created.addSecs(90);
        return a;
    };
    Annotation exports = annotation(0, u"Exports rose by 40 percent, the highest ever."_s, {claim, economyTag}, 1);
    exports.verdict = u"Mostly false"_s;
    exports.rationale = u"Customs data show a 12% rise; 2019 was higher.\nSee the table."_s;
    exports.speaker = leeId;
    exports.note = u"Checked against \"customs\" figures, twice."_s;
    exports.evidence = {{0, u"https://customs.example/2025.csv"_s, u"Customs, 2025"_s, QDate(2026, 2, 19)}};
    Annotation delayed = annotation(0, u"no shipment was delayed"_s, {claim}, 2);
    delayed.verdict = u"Unproven"_s;
    delayed.rationale = u"Port data were not published."_s;
    Annotation said = annotation(0, u"Minister Lee said"_s, {attribution}, 3);
    said.speaker = leeId;
    Annotation minor = annotation(1, u"\"minor, a day or two\""_s, {claim, unverified}, 4);
    minor.speaker = haddad;
    minor.verdict = u"True"_s;
    Annotation emoji = annotation(1, u"Omar Haddad 👍🏽 said"_s, {attribution}, 5);
    emoji.speaker = haddad;
    Annotation korean = annotation(1, u"김정은 위원장 and قال المتحدث"_s, {unverified}, 6);
    korean.note = u"Overlaps nothing; mixed scripts."_s;
    Annotation repeated = annotation(1, u"Exports rose by 40 percent"_s, {claim}, 7);
    repeated.speaker = haddad;
    Annotation inner = annotation(0, u"40 percent"_s, {economyTag}, 8); // nested in `exports`
    m_annotations = m_store->addAnnotations({exports, delayed, said, minor, emoji, korean, repeated, inner});
    ASSERT_EQ(m_annotations.size(), 8) << m_store->lastError().message.toStdString();
    ASSERT_NE(m_store->addLink(m_annotations[0], m_annotations[6], LinkKind::SameStatement), 0);
    ASSERT_NE(m_store->addLink(m_annotations[1], m_annotations[3], LinkKind::Contradicts), 0);
}

void ExportTest::compareGolden(const QString& name, const QByteArray& actual) const
{
    const QString path = dataPath(u"export/"_s + name);
    if (qEnvironmentVariableIsSet("CROSSREAD_REFRESH_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly)) << path.toStdString();
        out.write(actual);
        std::cerr << "refreshed " << path.toStdString() << '\n';
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "missing golden file " << path.toStdString()
                                              << "; run scripts/refresh-golden after reviewing the output";
    const QByteArray expected = in.readAll();
    if (expected != actual) {
        const QString actualPath = m_dir.filePath(name);
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        FAIL() << "output differs from " << path.toStdString() << " (size " << actual.size() << " vs " << expected.size()
               << "); diff it against the golden file, and if the change is intended run scripts/refresh-golden.\n"
               << "--- actual start ---\n" << actual.left(1500).toStdString();
    }
}

} // namespace Crossread::Test
