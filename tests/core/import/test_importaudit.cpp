// SPDX-License-Identifier: MIT
// The behaviour issue 4 promises beyond converting files: size limit from the command line,
// invalid-byte warnings in the summary, every `list --json` field, `text` exact for characters
// outside the BMP, folders expanded, and a failed store write leaving no half-document.
#include "clirun.h"
#include "importtestutil.h"
#include "testsupport.h"

#include "cli/cli.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class ImportAuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project.crossread"));
        ProjectStore store;
        StoreError error;
        ASSERT_TRUE(store.create(m_project, &error)) << qPrintable(error.message);
    }

    QString file(const QString& name, const QByteArray& bytes) { return writeFile(m_dir, name, bytes); }

    QJsonArray listJson()
    {
        const CliRun r = runCli(Cli::cmdList, {m_project, QStringLiteral("--json")});
        EXPECT_EQ(r.exit, Cli::Ok) << qPrintable(r.err);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QTemporaryDir m_dir;
    QString m_project;
};

TEST_F(ImportAuditTest, MaxSizeOptionRefusesLargerFiles)
{
    const QString big = file(QStringLiteral("big.txt"), QByteArray(3 * 1024 * 1024, 'a') + " end.\n");
    const QString small = file(QStringLiteral("small.txt"), "A short note, well under any limit.\nSecond line.\n");
    CliRun r = runCli(Cli::cmdImport, {m_project, big, small, QStringLiteral("--max-size"), QStringLiteral("2")});
    EXPECT_EQ(r.exit, Cli::Failed);
    EXPECT_TRUE(r.out.contains(QLatin1String("too large"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("1 imported, 0 skipped, 1 failed"))) << qPrintable(r.out);
    // With a larger limit the same file goes in.
    r = runCli(Cli::cmdImport, {m_project, big, QStringLiteral("--max-size"), QStringLiteral("4")});
    EXPECT_EQ(r.exit, Cli::Ok) << qPrintable(r.out);
    EXPECT_EQ(listJson().size(), 2);
    // A limit that is not a positive number is a usage error, and nothing is imported.
    r = runCli(Cli::cmdImport, {m_project, small, QStringLiteral("--max-size"), QStringLiteral("lots")});
    EXPECT_EQ(r.exit, Cli::Usage);
    EXPECT_TRUE(r.err.contains(QLatin1String("--max-size"))) << qPrintable(r.err);
}

TEST_F(ImportAuditTest, InvalidBytesAreImportedWithACountingWarning)
{
    // Valid UTF-8 around three broken sequences: a lone continuation byte, a truncated
    // three-byte sequence and an overlong encoding.
    const QByteArray bytes = "Caf\xc3\xa9 opens at nine \x80 every day.\nPrices rise \xe2\x82 next week \xc0\xaf as planned.\n";
    const CliRun r = runCli(Cli::cmdImport, {m_project, file(QStringLiteral("broken.txt"), bytes)});
    EXPECT_EQ(r.exit, Cli::Ok) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("warning:"))) << qPrintable(r.out);
    const QJsonArray docs = listJson();
    ASSERT_EQ(docs.size(), 1);
    const CliRun text = runCli(Cli::cmdText, {m_project, QString::number(docs.first().toObject().value(QLatin1String("id")).toInteger())});
    const qsizetype replaced = text.out.count(QChar::ReplacementCharacter);
    EXPECT_GE(replaced, 3) << qPrintable(text.out);
    EXPECT_TRUE(r.out.contains(QString::number(replaced) + QLatin1String(" invalid byte sequence"))) << qPrintable(r.out);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Café opens at nine")));
}

