// SPDX-License-Identifier: MIT
// crossread-cli claims, claim-from-cluster, matrix, timeline and import --revision-of, in-process.
#include "storetestutil.h"

#include "cli/cli.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kStatement = u"“We will never forget our friends,” she said."_s;

class ClaimsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(u"cli.crossread"_s);
        ASSERT_EQ(runCli({u"new"_s, m_file}).code, 0);
        write(u"a.txt"_s, u"Moscow thanks its allies\nMaria Zakharova said on Friday: "_s + kStatement
                              + u" The ministry also noted the treaty had been applied in full.\n"_s);
        write(u"b.txt"_s, u"A quiet week in Seoul\nThe foreign ministry in Moscow spoke at length. Zakharova said: "_s
                              + kStatement + u" Other topics were raised.\n"_s);
        const CliResult r = runCli({u"import"_s, m_file, m_dir.filePath(u"a.txt"_s), m_dir.filePath(u"b.txt"_s)});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    void write(const QString& name, const QString& text)
    {
        QFile f(m_dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QTemporaryDir m_dir;
    QString m_file;
};

TEST_F(ClaimsCli, ClaimsFromClustersThenJson)
{
    const CliResult made = runCli({u"claims"_s, m_file, u"--from-clusters"_s, u"--json"_s});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QJsonArray claims = QJsonDocument::fromJson(made.out.toUtf8()).array();
    ASSERT_EQ(claims.size(), 1) << made.out.toStdString();
    const QJsonObject c = claims[0].toObject();
    EXPECT_TRUE(c[u"title"_s].toString().contains(u"never forget our friends"_s));
    const QJsonArray anchors = c[u"anchors"_s].toArray();
    ASSERT_EQ(anchors.size(), 2);
    EXPECT_NE(anchors[0].toObject()[u"document"_s].toInt(), anchors[1].toObject()[u"document"_s].toInt());
    // Read-only listing afterwards sees the stored claim.
    const CliResult listed = runCli({u"claims"_s, m_file});
    EXPECT_EQ(listed.code, 0);
    EXPECT_TRUE(listed.out.contains(u"1 claim"_s)) << listed.out.toStdString();
}

TEST_F(ClaimsCli, ClaimFromClusterByNumberAndMatrixCsv)
{
    EXPECT_EQ(runCli({u"claim-from-cluster"_s, m_file, u"99"_s}).code, 1);
    EXPECT_EQ(runCli({u"claim-from-cluster"_s, m_file, u"x"_s}).code, 2);
    const CliResult made = runCli({u"claim-from-cluster"_s, m_file, u"1"_s});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const CliResult matrix = runCli({u"matrix"_s, m_file, u"--csv"_s});
    ASSERT_EQ(matrix.code, 0) << matrix.err.toStdString();
    const QStringList lines = matrix.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(u"row,kind,verdict,"_s));
    EXPECT_TRUE(lines[0].contains(u" prominence"_s));
    EXPECT_TRUE(lines[0].contains(u" framing"_s));
    EXPECT_TRUE(lines[1].contains(u",claim,"_s));
    // Both outlets quote it directly in their first paragraph (after a headline).
    EXPECT_EQ(lines[1].count(u"yes,first-paragraph,direct"_s), 2) << lines[1].toStdString();
    const CliResult timeline = runCli({u"timeline"_s, m_file, u"--json"_s});
    EXPECT_EQ(timeline.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(timeline.out.toUtf8()).array().size(), 1);
}

TEST_F(ClaimsCli, ImportRevisionPrintsTheAudit)
{
    ASSERT_EQ(runCli({u"annotate"_s, m_file, u"1"_s, u"--start"_s, u"25"_s, u"--end"_s, u"40"_s, u"--tag"_s, u"Claim"_s}).code, 0);
    write(u"a2.txt"_s, u"Moscow thanks its allies\nAn editor's note was added here at the top.\nMaria Zakharova said on Friday: "_s
                           + kStatement + u"\n"_s);
    const CliResult r = runCli({u"import"_s, m_file, u"--revision-of"_s, u"1"_s, m_dir.filePath(u"a2.txt"_s), u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject audit = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(audit[u"previous"_s].toInt(), 1);
    EXPECT_EQ(audit[u"revision"_s].toInt(), 2);
    const QJsonArray entries = audit[u"entries"_s].toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].toObject()[u"status"_s].toString(), u"moved"_s);
    // Text output, and the errors a user can make.
    write(u"a3.txt"_s, u"Moscow thanks its allies\nSomething else entirely.\n"_s);
    const CliResult text = runCli({u"import"_s, m_file, u"--revision-of"_s, u"1"_s, m_dir.filePath(u"a3.txt"_s)});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"revision 3"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"orphaned"_s));
    EXPECT_EQ(runCli({u"import"_s, m_file, u"--revision-of"_s, u"77"_s, m_dir.filePath(u"a3.txt"_s)}).code, 1);
    EXPECT_EQ(runCli({u"import"_s, m_file, u"--revision-of"_s, u"x"_s, m_dir.filePath(u"a3.txt"_s)}).code, 2);
    EXPECT_EQ(runCli({u"import"_s, m_file, u"--revision-of"_s, u"1"_s, m_dir.filePath(u"missing.txt"_s)}).code, 1);
}

TEST_F(ClaimsCli, UsageErrors)
{
    EXPECT_EQ(runCli({u"claims"_s}).code, 2);
    EXPECT_EQ(runCli({u"claims"_s, m_file, u"--bogus"_s}).code, 2);
    EXPECT_EQ(runCli({u"matrix"_s}).code, 2);
    EXPECT_EQ(runCli({u"claims"_s, m_dir.filePath(u"none.crossread"_s)}).code, 1);
    EXPECT_EQ(runCli({u"claims"_s, u"--help"_s}).code, 0);
}

} // namespace
