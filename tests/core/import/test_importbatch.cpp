// SPDX-License-Identifier: MIT
// importFiles() against a real project file, and the import/list/text subcommands of crossread-cli.
#include "clirun.h"
#include "importtestutil.h"
#include "testsupport.h"

#include "store/projectstore.h"
#include "text/offsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class ImportBatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project.crossread"));
        StoreError error;
        ASSERT_TRUE(m_store.create(m_project, &error)) << qPrintable(error.message);
    }

    QString file(const QString& name, const QByteArray& bytes) { return writeFile(m_dir, name, bytes); }

    QTemporaryDir m_dir;
    QString m_project;
    ProjectStore m_store;
};

const QByteArray kArticle = "Harbour cranes return after strike\n"
                            "By Maria Lang, The Coastal Herald\n"
                            "Published: March 4, 2031\n\n"
                            "Work resumed at the harbour on Tuesday after a two-week strike, the union said.\n";

TEST_F(ImportBatchTest, ImportsSkipsDuplicatesAndGoesOnAfterFailures)
{
    const QStringList paths{file(QStringLiteral("a.txt"), kArticle), file(QStringLiteral("empty.txt"), {}),
                            file(QStringLiteral("copy.txt"), kArticle), file(QStringLiteral("pic.txt"), "\x89PNG\r\n\x1a\n....."),
                            file(QStringLiteral("b.md"), "# Second\n\nAnother text, with *emphasis*.\n")};
    QList<int> progressSeen;
    const QList<ImportResult> results = Importer::importFiles(
        m_store, paths, {}, [&](int done, int total, const QString&) {
            EXPECT_EQ(total, 5);
            progressSeen.append(done);
        });
    ASSERT_EQ(results.size(), 5);
    EXPECT_EQ(results[0].status, ImportResult::Status::Imported);
    EXPECT_EQ(results[1].status, ImportResult::Status::Failed);
    EXPECT_TRUE(results[1].reason.contains(QLatin1String("empty")));
    EXPECT_EQ(results[2].status, ImportResult::Status::Duplicate);
    EXPECT_EQ(results[2].document, results[0].document);
    EXPECT_EQ(results[3].status, ImportResult::Status::Failed);
    EXPECT_TRUE(results[3].reason.contains(QLatin1String("PNG")));
    EXPECT_EQ(results[4].status, ImportResult::Status::Imported);
    EXPECT_EQ(progressSeen, (QList<int>{0, 1, 2, 3, 4, 5}));

    const QList<Document> docs = m_store.documents();
    ASSERT_EQ(docs.size(), 2);
    const std::optional<Document> first = m_store.document(results[0].document);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->meta.title, QStringLiteral("Harbour cranes return after strike"));
    EXPECT_EQ(first->meta.author, QStringLiteral("Maria Lang"));
    EXPECT_EQ(first->meta.published, QDate(2031, 3, 4));
    EXPECT_EQ(m_store.originalBytes(results[0].document), kArticle);
    EXPECT_EQ(first->text, QString::fromUtf8(kArticle).trimmed());
}

TEST_F(ImportBatchTest, CancelStopsBeforeTheNextFile)
{
    std::atomic_bool cancel = false;
    const QStringList paths{file(QStringLiteral("a.txt"), kArticle), file(QStringLiteral("b.txt"), kArticle + "more"),
                            file(QStringLiteral("c.txt"), kArticle + "even more")};
    const QList<ImportResult> results = Importer::importFiles(
        m_store, paths, {}, [&](int done, int, const QString&) {
            if (done == 1)
                cancel = true; // while the second file is announced
        },
        &cancel);
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0].status, ImportResult::Status::Imported);
    EXPECT_EQ(results[1].status, ImportResult::Status::Imported);
    EXPECT_EQ(results[2].status, ImportResult::Status::Cancelled);
    EXPECT_EQ(m_store.documents().size(), 2);
}

