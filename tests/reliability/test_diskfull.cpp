// SPDX-License-Identifier: MIT
// Disk full and I/O errors at every n-th write or sync (an SQLite VFS that injects them, see
// faultvfs.cpp) during a mix of imports, annotation edits, undo and redo. Every failure must be
// reported (false/0 and writeFailed, StoreError::Io); after each step what the store shows equals
// what is on disk; at the end the file is intact and reopens with every committed edit.
#include "faultvfs.h"
#include "reliabilitytest.h"
#include "storeview.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

QString answers(const ProjectStore& store)
{
    return storeAnswers(store);
}

QString answersOnDisk(const QString& path)
{
    ProjectStore reader;
    StoreError error;
    if (!reader.open(path, ProjectStore::OpenMode::ReadOnly, &error))
        return u"cannot open: "_s + error.message;
    return answers(reader);
}

struct Case
{
    int every;
    FaultInjection::Error error;
};

class DiskFull : public ProjectTest, public ::testing::WithParamInterface<Case>
{
};

TEST_P(DiskFull, EveryFailureIsReportedAndNothingCommittedIsLost)
{
    FaultInjection faults;
    // Reopen through the injecting VFS (the default while `faults` lives).
    m_store = std::make_unique<ProjectStore>();
    ASSERT_TRUE(m_store->open(file()));
    const TagId claim = m_store->builtinTag(u"claim"_s)->id;
    const QString base = u"The agency said inflation fell to three percent in March, economists disagreed. "_s;
    const auto addText = [&](int i) {
        Document d;
        d.meta.title = u"Report %1"_s.arg(i);
        d.text = base.repeated(20 + i) + QString::number(i);
        return m_store->addDocument(d, d.text.toUtf8());
    };
    DocumentId doc = 0;
    while (!doc) // the first document, without faults
        doc = addText(0);

    faults.failEvery(GetParam().every, GetParam().error);
    int failures = 0, successes = 0;
    for (int i = 1; i <= 60; ++i) {
        QSignalSpy failed(m_store.get(), &ProjectStore::writeFailed);
        const int index = m_store->undoStack()->index();
        bool ok = true;
        const bool returnsResult = i % 6 != 3 && i % 6 != 4; // undo() and redo() report only by signal
        switch (i % 6) {
        case 0: ok = addText(i) != 0; break;
        case 1:
        case 5: {
            const AnnotationId id = m_store->addAnnotation(doc, i, i + 7, {claim}, u"note %1"_s.arg(i));
            ok = id != 0;
            break;
        }
        case 2: {
            const QList<Annotation> all = m_store->annotations(doc);
            ok = all.isEmpty() || m_store->setAnnotationNote(all.last().id, u"changed %1"_s.arg(i));
            break;
        }
        case 3: m_store->undoStack()->undo(); break;
        case 4: m_store->undoStack()->redo(); break;
        }
        faults.setPaused(true);
        QCoreApplication::processEvents(); // a failed undo/redo rebuilds the stack from the journal
        if (failed.isEmpty()) {
            EXPECT_TRUE(ok) << "step " << i << " failed without writeFailed";
            ++successes;
        } else {
            ++failures;
            if (returnsResult) {
                EXPECT_FALSE(ok) << "step " << i << " reported writeFailed but returned success";
            }
            EXPECT_EQ(failed.size(), 1) << "step " << i;
            EXPECT_FALSE(failed.first().first().toString().isEmpty());
            EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Io) << "step " << i;
            EXPECT_EQ(m_store->undoStack()->index(), index) << "a failed step must not move the history, step " << i;
        }
        ASSERT_EQ(answers(*m_store), answersOnDisk(file())) << "memory and disk differ after step " << i;
        faults.setPaused(false);
    }
    faults.off();
    EXPECT_GT(failures, 0) << "the injection must have hit some steps";
    EXPECT_GT(successes, 0);
    std::cout << "every " << GetParam().every << ": " << failures << " failed steps, " << successes << " committed\n";

    const QString shown = answers(*m_store);
    m_store = std::make_unique<ProjectStore>();
    StoreError error;
    ASSERT_TRUE(m_store->open(file(), ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
    EXPECT_TRUE(m_store->integrityProblems().isEmpty()) << m_store->integrityProblems().join(u'\n').toStdString();
    EXPECT_EQ(answers(*m_store), shown);
    // The history survived too: undo all the way back to the first document, then redo.
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    EXPECT_LE(m_store->documents().size(), 1);
    while (m_store->undoStack()->canRedo())
        m_store->undoStack()->redo();
    EXPECT_EQ(answers(*m_store), shown);
}

INSTANTIATE_TEST_SUITE_P(Reliability, DiskFull,
                         // A commit makes a dozen or more writes and syncs (WAL frames of the tables, the
                         // full-text index and the journal), so small n fail every edit; larger n let some through.
                         ::testing::Values(Case{3, FaultInjection::Error::DiskFull}, Case{17, FaultInjection::Error::IoError},
                                           Case{41, FaultInjection::Error::DiskFull}, Case{97, FaultInjection::Error::IoError},
                                           Case{211, FaultInjection::Error::DiskFull}),
                         [](const ::testing::TestParamInfo<Case>& p) {
                             return (p.param.error == FaultInjection::Error::DiskFull ? std::string("Full") : std::string("IoError"))
                                 + "Every" + std::to_string(p.param.every);
                         });

} // namespace
