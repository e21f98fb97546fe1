// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <thread>
#include <unordered_map>

// The C API stays out of every header: only database.cpp includes sqlite3.h.
struct sqlite3;
struct sqlite3_stmt;

namespace Crossread {

class Database;

/// A failed SQLite call, with the statement or step that failed as context (not for the user).
class SqlError final
{
public:
    SqlError(int code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }
    int code() const { return m_code; } // extended result code
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return m_message; }
    /// Disk full, I/O error, read-only medium: the kind a user can act on.
    bool isIoProblem() const;

private:
    int m_code;
    QString m_message;
};

/// One prepared statement. Binding indexes are 1-based and columns 0-based, as in SQLite.
/// Every failing call throws SqlError naming the SQL it ran.
class Statement final
{
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // always text, '' for a null QString
    Statement& bind(int index, const QByteArray& value); // always a blob, possibly empty
    Statement& bindTextOrNull(int index, const QString& value); // NULL when empty
    Statement& bindNull(int index);
    /// Binds 0 as NULL: how optional references (parent tag, speaker) are stored.
    Statement& bindId(int index, qint64 id);

    /// Steps once: true while a row is available, false when done.
    bool step();
    /// Steps to the end, for statements that return no rows; then resets.
    void run();
    void reset();

    int columnCount() const;
    QByteArray columnName(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

    QByteArray sql() const;

private:
    [[noreturn]] void fail(int rc, const char* what) const;

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// A cached statement borrowed from Database::query(); reset on scope exit so no read
/// transaction is left open by a SELECT that was not stepped to its end.
class Query final
{
public:
    explicit Query(Statement& st)
        : m_st(&st)
    {
    }
    ~Query() { m_st->reset(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Statement* operator->() const { return m_st; }
    Statement& operator*() const { return *m_st; }

private:
    Statement* m_st;
};

/// An SQLite connection (RAII). Statements passed to query() are prepared once and cached.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    /// Opens `path`; throws SqlError when SQLite refuses.
    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements without results.
    void exec(const char* sql);
    /// A cached prepared statement; `sql` must be a string literal (it is the cache key).
    Query query(const char* sql);
    /// Runs a single-value query and returns its first column (0 when there is no row).
    qint64 scalar(const char* sql);
    QString scalarText(const char* sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    void clearCache(); // before close or backup

    /// Copies the whole database to `path` with the online backup API.
    void backupTo(const QString& path);

    sqlite3* handle() const { return m_db; }
    QString errorMessage() const;
    QString path() const { return m_path; }

private:
    /// The connection is opened without SQLite's mutex: one thread only, the one that opened
    /// it. Checked on every statement in builds with assertions (the asan stage runs the whole
    /// suite so), which is how workers are shown never to touch the store.
    void assertOwnThread() const;

    sqlite3* m_db = nullptr;
    QString m_path;
    std::thread::id m_owner = std::this_thread::get_id();
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cache;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back in the destructor unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

/// Escapes `%`, `_` and `\` for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(const QString& text);

} // namespace Crossread
