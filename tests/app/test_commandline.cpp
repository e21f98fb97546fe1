// SPDX-License-Identifier: MIT
// The built `crossread` on a terminal without a display: --help and --version print (translated)
// instead of aborting in the Qt platform plugin; a project that cannot be created says why.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Outcome
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

/// Runs the workbench as from a console with no display at all: no X11, no Wayland, no platform
/// chosen, and the language given.
Outcome runWithoutDisplay(const QStringList& arguments, const QString& lang = QStringLiteral("en_US.UTF-8"),
                          const QString& home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    if (!home.isEmpty()) { // a run that gets as far as the settings: not the user's
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CROSSREAD_GUI_BINARY), arguments);
    Outcome run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

TEST(CommandLineWithoutDisplay, HelpPrintsTheUsage)
{
    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Outcome run = runWithoutDisplay({option});
        ASSERT_EQ(run.status, QProcess::NormalExit) << run.err.toStdString();
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("Usage:"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("read articles side by side"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("--compare <N>"))) << run.out.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("platform plugin"))) << run.err.toStdString();
    }
}

TEST(CommandLineWithoutDisplay, VersionPrintsTheVersion)
{
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Outcome run = runWithoutDisplay({option});
        ASSERT_EQ(run.status, QProcess::NormalExit) << run.err.toStdString();
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.out.trimmed(), QStringLiteral("crossread " CROSSREAD_VERSION)) << run.out.toStdString();
    }
}

TEST(CommandLineWithoutDisplay, HelpIsTranslated)
{
    const Outcome run = runWithoutDisplay({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Artikel nebeneinander lesen"))) << run.out.toStdString();
}

TEST(CommandLineWithoutDisplay, AnUnknownOptionIsReportedNotACrash)
{
    const Outcome run = runWithoutDisplay({QStringLiteral("--no-such-option")});
    ASSERT_EQ(run.status, QProcess::NormalExit) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-option"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("platform plugin"))) << run.err.toStdString();
}

// The workbench shows the store's message; a missing folder is not called read-only.
TEST(CommandLineOffscreen, AProjectInAMissingFolderSaysTheFolderDoesNotExist)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path()); // neither the user's settings nor demo
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    const QString project = dir.filePath(QStringLiteral("no/such/folder/p.crossread"));
    // --screenshot: not interactive, so the error is printed rather than shown in a dialog.
    process.start(QStringLiteral(CROSSREAD_GUI_BINARY),
                  {project, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("does not exist"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("no/such/folder"))))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("read-only"))) << err.toStdString();
}

// Options Qt takes for itself are not ours to refuse: "-platform offscreen" still works without a
// display, and the project error is what is reported.
TEST(CommandLineWithoutDisplay, QtsOwnOptionsAreLeftToQt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("no/such/folder/p.crossread"));
    const Outcome run = runWithoutDisplay({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-style"),
                                           QStringLiteral("fusion"), QStringLiteral("-reverse"), project,
                                           QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))},
                                          QStringLiteral("en_US.UTF-8"), dir.path());
    ASSERT_EQ(run.status, QProcess::NormalExit) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Unknown option"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
}
