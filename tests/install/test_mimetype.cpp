// SPDX-License-Identifier: MIT
// The shared-mime-info type of project files, as a desktop sees it: the package is compiled by
// update-mime-database into a MIME folder of its own, which QMimeDatabase then reads (the same
// mime.cache file managers read). A real project must be recognised by its content whatever its
// name, and no other SQLite file may be taken for one.
#include "store/projectstore.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Crossread;

namespace {

const QString ProjectType = QStringLiteral("application/x-crossread-project");

// A plain SQLite database with one table and the given application_id (0: none).
bool writeSqliteFile(const QString& path, int applicationId)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK;
    const QByteArray sql = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                           "INSERT INTO notes (text) VALUES ('not a project');"
                           "PRAGMA application_id = "
        + QByteArray::number(applicationId) + ';';
    ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

class MimeType : public ::testing::Test
{
protected:
    // QMimeDatabase reads its folders once per process, so the MIME folder is made before any
    // test asks, and XDG_DATA_DIRS names it ahead of the system's (which holds the SQLite type
    // ours derives from).
    static void SetUpTestSuite()
    {
        s_dataDir = new QTemporaryDir;
        s_tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (s_tool.isEmpty())
            return;
        const QString mime = s_dataDir->filePath(QStringLiteral("mime"));
        QDir().mkpath(mime + QStringLiteral("/packages"));
        const QString source = qEnvironmentVariable("CROSSREAD_SOURCE_DIR")
            + QStringLiteral("/resources/desktop/io.github.crossread.Crossread.mime.xml");
        if (!QFile::copy(source, mime + QStringLiteral("/packages/io.github.crossread.Crossread.xml"))) {
            s_setupError = QStringLiteral("cannot copy ") + source;
            return;
        }
        // Named before the update runs, which otherwise notes that the folder is not searched.
        const QString system = qEnvironmentVariable("XDG_DATA_DIRS", QStringLiteral("/usr/local/share:/usr/share"));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(s_dataDir->path() + QLatin1Char(':') + system));
        QProcess update;
        update.start(s_tool, {mime});
        const bool finished = update.waitForFinished(60000);
        s_updateOutput = QString::fromLocal8Bit(update.readAllStandardError() + update.readAllStandardOutput());
        if (!finished || update.exitStatus() != QProcess::NormalExit || update.exitCode() != 0) {
            s_setupError = QStringLiteral("update-mime-database failed: ") + s_updateOutput;
            return;
        }
    }

    static void TearDownTestSuite()
    {
        delete s_dataDir;
        s_dataDir = nullptr;
    }

    void SetUp() override
    {
        if (s_tool.isEmpty())
            GTEST_SKIP() << "update-mime-database (shared-mime-info) is not installed; skipping";
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError.toStdString();
        ASSERT_TRUE(m_dir.isValid());
    }

    QString newProject(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        ProjectStore store;
        StoreError error;
        EXPECT_TRUE(store.create(path, &error)) << error.message.toStdString();
        store.close();
        return path;
    }

    static QString byContent(const QString& path)
    {
        return QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    }

    static inline QTemporaryDir* s_dataDir = nullptr;
    static inline QString s_tool;
    static inline QString s_setupError;
    static inline QString s_updateOutput;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MimeType, PackageCompilesWithoutComplaint)
{
    EXPECT_TRUE(s_updateOutput.trimmed().isEmpty()) << s_updateOutput.toStdString();
}

TEST_F(MimeType, IsAnSqliteDatabaseWithTheProjectGlob)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(ProjectType);
    ASSERT_TRUE(type.isValid()) << "the MIME package was not read";
    EXPECT_TRUE(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    EXPECT_EQ(type.globPatterns(), QStringList{QStringLiteral("*.crossread")});
    EXPECT_FALSE(type.comment().isEmpty());
}

TEST_F(MimeType, ProjectIsRecognisedByItsName)
{
    EXPECT_EQ(QMimeDatabase().mimeTypeForFile(m_dir.filePath(QStringLiteral("absent.crossread")),
                                              QMimeDatabase::MatchExtension)
                  .name(),
              ProjectType);
    EXPECT_EQ(QMimeDatabase().mimeTypeForFile(newProject(QStringLiteral("kursk.crossread"))).name(), ProjectType);
}

TEST_F(MimeType, ProjectIsRecognisedByItsContentWhateverItsName)
{
    EXPECT_EQ(byContent(newProject(QStringLiteral("kursk.crossread"))), ProjectType);
    EXPECT_EQ(byContent(newProject(QStringLiteral("renamed.db"))), ProjectType);
    EXPECT_EQ(byContent(newProject(QStringLiteral("no-extension"))), ProjectType);
}

TEST_F(MimeType, OtherSqliteFilesAreNotProjects)
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
    ASSERT_TRUE(writeSqliteFile(plain, 0));
    EXPECT_EQ(byContent(plain), QStringLiteral("application/vnd.sqlite3"));

    // Another application's id (Fossil's repository files), and ours with one byte changed.
    const QString fossil = m_dir.filePath(QStringLiteral("repo.fossil"));
    ASSERT_TRUE(writeSqliteFile(fossil, 0x0F055112));
    EXPECT_EQ(byContent(fossil), QStringLiteral("application/vnd.sqlite3"));
    const QString near = m_dir.filePath(QStringLiteral("near.db"));
    ASSERT_TRUE(writeSqliteFile(near, Schema::ApplicationId + 1));
    EXPECT_EQ(byContent(near), QStringLiteral("application/vnd.sqlite3"));
}

TEST_F(MimeType, TheApplicationIdAloneIsNotEnough)
{
    // The id's bytes at offset 68 of a file that is not SQLite: the magic needs both.
    QFile file(m_dir.filePath(QStringLiteral("fake.bin")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes(512, 'x');
    bytes.replace(68, 4, QByteArrayLiteral("CRRD"));
    file.write(bytes);
    file.close();
    EXPECT_NE(byContent(file.fileName()), ProjectType);
}
