// SPDX-License-Identifier: MIT
// Importer::prepare() is documented as thread-safe (the GUI runs it on worker threads while the
// UI thread owns the store). Preparing many files at once, of every format, must give exactly
// what preparing them one by one gives, while the UI thread keeps writing to the store. Run under
// ThreadSanitizer by scripts/tsan.
#include "reliabilitytest.h"

#include "store/database.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Threads : public ProjectTest
{
};

QString fingerprint(const std::optional<PreparedDocument>& p, const QString& error)
{
    if (!p)
        return u"error: "_s + error;
    const Document& d = p->document;
    return QStringList{d.meta.title, d.meta.language, d.encoding, d.text, QString::fromLatin1(d.sha256.toHex()),
                       p->warnings.join(u'|')}
        .join(u'\n');
}

TEST_F(Threads, ConcurrentPrepareEqualsSerial)
{
    const QString source = qEnvironmentVariable("CROSSREAD_SOURCE_DIR");
    QStringList files;
    for (const QString& name : {u"tests/data/import/html/bbc.html"_s, u"tests/data/import/html/wikipedia.html"_s,
                                u"fuzz/corpus/import_markdown/gold-readme.md"_s, u"fuzz/corpus/import_pdf/grain.pdf"_s,
                                u"fuzz/corpus/import_pdf/grain-flate.pdf"_s, u"fuzz/corpus/import_text/golden-latin1.txt"_s,
                                u"fuzz/corpus/import_text/golden-utf16le-bom.txt"_s, u"fuzz/corpus/import_text/golden.csv"_s}) {
        ASSERT_TRUE(QFile::exists(source + u'/' + name)) << name.toStdString();
        files.append(source + u'/' + name);
    }
    QStringList many;
    for (int i = 0; i < 6; ++i)
        many += files;
    const auto prepare = [](const QString& path) {
        QString error;
        const std::optional<PreparedDocument> p = Importer::prepare(path, {}, &error);
        return fingerprint(p, error);
    };
    QStringList serial;
    for (const QString& path : std::as_const(many))
        serial.append(prepare(path));

    // Meanwhile the UI thread writes to the store, as it does while an import runs.
    Document d;
    d.meta.title = u"Busy"_s;
    d.text = u"The mayor said the bridge would reopen in May."_s;
    const DocumentId doc = m_store->addDocument(d, d.text.toUtf8());
    ASSERT_NE(doc, 0);
    QFuture<QString> parallel = QtConcurrent::mapped(many, std::function<QString(const QString&)>(prepare));
    int edits = 0;
    while ((!parallel.isFinished() || edits < 5) && edits < 2000) {
        ASSERT_NE(m_store->addAnnotation(doc, edits % 20, edits % 20 + 4, {}, u"edit"_s), 0);
        ++edits;
    }
    parallel.waitForFinished();
    EXPECT_EQ(parallel.results(), serial);
    EXPECT_EQ(m_store->annotations(doc).size(), edits);
}

} // namespace

// Workers never touch the store: every SQLite statement checks that it runs on the thread that
// opened the connection (in builds with assertions, such as the asan stage, which runs the whole
// suite under that check).
TEST(ThreadsDeathTest, TheStoreRefusesAStatementFromAnotherThread)
{
#ifdef QT_NO_DEBUG
    GTEST_SKIP() << "assertions are off in this build; the asan stage runs this test";
#else
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Database db(dir.filePath(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE t (x)");
    EXPECT_DEATH(QtConcurrent::run([&db] { db.exec("INSERT INTO t VALUES (1)"); }).waitForFinished(),
                 "another thread");
    db.exec("INSERT INTO t VALUES (2)"); // its own thread still may
    EXPECT_EQ(db.scalar("SELECT count(*) FROM t"), 1);
#endif
}
