// SPDX-License-Identifier: MIT
// Opening, closing and the write path of ProjectStore.
#include "projectstore_p.h"

#include "schema.h"
#include "storecommands_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "crossread.core.store")

namespace Crossread {

// access() would answer for the real user id; AT_EACCESS asks for the effective one, which is
// what open() uses.
static bool canWrite(const QString& path)
{
    return faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

ProjectStore::Private::Private(ProjectStore* store)
    : owner(store)
    , undoStack(new QUndoStack(store))
{
}

StoreError ProjectStore::Private::fail(StoreError::Kind kind, const QString& message, StoreError* error)
{
    lastError = StoreError{kind, message};
    if (error)
        *error = lastError;
    qCInfo(lcStore) << message;
    return lastError;
}

static StoreError::Kind classify(const SqlError& e)
{
    switch (e.primaryCode()) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError::Kind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::Kind::ReadOnly;
    default:
        return StoreError::Kind::Io;
    }
}

bool ProjectStore::Private::writableLocation(const QString& file, bool create, StoreError* error)
{
    using Kind = StoreError::Kind;
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo folder(QFileInfo(file).absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.filePath());
    // Each cause has its own remedy (make the folder, pick another one, change the file's
    // permissions), so each gets its own message; "read-only" for a missing folder misled.
    if (!folder.exists()) {
        return !fail(Kind::NotFound,
                     create ? tr("Cannot create “%1”: the folder “%2” does not exist.").arg(shown, folderShown)
                            : tr("The project “%1” cannot be opened: the folder “%2” does not exist.").arg(shown, folderShown),
                     error);
    }
    if (!folder.isDir())
        return !fail(Kind::NotFound, tr("Cannot use “%1”: “%2” is not a folder.").arg(shown, folderShown), error);
    if (!canWrite(folder.filePath())) {
        return !fail(Kind::ReadOnly,
                     create ? tr("Cannot create “%1”: the folder “%2” is read-only (you may not create files in it).").arg(shown, folderShown)
                            : tr("The project “%1” cannot be changed: its folder “%2” is read-only. You can open it read-only.")
                                  .arg(shown, folderShown),
                     error);
    }
    if (!create && !canWrite(file)) {
        return !fail(Kind::ReadOnly,
                     tr("The project “%1” cannot be changed: the file is read-only. You can open it read-only.").arg(shown),
                     error);
    }
    return true;
}

bool ProjectStore::Private::openFile(const QString& file, OpenMode mode, bool create, StoreError* error)
{
    using Kind = StoreError::Kind;
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(file);
    if (create) {
        if (info.exists())
            return !fail(Kind::Invalid, tr("Cannot create “%1”: a file of that name exists.").arg(shown), error);
    } else {
        if (!info.exists())
            return !fail(Kind::NotFound, tr("The project “%1” does not exist.").arg(shown), error);
        QFile f(file);
        if (info.isDir() || !f.open(QIODevice::ReadOnly))
            return !fail(Kind::NotSqlite, tr("“%1” cannot be read as a project: %2").arg(shown, info.isDir() ? tr("it is a folder") : f.errorString()), error);
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return !fail(Kind::NotSqlite, tr("“%1” is not a Crossread project (it is not an SQLite database).").arg(shown), error);
    }

    const QString folder = info.absolutePath();
    const bool writable = mode == OpenMode::ReadWrite;
    if (writable && !writableLocation(file, create, error))
        return false;
    if (writable) {
        // A lock file beside the project keeps a second Crossread process from writing to it.
        // Stale time 0: a lock is never stale by age, but one left by a dead process is.
        lock = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            const bool locked = lock->error() == QLockFile::LockFailedError;
            lock.reset();
            if (locked) {
                return !fail(Kind::Locked,
                             tr("The project “%1” is already open in another Crossread window (process %2 on %3). You can open it read-only.")
                                 .arg(shown, QString::number(pid), host),
                             error);
            }
            return !fail(Kind::ReadOnly, tr("The project “%1” cannot be locked for writing. You can open it read-only.").arg(shown), error);
        }
    }

