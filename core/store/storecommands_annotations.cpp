// SPDX-License-Identifier: MIT
#include "storecommands_p.h"

#include "storeserialization_p.h"

#include <QSet>

namespace Crossread {

AddAnnotationCommand::AddAnnotationCommand(ProjectStore* store, Annotation annotation, const QString& tagNames)
    : StoreCommand(store, AddAnnotation)
    , m_annotation(std::move(annotation))
{
    if (tagNames.isEmpty())
        setText(tr("Annotate “%1”").arg(elide(m_annotation.quote)));
    else
        setText(tr("Tag '%1' on “%2”").arg(tagNames, elide(m_annotation.quote)));
}

void AddAnnotationCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        d().deleteAnnotation(m_annotation.id);
        d().later([s, id = m_annotation.id, doc = m_annotation.document] { Q_EMIT s->annotationRemoved(id, doc); });
    } else {
        d().insertAnnotation(m_annotation);
        d().later([s, id = m_annotation.id, doc = m_annotation.document] { Q_EMIT s->annotationAdded(id, doc); });
        d().later([s, doc = m_annotation.document] { Q_EMIT s->documentChanged(doc); });
    }
    if (undo)
        d().later([s, doc = m_annotation.document] { Q_EMIT s->documentChanged(doc); });
}

void AddAnnotationCommand::save(QDataStream& out) const
{
    out << m_annotation;
}

std::unique_ptr<StoreCommand> AddAnnotationCommand::load(ProjectStore* store, JournalReader& in)
{
    Annotation a;
    in >> a;
    return std::make_unique<AddAnnotationCommand>(store, a, QString());
}

AddAnnotationsCommand::AddAnnotationsCommand(ProjectStore* store, QList<Annotation> annotations)
    : StoreCommand(store, AddAnnotations)
    , m_annotations(std::move(annotations))
{
    m_ids.fill(0, m_annotations.size());
    setText(tr("Add %n annotation(s)", nullptr, int(m_annotations.size())));
}

void AddAnnotationsCommand::apply(bool undo)
{
    auto* s = m_store;
    QSet<DocumentId> documents;
    if (undo) {
        // As with documents: the rows are kept here only while they are not in the tables.
        m_annotations.clear();
        m_annotations.reserve(m_ids.size());
        for (const AnnotationId id : std::as_const(m_ids))
            m_annotations.append(d().readAnnotation(id));
        for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
            d().deleteAnnotation(it->id);
            d().later([s, id = it->id, doc = it->document] { Q_EMIT s->annotationRemoved(id, doc); });
            documents.insert(it->document);
        }
    } else {
        m_ids.clear();
        m_ids.reserve(m_annotations.size());
        for (Annotation& a : m_annotations) {
            d().insertAnnotation(a);
            m_ids.append(a.id);
            d().later([s, id = a.id, doc = a.document] { Q_EMIT s->annotationAdded(id, doc); });
            documents.insert(a.document);
        }
        m_annotations.clear();
    }
    for (const DocumentId doc : std::as_const(documents))
        d().later([s, doc] { Q_EMIT s->documentChanged(doc); });
}

void AddAnnotationsCommand::save(QDataStream& out) const
{
    out << m_ids << m_annotations;
}

std::unique_ptr<StoreCommand> AddAnnotationsCommand::load(ProjectStore* store, JournalReader& in)
{
    QList<AnnotationId> ids;
    QList<Annotation> list;
    in >> ids >> list;
    auto command = std::make_unique<AddAnnotationsCommand>(store, list);
    command->m_ids = ids;
    return command;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectStore* store, Annotation annotation, QList<AnnotationLink> links)
    : StoreCommand(store, RemoveAnnotation)
    , m_annotation(std::move(annotation))
    , m_links(std::move(links))
{
    setText(tr("Remove annotation on “%1”").arg(elide(m_annotation.quote)));
}

void RemoveAnnotationCommand::apply(bool undo)
{
    auto* s = m_store;
    if (undo) {
        d().insertAnnotation(m_annotation);
        for (AnnotationLink& link : m_links)
            d().insertLink(link);
        d().later([s, id = m_annotation.id, doc = m_annotation.document] { Q_EMIT s->annotationAdded(id, doc); });
    } else {
        // Its tags, evidence and links go by ON DELETE CASCADE.
        d().deleteAnnotation(m_annotation.id);
        d().later([s, id = m_annotation.id, doc = m_annotation.document] { Q_EMIT s->annotationRemoved(id, doc); });
    }
    d().later([s, doc = m_annotation.document] { Q_EMIT s->documentChanged(doc); });
}

void RemoveAnnotationCommand::save(QDataStream& out) const
{
    out << m_annotation << m_links;
}

std::unique_ptr<StoreCommand> RemoveAnnotationCommand::load(ProjectStore* store, JournalReader& in)
{
    Annotation a;
    QList<AnnotationLink> links;
    in >> a >> links;
    return std::make_unique<RemoveAnnotationCommand>(store, a, links);
}

EditAnnotationCommand::EditAnnotationCommand(ProjectStore* store, Field field, Annotation before, Annotation after,
                                             const QString& label)
    : StoreCommand(store, EditAnnotation)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(label);
}

void EditAnnotationCommand::apply(bool undo)
{
    d().writeAnnotation(undo ? m_before : m_after);
    d().later([s = m_store, id = m_after.id, doc = m_after.document] { Q_EMIT s->annotationChanged(id, doc); });
}

int EditAnnotationCommand::id() const
{
    switch (m_field) {
    case Note:
        return NoteMerge;
    case Rationale:
        return RationaleMerge;
    default:
        return -1;
    }
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand* other)
{
    if (!mergeAllowed(other))
        return false;
    const auto* edit = static_cast<const EditAnnotationCommand*>(other);
    // Typing in one annotation's note is one undo step; another annotation starts a new one.
    if (edit->m_field != m_field || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    absorb(edit);
    return true;
}

void EditAnnotationCommand::save(QDataStream& out) const
{
    out << qint32(m_field) << m_before << m_after;
}

std::unique_ptr<StoreCommand> EditAnnotationCommand::load(ProjectStore* store, JournalReader& in)
{
    qint32 field = 0;
    Annotation before, after;
    in >> field >> before >> after;
    if (field < Range || field > RemoveEvidence)
        return nullptr;
    return std::make_unique<EditAnnotationCommand>(store, Field(field), before, after, QString());
}

} // namespace Crossread
