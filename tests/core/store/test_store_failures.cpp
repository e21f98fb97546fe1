// SPDX-License-Identifier: MIT
// A write that fails (file busy, file size limit reached as on a full disk) rolls back, reports
// writeFailed, and leaves what the store answers equal to what is on disk.
#include "storetestutil.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class WriteFailure : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_doc = addDocument(u"A text with a claim in it and some more words after it."_s);
        m_a = m_store->addAnnotation(m_doc, 14, 19, {claim()});
        ASSERT_NE(m_a, 0);
    }
    /// What the store answers, as text, to compare with the dump of the file.
    QString answers() const
    {
        QString out;
        for (const Annotation& a : m_store->annotations(m_doc))
            out += QString::number(a.id) + a.quote + a.note + a.verdict + u'\n';
        return out + QString::number(m_store->documents().size());
    }

    DocumentId m_doc = 0;
    AnnotationId m_a = 0;
};

/// Another connection holding the write lock, as another program could.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString& path)
        : m_db(path, Database::Mode::ReadWrite)
    {
        m_db.exec("BEGIN IMMEDIATE");
    }
    ~WriteLockHolder() { m_db.exec("ROLLBACK"); }

private:
    Database m_db;
};

TEST_F(WriteFailure, BusyFileRollsBackAndReports)
{
    const QString disk = dump();
    const QString shown = answers();
    const int count = m_store->undoStack()->count();
    QSignalSpy failed(m_store.get(), &ProjectStore::writeFailed);
    QSignalSpy changed(m_store.get(), &ProjectStore::annotationChanged);
    QSignalSpy added(m_store.get(), &ProjectStore::annotationAdded);
    {
        WriteLockHolder other(file());
        EXPECT_FALSE(m_store->setAnnotationNote(m_a, u"lost"_s));
        EXPECT_EQ(m_store->addAnnotation(m_doc, 0, 4, {}), 0);
    }
    EXPECT_EQ(failed.size(), 2);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Io);
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(added.size(), 0);
    EXPECT_EQ(m_store->undoStack()->count(), count);
    EXPECT_EQ(dump(), disk);
    EXPECT_EQ(answers(), shown);
    // The store is usable again once the other writer is gone.
    EXPECT_TRUE(m_store->setAnnotationNote(m_a, u"kept"_s));
    EXPECT_EQ(m_store->annotation(m_a)->note, u"kept"_s);
}

TEST_F(WriteFailure, FailedUndoKeepsHistoryInStepWithTheFile)
{
    ASSERT_TRUE(m_store->setVerdict(m_a, u"False"_s));
    const int index = m_store->undoStack()->index();
    QSignalSpy failed(m_store.get(), &ProjectStore::writeFailed);
    {
        WriteLockHolder other(file());
        m_store->undoStack()->undo();
    }
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(m_store->annotation(m_a)->verdict, u"false"_s);
    QCoreApplication::processEvents(); // the stack is rebuilt from the journal
    EXPECT_EQ(m_store->undoStack()->index(), index);
    m_store->undoStack()->undo();
    EXPECT_EQ(m_store->annotation(m_a)->verdict, QString());
}

/// Limits the size of files this process may write, as a full disk would; SIGXFSZ is ignored so
/// that write() fails with EFBIG instead of killing the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        EXPECT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

TEST_F(WriteFailure, FullDiskRollsBackAndReports)
{
    const QString disk = dump();
    const QString shown = answers();
    const int count = m_store->undoStack()->count();
    QSignalSpy failed(m_store.get(), &ProjectStore::writeFailed);
    QSignalSpy added(m_store.get(), &ProjectStore::documentAdded);
    Document big;
    big.meta.title = u"Big"_s;
    big.text = QString(1'500'000, u'x');
    {
        FileSizeLimit limit(1'000'000);
        EXPECT_EQ(m_store->addDocument(big, big.text.toUtf8()), 0);
    }
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Io);
    EXPECT_EQ(added.size(), 0);
    EXPECT_EQ(m_store->undoStack()->count(), count);
    EXPECT_EQ(answers(), shown);
    EXPECT_EQ(dump(), disk);
    {
        Database db(file(), Database::Mode::ReadOnly);
        EXPECT_EQ(db.scalarText("PRAGMA integrity_check"), u"ok"_s);
    }
    // Space again: the same edit now works.
    EXPECT_NE(m_store->addDocument(big, big.text.toUtf8()), 0);
}

} // namespace
