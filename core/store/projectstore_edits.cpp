// SPDX-License-Identifier: MIT
// The mutators: each validates, builds one command, performs it and pushes it on success.
#include "projectstore_p.h"

#include "builtins.h"
#include "storecommands_p.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Crossread {

// ---- documents --------------------------------------------------------------

DocumentId ProjectStore::addDocument(const Document& doc, const QByteArray& original)
{
    if (!d->checkWritable())
        return 0;
    Document row = doc;
    row.id = 0;
    if (row.text.isNull())
        row.text = QStringLiteral("");
    row.length = codePointLength(row.text);
    if (row.sha256.isEmpty())
        row.sha256 = QCryptographicHash::hash(original, QCryptographicHash::Sha256);
    if (!row.importedAt.isValid())
        row.importedAt = QDateTime::currentDateTimeUtc();
    DocumentId id = 0;
    d->perform(std::make_unique<AddDocumentCommand>(this, row, original),
            [&](const AddDocumentCommand& c) { id = c.documentId(); });
    return id;
}

bool ProjectStore::removeDocument(DocumentId id)
{
    if (!d->checkWritable())
        return false;
    std::unique_ptr<RemoveDocumentCommand> command;
    const bool ok = d->reading([&] {
        Document doc = d->readDocument(id, true);
        if (!doc.id) {
            d->invalid(tr("There is no document %1.").arg(id));
            return false;
        }
        const QList<Annotation> annotations = d->readAnnotations(id);
        QList<AnnotationLink> links;
        QSet<LinkId> seen;
        for (const Annotation& a : annotations) {
            for (const AnnotationLink& link : d->readLinks(a.id)) {
                if (!seen.contains(link.id)) {
                    seen.insert(link.id);
                    links.append(link);
                }
            }
        }
        command = std::make_unique<RemoveDocumentCommand>(this, doc, originalBytes(id), annotations, links);
        return true;
    });
    return ok && d->perform(std::move(command));
}

bool ProjectStore::setDocumentMetadata(DocumentId id, const DocumentMetadata& meta)
{
    if (!d->checkWritable())
        return false;
    DocumentMetadata before;
    const bool ok = d->reading([&] {
        const Document doc = d->readDocument(id, false);
        if (!doc.id)
            return !d->invalid(tr("There is no document %1.").arg(id));
        before = doc.meta;
        return true;
    });
    if (!ok)
        return false;
    if (before == meta)
        return true;
    return d->perform(std::make_unique<SetDocumentMetadataCommand>(this, id, before, meta));
}

// ---- tags -------------------------------------------------------------------

std::optional<QString> ProjectStore::Private::checkedVerdict(const QString& text, const QStringList& scale)
{
    const QString wanted = Builtins::canonicalRating(text);
    if (wanted.isEmpty())
        return QString();
    for (const QString& rating : scale) {
        if (rating.compare(wanted, Qt::CaseInsensitive) == 0)
            return rating;
    }
    QStringList labels;
    for (const QString& rating : scale)
        labels.append(Builtins::ratingLabel(rating));
    invalid(ProjectStore::tr("“%1” is not on the rating scale (%2).").arg(text.trimmed(), labels.join(QStringLiteral(", "))));
    return std::nullopt;
}

