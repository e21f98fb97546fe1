// SPDX-License-Identifier: MIT
#pragma once

// A fresh project in a temporary folder for model and dock tests, with helpers that go through
// the store's public API only (as the UI does).

#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace Crossread::Test {

class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        StoreError error;
        ASSERT_TRUE(store.create(m_dir.filePath(QStringLiteral("test.crossread")), &error))
            << error.message.toStdString();
        ASSERT_TRUE(store.isOpen());
    }

    DocumentId addDocument(const QString& title, const QString& text, const QString& outlet = {},
                           QDate published = {})
    {
        Document doc;
        doc.meta.title = title;
        doc.meta.outlet = outlet;
        doc.meta.published = published;
        doc.meta.language = QStringLiteral("en");
        doc.originalFileName = title + QStringLiteral(".txt");
        doc.encoding = QStringLiteral("UTF-8");
        doc.text = text;
        doc.length = codePointLength(text);
        doc.importedAt = QDateTime::currentDateTimeUtc();
        const QByteArray bytes = text.toUtf8();
        doc.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        const DocumentId id = store.addDocument(doc, bytes);
        EXPECT_NE(id, 0) << store.lastError().message.toStdString();
        return id;
    }

    /// Annotates the first occurrence of `quote` (BMP text: UTF-16 index = code point offset).
    AnnotationId annotate(DocumentId document, const QString& quote, const QList<TagId>& tags,
                          const QString& note = {})
    {
        const QString text = store.documentText(document);
        const qsizetype start = text.indexOf(quote);
        EXPECT_GE(start, 0) << quote.toStdString();
        const AnnotationId id = store.addAnnotation(document, start, start + quote.size(), tags, note);
        EXPECT_NE(id, 0) << store.lastError().message.toStdString();
        return id;
    }

    TagId builtin(const char* key) const
    {
        const std::optional<Tag> tag = store.builtinTag(QString::fromLatin1(key));
        EXPECT_TRUE(tag.has_value()) << key;
        return tag ? tag->id : 0;
    }

    TagId addTag(const QString& name, TagId parent = 0, const QString& shortcut = {})
    {
        Tag tag;
        tag.name = name;
        tag.color = QColor(0x33, 0x99, 0x66);
        tag.parent = parent;
        tag.shortcut = shortcut;
        const TagId id = store.addTag(tag);
        EXPECT_NE(id, 0) << store.lastError().message.toStdString();
        return id;
    }

    void undo() { store.undoStack()->undo(); }
    void redo() { store.undoStack()->redo(); }

    QString projectPath() const { return m_dir.filePath(QStringLiteral("test.crossread")); }

    QTemporaryDir m_dir;
    ProjectStore store;
};

inline const QString kTextA = QStringLiteral(
    "The minister said that 76,000 soldiers had been trained. Officials could not confirm the figure. "
    "Critics called the plan reckless.");
inline const QString kTextB = QStringLiteral(
    "According to the ministry, seventy-six thousand troops completed training. The claim was not verified.");

} // namespace Crossread::Test
