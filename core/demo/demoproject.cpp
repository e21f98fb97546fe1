// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "import/importer.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

namespace Crossread {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread::DemoProject", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The UTF-16 index of the n-th (1-based) occurrence of `quote`, or -1.
qsizetype findOccurrence(const QString& text, const QString& quote, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i < std::max(occurrence, 1); ++i) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return -1;
    }
    return at;
}

std::optional<TagId> resolveTag(const ProjectStore& store, const QString& name)
{
    if (const std::optional<Tag> t = store.builtinTag(name))
        return t->id;
    if (const std::optional<Tag> t = store.tagByName(name))
        return t->id;
    return std::nullopt;
}

} // namespace

QString DemoProject::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.crossread"));
}

bool DemoProject::build(ProjectStore& store, QString* error)
{
    if (!store.isOpen() || store.isReadOnly())
        return fail(error, tr("The demo needs a project open for writing."));
    QFile listFile(QStringLiteral(":/samples/demo-annotations.json"));
    if (!listFile.open(QIODevice::ReadOnly))
        return fail(error, tr("The demo's annotation list is missing from the program's resources."));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(listFile.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("The demo's annotation list is damaged: %1").arg(parseError.errorString()));

    QHash<QString, DocumentId> documents;
    for (const QJsonValue& v : root.value(QLatin1String("documents")).toArray()) {
        const QString file = v.toString();
        QString why;
        const std::optional<PreparedDocument> prepared =
            Importer::prepare(QStringLiteral(":/samples/") + file, ImportOptions(), &why);
        if (!prepared)
            return fail(error, tr("Cannot import the sample “%1”: %2").arg(file, why));
        DocumentId id = store.documentBySha256(prepared->document.sha256).value_or(0);
        if (id == 0)
            id = store.addDocument(prepared->document, prepared->original);
        if (id == 0)
            return fail(error, tr("Cannot store the sample “%1”: %2").arg(file, store.lastError().message));
        documents.insert(file, id);
    }

    QHash<DocumentId, QString> texts;
    for (const QJsonValue& v : root.value(QLatin1String("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString file = a.value(QLatin1String("file")).toString();
        const QString quote = a.value(QLatin1String("quote")).toString();
        const DocumentId doc = documents.value(file);
        if (doc == 0 || quote.isEmpty())
            return fail(error, tr("The demo annotation “%1” names an unknown sample “%2”.").arg(quote, file));
        if (!texts.contains(doc))
            texts.insert(doc, store.documentText(doc));
        const QString& text = texts[doc];
        const qsizetype at = findOccurrence(text, quote, a.value(QLatin1String("occurrence")).toInt(1));
        if (at < 0)
            return fail(error, tr("The quote “%1” is not in the sample “%2”.").arg(quote, file));
        const OffsetMap map(text);
        const qint64 start = map.toCodePoint(at);
        const qint64 end = map.toCodePoint(at + quote.size());

        QList<TagId> tags;
        for (const QJsonValue& t : a.value(QLatin1String("tags")).toArray()) {
            const std::optional<TagId> tag = resolveTag(store, t.toString());
            if (!tag)
                return fail(error, tr("The demo uses an unknown tag “%1”.").arg(t.toString()));
            tags.append(*tag);
        }
        // Running the demo twice must not double the annotations.
        bool exists = false;
        for (const Annotation& known : store.annotations(doc))
            exists = exists || (known.start == start && known.end == end && known.tags == tags);
        if (exists)
            continue;
        const AnnotationId id = store.addAnnotation(doc, start, end, tags, a.value(QLatin1String("note")).toString());
        if (id == 0)
            return fail(error, tr("Cannot store a demo annotation: %1").arg(store.lastError().message));
        const QString verdict = a.value(QLatin1String("verdict")).toString();
        if (!verdict.isEmpty() && !store.setVerdict(id, verdict))
            return fail(error, store.lastError().message);
        const QString rationale = a.value(QLatin1String("rationale")).toString();
        if (!rationale.isEmpty() && !store.setRationale(id, rationale))
            return fail(error, store.lastError().message);
        const QString speaker = a.value(QLatin1String("speaker")).toString();
        if (!speaker.isEmpty()) {
            const EntityId who = store.ensureEntity(speaker);
            if (who == 0 || !store.setSpeaker(id, who))
                return fail(error, store.lastError().message);
        }
    }
    // Building the demo is not the user's work: Undo must not take it apart again.
    store.undoStack()->clear();
    return true;
}

bool DemoProject::openOrCreate(ProjectStore& store, const QString& path, QString* error)
{
    StoreError storeError;
    if (QFileInfo::exists(path)) {
        if (store.open(path, ProjectStore::OpenMode::ReadWrite, &storeError))
            return true;
        return fail(error, storeError.message);
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(error, tr("Cannot create the folder for the demo project: %1").arg(QFileInfo(path).absolutePath()));
    if (!store.create(path, &storeError))
        return fail(error, storeError.message);
    if (!build(store, error)) {
        // A half-built demo would be reopened as is next time: remove it so it is rebuilt.
        store.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace Crossread