/// Checks name, parent and shortcut of `tag` against the others; returns an error message or "".
QString ProjectStore::Private::checkTag(const Tag& tag)
{
    if (tag.name.trimmed().isEmpty())
        return tr("A tag needs a name.");
    // The names of the built-ins in every UI language stay theirs, so that "--tag Claim" means
    // one tag whatever language the project was made in.
    // A user tag that had such a name before format 4 keeps it until renamed.
    const std::optional<Tag> stored = tag.id ? owner->tag(tag.id) : std::nullopt;
    const bool named = !stored || stored->name.compare(tag.name.trimmed(), Qt::CaseInsensitive) != 0;
    if (const QString key = Builtins::tagKeyOf(tag.name); named && !key.isEmpty() && key != tag.builtin)
        return tr("“%1” is a name of the built-in tag “%2”.").arg(tag.name.trimmed(), Builtins::tagLabel(key));
    for (const Tag& other : owner->tags()) {
        if (other.id == tag.id)
            continue;
        if (other.name.compare(tag.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("A tag named “%1” exists already.").arg(other.name);
        if (!tag.shortcut.isEmpty() && other.shortcut == tag.shortcut)
            return tr("The shortcut %1 is used by the tag “%2”.").arg(tag.shortcut, other.name);
    }
    // The parent must exist and must not be the tag itself or one of its descendants.
    for (TagId p = tag.parent; p != 0;) {
        if (p == tag.id && tag.id != 0)
            return tr("A tag cannot be nested inside itself.");
        const std::optional<Tag> parent = owner->tag(p);
        if (!parent)
            return tr("There is no tag %1.").arg(p);
        p = parent->parent;
    }
    return {};
}

TagId ProjectStore::addTag(const Tag& tag)
{
    if (!d->checkWritable())
        return 0;
    Tag row = tag;
    row.id = 0;
    row.name = row.name.trimmed();
    row.builtin.clear();
    if (!row.color.isValid())
        row.color = QColor(0x90, 0x93, 0x99);
    if (const QString problem = d->checkTag(row); !problem.isEmpty()) {
        d->invalid(problem);
        return 0;
    }
    TagId id = 0;
    d->perform(std::make_unique<AddTagCommand>(this, row), [&](const AddTagCommand& c) { id = c.tagId(); });
    return id;
}

bool ProjectStore::updateTag(const Tag& tag)
{
    if (!d->checkWritable())
        return false;
    const std::optional<Tag> before = this->tag(tag.id);
    if (!before)
        return !d->invalid(tr("There is no tag %1.").arg(tag.id));
    Tag after = tag;
    after.name = after.name.trimmed();
    after.builtin = before->builtin; // which tags are built in does not change
    if (!after.color.isValid())
        after.color = before->color;
    if (const QString problem = d->checkTag(after); !problem.isEmpty())
        return !d->invalid(problem);
    if (after == *before)
        return true;
    return d->perform(std::make_unique<UpdateTagCommand>(this, *before, after));
}

bool ProjectStore::removeTag(TagId id)
{
    if (!d->checkWritable())
        return false;
    const std::optional<Tag> t = tag(id);
    if (!t)
        return !d->invalid(tr("There is no tag %1.").arg(id));
    if (!t->builtin.isEmpty())
        return !d->invalid(tr("“%1” is a built-in tag and cannot be deleted.").arg(t->name));
    QList<RemoveTagCommand::Use> uses;
    QList<Tag> children;
    const bool ok = d->reading([&] {
        {
            Query q = d->db->query("SELECT t.annotation, a.document, t.position FROM annotation_tags t "
                                   "JOIN annotations a ON a.id = t.annotation WHERE t.tag = ? ORDER BY t.annotation");
            q->bind(1, id);
            while (q->step())
                uses.append({q->int64(0), q->int64(1), q->int64(2)});
        }
        for (const Tag& other : tags()) {
            if (other.parent == id)
                children.append(other);
        }
        return true;
    });
    return ok && d->perform(std::make_unique<RemoveTagCommand>(this, *t, uses, children));
}

// ---- entities ---------------------------------------------------------------

EntityId ProjectStore::addEntity(const Entity& entity)
{
    if (!d->checkWritable())
        return 0;
    Entity row = entity;
    row.id = 0;
    row.name = row.name.trimmed();
    if (row.name.isEmpty()) {
        d->invalid(tr("A person or organisation needs a name."));
        return 0;
    }
    EntityId id = 0;
    d->perform(std::make_unique<AddEntityCommand>(this, row), [&](const AddEntityCommand& c) { id = c.entityId(); });
    return id;
}

bool ProjectStore::updateEntity(const Entity& entity)
{
    if (!d->checkWritable())
        return false;
    const std::optional<Entity> before = this->entity(entity.id);
    if (!before)
        return !d->invalid(tr("There is no person or organisation %1.").arg(entity.id));
    Entity after = entity;
    after.name = after.name.trimmed();
    if (after.name.isEmpty())
        return !d->invalid(tr("A person or organisation needs a name."));
    if (after == *before)
        return true;
    return d->perform(std::make_unique<UpdateEntityCommand>(this, *before, after));
}

EntityId ProjectStore::ensureEntity(const QString& name)
{
    if (const std::optional<Entity> existing = entityByName(name))
        return existing->id;
    return addEntity(Entity{0, name, {}, {}});
}

// ---- links ------------------------------------------------------------------

LinkId ProjectStore::addLink(AnnotationId from, AnnotationId to, LinkKind kind)
{
    if (!d->checkWritable())
        return 0;
    const std::optional<Annotation> a = annotation(from);
    const std::optional<Annotation> b = annotation(to);
    if (!a || !b) {
        d->invalid(tr("There is no annotation %1.").arg(a ? to : from));
        return 0;
    }
    if (from == to) {
        d->invalid(tr("An annotation cannot be linked to itself."));
        return 0;
    }
    for (const AnnotationLink& link : links(from)) {
        if (link.from == from && link.to == to && link.kind == kind) {
            d->invalid(tr("These annotations are linked that way already."));
            return 0;
        }
    }
    LinkId id = 0;
    d->perform(std::make_unique<LinkCommand>(this, AnnotationLink{0, from, to, kind}, a->document, b->document, false),
            [&](const LinkCommand& c) { id = c.linkId(); });
    return id;
}

bool ProjectStore::removeLink(LinkId id)
{
    if (!d->checkWritable())
        return false;
    AnnotationLink link;
    DocumentId fromDoc = 0, toDoc = 0;
    const bool ok = d->reading([&] {
        link = d->readLink(id);
        if (!link.id)
            return !d->invalid(tr("There is no link %1.").arg(id));
        fromDoc = d->readAnnotation(link.from).document;
        toDoc = d->readAnnotation(link.to).document;
        return true;
    });
    return ok && d->perform(std::make_unique<LinkCommand>(this, link, fromDoc, toDoc, true));
}

// ---- settings ---------------------------------------------------------------

bool ProjectStore::setRatingScale(const QStringList& scale)
{
    QStringList cleaned;
    for (const QString& entry : scale) {
        const QString e = Builtins::canonicalRating(entry); // a built-in's key, else the text
        if (e.isEmpty() || cleaned.contains(e, Qt::CaseInsensitive))
            return !d->invalid(tr("The rating scale needs distinct, non-empty names."));
        cleaned.append(e);
    }
    if (cleaned.isEmpty())
        return !d->invalid(tr("The rating scale needs at least one rating."));
    return setSetting(QStringLiteral("ratingScale"),
                      QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cleaned)).toJson(QJsonDocument::Compact)));
}

bool ProjectStore::setSetting(const QString& key, const QString& value)
{
    if (!d->checkWritable())
        return false;
    if (key.isEmpty())
        return !d->invalid(tr("A setting needs a name."));
    const QString before = setting(key);
    if (before == value && !before.isNull())
        return true;
    return d->perform(std::make_unique<SetSettingCommand>(this, key, before, value.isNull() ? QStringLiteral("") : value));
}

void ProjectStore::setAnnotator(const QString& name)
{
    d->annotator = name;
}

} // namespace Crossread
