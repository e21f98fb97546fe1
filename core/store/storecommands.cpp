// SPDX-License-Identifier: MIT
#include "storecommands_p.h"

#include "storeserialization_p.h"

#include <QMetaObject>

namespace Crossread {

// ---- StoreCommand -----------------------------------------------------------

StoreCommand::StoreCommand(ProjectStore* store, Kind kind)
    : m_store(store)
    , m_kind(kind)
{
}

ProjectStore::Private& StoreCommand::d() const
{
    return *m_store->d;
}

void StoreCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (d().replaying)
        return;
    if (!d().run(*this, false, false)) {
        // The journal (committed with every step) is the truth: rebuild the stack from it.
        setObsolete(true);
        d().reloadJournalLater();
    }
}

void StoreCommand::undo()
{
    if (d().replaying)
        return;
    if (!d().run(*this, true, false)) {
        setObsolete(true);
        d().reloadJournalLater();
    }
}

bool StoreCommand::mergeAllowed(const QUndoCommand* other) const
{
    return !d().mergeBarrier && other->id() == id();
}

QString StoreCommand::elide(const QString& quote)
{
    constexpr qsizetype max = 28;
    QString simplified = quote.simplified();
    if (simplified.size() <= max)
        return simplified;
    qsizetype cut = max;
    if (simplified.at(cut - 1).isHighSurrogate())
        --cut;
    // Cut at a word boundary when there is one in the second half.
    const qsizetype space = simplified.lastIndexOf(u' ', cut);
    if (space > max / 2)
        cut = space;
    return simplified.left(cut) + u'…';
}

// ---- documents --------------------------------------------------------------

AddDocumentCommand::AddDocumentCommand(ProjectStore* store, Document doc, QByteArray original)
    : StoreCommand(store, AddDocument)
    , m_doc(std::move(doc))
    , m_original(std::move(original))
{
    const QString name = m_doc.meta.title.isEmpty() ? m_doc.originalFileName : m_doc.meta.title;
    setText(tr("Import “%1”").arg(name));
}

void AddDocumentCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        // The text and bytes live in the tables while the document exists; keep them here (and in
        // the journal) only while it does not.
        m_doc = d().readDocument(m_doc.id, true);
        m_original = d().readOriginal(m_doc.id);
        d().deleteDocument(m_doc.id);
        d().later([s, id = m_doc.id] { Q_EMIT s->documentRemoved(id); });
    } else {
        d().insertDocument(m_doc, m_original);
        m_doc.text = QString();
        m_original = QByteArray();
        d().later([s, id = m_doc.id] { Q_EMIT s->documentAdded(id); });
    }
}

void AddDocumentCommand::save(QDataStream& out) const
{
    out << m_doc << m_original;
}

std::unique_ptr<StoreCommand> AddDocumentCommand::load(ProjectStore* store, JournalReader& in)
{
    Document doc;
    QByteArray original;
    in >> doc >> original;
    return std::make_unique<AddDocumentCommand>(store, doc, original);
}

RemoveDocumentCommand::RemoveDocumentCommand(ProjectStore* store, Document doc, QByteArray original,
                                             QList<Annotation> annotations, QList<AnnotationLink> links)
    : StoreCommand(store, RemoveDocument)
    , m_doc(std::move(doc))
    , m_original(std::move(original))
    , m_annotations(std::move(annotations))
    , m_links(std::move(links))
{
    const QString name = m_doc.meta.title.isEmpty() ? m_doc.originalFileName : m_doc.meta.title;
    setText(tr("Remove “%1”").arg(name));
}

void RemoveDocumentCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        d().insertDocument(m_doc, m_original);
        d().later([s, id = m_doc.id] { Q_EMIT s->documentAdded(id); });
        for (Annotation& a : m_annotations) {
            d().insertAnnotation(a);
            d().later([s, id = a.id, doc = a.document] { Q_EMIT s->annotationAdded(id, doc); });
        }
        for (AnnotationLink& link : m_links)
            d().insertLink(link);
    } else {
        for (const Annotation& a : std::as_const(m_annotations))
            d().later([s, id = a.id, doc = a.document] { Q_EMIT s->annotationRemoved(id, doc); });
        // Annotations, their tags, evidence and links go by ON DELETE CASCADE.
        d().deleteDocument(m_doc.id);
        d().later([s, id = m_doc.id] { Q_EMIT s->documentRemoved(id); });
    }
}

