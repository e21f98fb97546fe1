// SPDX-License-Identifier: MIT
// The annotation mutators. Each edit is an EditAnnotationCommand with before/after snapshots.
#include "projectstore_p.h"

#include "builtins.h"

#include "storecommands_p.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Crossread {

static QString quoted(const Annotation& a)
{
    return StoreCommand::elide(a.quote);
}

/// Validates [start, end) against the document; returns the stored text or a null string.
QString ProjectStore::Private::checkedText(DocumentId document, qint64 start, qint64 end)
{
    const QString text = readText(document);
    if (text.isNull()) {
        invalid(tr("There is no document %1.").arg(document));
        return {};
    }
    return checkRange(start, end, codePointLength(text)) ? text : QString();
}

bool ProjectStore::Private::checkRange(qint64 start, qint64 end, qint64 length)
{
    if (start < 0 || end < 0) {
        invalid(tr("An annotation cannot start or end before the text (%1, %2).").arg(start).arg(end));
        return false;
    }
    if (start > end) {
        invalid(tr("The start (%1) of an annotation must not be after its end (%2).").arg(start).arg(end));
        return false;
    }
    if (end > length) {
        invalid(tr("The range %1–%2 lies outside the text, which has %3 characters.").arg(start).arg(end).arg(length));
        return false;
    }
    return true;
}

std::optional<QList<TagId>> ProjectStore::Private::checkedTags(const QList<TagId>& tags, QStringList* names)
{
    QList<TagId> unique;
    for (const TagId id : tags) {
        if (unique.contains(id))
            continue;
        const std::optional<Tag> t = owner->tag(id);
        if (!t) {
            invalid(tr("There is no tag %1.").arg(id));
            return std::nullopt;
        }
        unique.append(id);
        if (names)
            names->append(t->name);
    }
    return unique;
}

AnnotationId ProjectStore::addAnnotation(DocumentId document, qint64 start, qint64 end, const QList<TagId>& tags,
                                         const QString& note)
{
    if (!d->checkWritable())
        return 0;
    Annotation a;
    QStringList names;
    try {
        const QString text = d->checkedText(document, start, end);
        if (text.isNull())
            return 0;
        const auto tagList = d->checkedTags(tags, &names);
        if (!tagList)
            return 0;
        a.document = document;
        a.start = start;
        a.end = end;
        a.tags = *tagList;
        a.note = note;
        a.annotator = d->annotator;
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        Private::fillQuote(a, text);
    } catch (const SqlError& e) {
        d->reportWriteFailure(e);
        return 0;
    }
    auto command = std::make_unique<AddAnnotationCommand>(this, a, names.join(QStringLiteral(", ")));
    if (!d->run(*command, false, true))
        return 0;
    const AnnotationId id = command->annotationId();
    command->setPerformed();
    d->undoStack->push(command.release());
    return id;
}

QList<AnnotationId> ProjectStore::addAnnotations(const QList<Annotation>& annotations)
{
    if (!d->checkWritable())
        return {};
    QList<Annotation> rows;
    rows.reserve(annotations.size());
    try {
        // Bulk: each document's text and offset map, the tag ids and the scale are read once.
        struct Text
        {
            QString text;
            OffsetMap map;
        };
        QHash<DocumentId, Text> texts;
        QSet<TagId> knownTags;
        for (const Tag& t : tags())
            knownTags.insert(t.id);
        const QStringList scale = ratingScale();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Annotation& in : annotations) {
            auto it = texts.find(in.document);
            if (it == texts.end()) {
                const QString text = d->readText(in.document);
                if (text.isNull()) {
                    d->invalid(tr("There is no document %1.").arg(in.document));
                    return {};
                }
                it = texts.insert(in.document, Text{text, OffsetMap(text)});
            }
            if (!d->checkRange(in.start, in.end, it->map.codePointLength()))
                return {};
            Annotation a = in;
            a.id = 0;
            a.tags.clear();
            for (const TagId t : in.tags) {
                if (!knownTags.contains(t)) {
                    d->invalid(tr("There is no tag %1.").arg(t));
                    return {};
                }
                if (!a.tags.contains(t))
                    a.tags.append(t);
            }
            if (!a.verdict.isEmpty()) {
                const std::optional<QString> rating = d->checkedVerdict(a.verdict, scale);
                if (!rating)
                    return {};
                a.verdict = *rating;
            }
            if (a.speaker != 0 && !d->readEntity(a.speaker).id) {
                d->invalid(tr("There is no person or organisation %1.").arg(a.speaker));
                return {};
            }
            for (EvidenceLink& e : a.evidence)
                e.id = 0;
            if (a.annotator.isEmpty())
                a.annotator = d->annotator;
            if (!a.created.isValid())
                a.created = now;
            if (!a.modified.isValid())
                a.modified = a.created;
            Private::fillQuote(a, it->text, it->map);
            rows.append(std::move(a));
        }
    } catch (const SqlError& e) {
        d->reportWriteFailure(e);
        return {};
    }
    QList<AnnotationId> ids;
    d->perform(std::make_unique<AddAnnotationsCommand>(this, std::move(rows)),
               [&](const AddAnnotationsCommand& c) { ids = c.ids(); });
    return ids;
}

