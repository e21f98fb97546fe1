// SPDX-License-Identifier: MIT
#include "exportfixture.h"
#include "w3cvalidator.h"

#include "testsupport.h"

#include "export/webannotationexporter.h"
#include "text/offsets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

class WebAnnotationExportTest : public ExportTest
{
protected:
    QJsonObject exported() const
    {
        return QJsonDocument::fromJson(WebAnnotationExporter::exportData(data(), fixedOptions())).object();
    }
    QJsonArray items() const { return exported()[u"first"_s][u"items"_s].toArray(); }
    /// Writes JSON objects to files in the temporary folder and returns their paths.
    QStringList writeFiles(const QString& stem, const QList<QJsonObject>& objects) const
    {
        QStringList paths;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QString path = m_dir.filePath(stem + QString::number(i) + u".json"_s);
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(objects[i]).toJson());
            paths.append(path);
        }
        return paths;
    }
};

#define REQUIRE_W3C_SUITE()                                                                                  \
    do {                                                                                                     \
        CROSSREAD_REQUIRE_STANDARDS();                                                                       \
        if (webAnnotationSuiteDir().isEmpty())                                                               \
            GTEST_SKIP() << "standards/web-annotation not found; skipping";                                 \
        if (ajvPath().isEmpty())                                                                             \
            GTEST_SKIP() << "CROSSREAD_TOOLS_DIR is not set or has no ajv (run scripts/test, or configure "  \
                            "with -DCROSSREAD_TOOLS_DIR=$(scripts/env scripts/tools)); skipping";            \
    } while (false)