void RemoveDocumentCommand::save(QDataStream& out) const
{
    out << m_doc << m_original << m_annotations << m_links;
}

std::unique_ptr<StoreCommand> RemoveDocumentCommand::load(ProjectStore* store, JournalReader& in)
{
    Document doc;
    QByteArray original;
    QList<Annotation> annotations;
    QList<AnnotationLink> links;
    in >> doc >> original >> annotations >> links;
    return std::make_unique<RemoveDocumentCommand>(store, doc, original, annotations, links);
}

SetDocumentMetadataCommand::SetDocumentMetadataCommand(ProjectStore* store, DocumentId id, DocumentMetadata before,
                                                       DocumentMetadata after)
    : StoreCommand(store, SetDocumentMetadata)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit details of “%1”").arg(m_after.title.isEmpty() ? m_before.title : m_after.title));
}

void SetDocumentMetadataCommand::apply(bool undo)
{
    d().writeDocumentMetadata(m_id, undo ? m_before : m_after);
    d().later([s = m_store, id = m_id] { Q_EMIT s->documentChanged(id); });
}

void SetDocumentMetadataCommand::save(QDataStream& out) const
{
    out << m_id << m_before << m_after;
}

std::unique_ptr<StoreCommand> SetDocumentMetadataCommand::load(ProjectStore* store, JournalReader& in)
{
    DocumentId id = 0;
    DocumentMetadata before, after;
    in >> id >> before >> after;
    return std::make_unique<SetDocumentMetadataCommand>(store, id, before, after);
}

// ---- tags -------------------------------------------------------------------

AddTagCommand::AddTagCommand(ProjectStore* store, Tag tag)
    : StoreCommand(store, AddTag)
    , m_tag(std::move(tag))
{
    setText(tr("Add tag “%1”").arg(m_tag.name));
}

void AddTagCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        d().deleteTag(m_tag.id);
        d().later([s, id = m_tag.id] { Q_EMIT s->tagRemoved(id); });
    } else {
        d().insertTag(m_tag);
        d().later([s, id = m_tag.id] { Q_EMIT s->tagAdded(id); });
    }
}

void AddTagCommand::save(QDataStream& out) const
{
    out << m_tag;
}

std::unique_ptr<StoreCommand> AddTagCommand::load(ProjectStore* store, JournalReader& in)
{
    Tag tag;
    in >> tag;
    return std::make_unique<AddTagCommand>(store, tag);
}

UpdateTagCommand::UpdateTagCommand(ProjectStore* store, Tag before, Tag after)
    : StoreCommand(store, UpdateTag)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before.name != m_after.name)
        setText(tr("Rename tag “%1” to “%2”").arg(m_before.name, m_after.name));
    else
        setText(tr("Edit tag “%1”").arg(m_after.name));
}

void UpdateTagCommand::apply(bool undo)
{
    d().writeTag(undo ? m_before : m_after);
    d().later([s = m_store, id = m_after.id] { Q_EMIT s->tagChanged(id); });
}

void UpdateTagCommand::save(QDataStream& out) const
{
    out << m_before << m_after;
}

std::unique_ptr<StoreCommand> UpdateTagCommand::load(ProjectStore* store, JournalReader& in)
{
    Tag before, after;
    in >> before >> after;
    return std::make_unique<UpdateTagCommand>(store, before, after);
}

RemoveTagCommand::RemoveTagCommand(ProjectStore* store, Tag tag, QList<Use> uses, QList<Tag> children)
    : StoreCommand(store, RemoveTag)
    , m_tag(std::move(tag))
    , m_uses(std::move(uses))
    , m_children(std::move(children))
{
    if (m_uses.isEmpty())
        setText(tr("Delete tag “%1”").arg(m_tag.name));
    else
        setText(tr("Delete tag “%1” from %n annotation(s)", nullptr, int(m_uses.size())).arg(m_tag.name));
}

void RemoveTagCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        d().insertTag(m_tag);
        d().later([s, id = m_tag.id] { Q_EMIT s->tagAdded(id); });
        for (const Tag& child : std::as_const(m_children)) {
            d().writeTag(child);
            d().later([s, id = child.id] { Q_EMIT s->tagChanged(id); });
        }
        Query q = d().db->query("INSERT INTO annotation_tags (annotation, tag, position) VALUES (?, ?, ?)");
        for (const Use& use : std::as_const(m_uses)) {
            q->bind(1, use.annotation).bind(2, m_tag.id).bind(3, use.position);
            q->run();
            d().later([s, id = use.annotation, doc = use.document] { Q_EMIT s->annotationChanged(id, doc); });
        }
    } else {
        for (Tag child : std::as_const(m_children)) {
            child.parent = m_tag.parent;
            d().writeTag(child);
            d().later([s, id = child.id] { Q_EMIT s->tagChanged(id); });
        }
        // The tag's uses go by ON DELETE CASCADE.
        d().deleteTag(m_tag.id);
        for (const Use& use : std::as_const(m_uses))
            d().later([s, id = use.annotation, doc = use.document] { Q_EMIT s->annotationChanged(id, doc); });
        d().later([s, id = m_tag.id] { Q_EMIT s->tagRemoved(id); });
    }
}

void RemoveTagCommand::save(QDataStream& out) const
{
    out << m_tag << qint64(m_uses.size());
    for (const Use& use : m_uses)
        out << use.annotation << use.document << use.position;
    out << m_children;
}

std::unique_ptr<StoreCommand> RemoveTagCommand::load(ProjectStore* store, JournalReader& in)
{
    Tag tag;
    qint64 count = 0;
    in >> tag >> count;
    if (count < 0 || count > 100'000'000)
        return nullptr;
    QList<Use> uses;
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Use use;
        in >> use.annotation >> use.document >> use.position;
        uses.append(use);
    }
    QList<Tag> children;
    in >> children;
    return std::make_unique<RemoveTagCommand>(store, tag, uses, children);
}

// ---- entities ---------------------------------------------------------------

AddEntityCommand::AddEntityCommand(ProjectStore* store, Entity entity)
    : StoreCommand(store, AddEntity)
    , m_entity(std::move(entity))
{
    setText(tr("Add speaker “%1”").arg(m_entity.name));
}

void AddEntityCommand::apply(bool undo)
{
    if (undo)
        d().deleteEntity(m_entity.id);
    else
        d().insertEntity(m_entity);
    d().later([s = m_store] { Q_EMIT s->entitiesChanged(); });
}

void AddEntityCommand::save(QDataStream& out) const
{
    out << m_entity;
}

std::unique_ptr<StoreCommand> AddEntityCommand::load(ProjectStore* store, JournalReader& in)
{
    Entity entity;
    in >> entity;
    return std::make_unique<AddEntityCommand>(store, entity);
}

UpdateEntityCommand::UpdateEntityCommand(ProjectStore* store, Entity before, Entity after)
    : StoreCommand(store, UpdateEntity)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit speaker “%1”").arg(m_after.name));
}

void UpdateEntityCommand::apply(bool undo)
{
    d().writeEntity(undo ? m_before : m_after);
    d().later([s = m_store] { Q_EMIT s->entitiesChanged(); });
}

void UpdateEntityCommand::save(QDataStream& out) const
{
    out << m_before << m_after;
}

std::unique_ptr<StoreCommand> UpdateEntityCommand::load(ProjectStore* store, JournalReader& in)
{
    Entity before, after;
    in >> before >> after;
    return std::make_unique<UpdateEntityCommand>(store, before, after);
}

// ---- links ------------------------------------------------------------------

