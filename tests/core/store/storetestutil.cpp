// SPDX-License-Identifier: MIT
#include "storetestutil.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Crossread::Test {

QString dumpTables(const QString& path)
{
    Database db(path, Database::Mode::ReadOnly);
    QStringList tables;
    {
        // The full-text index is derived state whose segments differ after undo even when their
        // content does not; its fts5vocab tables (term, rows, occurrences) are compared instead.
        Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'undo_%' "
                         "AND (name NOT LIKE 'search_%' OR name LIKE 'search_%_terms') ORDER BY name");
        while (st.step())
            tables.append(st.text(0));
    }
    QString out;
    for (const QString& table : std::as_const(tables)) {
        out += u"== "_s + table + u'\n';
        const QByteArray sql = "SELECT * FROM " + table.toUtf8() + " ORDER BY 1, 2";
        Statement st(db, sql.constData());
        while (st.step()) {
            QStringList cells;
            for (int c = 0; c < st.columnCount(); ++c)
                cells.append(st.isNull(c) ? u"NULL"_s : QString::fromLatin1(st.blob(c).toHex()).left(64));
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

QString mixedScriptText()
{
    return u"Start 👍🏽 said «Здравствуйте» then 김정은 위원장 𠜎 and Cafe\u0301 na\u0308ive; "
           u"قال المتحدث إن القوات 123 and 🇰🇷 flags end."_s;
}

void StoreTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_store = std::make_unique<ProjectStore>();
    StoreError error;
    ASSERT_TRUE(m_store->create(file(), &error)) << error.message.toStdString();
    m_store->setAnnotator(u"Tester"_s);
}

DocumentId StoreTest::addDocument(const QString& text, const QString& title)
{
    Document doc;
    doc.meta.title = title;
    doc.meta.outlet = u"Outlet"_s;
    doc.meta.language = u"en"_s;
    doc.originalFileName = title + u".txt"_s;
    doc.encoding = u"UTF-8"_s;
    doc.text = text;
    const DocumentId id = m_store->addDocument(doc, text.toUtf8());
    EXPECT_NE(id, 0) << m_store->lastError().message.toStdString();
    return id;
}

} // namespace Crossread::Test