TEST_F(WebAnnotationExportTest, CollectionHasTheModelsShape)
{
    const QJsonObject c = exported();
    EXPECT_EQ(c[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    EXPECT_EQ(c[u"type"_s].toString(), u"AnnotationCollection"_s);
    EXPECT_TRUE(c[u"id"_s].toString().startsWith(u"urn:uuid:"_s));
    EXPECT_EQ(c[u"total"_s].toInt(), m_annotations.size());
    EXPECT_EQ(c[u"first"_s][u"type"_s].toString(), u"AnnotationPage"_s);
    EXPECT_EQ(items().size(), m_annotations.size());
}

TEST_F(WebAnnotationExportTest, EachAnnotationHasBothSelectorsInCodePoints)
{
    QSet<QString> ids;
    for (const QJsonValue v : items()) {
        const QJsonObject a = v.toObject();
        EXPECT_EQ(a[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        EXPECT_EQ(a[u"type"_s].toString(), u"Annotation"_s);
        EXPECT_TRUE(a[u"id"_s].toString().startsWith(u"urn:uuid:"_s));
        ids.insert(a[u"id"_s].toString());
        EXPECT_FALSE(a.contains(u"body"_s) && a.contains(u"bodyValue"_s));
        const QJsonObject target = a[u"target"_s].toObject();
        const QString source = target[u"source"_s].toString();
        const QJsonArray selectors = target[u"selector"_s].toArray();
        ASSERT_EQ(selectors.size(), 2);
        const QJsonObject quote = selectors[0].toObject(), position = selectors[1].toObject();
        EXPECT_EQ(quote[u"type"_s].toString(), u"TextQuoteSelector"_s);
        EXPECT_EQ(position[u"type"_s].toString(), u"TextPositionSelector"_s);
        // The document is named by its URL or by the hash of its original bytes.
        const Document* doc = nullptr;
        const ExportData d = data();
        for (const Document& candidate : d.documents) {
            if (documentSourceUri(candidate) == source)
                doc = &candidate;
        }
        ASSERT_NE(doc, nullptr) << source.toStdString();
        EXPECT_TRUE(source.startsWith(u"https://"_s) || source.startsWith(u"urn:sha256:"_s));
        const qint64 start = position[u"start"_s].toInteger(), end = position[u"end"_s].toInteger();
        EXPECT_EQ(codePointMid(doc->text, start, end), quote[u"exact"_s].toString());
        EXPECT_TRUE(codePointMid(doc->text, 0, start).endsWith(quote[u"prefix"_s].toString()));
        EXPECT_TRUE(codePointMid(doc->text, end, codePointLength(doc->text)).startsWith(quote[u"suffix"_s].toString()));
    }
    EXPECT_EQ(ids.size(), m_annotations.size()) << "annotation ids must be unique";
}

TEST_F(WebAnnotationExportTest, TextPositionCountsCodePointsNotUtf16)
{
    // "Omar Haddad 👍🏽 said": the emoji and its skin tone are two code points but four UTF-16 units.
    const QString text = fixtureDocuments()[1].text;
    for (const QJsonValue v : items()) {
        const QJsonArray selectors = v[u"target"_s][u"selector"_s].toArray();
        if (selectors[0][u"exact"_s].toString() != u"Exports rose by 40 percent"_s)
            continue;
        if (!v[u"target"_s][u"source"_s].toString().startsWith(u"urn:sha256:"_s))
            continue;
        const qint64 utf16 = text.indexOf(u"Exports rose"_s);
        EXPECT_EQ(selectors[1][u"start"_s].toInteger(), utf16 - 2); // two surrogate pairs before it
        return;
    }
    FAIL() << "the annotation on the second document was not exported";
}

TEST_F(WebAnnotationExportTest, BodiesCarryTagsNoteAndVerdictWithW3cPurposes)
{
    QJsonObject first;
    for (const QJsonValue v : items()) {
        if (v[u"target"_s][u"selector"_s][0][u"exact"_s].toString() == u"Exports rose by 40 percent, the highest ever."_s)
            first = v.toObject();
    }
    QStringList tagging, commenting, assessing;
    for (const QJsonValue b : first[u"body"_s].toArray()) {
        EXPECT_EQ(b[u"type"_s].toString(), u"TextualBody"_s);
        const QString purpose = b[u"purpose"_s].toString();
        (purpose == u"tagging"_s ? tagging : purpose == u"commenting"_s ? commenting : assessing).append(b[u"value"_s].toString());
    }
    EXPECT_EQ(tagging, (QStringList{u"claim"_s, u"Economy, trade"_s})); // keys (issue #23)
    EXPECT_EQ(commenting, QStringList{u"Checked against \"customs\" figures, twice."_s});
    EXPECT_EQ(assessing, QStringList{u"mostly-false"_s});
    EXPECT_EQ(first[u"motivation"_s].toString(), u"assessing"_s);
    EXPECT_EQ(first[u"created"_s].toString(), u"2026-02-20T09:01:00.000Z"_s);
    const QJsonObject own = first[u"crossread:annotation"_s].toObject();
    EXPECT_EQ(own[u"speaker"_s][u"name"_s].toString(), u"Minister Lee"_s);
    EXPECT_EQ(own[u"evidence"_s][0][u"url"_s].toString(), u"https://customs.example/2025.csv"_s);
}

TEST_F(WebAnnotationExportTest, IdsAreStableAcrossExports)
{
    EXPECT_EQ(WebAnnotationExporter::exportData(data(), fixedOptions()), WebAnnotationExporter::exportData(data(), fixedOptions()));
}

TEST_F(WebAnnotationExportTest, EveryAnnotationPassesTheW3cMusts)
{
    REQUIRE_W3C_SUITE();
    QList<QJsonObject> annotations;
    for (const QJsonValue v : items())
        annotations.append(v.toObject());
    QString error;
    const QStringList failures = validateAgainst(u"annotations/annotationMusts.test"_s, writeFiles(u"anno"_s, annotations), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u"\n"_s).toStdString();
    EXPECT_GE(assertionsOf(u"annotations/annotationMusts.test"_s, &error).size(), 50);
}

TEST_F(WebAnnotationExportTest, CollectionAndPagePassTheW3cMusts)
{
    REQUIRE_W3C_SUITE();
    const QStringList files = writeFiles(u"collection"_s, {exported()});
    QString error;
    QStringList failures = validateAgainst(u"collections/collectionMusts.test"_s, files, &error);
    failures += validateAgainst(u"collections/pages/pageMusts.test"_s, files, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u"\n"_s).toStdString();
}

TEST_F(WebAnnotationExportTest, ValidatorRejectsABrokenAnnotation)
{
    // The harness must be able to fail: the https @context and body + bodyValue are both MUST violations.
    REQUIRE_W3C_SUITE();
    QJsonObject broken = items()[0].toObject();
    broken[u"@context"_s] = u"https://www.w3.org/ns/anno.jsonld"_s;
    broken[u"bodyValue"_s] = u"both"_s;
    QString error;
    const QStringList failures = validateAgainst(u"annotations/annotationMusts.test"_s, writeFiles(u"broken"_s, {broken}), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_GE(failures.size(), 2);
    // The in-process runner and ajv-cli itself agree on both files.
    const QString context = u"annotations/3.1-annotationContextValidated.json"_s;
    QString output;
    EXPECT_NE(runAjvCli(context, writeFiles(u"broken-cli"_s, {broken}).first(), &output), 0) << output.toStdString();
    EXPECT_EQ(runAjvCli(context, writeFiles(u"good-cli"_s, {items()[0].toObject()}).first(), &output), 0) << output.toStdString();
}

TEST_F(WebAnnotationExportTest, MatchesGoldenFile)
{
    compareGolden(u"golden.wadm.jsonld"_s, WebAnnotationExporter::exportData(data(), fixedOptions()));
}

} // namespace
} // namespace Crossread::Test