TEST_F(ImportBatchTest, WholeCorpusImports)
{
    CROSSREAD_REQUIRE_CORPUS();
    QStringList paths = Importer::expandPaths({corpusDir()});
    paths.removeIf([](const QString& p) { return !p.endsWith(QLatin1String(".txt")); }); // not the README
    ASSERT_EQ(paths.size(), 5);
    const QList<ImportResult> results = Importer::importFiles(m_store, paths);
    for (const ImportResult& r : results)
        EXPECT_EQ(r.status, ImportResult::Status::Imported) << qPrintable(r.path) << ": " << qPrintable(r.reason);
    const QList<Document> docs = m_store.documents();
    ASSERT_EQ(docs.size(), 5);
    QStringList titles;
    for (const Document& d : docs) {
        titles.append(d.meta.title);
        EXPECT_EQ(d.length, codePointLength(m_store.documentText(d.id)));
    }
    EXPECT_TRUE(titles.contains(QStringLiteral("Russian ambassador in Seoul thanks North Korean troops for 'liberation' "
                                               "of Kursk")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Recognizing the assistance of the Korean military in the liberation of "
                                               "the occupied areas of Kursk Oblast")));
}

TEST_F(ImportBatchTest, CliImportListText)
{
    m_store.close();
    const QString good = file(QStringLiteral("good.txt"), kArticle);
    const QString bad = file(QStringLiteral("bad.txt"), QByteArray("bin\0ary", 7));
    CliRun r = runCli(Cli::cmdImport, {m_project, good, bad});
    EXPECT_EQ(r.exit, Cli::Failed) << "one file failed";
    EXPECT_TRUE(r.out.contains(QLatin1String("1 imported, 0 skipped, 1 failed"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("NUL"))) << qPrintable(r.out);
    EXPECT_TRUE(r.err.contains(QLatin1String("[2/2]"))) << qPrintable(r.err);

    r = runCli(Cli::cmdImport, {m_project, good});
    EXPECT_EQ(r.exit, Cli::Ok);
    EXPECT_TRUE(r.out.contains(QLatin1String("0 imported, 1 skipped, 0 failed"))) << qPrintable(r.out);

    r = runCli(Cli::cmdList, {m_project, QStringLiteral("--json")});
    ASSERT_EQ(r.exit, Cli::Ok) << qPrintable(r.err);
    const QJsonArray docs = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(docs.size(), 1) << qPrintable(r.out);
    const QJsonObject d = docs.first().toObject();
    EXPECT_EQ(d.value(QLatin1String("title")).toString(), QStringLiteral("Harbour cranes return after strike"));
    EXPECT_EQ(d.value(QLatin1String("outlet")).toString(), QStringLiteral("The Coastal Herald"));
    EXPECT_EQ(d.value(QLatin1String("date")).toString(), QStringLiteral("2031-03-04"));
    EXPECT_EQ(d.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
    const QString id = QString::number(d.value(QLatin1String("id")).toInteger());

    r = runCli(Cli::cmdList, {m_project});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Maria Lang"))) << qPrintable(r.out);

    r = runCli(Cli::cmdText, {m_project, id});
    EXPECT_EQ(r.exit, Cli::Ok);
    EXPECT_EQ(r.out, QString::fromUtf8(kArticle).trimmed());
    EXPECT_EQ(d.value(QLatin1String("length")).toInteger(), r.out.size());
}

TEST_F(ImportBatchTest, CliRefusesMissingProject)
{
    const QString missing = m_dir.filePath(QStringLiteral("nope.crossread"));
    const CliRun r = runCli(Cli::cmdImport, {missing, file(QStringLiteral("a.txt"), kArticle)});
    EXPECT_EQ(r.exit, Cli::Failed);
    EXPECT_TRUE(r.err.contains(QLatin1String("crossread-cli new"))) << qPrintable(r.err);
    EXPECT_FALSE(QFileInfo::exists(missing));
}

} // namespace
