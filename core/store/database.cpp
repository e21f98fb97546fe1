// SPDX-License-Identifier: MIT
#include "database.h"

#include <QFile>
#include <QLoggingCategory>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "crossread.core.store.sql")

namespace Crossread {

static QString sqliteMessage(sqlite3* db, int rc)
{
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QString::fromUtf8(msg ? msg : "unknown error");
}

bool SqlError::isIoProblem() const
{
    switch (primaryCode()) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

// ---- Statement --------------------------------------------------------------

Statement::Statement(Database& db, const char* sql)
    : m_db(db)
{
    // PERSISTENT: these statements live as long as the connection (query() caches them).
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw SqlError(sqlite3_extended_errcode(db.handle()),
                       QStringLiteral("preparing \"%1\": %2").arg(QString::fromUtf8(sql), sqliteMessage(db.handle(), rc)));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::fail(int rc, const char* what) const
{
    Q_UNUSED(rc)
    const int code = sqlite3_extended_errcode(m_db.handle());
    throw SqlError(code, QStringLiteral("%1 \"%2\": %3")
                             .arg(QLatin1String(what), QString::fromUtf8(sql()), sqliteMessage(m_db.handle(), code)));
}

Statement& Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    // UTF-16 binding avoids a conversion; SQLITE_TRANSIENT because the QString may be a temporary.
    // A null data pointer would bind NULL, hence u"" for empty strings.
    const void* data = value.isEmpty() ? static_cast<const void*>(u"") : value.utf16();
    const int rc = sqlite3_bind_text16(m_stmt, index, data, int(value.size() * qsizetype(sizeof(char16_t))),
                                       SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

Statement& Statement::bindTextOrNull(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    const void* data = value.isEmpty() ? static_cast<const void*>("") : value.constData();
    const int rc = sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc, "binding");
    return *this;
}

Statement& Statement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc, "running");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QByteArray Statement::columnName(int column) const
{
    return QByteArray(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    // The file stores UTF-8: one conversion here is cheaper than SQLite's UTF-16 copy plus ours.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char*>(data), size);
}

QByteArray Statement::sql() const
{
    return QByteArray(sqlite3_sql(m_stmt));
}

// ---- Database ---------------------------------------------------------------

Database::Database(const QString& path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    QByteArray name = QFile::encodeName(path);
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        // A folder nobody may write to cannot hold the WAL index; immutable=1 reads without it.
        flags |= SQLITE_OPEN_READONLY;
        name = "file:" + QUrl::toPercentEncoding(QFile::decodeName(name), "/") + "?immutable=1";
        break;
    }
    if (mode != Mode::Immutable && path != QLatin1String(":memory:"))
        name = "file:" + QUrl::toPercentEncoding(QFile::decodeName(name), "/");
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        SqlError error(code, QStringLiteral("opening %1: %2").arg(path, sqliteMessage(m_db, rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    m_cache.clear();
    if (m_db && sqlite3_close(m_db) != SQLITE_OK)
        qCWarning(lcDatabase) << "closing" << m_path << "failed:" << errorMessage();
}

void Database::assertOwnThread() const
{
    Q_ASSERT_X(std::this_thread::get_id() == m_owner, "Crossread::Database",
               "an SQLite connection opened without a mutex used from another thread than its own");
}

void Database::exec(const char* sql)
{
    assertOwnThread();
    char* msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        throw SqlError(sqlite3_extended_errcode(m_db), QStringLiteral("running \"%1\": %2").arg(QString::fromUtf8(sql), text));
    }
}

Query Database::query(const char* sql)
{
    assertOwnThread();
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    return Query(*it->second);
}

qint64 Database::scalar(const char* sql)
{
    Query q = query(sql);
    return q->step() ? q->int64(0) : 0;
}

QString Database::scalarText(const char* sql)
{
    Query q = query(sql);
    return q->step() ? q->text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

void Database::clearCache()
{
    m_cache.clear();
}

QString Database::errorMessage() const
{
    return sqliteMessage(m_db, SQLITE_ERROR);
}

void Database::backupTo(const QString& path)
{
    Database target(path, Mode::ReadWriteCreate);
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        throw SqlError(sqlite3_extended_errcode(target.m_db),
                       QStringLiteral("starting backup to %1: %2").arg(path, target.errorMessage()));
    // -1: copy every page in one step, so the copy is one consistent snapshot.
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw SqlError(sqlite3_extended_errcode(target.m_db),
                       QStringLiteral("backing up to %1: %2").arg(path, sqliteMessage(target.m_db, rc)));
}

// ---- Transaction ------------------------------------------------------------

Transaction::Transaction(Database& db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway.
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError& e) {
            qCWarning(lcDatabase) << "rollback failed:" << e.message();
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

QString escapeLike(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace Crossread
