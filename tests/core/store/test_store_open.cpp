// SPDX-License-Identifier: MIT
// Opening: every way a file can be wrong gets its own error; old versions open via migrations.
#include "storetestutil.h"

#include "cli/cli.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUndoStack>

#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

using Kind = StoreError::Kind;

class Opening : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString& name = u"p.crossread"_s) const { return m_dir.filePath(name); }
    /// A small project with one annotated document, closed again.
    QString makeProject(const QString& name = u"p.crossread"_s)
    {
        ProjectStore store;
        EXPECT_TRUE(store.create(path(name)));
        Document doc;
        doc.meta.title = u"Doc"_s;
        doc.text = u"Some text to annotate, long enough to span a few words."_s;
        const DocumentId id = store.addDocument(doc, doc.text.toUtf8());
        store.addAnnotation(id, 0, 4, {store.builtinTag(u"claim"_s)->id});
        return path(name);
    }
    StoreError openError(const QString& file, ProjectStore::OpenMode mode = ProjectStore::OpenMode::ReadWrite)
    {
        ProjectStore store;
        StoreError error;
        const bool ok = store.open(file, mode, &error);
        EXPECT_EQ(ok, !error);
        EXPECT_EQ(store.isOpen(), ok);
        if (!ok) {
            EXPECT_FALSE(error.message.isEmpty());
            EXPECT_EQ(store.lastError().kind, error.kind);
        }
        return error;
    }
    static void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QTemporaryDir m_dir;
};

TEST_F(Opening, MissingFile)
{
    EXPECT_EQ(openError(path(u"nothing.crossread"_s)).kind, Kind::NotFound);
}

TEST_F(Opening, TextFileIsNotSqlite)
{
    writeFile(path(), "Just some notes, not a database.\n");
    EXPECT_EQ(openError(path()).kind, Kind::NotSqlite);
}

TEST_F(Opening, EmptyFileIsNotSqlite)
{
    writeFile(path(), {});
    EXPECT_EQ(openError(path()).kind, Kind::NotSqlite);
}

TEST_F(Opening, FolderIsNotSqlite)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"folder.crossread"_s));
    EXPECT_EQ(openError(path(u"folder.crossread"_s)).kind, Kind::NotSqlite);
}

TEST_F(Opening, OtherSqliteDatabaseIsNotAProjectAndIsLeftAlone)
{
    {
        Database db(path(), Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')");
    }
    EXPECT_EQ(openError(path()).kind, Kind::NotProject);
    EXPECT_EQ(openError(path(), ProjectStore::OpenMode::ReadOnly).kind, Kind::NotProject);
    Database db(path(), Database::Mode::ReadOnly);
    EXPECT_EQ(db.scalarText("PRAGMA journal_mode"), u"delete"_s) << "opening must not switch a foreign file to WAL";
    EXPECT_FALSE(QFile::exists(path() + u".lock"_s));
}

TEST_F(Opening, DamagedFileIsCorrupt)
{
    const QString file = makeProject();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8192);
    // Keep the header page, overwrite the rest with a pattern no b-tree page can have.
    f.seek(4096);
    f.write(QByteArray(size - 4096, '\xa5'));
    f.close();
    EXPECT_EQ(openError(file).kind, Kind::Corrupt);
}

TEST_F(Opening, DamagedSchemaPageIsCorrupt)
{
    const QString file = makeProject();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(100); // the first b-tree page header (sqlite_schema) follows the 100-byte file header
    f.write(QByteArray(200, '\x7f'));
    f.close();
    EXPECT_EQ(openError(file).kind, Kind::Corrupt);
}

