// SPDX-License-Identifier: MIT
// Helpers shared by the import tests: write fixture bytes to a temporary file and prepare it.
#pragma once

#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

// Readable values in GoogleTest's failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QDate& d, std::ostream* os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(no date)"));
}

namespace Crossread::Test {

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(bytes);
    return path;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Prepares `bytes` as a file called `name`; fails the test with the reason when it is refused.
inline PreparedDocument prepareOk(const QByteArray& bytes, const QString& name, const ImportOptions& options = {})
{
    QTemporaryDir dir;
    QString error;
    const std::optional<PreparedDocument> p = Importer::prepare(writeFile(dir, name, bytes), options, &error);
    EXPECT_TRUE(p.has_value()) << "refused: " << qPrintable(error);
    return p.value_or(PreparedDocument{});
}

/// Prepares `bytes` as a file called `name` and returns the reason it was refused (empty if it was not).
inline QString refusal(const QByteArray& bytes, const QString& name, const ImportOptions& options = {})
{
    QTemporaryDir dir;
    QString error;
    const std::optional<PreparedDocument> p = Importer::prepare(writeFile(dir, name, bytes), options, &error);
    return p ? QString() : error;
}

} // namespace Crossread::Test
