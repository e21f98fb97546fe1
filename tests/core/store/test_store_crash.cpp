// SPDX-License-Identifier: MIT
// A child process edits the project and is killed with SIGKILL at random moments. Every edit it
// acknowledged (after the commit returned) must be there, and the file must be intact.
#include "storetestutil.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Crash : public StoreTest
{
};

TEST_F(Crash, AcknowledgedEditsSurviveSigkill)
{
    const DocumentId doc = addDocument(mixedScriptText() + mixedScriptText());
    m_store->close();

    // Bounded: stop starting new rounds after ~12 s (CROSSREAD_CRASH_ROUNDS overrides the count).
    const int rounds = qEnvironmentVariableIsSet("CROSSREAD_CRASH_ROUNDS") ? qEnvironmentVariableIntValue("CROSSREAD_CRASH_ROUNDS") : 40;
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(20260423);
    QHash<AnnotationId, QString> acknowledged;
    int round = 0;
    for (; round < rounds && clock.elapsed() < 12'000; ++round) {
        QProcess child;
        child.start(QStringLiteral(CROSSREAD_STORE_HELPER), {u"edit"_s, file(), QString::number(doc)});
        ASSERT_TRUE(child.waitForStarted(5000));
        // Killing times count from the first acknowledged edit, not from the start: on a busy
        // machine a sanitized child can take longer than the whole range to open the project, and
        // rounds killed before any edit test nothing.
        ASSERT_TRUE(child.waitForReadyRead(30'000)) << child.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(20, 300));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(5000));
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        ASSERT_TRUE(child.exitStatus() == QProcess::CrashExit || lines.size() > 1)
            << child.readAllStandardError().toStdString();
        for (const QByteArray& line : lines) {
            // A line cut by the kill has no newline and is not an acknowledgement.
            if (!line.startsWith("ack ") || line == lines.last())
                continue;
            const QList<QByteArray> parts = line.split(' ');
            acknowledged.insert(parts.at(1).toLongLong(), QString::fromUtf8(line.mid(5 + parts.at(1).size())));
        }

        {
            Database db(file(), Database::Mode::ReadWrite);
            ASSERT_EQ(db.scalarText("PRAGMA integrity_check"), u"ok"_s) << "round " << round;
        }
        ProjectStore store;
        StoreError error;
        ASSERT_TRUE(store.open(file(), ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const std::optional<Annotation> a = store.annotation(it.key());
            ASSERT_TRUE(a) << "acknowledged annotation " << it.key() << " lost in round " << round;
            EXPECT_EQ(a->note, it.value());
            EXPECT_FALSE(a->orphaned);
        }
    }
    EXPECT_GT(acknowledged.size(), round) << "the child should get edits done before it is killed";
    std::cout << round << " rounds, " << acknowledged.size() << " acknowledged edits checked\n";
}

} // namespace