TEST_F(Opening, NewerSchemaIsRefused)
{
    const QString file = makeProject();
    {
        Database db(file, Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 99");
    }
    const StoreError error = openError(file);
    EXPECT_EQ(error.kind, Kind::NewerSchema);
    EXPECT_TRUE(error.message.contains(u"99"_s));
    EXPECT_EQ(openError(file, ProjectStore::OpenMode::ReadOnly).kind, Kind::NewerSchema);
}

TEST_F(Opening, ProjectOpenElsewhereIsLockedButOpensReadOnly)
{
    const QString file = makeProject();
    ProjectStore first;
    ASSERT_TRUE(first.open(file));
    const StoreError error = openError(file);
    EXPECT_EQ(error.kind, Kind::Locked);
    EXPECT_TRUE(error.message.contains(QString::number(QCoreApplication::applicationPid())));

    ProjectStore second;
    ASSERT_TRUE(second.open(file, ProjectStore::OpenMode::ReadOnly));
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_EQ(second.documents().size(), 1);
    // The reader sees what the writer commits.
    const DocumentId doc = first.documents().first().id;
    ASSERT_NE(first.addAnnotation(doc, 5, 9, {}), 0);
    EXPECT_EQ(second.annotations(doc).size(), 2);
    first.close();
    EXPECT_FALSE(openError(file)) << "the lock is released on close";
}

TEST_F(Opening, LockOfAnotherLiveProcessBlocksAndAStaleOneDoesNot)
{
    const QString file = makeProject();
    QProcess holder;
    holder.start(QStringLiteral(CROSSREAD_STORE_HELPER), {u"hold"_s, file});
    ASSERT_TRUE(holder.waitForReadyRead(10000)) << holder.readAllStandardError().toStdString();
    EXPECT_EQ(openError(file).kind, Kind::Locked);
    EXPECT_FALSE(openError(file, ProjectStore::OpenMode::ReadOnly));
    holder.kill(); // SIGKILL: the lock file stays behind
    ASSERT_TRUE(holder.waitForFinished(10000));
    EXPECT_TRUE(QFile::exists(file + u".lock"_s));
    EXPECT_FALSE(openError(file)) << "a lock left by a dead process must not block";
}

/// Runs the enclosed code as user "nobody" when the tests run as root (as in containers), since
/// root may write to read-only files; the saved user id allows switching back.
class AsUnprivileged
{
public:
    AsUnprivileged()
    {
        if (geteuid() == 0) {
            m_switched = setresgid(65534, 65534, 0) == 0 && setresuid(65534, 65534, 0) == 0;
            EXPECT_TRUE(m_switched);
        }
    }
    ~AsUnprivileged()
    {
        if (m_switched) {
            EXPECT_EQ(setresuid(0, 0, 0), 0);
            EXPECT_EQ(setresgid(0, 0, 0), 0);
        }
    }

private:
    bool m_switched = false;
};

TEST_F(Opening, ReadOnlyFileOpensOnlyReadOnly)
{
    const QString file = makeProject();
    ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0777), 0);
    ASSERT_EQ(chmod(QFile::encodeName(file).constData(), 0444), 0);
    AsUnprivileged nobody;
    EXPECT_EQ(openError(file).kind, Kind::ReadOnly);
    ProjectStore store;
    StoreError error;
    ASSERT_TRUE(store.open(file, ProjectStore::OpenMode::ReadOnly, &error)) << error.message.toStdString();
    EXPECT_EQ(store.documents().size(), 1);
    EXPECT_EQ(store.addAnnotation(store.documents().first().id, 0, 1, {}), 0);
    EXPECT_EQ(store.lastError().kind, Kind::ReadOnly);
}

TEST_F(Opening, ProjectInReadOnlyFolderOpensOnlyReadOnly)
{
    const QString file = makeProject();
    ASSERT_EQ(chmod(QFile::encodeName(file).constData(), 0644), 0);
    ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0555), 0);
    {
        AsUnprivileged nobody;
        EXPECT_EQ(openError(file).kind, Kind::ReadOnly);
        ProjectStore store;
        StoreError error;
        ASSERT_TRUE(store.open(file, ProjectStore::OpenMode::ReadOnly, &error)) << error.message.toStdString();
        ASSERT_EQ(store.documents().size(), 1);
        EXPECT_EQ(store.annotations(store.documents().first().id).size(), 1);
    }
    chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
}

// ---- what the message names when a project cannot be written -------------------

TEST_F(Opening, CreatingInAMissingFolderSaysTheFolderDoesNotExist)
{
    const QString folder = m_dir.filePath(u"no/such/folder"_s);
    const QString file = folder + u"/p.crossread"_s;
    ProjectStore store;
    StoreError error;
    EXPECT_FALSE(store.create(file, &error));
    EXPECT_EQ(error.kind, Kind::NotFound);
    EXPECT_TRUE(error.message.contains(u"does not exist"_s)) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(folder))) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(u"read-only"_s)) << error.message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder)) << "creating a project must not create folders";
}