bool ProjectStore::removeAnnotation(AnnotationId id)
{
    if (!d->checkWritable())
        return false;
    const std::optional<Annotation> a = annotation(id);
    if (!a)
        return !d->invalid(tr("There is no annotation %1.").arg(id));
    Annotation row = *a;
    row.orphaned = false;
    auto command = std::make_unique<RemoveAnnotationCommand>(this, row, links(id));
    if (!d->run(*command, false, true))
        return false;
    command->setPerformed();
    d->undoStack->push(command.release());
    return true;
}

/// Builds and performs an EditAnnotationCommand from `change` applied to the stored annotation.
bool ProjectStore::Private::editAnnotation(AnnotationId id, int field,
                                           const std::function<bool(Annotation&, QString&)>& change)
{
    if (!checkWritable())
        return false;
    std::optional<Annotation> before = owner->annotation(id);
    if (!before)
        return !invalid(tr("There is no annotation %1.").arg(id));
    before->orphaned = false;
    Annotation after = *before;
    QString label;
    try {
        if (!change(after, label))
            return false;
    } catch (const SqlError& e) {
        reportWriteFailure(e);
        return false;
    }
    after.modified = QDateTime::currentDateTimeUtc();
    auto command = std::make_unique<EditAnnotationCommand>(owner, EditAnnotationCommand::Field(field), *before, after, label);
    if (!run(*command, false, true))
        return false;
    command->setPerformed();
    undoStack->push(command.release());
    return true;
}

bool ProjectStore::setAnnotationRange(AnnotationId id, qint64 start, qint64 end)
{
    return d->editAnnotation(id, EditAnnotationCommand::Range, [&](Annotation& a, QString& label) {
        const QString text = d->checkedText(a.document, start, end);
        if (text.isNull())
            return false;
        a.start = start;
        a.end = end;
        Private::fillQuote(a, text);
        label = tr("Move annotation to “%1”").arg(quoted(a));
        return true;
    });
}

bool ProjectStore::setAnnotationTags(AnnotationId id, const QList<TagId>& tags)
{
    return d->editAnnotation(id, EditAnnotationCommand::Tags, [&](Annotation& a, QString& label) {
        QStringList names;
        const auto tagList = d->checkedTags(tags, &names);
        if (!tagList)
            return false;
        a.tags = *tagList;
        label = names.isEmpty() ? tr("Remove tags from “%1”").arg(quoted(a))
                                : tr("Tag '%1' on “%2”").arg(names.join(QStringLiteral(", ")), quoted(a));
        return true;
    });
}

bool ProjectStore::setAnnotationNote(AnnotationId id, const QString& note)
{
    return d->editAnnotation(id, EditAnnotationCommand::Note, [&](Annotation& a, QString& label) {
        a.note = note;
        label = tr("Edit note on “%1”").arg(quoted(a));
        return true;
    });
}

bool ProjectStore::setVerdict(AnnotationId id, const QString& verdict)
{
    return d->editAnnotation(id, EditAnnotationCommand::Verdict, [&](Annotation& a, QString& label) {
        const std::optional<QString> value = d->checkedVerdict(verdict, ratingScale());
        if (!value)
            return false;
        a.verdict = *value;
        label = value->isEmpty() ? tr("Clear verdict on “%1”").arg(quoted(a))
                                 : tr("Verdict '%1' on “%2”").arg(Builtins::ratingLabel(*value), quoted(a));
        return true;
    });
}

bool ProjectStore::setRationale(AnnotationId id, const QString& rationale)
{
    return d->editAnnotation(id, EditAnnotationCommand::Rationale, [&](Annotation& a, QString& label) {
        a.rationale = rationale;
        label = tr("Edit rationale on “%1”").arg(quoted(a));
        return true;
    });
}

bool ProjectStore::setSpeaker(AnnotationId id, EntityId speaker)
{
    return d->editAnnotation(id, EditAnnotationCommand::Speaker, [&](Annotation& a, QString& label) {
        if (speaker == 0) {
            a.speaker = 0;
            label = tr("Clear speaker of “%1”").arg(quoted(a));
            return true;
        }
        const Entity e = d->readEntity(speaker);
        if (!e.id)
            return !d->invalid(tr("There is no person or organisation %1.").arg(speaker));
        a.speaker = speaker;
        label = tr("Speaker '%1' on “%2”").arg(e.name, quoted(a));
        return true;
    });
}

bool ProjectStore::addEvidence(AnnotationId id, const EvidenceLink& link)
{
    return d->editAnnotation(id, EditAnnotationCommand::AddEvidence, [&](Annotation& a, QString& label) {
        if (link.url.trimmed().isEmpty())
            return !d->invalid(tr("Evidence needs a URL."));
        EvidenceLink e = link;
        e.id = 0; // assigned when performed, then kept for redo
        e.url = e.url.trimmed();
        a.evidence.append(e);
        label = tr("Add evidence to “%1”").arg(quoted(a));
        return true;
    });
}

bool ProjectStore::removeEvidence(AnnotationId id, qint64 evidenceId)
{
    return d->editAnnotation(id, EditAnnotationCommand::RemoveEvidence, [&](Annotation& a, QString& label) {
        const auto it = std::find_if(a.evidence.begin(), a.evidence.end(),
                                     [&](const EvidenceLink& e) { return e.id == evidenceId; });
        if (it == a.evidence.end())
            return !d->invalid(tr("Annotation %1 has no evidence %2.").arg(id).arg(evidenceId));
        a.evidence.erase(it);
        label = tr("Remove evidence from “%1”").arg(quoted(a));
        return true;
    });
}

} // namespace Crossread
