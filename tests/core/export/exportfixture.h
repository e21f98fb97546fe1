// SPDX-License-Identifier: MIT
// A small fixed project for the export tests: three documents (one with emoji, CJK and
// right-to-left text), tags, speakers, verdicts, evidence and links, with fixed timestamps so
// that golden files stay byte-for-byte stable.
#pragma once

#include "export/exportdata.h"
#include "store/projectstore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace Crossread::Test {

/// The "now" every golden export is made at.
QDateTime fixedNow();
ExportOptions fixedOptions();

/// Documents of the fixture, also used to build a second project with the same texts.
struct FixtureDocument
{
    DocumentMetadata meta;
    QString text;
};
QList<FixtureDocument> fixtureDocuments();

/// Creates `path` and adds the fixture documents; returns their ids in order.
QList<DocumentId> addFixtureDocuments(ProjectStore& store, const QList<FixtureDocument>& docs);

/// Code point offsets of `needle` in `text` (the first occurrence), as a pair start, end.
QPair<qint64, qint64> find(const QString& text, const QString& needle);

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override;
    QString file(const QString& name) const { return m_dir.filePath(name); }
    ExportData data() const { return ExportData::fromStore(*m_store); }
    /// Compares `actual` with tests/data/export/NAME, or rewrites it when CROSSREAD_REFRESH_GOLDEN is set.
    void compareGolden(const QString& name, const QByteArray& actual) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QList<DocumentId> m_docs;
    QList<AnnotationId> m_annotations;
};

} // namespace Crossread::Test
