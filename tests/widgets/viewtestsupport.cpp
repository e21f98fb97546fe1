// SPDX-License-Identifier: MIT
#include "viewtestsupport.h"

#include "demo/demoproject.h"
#include "text/offsets.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

static void initCrossreadResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Crossread::Test {

void initResources()
{
    initCrossreadResources();
}

bool TempProject::create()
{
    path = dir.filePath(QStringLiteral("test.crossread"));
    StoreError error;
    const bool ok = store->create(path, &error);
    EXPECT_TRUE(ok) << error.message.toStdString();
    return ok;
}

bool TempProject::createDemo()
{
    initResources();
    path = dir.filePath(QStringLiteral("demo.crossread"));
    QString error;
    const bool ok = DemoProject::openOrCreate(*store, path, &error);
    EXPECT_TRUE(ok) << error.toStdString();
    return ok;
}

DocumentId TempProject::addText(const QString& title, const QString& text)
{
    Document doc;
    doc.meta.title = title;
    doc.meta.outlet = QStringLiteral("Test Outlet");
    doc.meta.language = QStringLiteral("en");
    doc.originalFileName = title + QStringLiteral(".txt");
    doc.encoding = QStringLiteral("UTF-8");
    doc.text = text;
    doc.length = codePointLength(text);
    const QByteArray bytes = text.toUtf8();
    doc.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const DocumentId id = store->addDocument(doc, bytes);
    EXPECT_NE(id, 0) << store->lastError().message.toStdString();
    return id;
}

TagId TempProject::builtin(const char* key) const
{
    const std::optional<Tag> t = store->builtinTag(QString::fromLatin1(key));
    EXPECT_TRUE(t.has_value()) << key;
    return t ? t->id : 0;
}

} // namespace Crossread::Test