TEST_F(ImportAuditTest, ListJsonHasEveryField)
{
    const QByteArray page = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Brücke wird saniert</title>"
                            "<meta property=\"og:site_name\" content=\"Velsker Anzeiger\">"
                            "<meta property=\"article:published_time\" content=\"2031-05-02T08:00:00+02:00\">"
                            "<meta name=\"author\" content=\"Jonas Ebert\">"
                            "<link rel=\"canonical\" href=\"https://anzeiger.example/bruecke\"></head><body><article>"
                            "<h1>Brücke wird saniert</h1><p>Die Stadt lässt die alte Brücke ab Juni sanieren, wie der "
                            "Bürgermeister am Freitag mitteilte. Die Arbeiten sollen zwei Jahre dauern.</p>"
                            "<p>Für Fußgänger wird eine Behelfsbrücke gebaut, die ab Juli offen sein soll.</p>"
                            "</article></body></html>";
    ASSERT_EQ(runCli(Cli::cmdImport, {m_project, file(QStringLiteral("bruecke.html"), page)}).exit, Cli::Ok);
    const QJsonArray docs = listJson();
    ASSERT_EQ(docs.size(), 1);
    const QJsonObject d = docs.first().toObject();
    const QStringList keys{QStringLiteral("id"),  QStringLiteral("title"),    QStringLiteral("outlet"),
                           QStringLiteral("author"), QStringLiteral("date"), QStringLiteral("url"),
                           QStringLiteral("language"), QStringLiteral("encoding"), QStringLiteral("length"),
                           QStringLiteral("file")};
    for (const QString& key : keys)
        EXPECT_TRUE(d.contains(key)) << "missing " << qPrintable(key);
    EXPECT_GT(d.value(QLatin1String("id")).toInteger(), 0);
    EXPECT_EQ(d.value(QLatin1String("title")).toString(), QStringLiteral("Brücke wird saniert"));
    EXPECT_EQ(d.value(QLatin1String("outlet")).toString(), QStringLiteral("Velsker Anzeiger"));
    EXPECT_EQ(d.value(QLatin1String("author")).toString(), QStringLiteral("Jonas Ebert"));
    EXPECT_EQ(d.value(QLatin1String("date")).toString(), QStringLiteral("2031-05-02"));
    EXPECT_EQ(d.value(QLatin1String("url")).toString(), QStringLiteral("https://anzeiger.example/bruecke"));
    EXPECT_EQ(d.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(d.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
    EXPECT_EQ(d.value(QLatin1String("file")).toString(), QStringLiteral("bruecke.html"));
    const CliRun text = runCli(Cli::cmdText, {m_project, QString::number(d.value(QLatin1String("id")).toInteger())});
    EXPECT_EQ(d.value(QLatin1String("length")).toInteger(), codePointLength(text.out));
}

TEST_F(ImportAuditTest, TextIsExactOutsideTheBmp)
{
    // Emoji (two UTF-16 units each), a combining accent that NFC composes, a Korean syllable block.
    const QByteArray bytes = "Fans cheered \xF0\x9F\x8E\x89 as the cafe\xCC\x81 reopened.\n\n"
                             "\xED\x95\x9C\xEA\xB5\xAD \xEB\x89\xB4\xEC\x8A\xA4 \xF0\x9D\x90\x80 end\n";
    ASSERT_EQ(runCli(Cli::cmdImport, {m_project, file(QStringLiteral("emoji.txt"), bytes)}).exit, Cli::Ok);
    const QJsonObject d = listJson().first().toObject();
    const CliRun r = runCli(Cli::cmdText, {m_project, QString::number(d.value(QLatin1String("id")).toInteger())});
    EXPECT_EQ(r.exit, Cli::Ok);
    const QString expected = QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C).trimmed();
    EXPECT_EQ(r.out, expected) << "no newline added, nothing changed but NFC";
    EXPECT_TRUE(r.out.contains(QStringLiteral("café")));
    EXPECT_EQ(d.value(QLatin1String("length")).toInteger(), codePointLength(expected));
    EXPECT_LT(codePointLength(expected), expected.size()) << "the test needs characters outside the BMP";
}

TEST_F(ImportAuditTest, FoldersAreSearchedForSupportedFilesOnly)
{
    QDir(m_dir.path()).mkpath(QStringLiteral("in/deeper"));
    file(QStringLiteral("in/a.txt"), "First article line.\nMore of the first article.\n");
    file(QStringLiteral("in/deeper/b.md"), "# Second\n\nThe second article, in Markdown.\n");
    file(QStringLiteral("in/photo.jpg"), "\xff\xd8\xff\xe0 not an article");
    file(QStringLiteral("in/notes.docx"), "PK\x03\x04 an archive");
    const CliRun r = runCli(Cli::cmdImport, {m_project, m_dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exit, Cli::Ok) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("2 imported, 0 skipped, 0 failed"))) << qPrintable(r.out);
    EXPECT_FALSE(r.out.contains(QLatin1String("photo.jpg")));
    // Named one by one, the same unsupported files get a reason each and a failing exit status.
    const CliRun named = runCli(Cli::cmdImport, {m_project, m_dir.filePath(QStringLiteral("in/photo.jpg")),
                                                 m_dir.filePath(QStringLiteral("in/notes.docx"))});
    EXPECT_EQ(named.exit, Cli::Failed);
    EXPECT_TRUE(named.out.contains(QLatin1String("JPEG"))) << qPrintable(named.out);
    EXPECT_TRUE(named.out.contains(QLatin1String("ZIP"))) << qPrintable(named.out);
}

