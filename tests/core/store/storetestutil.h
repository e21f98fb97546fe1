// SPDX-License-Identifier: MIT
// Shared set-up of the store tests: a project in a temporary folder and a dump of every table.
#pragma once

#include "store/database.h"
#include "store/projectstore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

// GoogleTest prints QStrings as text (ADL finds PrintTo in QString's namespace, the global one).
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace Crossread::Test {

/// Every row of every table except the undo journal, as text: two dumps are equal exactly when
/// the stored state is equal (ids included).
QString dumpTables(const QString& path);

/// A text with emoji, CJK, combining marks and right-to-left script.
QString mixedScriptText();

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override;
    QString file(const QString& name = QStringLiteral("project.crossread")) const { return m_dir.filePath(name); }
    /// Adds a document with `text`; fails the test when that does not work.
    DocumentId addDocument(const QString& text, const QString& title = QStringLiteral("Report"));
    TagId claim() const { return m_store->builtinTag(QStringLiteral("claim"))->id; }
    TagId attribution() const { return m_store->builtinTag(QStringLiteral("attribution"))->id; }
    QString dump() const { return dumpTables(m_store->path()); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace Crossread::Test
