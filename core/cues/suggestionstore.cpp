// SPDX-License-Identifier: MIT
#include "suggestionstore.h"

#include "cuescanner.h"
#include "store/projectstore.h"
#include "suggestionengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Crossread::SuggestionStore {

namespace {

QJsonArray rejections(const ProjectStore& store)
{
    return QJsonDocument::fromJson(store.setting(rejectionsKey()).toUtf8()).array();
}

bool matches(const QJsonObject& o, DocumentId document, const Suggestion& s)
{
    return o.value(QLatin1String("document")).toInteger() == document && o.value(QLatin1String("start")).toInteger() == s.start
        && o.value(QLatin1String("end")).toInteger() == s.end
        && o.value(QLatin1String("kind")).toString() == suggestionKindName(s.kind);
}

} // namespace

QString rejectionsKey()
{
    return QStringLiteral("suggestions.rejected");
}

bool isRejected(const ProjectStore& store, DocumentId document, const Suggestion& s)
{
    const QJsonArray all = rejections(store);
    return std::any_of(all.begin(), all.end(), [&](const QJsonValue& v) { return matches(v.toObject(), document, s); });
}

QList<Suggestion> pending(const ProjectStore& store, DocumentId document)
{
    const QString text = store.documentText(document);
    if (text.isEmpty())
        return {};
    SuggestionEngine engine;
    engine.setLexicon(CueScanner::lexiconFromSetting(store.setting(CueScanner::lexiconSettingKey())));
    const QJsonArray rejected = rejections(store);
    const QList<Annotation> existing = store.annotations(document);
    QList<Suggestion> out;
    for (const Suggestion& s : engine.suggest(text)) {
        if (std::any_of(rejected.begin(), rejected.end(), [&](const QJsonValue& v) { return matches(v.toObject(), document, s); }))
            continue;
        const std::optional<Tag> tag = store.builtinTag(suggestionKindName(s.kind));
        const bool annotated = std::any_of(existing.begin(), existing.end(), [&](const Annotation& a) {
            return a.start == s.start && a.end == s.end && tag && a.tags.contains(tag->id);
        });
        if (!annotated)
            out.append(s);
    }
    return out;
}

bool reject(ProjectStore& store, DocumentId document, const Suggestion& s)
{
    QJsonArray all = rejections(store);
    if (std::any_of(all.begin(), all.end(), [&](const QJsonValue& v) { return matches(v.toObject(), document, s); }))
        return true;
    all.append(QJsonObject{{QStringLiteral("document"), document},
                           {QStringLiteral("start"), s.start},
                           {QStringLiteral("end"), s.end},
                           {QStringLiteral("kind"), suggestionKindName(s.kind)}});
    return store.setSetting(rejectionsKey(), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QList<AnnotationId> accept(ProjectStore& store, DocumentId document, const QList<Suggestion>& suggestions)
{
    if (suggestions.isEmpty())
        return {};
    QUndoStack* undo = store.undoStack();
    undo->beginMacro(suggestions.size() == 1
                         ? QCoreApplication::translate("Suggestions", "Accept suggestion")
                         : QCoreApplication::translate("Suggestions", "Accept %n suggestion(s)", nullptr, int(suggestions.size())));
    QList<AnnotationId> ids;
    bool ok = true;
    for (const Suggestion& s : suggestions) {
        const std::optional<Tag> tag = store.builtinTag(suggestionKindName(s.kind));
        const AnnotationId id = tag ? store.addAnnotation(document, s.start, s.end, {tag->id}) : 0;
        if (!id) {
            ok = false;
            break;
        }
        if (!s.speaker.isEmpty()) {
            const EntityId speaker = store.ensureEntity(s.speaker);
            if (!speaker || !store.setSpeaker(id, speaker)) {
                ok = false;
                break;
            }
        }
        ids.append(id);
    }
    undo->endMacro();
    if (!ok) {
        // Leave nothing half-done: the macro's parts that succeeded are undone together.
        if (undo->canUndo())
            undo->undo();
        return {};
    }
    return ids;
}

} // namespace Crossread::SuggestionStore
