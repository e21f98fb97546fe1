// SPDX-License-Identifier: MIT
// crossread-cli search, run in-process.
#include "storetestutil.h"

#include "cli/cli.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class SearchCli : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        Document doc;
        doc.meta.title = u"Kursk report"_s;
        doc.meta.outlet = u"Wire"_s;
        doc.meta.published = QDate(2025, 3, 14);
        doc.text = u"👍🏽 Officials said 76,000 Ukrainian soldiers were trapped near Sudzha."_s;
        m_doc = m_store->addDocument(doc, doc.text.toUtf8());
        ASSERT_NE(m_doc, 0);
        m_other = addDocument(u"Nobody was trapped, the ministry said."_s, u"Denial"_s);
        ASSERT_NE(m_store->addAnnotation(m_doc, 35, 43, {claim()}, u"soldiers count disputed"_s), 0);
        m_store->close();
    }
    DocumentId m_doc = 0;
    DocumentId m_other = 0;
};

TEST_F(SearchCli, PrintsDocumentFieldOffsetsAndMarkedSnippet)
{
    const CliResult r = runCli({u"search"_s, file(), u"soldiers"_s, u"--in"_s, u"text"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    // "👍🏽 " is 3 code points, so "soldiers" starts at 35 (37 in UTF-16).
    EXPECT_TRUE(lines[0].startsWith(QString::number(m_doc) + u"\ttext\t35\t43\t"_s)) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(u"[soldiers]"_s)) << lines[0].toStdString();
}

TEST_F(SearchCli, JsonListsSpansNotesAndFilters)
{
    CliResult r = runCli({u"search"_s, file(), u"trapped OR soldiers"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 3) << r.out.toStdString(); // two texts and the note
    bool sawNote = false;
    for (const QJsonValue& v : hits) {
        const QJsonObject o = v.toObject();
        if (o.value(u"field"_s).toString() == u"note"_s) {
            sawNote = true;
            EXPECT_TRUE(o.contains(u"annotation"_s));
            EXPECT_EQ(o.value(u"document"_s).toInteger(), m_doc);
        }
        EXPECT_FALSE(o.value(u"spans"_s).toArray().isEmpty());
    }
    EXPECT_TRUE(sawNote);

    r = runCli({u"search"_s, file(), u"trapped"_s, u"--json"_s, u"--outlet"_s, u"wire"_s, u"--from"_s, u"2025-03-01"_s,
             u"--to"_s, u"2025-03-31"_s, u"--tag"_s, u"Claim"_s, u"--limit"_s, u"5"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1) << r.out.toStdString();
    EXPECT_EQ(hits[0].toObject().value(u"document"_s).toInteger(), m_doc);
    EXPECT_EQ(hits[0].toObject().value(u"start"_s).toInteger(), 49);
}

TEST_F(SearchCli, BadQueriesAndOptionsFailClearly)
{
    CliResult r = runCli({u"search"_s, file(), u"soldiers OR"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.contains(u"fts5"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    r = runCli({u"search"_s, file(), u"x"_s, u"--from"_s, u"yesterday"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"yesterday"_s)) << r.err.toStdString();
    r = runCli({u"search"_s, file(), u"x"_s, u"--tag"_s, u"No such tag"_s});
    EXPECT_EQ(r.code, 1);
    r = runCli({u"search"_s, file()});
    EXPECT_EQ(r.code, 2);
    r = runCli({u"search"_s, m_dir.filePath(u"missing.crossread"_s), u"x"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"missing.crossread"_s)));
}

} // namespace
