// SPDX-License-Identifier: MIT
// Two processes on one project: while this process has it open for writing, crossread-cli (a
// second process) is told that the project is open elsewhere when it wants to write, can still
// read it, and writes again once the first process has closed it.
#include "reliabilitytest.h"

#include <QProcess>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSREAD_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60'000)) << args.join(u' ').toStdString();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class TwoProcesses : public ProjectTest
{
};

TEST_F(TwoProcesses, SecondProcessIsToldAndReadsOnly)
{
    const DocumentId doc = importFile(writeBytes(
        file(u"report.txt"_s), "Officials said the bridge would reopen in May after the repairs were finished.\n"));
    ASSERT_NE(doc, 0);
    const QString docArg = QString::number(doc);
    const QStringList annotate{u"annotate"_s, file(), docArg, u"--start"_s, u"0"_s, u"--end"_s, u"9"_s, u"--tag"_s, u"Claim"_s};

    // Writing from the second process is refused with the reason and the way out.
    const CliRun writeRun = cli(annotate);
    EXPECT_EQ(writeRun.exitCode, 1) << writeRun.out.toStdString();
    EXPECT_TRUE(writeRun.err.contains(u"already open"_s)) << writeRun.err.toStdString();
    EXPECT_TRUE(writeRun.err.contains(u"read-only"_s)) << writeRun.err.toStdString();
    EXPECT_TRUE(m_store->annotations(doc).isEmpty());
    const CliRun importRun = cli({u"import"_s, file(), file(u"report.txt"_s)});
    EXPECT_NE(importRun.exitCode, 0);
    EXPECT_TRUE(importRun.err.contains(u"already open"_s)) << importRun.err.toStdString();

    // Reading works while the first process writes.
    ASSERT_NE(m_store->addAnnotation(doc, 19, 25, {m_store->builtinTag(u"claim"_s)->id}, u"first"_s), 0);
    const CliRun list = cli({u"list"_s, file(), u"--json"_s});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(u"report"_s)) << list.out.toStdString();
    const CliRun annotations = cli({u"annotations"_s, file()});
    EXPECT_EQ(annotations.exitCode, 0) << annotations.err.toStdString();
    EXPECT_TRUE(annotations.out.contains(u"bridge"_s)) << "sees the first process's committed edit: " << annotations.out.toStdString();

    // Once closed here, the second process may write, and this one sees it on reopening.
    m_store->close();
    const CliRun again = cli(annotate);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    ASSERT_TRUE(m_store->open(file()));
    EXPECT_EQ(m_store->annotations(doc).size(), 2);
}

} // namespace