TEST_F(Opening, CreatingUnderAFileSaysItIsNotAFolder)
{
    writeFile(path(u"notes.txt"_s), "notes\n");
    StoreError error;
    EXPECT_FALSE(ProjectStore().create(path(u"notes.txt/p.crossread"_s), &error));
    EXPECT_EQ(error.kind, Kind::NotFound);
    EXPECT_TRUE(error.message.contains(u"is not a folder"_s)) << error.message.toStdString();
}

TEST_F(Opening, CreatingInAReadOnlyFolderSaysTheFolderIsReadOnly)
{
    ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0555), 0);
    {
        AsUnprivileged nobody;
        StoreError error;
        EXPECT_FALSE(ProjectStore().create(path(), &error));
        EXPECT_EQ(error.kind, Kind::ReadOnly);
        EXPECT_TRUE(error.message.contains(u"the folder “%1” is read-only"_s.arg(QDir::toNativeSeparators(m_dir.path()))))
            << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(u"does not exist"_s)) << error.message.toStdString();
    }
    chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(Opening, ReadOnlyFileIsNamedAsTheFileNotItsFolder)
{
    const QString file = makeProject();
    ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0777), 0);
    ASSERT_EQ(chmod(QFile::encodeName(file).constData(), 0444), 0);
    AsUnprivileged nobody;
    const StoreError error = openError(file);
    EXPECT_EQ(error.kind, Kind::ReadOnly);
    EXPECT_TRUE(error.message.contains(u"the file is read-only"_s)) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(u"folder"_s)) << error.message.toStdString();
}

TEST_F(Opening, ReadOnlyFolderIsNamedAsTheFolderNotTheFile)
{
    const QString file = makeProject();
    ASSERT_EQ(chmod(QFile::encodeName(file).constData(), 0644), 0);
    ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0555), 0);
    {
        AsUnprivileged nobody;
        const StoreError error = openError(file);
        EXPECT_EQ(error.kind, Kind::ReadOnly);
        EXPECT_TRUE(error.message.contains(u"its folder “%1” is read-only"_s.arg(QDir::toNativeSeparators(m_dir.path()))))
            << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(u"the file is read-only"_s)) << error.message.toStdString();
    }
    chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
}

TEST_F(Opening, CliNewInAMissingFolderSaysTheFolderDoesNotExist)
{
    QString out, err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = Cli::run({u"new"_s, m_dir.filePath(u"no/such/folder/p.crossread"_s)}, outStream, errStream);
    errStream.flush();
    EXPECT_NE(code, 0);
    EXPECT_TRUE(err.contains(u"does not exist"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"read-only"_s)) << err.toStdString();
}

// ---- migrations -------------------------------------------------------------

/// The content every fixture holds (written by WriteFixture below with the schema of its time).
static void fillFixture(ProjectStore& store)
{
    store.setAnnotator(u"Fixture"_s);
    Document doc;
    doc.meta = {u"Fixture one"_s, u"Outlet"_s, u"Author"_s, QDate(2025, 4, 26), u"https://example.org/1"_s, u"en"_s};
    doc.originalFileName = u"one.txt"_s;
    doc.encoding = u"UTF-8"_s;
    doc.text = mixedScriptText();
    const DocumentId one = store.addDocument(doc, doc.text.toUtf8());
    doc.meta.title = u"Fixture two"_s;
    doc.text = u"Officials said 76,000 Ukrainian soldiers were trapped near Sudzha."_s;
    const DocumentId two = store.addDocument(doc, doc.text.toUtf8());
    const TagId mine = store.addTag(Tag{0, u"Casualties"_s, Qt::darkRed, 0, u"4"_s, u"Dead and wounded"_s, {}});
    store.addTag(Tag{0, u"Wounded"_s, Qt::red, mine, {}, {}, {}});
    const TagId claim = store.builtinTag(u"claim"_s)->id;
    const AnnotationId a = store.addAnnotation(one, 6, 8, {claim, mine}, u"emoji"_s);
    const AnnotationId b = store.addAnnotation(two, 15, 40, {claim}, u"number"_s);
    store.setVerdict(b, u"Unproven"_s);
    store.setRationale(b, u"No source"_s);
    store.setSpeaker(b, store.ensureEntity(u"Officials"_s));
    store.addEvidence(b, EvidenceLink{0, u"https://example.org/e"_s, u"Evidence"_s, QDate(2025, 5, 1)});
    store.addLink(a, b, LinkKind::Supports);
    store.setAnnotationNote(a, u"emoji edited"_s);
    store.undoStack()->undo(); // leaves one step on the redo side
}