TEST_F(ImportAuditTest, FailedWriteLeavesNoHalfDocument)
{
    // A project opened read-only refuses every write: each file fails on its own, with a reason,
    // and no table gains a row.
    ProjectStore store;
    ASSERT_TRUE(store.open(m_project, ProjectStore::OpenMode::ReadOnly));
    const auto before = store.tableCounts();
    const QList<ImportResult> results = Importer::importFiles(
        store, {file(QStringLiteral("a.txt"), "One article.\nWith two lines.\n"),
                file(QStringLiteral("b.txt"), "Another article.\nAlso two lines.\n")});
    ASSERT_EQ(results.size(), 2);
    for (const ImportResult& r : results) {
        EXPECT_EQ(r.status, ImportResult::Status::Failed);
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_EQ(r.document, 0);
    }
    EXPECT_EQ(store.tableCounts(), before);
    EXPECT_TRUE(store.documents().isEmpty());
}

TEST_F(ImportAuditTest, UnreadablePathInTheMiddleDoesNotStopTheBatch)
{
    const QString missing = m_dir.filePath(QStringLiteral("gone/never.txt"));
    const CliRun r = runCli(Cli::cmdImport, {m_project, file(QStringLiteral("a.txt"), "First.\nArticle one.\n"), missing,
                                             file(QStringLiteral("b.txt"), "Second.\nArticle two.\n")});
    EXPECT_EQ(r.exit, Cli::Failed);
    EXPECT_TRUE(r.out.contains(QLatin1String("does not exist"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("2 imported, 0 skipped, 1 failed"))) << qPrintable(r.out);
    EXPECT_TRUE(r.err.contains(QLatin1String("[3/3] done"))) << qPrintable(r.err);
}

QStringList g_storeMessages;

void collectStoreMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("crossread.core.store"))
        g_storeMessages.append(message);
}

TEST_F(ImportAuditTest, CliPrintsAStoreErrorOnce)
{
    const QString notAProject = file(QStringLiteral("notes.crossread"), "just some notes, not a database\n");
    g_storeMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectStoreMessages);
    for (const QString& command : {QStringLiteral("info"), QStringLiteral("list")}) {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int rc = Cli::run({command, notAProject}, outStream, errStream);
        errStream.flush();
        EXPECT_EQ(rc, Cli::Failed) << qPrintable(command);
        EXPECT_EQ(err.count(QLatin1String("not a Crossread project")), 1) << qPrintable(command) << ": " << qPrintable(err);
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_storeMessages.isEmpty()) << "also logged: " << qPrintable(g_storeMessages.join(u'\n'));
}

} // namespace