    try {
        const auto dbMode = create ? Database::Mode::ReadWriteCreate : writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
        db = std::make_unique<Database>(file, dbMode);
        if (create) {
            Schema::configure(*db, false);
            Schema::create(*db);
        }
        qint64 appId = 0;
        try {
            appId = db->scalar("PRAGMA application_id");
        } catch (const SqlError& e) {
            // A read-only folder cannot hold the WAL index; read the file as immutable then.
            if (writable || canWrite(folder) || e.primaryCode() == SQLITE_NOTADB || e.primaryCode() == SQLITE_CORRUPT)
                throw;
            db = std::make_unique<Database>(file, Database::Mode::Immutable);
            appId = db->scalar("PRAGMA application_id");
        }
        if (appId != Schema::ApplicationId) {
            db.reset();
            lock.reset();
            return !fail(Kind::NotProject, tr("“%1” is an SQLite database, but not a Crossread project.").arg(shown), error);
        }
        const int version = int(db->scalar("PRAGMA user_version"));
        if (version > Schema::CurrentVersion) {
            db.reset();
            lock.reset();
            return !fail(Kind::NewerSchema,
                         tr("The project “%1” was saved by a newer version of Crossread (format %2; this version reads up to %3). Update Crossread to open it.")
                             .arg(shown)
                             .arg(version)
                             .arg(Schema::CurrentVersion),
                         error);
        }
        const QString check = db->scalarText("PRAGMA quick_check");
        if (check != QLatin1String("ok")) {
            db.reset();
            lock.reset();
            return !fail(Kind::Corrupt,
                         tr("The project “%1” is damaged (%2). Open a backup copy instead.").arg(shown, check.left(200)), error);
        }
        if (version < 1) {
            db.reset();
            lock.reset();
            return !fail(Kind::Corrupt, tr("The project “%1” is damaged (no schema version).").arg(shown), error);
        }
        if (!create)
            Schema::configure(*db, !writable);
        if (version < Schema::CurrentVersion) {
            if (!writable) {
                db.reset();
                return !fail(Kind::ReadOnly,
                             tr("The project “%1” was saved by an older version of Crossread and must be upgraded; open it for writing once.").arg(shown),
                             error);
            }
            Schema::migrate(*db, version);
        }
    } catch (const SqlError& e) {
        db.reset();
        lock.reset();
        if (create)
            QFile::remove(file);
        const Kind kind = classify(e);
        qCInfo(lcStore) << "opening failed:" << e.message();
        const QString message = kind == Kind::Corrupt
            ? tr("The project “%1” is damaged and cannot be opened. Open a backup copy instead.").arg(shown)
            : tr("Could not open the project “%1”: %2").arg(shown, e.message());
        return !fail(kind, message, error);
    }
    path = file;
    readOnly = !writable;
    lastError = {};
    if (error)
        *error = {};
    if (writable)
        loadJournal();
    Q_EMIT owner->projectOpened();
    return true;
}

ProjectStore::ProjectStore(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

ProjectStore::~ProjectStore()
{
    // Commands must go before the database they point into.
    d->undoStack->clear();
    d->db.reset();
}

bool ProjectStore::create(const QString& path, StoreError* error)
{
    close();
    return d->openFile(path, OpenMode::ReadWrite, true, error);
}

bool ProjectStore::open(const QString& path, OpenMode mode, StoreError* error)
{
    close();
    return d->openFile(path, mode, false, error);
}

void ProjectStore::close()
{
    if (!d->db)
        return;
    d->undoStack->clear();
    d->db.reset();
    d->lock.reset();
    d->path.clear();
    d->readOnly = false;
    Q_EMIT projectClosed();
}

bool ProjectStore::isOpen() const
{
    return d->db != nullptr;
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

QString ProjectStore::path() const
{
    return d->path;
}

int ProjectStore::currentSchemaVersion()
{
    return Schema::CurrentVersion;
}

QUndoStack* ProjectStore::undoStack() const
{
    return d->undoStack;
}

StoreError ProjectStore::lastError() const
{
    return d->lastError;
}

bool ProjectStore::saveCopy(const QString& target, StoreError* error) const
{
    if (!d->db)
        return !d->fail(StoreError::Kind::Invalid, tr("No project is open."), error);
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return !d->fail(StoreError::Kind::ReadOnly, tr("Cannot replace “%1”.").arg(QDir::toNativeSeparators(target)), error);
    try {
        d->db->backupTo(target);
    } catch (const SqlError& e) {
        QFile::remove(target);
        return !d->fail(StoreError::Kind::Io,
                        tr("Could not save a copy to “%1”: %2").arg(QDir::toNativeSeparators(target), e.message()), error);
    }
    return true;
}

// ---- the write path ---------------------------------------------------------

bool ProjectStore::Private::checkWritable()
{
    if (!db) {
        lastError = {StoreError::Kind::Invalid, tr("No project is open.")};
        return false;
    }
    if (readOnly) {
        lastError = {StoreError::Kind::ReadOnly, tr("The project is open read-only; changes are not possible.")};
        return false;
    }
    return true;
}

StoreError ProjectStore::Private::invalid(const QString& message)
{
    lastError = {StoreError::Kind::Invalid, message};
    return lastError;
}

void ProjectStore::Private::reportWriteFailure(const SqlError& e)
{
    qCWarning(lcStore) << "write failed and was rolled back:" << e.message();
    QString reason;
    switch (e.primaryCode()) {
    case SQLITE_FULL:
        reason = tr("the disk is full");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = tr("the file is busy in another program");
        break;
    case SQLITE_READONLY:
        reason = tr("the file cannot be written");
        break;
    case SQLITE_CORRUPT:
        reason = tr("the file is damaged");
        break;
    case SQLITE_IOERR:
        reason = tr("a disk error occurred");
        break;
    default:
        reason = e.message();
    }
    lastError = {StoreError::Kind::Io,
                 tr("Could not save the change to “%1”: %2. Nothing was changed.").arg(QDir::toNativeSeparators(path), reason)};
    Q_EMIT owner->writeFailed(lastError.message);
}

bool ProjectStore::Private::run(StoreCommand& command, bool undo, bool first)
{
    if (!checkWritable())
        return false;
    pending.clear();
    try {
        Transaction t(*db);
        command.apply(undo);
        if (first)
            appendJournal(command);
        else
            moveJournal(undo ? -command.journalEntries() : command.journalEntries());
        if (!first && command.rewritesJournal())
            rewriteJournal(command);
        t.commit();
    } catch (const SqlError& e) {
        pending.clear();
        reportWriteFailure(e);
        return false;
    }
    lastError = {};
    // Observers see the committed state only.
    const auto signalsToEmit = std::move(pending);
    pending.clear();
    for (const auto& emitSignal : signalsToEmit)
        emitSignal();
    return true;
}

} // namespace Crossread
