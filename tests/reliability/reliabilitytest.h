// SPDX-License-Identifier: MIT
// Shared by the reliability tests: a project in a temporary folder, file helpers, peak memory.
#pragma once

#include "import/importer.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <sys/resource.h>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace Crossread::Test {

inline QString writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    EXPECT_EQ(f.write(bytes), bytes.size());
    return path;
}

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Peak resident memory of this process so far, in MB (getrusage; never goes down).
inline long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// A fresh project `project.crossread` in a temporary folder.
class ProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = std::make_unique<ProjectStore>();
        StoreError error;
        ASSERT_TRUE(m_store->create(file(), &error)) << error.message.toStdString();
    }
    QString file(const QString& name = QStringLiteral("project.crossread")) const { return m_dir.filePath(name); }
    /// Imports one file and returns its document, failing the test when that does not work.
    DocumentId importFile(const QString& path)
    {
        const QList<ImportResult> results = Importer::importFiles(*m_store, {path});
        EXPECT_EQ(results.size(), 1);
        if (results.size() != 1)
            return 0;
        EXPECT_EQ(results.first().status, ImportResult::Status::Imported) << results.first().reason.toStdString();
        return results.first().document;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace Crossread::Test