TEST(Fixtures, WriteCurrentVersion)
{
    if (qEnvironmentVariableIsEmpty("CROSSREAD_WRITE_FIXTURES"))
        GTEST_SKIP() << "set CROSSREAD_WRITE_FIXTURES=1 to rewrite tests/data/store/v"
                     << ProjectStore::currentSchemaVersion() << ".crossread";
    const QString target = QStringLiteral(CROSSREAD_STORE_DATA "/v%1.crossread").arg(ProjectStore::currentSchemaVersion());
    QFile::remove(target);
    ProjectStore store;
    ASSERT_TRUE(store.create(target));
    fillFixture(store);
    store.close();
    Database db(target, Database::Mode::ReadWrite);
    db.exec("VACUUM");
}

TEST(Fixtures, EveryFormatVersionOpensAndMigrates)
{
    const QDir data(QStringLiteral(CROSSREAD_STORE_DATA));
    const QStringList fixtures = data.entryList({u"v*.crossread"_s}, QDir::Files, QDir::Name);
    // v1 (the first released format) must always be there; the fixture of the current version is
    // written by the integrator once the format settles, and is then required as well.
    ASSERT_TRUE(fixtures.contains(u"v1.crossread"_s)) << "the version 1 fixture is missing";
    const QString current = u"v%1.crossread"_s.arg(ProjectStore::currentSchemaVersion());
    if (ProjectStore::currentSchemaVersion() > 1 && !fixtures.contains(current))
        std::cerr << "note: no fixture " << current.toStdString() << " yet; only older versions are checked\n";
    QTemporaryDir dir;
    for (const QString& name : fixtures) {
        SCOPED_TRACE(name.toStdString());
        const QString copy = dir.filePath(name);
        ASSERT_TRUE(QFile::copy(data.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        ProjectStore store;
        StoreError error;
        ASSERT_TRUE(store.open(copy, ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
        {
            Database db(copy, Database::Mode::ReadOnly);
            EXPECT_EQ(db.scalar("PRAGMA user_version"), ProjectStore::currentSchemaVersion());
            EXPECT_EQ(db.scalarText("PRAGMA integrity_check"), u"ok"_s);
        }
        const QList<Document> docs = store.documents();
        ASSERT_EQ(docs.size(), 2);
        EXPECT_EQ(docs[0].meta.title, u"Fixture one"_s);
        EXPECT_EQ(store.documentText(docs[0].id), mixedScriptText());
        const QList<Annotation> all = store.allAnnotations();
        ASSERT_EQ(all.size(), 2);
        for (const Annotation& a : all)
            EXPECT_FALSE(a.orphaned) << a.quote.toStdString();
        EXPECT_EQ(all[1].quote, u"76,000 Ukrainian soldiers"_s);
        EXPECT_EQ(all[1].verdict, u"unproven"_s); // by key since format 4
        EXPECT_EQ(all[1].evidence.size(), 1);
        EXPECT_EQ(store.entity(all[1].speaker)->name, u"Officials"_s);
        EXPECT_EQ(store.links(all[0].id).size(), 1);
        EXPECT_EQ(store.tags().size(), 5);
        // The persisted history of that version still undoes and redoes.
        ASSERT_TRUE(store.undoStack()->canRedo());
        store.undoStack()->redo();
        EXPECT_EQ(store.annotation(all[0].id)->note, u"emoji edited"_s);
        while (store.undoStack()->canUndo())
            store.undoStack()->undo();
        EXPECT_TRUE(store.documents().isEmpty());
    }
}

} // namespace
