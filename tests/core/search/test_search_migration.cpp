// SPDX-License-Identifier: MIT
// A version 1 project (no search index) gets one on open that covers its existing rows.
#include "storetestutil.h"

#include "search/searchquery.h"
#include "testsupport.h"
#include "text/offsets.h"

#include <QFile>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

TEST(SearchMigration, VersionOneRowsAreIndexedOnOpen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(u"v1.crossread"_s);
    ASSERT_TRUE(QFile::copy(dataPath(u"store/v1.crossread"_s), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        Database before(copy, Database::Mode::ReadOnly);
        ASSERT_EQ(before.scalar("PRAGMA user_version"), 1);
    }
    ProjectStore store;
    StoreError error;
    ASSERT_TRUE(store.open(copy, ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();

    SearchQuery q;
    q.text = u"Sudzha"_s;
    SearchResults r = store.search(q);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.hits.size(), 1);
    const QString text = store.documentText(r.hits.first().document);
    EXPECT_EQ(codePointMid(text, r.hits.first().spans.first().start, r.hits.first().spans.first().end), u"Sudzha"_s);

    // Text after emoji and a character outside the BMP, diacritics folded: "Café näive".
    q.text = u"naive"_s;
    r = store.search(q);
    ASSERT_EQ(r.hits.size(), 1);
    const QString mixed = store.documentText(r.hits.first().document);
    EXPECT_EQ(codePointMid(mixed, r.hits.first().spans.first().start, r.hits.first().spans.first().end),
              u"na\u0308ive"_s);

    q.text = u"fixture"_s;
    q.fields = SearchField::Title;
    EXPECT_EQ(store.search(q).hits.size(), 2);
    q.text = u"number"_s;
    q.fields = SearchField::Note;
    r = store.search(q);
    ASSERT_EQ(r.hits.size(), 1);
    EXPECT_NE(r.hits.first().annotation, 0);
    EXPECT_TRUE(store.integrityProblems().isEmpty()) << store.integrityProblems().join(u'\n').toStdString();
}

} // namespace