LinkCommand::LinkCommand(ProjectStore* store, AnnotationLink link, DocumentId fromDoc, DocumentId toDoc, bool remove)
    : StoreCommand(store, remove ? RemoveLink : AddLink)
    , m_link(link)
    , m_fromDoc(fromDoc)
    , m_toDoc(toDoc)
    , m_remove(remove)
{
    switch (m_link.kind) {
    case LinkKind::SameStatement:
        setText(remove ? tr("Unlink same statement") : tr("Link as same statement"));
        break;
    case LinkKind::Supports:
        setText(remove ? tr("Unlink supporting annotation") : tr("Link as supporting"));
        break;
    case LinkKind::Contradicts:
        setText(remove ? tr("Unlink contradicting annotation") : tr("Link as contradicting"));
        break;
    }
}

void LinkCommand::apply(bool undo)
{
    if (undo != m_remove)
        d().deleteLink(m_link.id);
    else
        d().insertLink(m_link);
    auto* s = m_store;
    d().later([s, id = m_link.from, doc = m_fromDoc] { Q_EMIT s->annotationChanged(id, doc); });
    d().later([s, id = m_link.to, doc = m_toDoc] { Q_EMIT s->annotationChanged(id, doc); });
}

void LinkCommand::save(QDataStream& out) const
{
    out << m_link << m_fromDoc << m_toDoc;
}

std::unique_ptr<StoreCommand> LinkCommand::load(ProjectStore* store, JournalReader& in, bool remove)
{
    AnnotationLink link;
    DocumentId fromDoc = 0, toDoc = 0;
    in >> link >> fromDoc >> toDoc;
    return std::make_unique<LinkCommand>(store, link, fromDoc, toDoc, remove);
}

// ---- settings ---------------------------------------------------------------

SetSettingCommand::SetSettingCommand(ProjectStore* store, QString key, QString before, QString after)
    : StoreCommand(store, SetSetting)
    , m_key(std::move(key))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_key == QLatin1String("ratingScale"))
        setText(tr("Change the rating scale"));
    else
        setText(tr("Change setting “%1”").arg(m_key));
}

void SetSettingCommand::apply(bool undo)
{
    d().writeSetting(m_key, undo ? m_before : m_after);
    d().later([s = m_store] { Q_EMIT s->settingsChanged(); });
}

void SetSettingCommand::save(QDataStream& out) const
{
    out << m_key << m_before << m_after;
}

std::unique_ptr<StoreCommand> SetSettingCommand::load(ProjectStore* store, JournalReader& in)
{
    QString key, before, after;
    in >> key >> before >> after;
    return std::make_unique<SetSettingCommand>(store, key, before, after);
}

// ---- journal factory --------------------------------------------------------

std::unique_ptr<StoreCommand> StoreCommand::load(ProjectStore* store, int kind, JournalReader& in)
{
    switch (kind) {
    case AddDocument:
        return AddDocumentCommand::load(store, in);
    case RemoveDocument:
        return RemoveDocumentCommand::load(store, in);
    case SetDocumentMetadata:
        return SetDocumentMetadataCommand::load(store, in);
    case AddAnnotation:
        return AddAnnotationCommand::load(store, in);
    case AddAnnotations:
        return AddAnnotationsCommand::load(store, in);
    case RemoveAnnotation:
        return RemoveAnnotationCommand::load(store, in);
    case EditAnnotation:
        return EditAnnotationCommand::load(store, in);
    case AddTag:
        return AddTagCommand::load(store, in);
    case UpdateTag:
        return UpdateTagCommand::load(store, in);
    case RemoveTag:
        return RemoveTagCommand::load(store, in);
    case AddEntity:
        return AddEntityCommand::load(store, in);
    case UpdateEntity:
        return UpdateEntityCommand::load(store, in);
    case AddLink:
        return LinkCommand::load(store, in, false);
    case RemoveLink:
        return LinkCommand::load(store, in, true);
    case SetSetting:
        return SetSettingCommand::load(store, in);
    default:
        return loadClaimCommand(store, kind, in);
    }
}

} // namespace Crossread
