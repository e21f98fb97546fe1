// SPDX-License-Identifier: MIT
#pragma once

// The shared corpus imported through the Importer into a fresh project, as a user would do it,
// and handed to the matcher as copies of the stored texts.

#include "testsupport.h"

#include "import/importer.h"
#include "matching/quotematcher.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace Crossread::Test {

inline QList<MatchDocument> matchDocuments(const ProjectStore& store)
{
    QList<MatchDocument> out;
    for (const Document& d : store.documents())
        out.append({d.id, store.documentText(d.id), d.meta.published, d.meta.outlet, d.meta.title});
    return out;
}

class CorpusFixture : public ::testing::Test
{
protected:
    void importCorpus()
    {
        ASSERT_TRUE(m_dir.isValid());
        StoreError error;
        ASSERT_TRUE(store.create(m_dir.filePath(QStringLiteral("corpus.crossread")), &error))
            << error.message.toStdString();
        const QDir corpus(corpusDir());
        QStringList paths;
        for (const QString& name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            paths.append(corpus.filePath(name));
        ASSERT_EQ(paths.size(), 5);
        for (const ImportResult& r : Importer::importFiles(store, paths))
            ASSERT_EQ(r.status, ImportResult::Status::Imported) << r.reason.toStdString();
        for (const Document& d : store.documents())
            docByFile.insert(d.originalFileName, d.id);
    }

    QTemporaryDir m_dir;
    ProjectStore store;
    QHash<QString, DocumentId> docByFile;
};

} // namespace Crossread::Test
