// SPDX-License-Identifier: MIT
#include "exportdata.h"

#include "store/projectstore.h"

#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace Crossread {

ExportData ExportData::fromStore(const ProjectStore& store)
{
    ExportData data;
    for (const Document& listed : store.documents()) {
        if (std::optional<Document> full = store.document(listed.id)) {
            full->annotationCount = listed.annotationCount;
            data.documents.append(*full);
            QList<Annotation> list = store.annotations(listed.id);
            for (const Annotation& a : std::as_const(list)) {
                const QList<AnnotationLink> links = store.links(a.id);
                if (!links.isEmpty())
                    data.links.insert(a.id, links);
            }
            data.annotations.insert(listed.id, list);
        }
    }
    data.tagOrder = store.tags();
    for (const Tag& t : std::as_const(data.tagOrder))
        data.tags.insert(t.id, t);
    for (const Entity& e : store.entities())
        data.entities.insert(e.id, e);
    data.ratingScale = store.ratingScale();
    data.claims = store.claims();
    if (!data.claims.isEmpty()) {
        data.matrix = CoverageMatrix::build(store);
        data.timeline = Timeline::build(store);
    }
    data.organizationName = store.setting(QStringLiteral("organization.name")).trimmed();
    data.organizationUrl = store.setting(QStringLiteral("organization.url")).trimmed();
    data.reviewUrl = store.setting(QStringLiteral("organization.reviewUrl")).trimmed();
    data.labels = Builtins::Labels(store.setting(QStringLiteral("report.language")).trimmed());
    data.projectName = store.setting(QStringLiteral("project.name")).trimmed();
    if (data.projectName.isEmpty())
        data.projectName = QFileInfo(store.path()).completeBaseName();
    if (data.projectName.isEmpty())
        data.projectName = QStringLiteral("Crossread");
    return data;
}

const Document* ExportData::document(DocumentId id) const
{
    for (const Document& d : documents) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QStringList ExportData::tagNames(const Annotation& a) const
{
    QStringList names;
    for (const TagId id : a.tags) {
        const auto it = tags.constFind(id);
        if (it != tags.constEnd())
            names.append(tagLabel(*it));
    }
    return names;
}

QString ExportData::tagLabel(const Tag& tag) const
{
    // Tag::name holds a built-in's default in the UI language unless the user renamed it.
    if (!tag.builtin.isEmpty() && tag.name == Builtins::tagLabel(tag.builtin))
        return labels.tag(tag.builtin);
    return tag.name;
}

QString ExportData::tagKey(const Tag& tag)
{
    return tag.builtin.isEmpty() ? tag.name : tag.builtin;
}

QStringList ExportData::tagKeys(const Annotation& a) const
{
    QStringList keys;
    for (const TagId id : a.tags) {
        const auto it = tags.constFind(id);
        if (it != tags.constEnd())
            keys.append(tagKey(*it));
    }
    return keys;
}

QString ExportData::speakerName(const Annotation& a) const
{
    const auto it = entities.constFind(a.speaker);
    return it == entities.constEnd() ? QString() : it->name;
}

int ExportData::annotationCount() const
{
    int n = 0;
    for (const QList<Annotation>& list : annotations)
        n += int(list.size());
    return n;
}

QString documentHashUri(const Document& doc)
{
    return QStringLiteral("urn:sha256:") + QString::fromLatin1(doc.sha256.toHex());
}

QString documentSourceUri(const Document& doc)
{
    const QUrl url(doc.meta.url.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return documentHashUri(doc);
}

QString annotationUri(const Document& doc, const Annotation& a)
{
    // A name-based (v5) UUID over what identifies the annotation in its document; row ids alone
    // would collide between projects, and random ids would change on every export.
    static const QUuid ns(QStringLiteral("{6f0c7f3e-5b7a-4c1e-9a43-1c2f3e4d5a6b}"));
    const QString name = QString::fromLatin1(doc.sha256.toHex()) + u'/' + QString::number(a.id) + u'/'
                         + isoDateTime(a.created);
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString isoDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace Crossread
