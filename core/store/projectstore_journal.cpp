// SPDX-License-Identifier: MIT
// The persisted undo history. Each edit appends a journal row in its own transaction and each
// undo/redo moves undo_state.position in its transaction, so the journal always matches the data;
// on open it is replayed into the QUndoStack without touching the data.
#include "projectstore_p.h"

#include "boundedinflate.h"

#include "storecommands_p.h"
#include "storeserialization_p.h"

#include <QLoggingCategory>
#include <QIODevice>
#include <QMetaObject>

#include <new>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Crossread {

// Documents travel in the journal with their text and original bytes; compressing large
// payloads keeps the journal from doubling the file.
constexpr qsizetype CompressAbove = 4096;
/// Undo steps kept across sessions. Pruned only on open, when the stack is built from the
/// journal, so that the stack in memory never reaches below the journal's oldest entry.
constexpr qint64 KeptEntries = 1000;
/// The largest entry read back: a document of the largest importable size (50 MB) with its text
/// in UTF-16, its original bytes and its unrepaired text, with room to spare. A claim above it
/// is damage or hostility, and costs the history only.
constexpr qsizetype LargestEntry = 512LL * 1024 * 1024;

QByteArray ProjectStore::Private::journalPayload(const StoreCommand& command)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_5);
        out << JournalFormat << command.text();
        command.save(out);
    }
    const bool compress = payload.size() > CompressAbove;
    return compress ? QByteArray(1, 'z').append(qCompress(payload)) : QByteArray(1, 'r').append(payload);
}

void ProjectStore::Private::rewriteJournal(const StoreCommand& command)
{
    Query q = db->query("UPDATE undo_journal SET payload = ? WHERE seq = ?");
    q->bind(1, journalPayload(command)).bind(2, command.journalSeq());
    q->run();
}

void ProjectStore::Private::appendJournal(StoreCommand& command)
{
    const QByteArray payload = journalPayload(command);
    {
        // A new edit drops the redo side, as QUndoStack::push() does.
        Query q = db->query("DELETE FROM undo_journal WHERE seq > (SELECT position FROM undo_state WHERE id = 1)");
        q->run();
    }
    {
        Query q = db->query("INSERT INTO undo_journal (seq, kind, payload) "
                            "VALUES ((SELECT position FROM undo_state WHERE id = 1) + 1, ?, ?)");
        q->bind(1, qint64(command.kind())).bind(2, payload);
        q->run();
    }
    command.setJournalSeq(db->lastInsertRowId());
    moveJournal(1);
}

void ProjectStore::Private::moveJournal(int delta)
{
    Query q = db->query("UPDATE undo_state SET position = position + ? WHERE id = 1");
    q->bind(1, qint64(delta));
    q->run();
}

void ProjectStore::Private::loadJournal()
{
    undoStack->clear();
    replaying = true;
    int targetIndex = 0;
    bool ok = true;
    try {
        const qint64 position = db->scalar("SELECT position FROM undo_state WHERE id = 1");
        if (position > KeptEntries) {
            Transaction t(*db);
            Query q = db->query("DELETE FROM undo_journal WHERE seq <= ?");
            q->bind(1, position - KeptEntries);
            q->run();
            t.commit();
        }
        Query q = db->query("SELECT seq, kind, payload FROM undo_journal ORDER BY seq");
        while (ok && q->step()) {
            const qint64 seq = q->int64(0);
            QByteArray payload = q->blob(2);
            if (payload.startsWith('z')) {
                std::optional<QByteArray> inflated = inflateBounded(QByteArrayView(payload).mid(1), LargestEntry);
                if (!inflated) {
                    qCWarning(lcStore) << "undo journal entry" << seq << "does not inflate within bounds; the undo history starts now";
                    ok = false;
                    break;
                }
                payload = std::move(*inflated);
            } else {
                payload = payload.mid(1);
            }
            JournalReader in(payload);
            quint16 format = 0;
            QString label;
            in >> format >> label;
            std::unique_ptr<StoreCommand> command;
            if (format == JournalFormat)
                command = StoreCommand::load(owner, int(q->int64(1)), in);
            if (!command || in.status() != QDataStream::Ok) {
                qCWarning(lcStore) << "undo journal entry" << seq << "cannot be read; the undo history starts now";
                ok = false;
                break;
            }
            command->setText(label);
            command->setPerformed();
            command->setJournalSeq(seq);
            // The first entry of the redo side never merged with the one before it.
            mergeBarrier = seq == position + 1;
            undoStack->push(command.release());
            mergeBarrier = false;
            if (seq == position)
                targetIndex = undoStack->index();
        }
    } catch (const SqlError& e) {
        qCWarning(lcStore) << "undo journal cannot be read:" << e.message();
        ok = false;
    } catch (const std::bad_alloc&) {
        // JournalReader refuses claims beyond the payload, but an entry within its bounds can
        // still be more than this machine can hold. It costs the history only.
        qCWarning(lcStore) << "undo journal holds an entry of impossible size; the undo history starts now";
        ok = false;
    }
    if (ok)
        undoStack->setIndex(targetIndex); // replaying: the commands' undo() touch nothing
    else
        undoStack->clear();
    replaying = false;
}

void ProjectStore::Private::reloadJournalLater()
{
    // Not now: QUndoStack is in the middle of undo()/redo().
    QMetaObject::invokeMethod(
        owner,
        [this] {
            if (db && !readOnly)
                loadJournal();
        },
        Qt::QueuedConnection);
}

} // namespace Crossread
