// SPDX-License-Identifier: MIT
// crossread-cli new, info, check, annotate and annotations, run in-process.
#include "storetestutil.h"

#include "cli/cli.h"
#include "clirun.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class StoreCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(u"cli.crossread"_s);
        const CliResult r = runCli({u"new"_s, m_file});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        ProjectStore store;
        ASSERT_TRUE(store.open(m_file));
        Document doc;
        doc.meta.title = u"Report"_s;
        doc.text = u"Officials said 76,000 Ukrainian 👍🏽 soldiers were trapped."_s;
        m_doc = store.addDocument(doc, doc.text.toUtf8());
        ASSERT_NE(m_doc, 0);
    }
    QString doc() const { return QString::number(m_doc); }

    QTemporaryDir m_dir;
    QString m_file;
    DocumentId m_doc = 0;
};

TEST_F(StoreCli, NewRefusesAnExistingFile)
{
    const CliResult r = runCli({u"new"_s, m_file});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(u"exists"_s)) << r.err.toStdString();
}

TEST_F(StoreCli, InfoShowsVersionAndCounts)
{
    const CliResult r = runCli({u"info"_s, m_file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // A new project is written in the current format.
    const QString version = u"Format version: %1"_s.arg(ProjectStore::currentSchemaVersion());
    EXPECT_TRUE(r.out.contains(version)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(u"documents +1\n"_s))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(u"tags +3\n"_s))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(u"annotations +0\n"_s)));
}

TEST_F(StoreCli, AnnotatePrintsTheCommittedIdAndAnnotationsListsIt)
{
    // Code points: "👍🏽" is 2 of them (4 UTF-16 units).
    const CliResult r = runCli({u"annotate"_s, m_file, u"Report"_s, u"--start"_s, u"15"_s, u"--end"_s, u"43"_s, u"--tag"_s,
                          u"claim"_s, u"Unverified"_s, u"--note"_s, u"check"_s, u"--verdict"_s, u"mostly false"_s,
                          u"--speaker"_s, u"Officials"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const qint64 id = r.out.trimmed().toLongLong();
    ASSERT_GT(id, 0) << r.out.toStdString();
    {
        ProjectStore store;
        ASSERT_TRUE(store.open(m_file, ProjectStore::OpenMode::ReadOnly));
        ASSERT_TRUE(store.annotation(id)); // committed before the id was printed
    }

    const CliResult list = runCli({u"annotations"_s, m_file, doc(), u"--json"_s});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1) << list.out.toStdString();
    const QJsonObject a = array.first().toObject();
    EXPECT_EQ(a[u"id"].toInteger(), id);
    EXPECT_EQ(a[u"start"].toInteger(), 15);
    EXPECT_EQ(a[u"end"].toInteger(), 43);
    EXPECT_EQ(a[u"quote"].toString(), u"76,000 Ukrainian 👍🏽 soldiers"_s);
    EXPECT_EQ(a[u"tags"].toArray(), (QJsonArray{u"Claim"_s, u"Unverified"_s}));
    EXPECT_EQ(a[u"verdict"].toString(), u"Mostly false"_s);
    EXPECT_EQ(a[u"speaker"].toString(), u"Officials"_s);
    EXPECT_EQ(a[u"note"].toString(), u"check"_s);
    EXPECT_FALSE(a[u"orphaned"].toBool());

    const CliResult plain = runCli({u"annotations"_s, m_file});
    ASSERT_EQ(plain.code, 0);
    EXPECT_TRUE(plain.out.contains(u"“76,000 Ukrainian 👍🏽 soldiers”"_s)) << plain.out.toStdString();
}

struct BadAnnotate
{
    const char* name;
    QStringList extra; // after FILE
    const char* message; // part of the error
};

class StoreCliBadAnnotate : public StoreCli, public ::testing::WithParamInterface<BadAnnotate>
{
};

TEST_P(StoreCliBadAnnotate, FailsClearlyAndWritesNothing)
{
    const CliResult r = runCli(QStringList{u"annotate"_s, m_file} + GetParam().extra);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().message), Qt::CaseInsensitive)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    ProjectStore store;
    ASSERT_TRUE(store.open(m_file, ProjectStore::OpenMode::ReadOnly));
    EXPECT_TRUE(store.allAnnotations().isEmpty());
    EXPECT_TRUE(store.entities().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Arguments, StoreCliBadAnnotate,
    ::testing::Values(
        BadAnnotate{"UnknownDocument", {u"Nothing"_s, u"--start"_s, u"1"_s, u"--end"_s, u"2"_s, u"--tag"_s, u"Claim"_s}, "no document"},
        BadAnnotate{"UnknownTag", {u"1"_s, u"--start"_s, u"1"_s, u"--end"_s, u"2"_s, u"--tag"_s, u"Nope"_s}, "no tag 'Nope'"},
        BadAnnotate{"StartAfterEnd", {u"1"_s, u"--start"_s, u"5"_s, u"--end"_s, u"2"_s, u"--tag"_s, u"Claim"_s}, "must not be after"},
        BadAnnotate{"OutsideText", {u"1"_s, u"--start"_s, u"5"_s, u"--end"_s, u"500"_s, u"--tag"_s, u"Claim"_s, u"--speaker"_s, u"New person"_s}, "outside the text"},
        BadAnnotate{"NotANumber", {u"1"_s, u"--start"_s, u"five"_s, u"--end"_s, u"9"_s, u"--tag"_s, u"Claim"_s}, "whole number"},
        BadAnnotate{"NoTag", {u"1"_s, u"--start"_s, u"1"_s, u"--end"_s, u"9"_s}, "--tag"},
        BadAnnotate{"BadVerdict", {u"1"_s, u"--start"_s, u"1"_s, u"--end"_s, u"9"_s, u"--tag"_s, u"Claim"_s, u"--verdict"_s, u"Lies"_s}, "rating scale"}),
    [](const auto& tp) { return std::string(tp.param.name); });

TEST_F(StoreCli, BadFilesFailWithTheirOwnMessage)
{
    const CliResult missing = runCli({u"info"_s, m_dir.filePath(u"none.crossread"_s)});
    EXPECT_NE(missing.code, 0);
    EXPECT_TRUE(missing.err.contains(u"does not exist"_s)) << missing.err.toStdString();
    const QString text = m_dir.filePath(u"notes.txt"_s);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    const CliResult notSqlite = runCli({u"annotations"_s, text, u"--json"_s});
    EXPECT_NE(notSqlite.code, 0);
    EXPECT_TRUE(notSqlite.err.contains(u"not an SQLite database"_s)) << notSqlite.err.toStdString();
    EXPECT_EQ(runCli({u"check"_s}).code, Cli::Usage);
}

TEST_F(StoreCli, CheckPassesOnASoundProjectAndFindsADriftedQuote)
{
    ASSERT_EQ(runCli({u"annotate"_s, m_file, doc(), u"--start"_s, u"0"_s, u"--end"_s, u"9"_s, u"--tag"_s, u"Claim"_s}).code, 0);
    const CliResult ok = runCli({u"check"_s, m_file});
    EXPECT_EQ(ok.code, 0) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"ok"_s));
    {
        Database db(m_file, Database::Mode::ReadWrite);
        db.exec("UPDATE annotations SET quote = 'Offishals'");
    }
    const CliResult bad = runCli({u"check"_s, m_file});
    EXPECT_EQ(bad.code, Cli::Failed);
    EXPECT_TRUE(bad.out.contains(u"“Offishals” does not match the text at [0, 9): “Officials”"_s)) << bad.out.toStdString();
}

} // namespace
