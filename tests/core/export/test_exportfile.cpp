// SPDX-License-Identifier: MIT
#include "exportfixture.h"

#include "cli/cli.h"
#include "export/exporter.h"
#include "export/exportfile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Crossread::Test {
namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class ExportFileTest : public ExportTest
{
protected:
    int cli(const QStringList& args, QString* out = nullptr, QString* err = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        const int rc = Cli::run(args, os, es);
        os.flush();
        es.flush();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return rc;
    }
};

TEST_F(ExportFileTest, NeverOverwritesWithoutPermission)
{
    const QString path = file(u"out.csv"_s);
    QString error;
    ASSERT_TRUE(writeExportFile(path, "first", false, &error)) << error.toStdString();
    EXPECT_FALSE(writeExportFile(path, "second", false, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(path), "first");
    EXPECT_TRUE(writeExportFile(path, "second", true, &error));
    EXPECT_EQ(readAll(path), "second");
}

TEST_F(ExportFileTest, FailedWriteLeavesNothingBehind)
{
    const QString blocker = file(u"blocker"_s);
    ASSERT_TRUE(writeExportFile(blocker, "a file, not a folder", false, nullptr));
    QString error;
    EXPECT_FALSE(writeExportFile(blocker + u"/out.html"_s, "x", true, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(writeExportFile(m_dir.path(), "x", true, &error)) << "a folder is never replaced";
    for (const QString& left : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
        EXPECT_FALSE(left.contains(u"out"_s)) << "left behind: " << left.toStdString();
}

TEST_F(ExportFileTest, ExporterRefusesExistingFileBeforeRendering)
{
    const QString path = file(u"report.html"_s);
    ASSERT_TRUE(writeExportFile(path, "keep me", false, nullptr));
    QString error;
    EXPECT_FALSE(Exporter::exportProject(*m_store, ExportFormat::Html, path, fixedOptions(), false, &error));
    EXPECT_EQ(readAll(path), "keep me");
    EXPECT_TRUE(Exporter::exportProject(*m_store, ExportFormat::Html, path, fixedOptions(), true, &error));
    EXPECT_TRUE(readAll(path).startsWith("<!DOCTYPE html>"));
}

TEST_F(ExportFileTest, CliExportsEveryFormatAndNeedsForceToReplace)
{
    const QString project = m_store->path();
    for (const QString& format : Exporter::formatNames()) {
        const QString out = file(u"cli."_s + format);
        QString stdOut, stdErr;
        EXPECT_EQ(cli({u"export"_s, project, u"--format"_s, format, u"-o"_s, out}, &stdOut, &stdErr), Cli::Ok)
            << format.toStdString() << ": " << stdErr.toStdString();
        EXPECT_FALSE(readAll(out).isEmpty()) << format.toStdString();
        const QByteArray before = readAll(out);
        EXPECT_EQ(cli({u"export"_s, project, u"--format"_s, format, u"-o"_s, out}, nullptr, &stdErr), Cli::Failed);
        EXPECT_TRUE(stdErr.contains(u"--force"_s)) << stdErr.toStdString();
        EXPECT_EQ(readAll(out), before);
        EXPECT_EQ(cli({u"export"_s, project, u"--format"_s, format, u"-o"_s, out, u"--force"_s}), Cli::Ok);
    }
    EXPECT_EQ(cli({u"export"_s, project, u"--format"_s, u"csv"_s, u"-o"_s, file(u"bom.csv"_s), u"--bom"_s}), Cli::Ok);
    EXPECT_TRUE(readAll(file(u"bom.csv"_s)).startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(cli({u"export"_s, project, u"--format"_s, u"docx"_s, u"-o"_s, file(u"x.docx"_s)}), Cli::Usage);
    EXPECT_EQ(cli({u"export"_s, project}), Cli::Usage);
    EXPECT_FALSE(QFile::exists(file(u"x.docx"_s)));
}

TEST_F(ExportFileTest, CliImportReportsAnchoredAndUnanchored)
{
    const QString json = file(u"annotations.jsonld"_s);
    ASSERT_EQ(cli({u"export"_s, m_store->path(), u"--format"_s, u"wadm"_s, u"-o"_s, json}), Cli::Ok);
    {
        ProjectStore fresh;
        ASSERT_TRUE(fresh.create(file(u"fresh.crossread"_s)));
        QList<FixtureDocument> docs = fixtureDocuments();
        docs[0].text.replace(u"no shipment was delayed"_s, u"all went well"_s);
        addFixtureDocuments(fresh, docs);
    }
    QString out;
    EXPECT_EQ(cli({u"import-annotations"_s, file(u"fresh.crossread"_s), json}, &out), Cli::Failed) << "one is not anchored";
    EXPECT_TRUE(out.contains(u"Anchored 7 of 8"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"no shipment was delayed"_s)) << out.toStdString();
    EXPECT_EQ(cli({u"import-annotations"_s, file(u"fresh.crossread"_s), file(u"nothing.json"_s)}), Cli::Failed);
}

} // namespace
} // namespace Crossread::Test
