// SPDX-License-Identifier: MIT
#include "annotationimporter.h"

#include "annotationparser_p.h"

#include "exportdata.h"
#include "store/projectstore.h"
#include "webannotationexporter.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Crossread {

AnnotationImporter::AnnotationImporter(ProjectStore& store)
    : m_store(store)
{
}

AnnotationImporter::Report AnnotationImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        report.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return importJson(file.readAll());
}

namespace {

/// Finds the project's document an annotation targets: by Crossread's own hash, by a
/// `urn:sha256:` source, or by the document's URL.
DocumentId resolveDocument(const ParsedAnnotation& p, const QHash<QString, DocumentId>& byUri)
{
    if (!p.documentSha256.isEmpty()) {
        if (const DocumentId id = byUri.value(QStringLiteral("urn:sha256:") + p.documentSha256.toLower()))
            return id;
    }
    for (const QString& source : p.sources) {
        if (const DocumentId id = byUri.value(source))
            return id;
    }
    return 0;
}

} // namespace

AnnotationImporter::Report AnnotationImporter::importJson(const QByteArray& json)
{
    Report report;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        report.error = tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return report;
    }
    QJsonArray items, tagDefs;
    if (!collectItems(doc, items, tagDefs, &report.error))
        return report;
    report.ok = true;
    report.total = int(items.size());

    QHash<QString, DocumentId> byUri;
    for (const Document& d : m_store.documents()) {
        byUri.insert(documentHashUri(d), d.id);
        if (documentSourceUri(d) != documentHashUri(d))
            byUri.insert(documentSourceUri(d), d.id);
    }

    QHash<DocumentId, QString> texts;
    QList<ParsedAnnotation> anchored;
    QList<Annotation> rows;
    for (int i = 0; i < items.size(); ++i) {
        const ParsedAnnotation p = parseAnnotation(items.at(i).toObject());
        const auto fail = [&](const QString& reason) { report.unanchored.append({i, p.id, p.anchor.exact, reason}); };
        const DocumentId docId = resolveDocument(p, byUri);
        if (!docId) {
            fail(tr("no document in the project matches %1").arg(p.sources.value(0, tr("(no target)"))));
            continue;
        }
        if (!texts.contains(docId))
            texts.insert(docId, m_store.documentText(docId));
        const AnchorResult where = anchorAnnotation(texts.value(docId), p.anchor, m_limits);
        switch (where.method) {
        case AnchorResult::Method::Position:
            ++report.byPosition;
            break;
        case AnchorResult::Method::Quote:
            ++report.byQuote;
            break;
        case AnchorResult::Method::Fuzzy:
            ++report.byFuzzy;
            break;
        case AnchorResult::Method::Failed:
            fail(p.anchor.exact.isEmpty() ? tr("no quote, and its position is not inside the document")
                                          : tr("the quote was not found in the document"));
            continue;
        }
        Annotation a;
        a.document = docId;
        a.start = where.start;
        a.end = where.end;
        a.note = p.notes.join(QStringLiteral("\n\n"));
        a.verdict = p.verdict;
        a.rationale = p.rationale;
        a.evidence = p.evidence;
        a.annotator = p.annotator;
        a.created = p.created;
        a.modified = p.modified;
        rows.append(a);
        anchored.append(p);
    }
    if (rows.isEmpty())
        return report;

    QUndoStack* undo = m_store.undoStack();
    const int indexBefore = undo->index();
    undo->beginMacro(tr("Import %n annotation(s)", nullptr, int(rows.size())));
    bool ok = resolveNames(anchored, tagDefs, rows, report);
    QList<AnnotationId> ids;
    if (ok) {
        ids = m_store.addAnnotations(rows);
        ok = !ids.isEmpty();
    }
    // Links are restored between annotations of this file only; their targets are file ids.
    QHash<QString, AnnotationId> newIds;
    for (qsizetype r = 0; ok && r < ids.size(); ++r) {
        if (!anchored.at(r).id.isEmpty())
            newIds.insert(anchored.at(r).id, ids.at(r));
    }
    for (qsizetype r = 0; ok && r < ids.size(); ++r) {
        for (const auto& [kind, target] : anchored.at(r).links) {
            if (const AnnotationId to = newIds.value(target))
                ok = m_store.addLink(ids.at(r), to, kind) != 0;
        }
    }
    undo->endMacro();
    if (!ok) {
        const QString why = m_store.lastError().message;
        // Leave the project as it was: undo what the macro did before the failure.
        if (undo->index() == indexBefore + 1)
            undo->undo();
        report = Report{};
        report.error = tr("The annotations could not be stored: %1").arg(why);
    }
    return report;
}

bool AnnotationImporter::resolveNames(const QList<ParsedAnnotation>& parsed, const QJsonArray& tagDefs,
                                      QList<Annotation>& rows, Report& report)
{
    QHash<QString, TagId> tagIds;
    QStringList scale = m_store.ratingScale();
    const qsizetype scaleSize = scale.size();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ParsedAnnotation& p = parsed.at(r);
        Annotation& a = rows[r];
        for (const QString& name : p.tags) {
            TagId id = tagIds.value(name.toCaseFolded());
            if (!id) {
                if (const std::optional<Tag> t = m_store.tagByName(name)) {
                    id = t->id;
                } else {
                    id = m_store.addTag(tagFromDefinitions(name, tagDefs));
                    if (!id)
                        return false;
                    ++report.tagsCreated;
                }
                tagIds.insert(name.toCaseFolded(), id);
            }
            if (!a.tags.contains(id))
                a.tags.append(id);
        }
        if (!p.speaker.name.isEmpty()) {
            if (const std::optional<Entity> e = m_store.entityByName(p.speaker.name)) {
                a.speaker = e->id;
            } else {
                Entity entity = p.speaker;
                entity.id = 0;
                a.speaker = m_store.addEntity(entity);
                if (!a.speaker)
                    return false;
                ++report.entitiesCreated;
            }
        }
        // A verdict the project's scale lacks is added to it rather than dropped. A built-in's
        // label (files of older versions, other tools) is its key.
        a.verdict = Builtins::canonicalRating(a.verdict);
        const bool known = a.verdict.isEmpty() || std::any_of(scale.cbegin(), scale.cend(), [&](const QString& rating) {
                               return rating.compare(a.verdict, Qt::CaseInsensitive) == 0;
                           });
        if (!known)
            scale.append(a.verdict);
    }
    return scale.size() == scaleSize || m_store.setRatingScale(scale);
}

Tag AnnotationImporter::tagFromDefinitions(const QString& name, const QJsonArray& tagDefs)
{
    Tag tag;
    tag.name = name;
    for (const QJsonValue def : tagDefs) {
        const QJsonObject o = def.toObject();
        if (o.value(QLatin1String("name")).toString() == name) {
            tag.color = QColor(o.value(QLatin1String("color")).toString());
            tag.description = o.value(QLatin1String("description")).toString();
        }
    }
    if (!tag.color.isValid())
        tag.color = QColor(0xf4, 0xd3, 0x5e); // the default highlight yellow
    return tag;
}

} // namespace Crossread
