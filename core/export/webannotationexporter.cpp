// SPDX-License-Identifier: MIT
#include "webannotationexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Crossread {

namespace {

QJsonObject textualBody(const QString& purpose, const QString& value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::SameStatement:
        return QStringLiteral("sameStatement");
    case LinkKind::Supports:
        return QStringLiteral("supports");
    case LinkKind::Contradicts:
        return QStringLiteral("contradicts");
    }
    return {};
}

QJsonObject crossreadFields(const ExportData& data, const Document& doc, const Annotation& a)
{
    QJsonObject fields{{QStringLiteral("document"),
                        QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(doc.sha256.toHex())},
                                    {QStringLiteral("title"), doc.meta.title}}},
                       {QStringLiteral("annotator"), a.annotator}};
    if (!a.rationale.isEmpty())
        fields.insert(QStringLiteral("rationale"), a.rationale);
    if (const auto it = data.entities.constFind(a.speaker); it != data.entities.constEnd()) {
        QJsonObject speaker{{QStringLiteral("name"), it->name}};
        if (!it->role.isEmpty())
            speaker.insert(QStringLiteral("role"), it->role);
        if (!it->aliases.isEmpty())
            speaker.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(it->aliases));
        fields.insert(QStringLiteral("speaker"), speaker);
    }
    QJsonArray evidence;
    for (const EvidenceLink& e : a.evidence) {
        QJsonObject link{{QStringLiteral("url"), e.url}, {QStringLiteral("title"), e.title}};
        if (e.accessed.isValid())
            link.insert(QStringLiteral("accessed"), e.accessed.toString(Qt::ISODate));
        evidence.append(link);
    }
    if (!evidence.isEmpty())
        fields.insert(QStringLiteral("evidence"), evidence);
    QJsonArray links;
    for (const AnnotationLink& l : data.links.value(a.id)) {
        if (l.from != a.id)
            continue; // each link is written once, on the annotation it starts from
        for (const Document& other : data.documents) {
            for (const Annotation& b : data.annotations.value(other.id)) {
                if (b.id == l.to)
                    links.append(QJsonObject{{QStringLiteral("kind"), linkKindName(l.kind)},
                                             {QStringLiteral("target"), annotationUri(other, b)}});
            }
        }
    }
    if (!links.isEmpty())
        fields.insert(QStringLiteral("links"), links);
    return fields;
}

} // namespace

QJsonObject WebAnnotationExporter::annotation(const ExportData& data, const Document& doc, const Annotation& a)
{
    QJsonArray bodies;
    // Tagging and assessing bodies carry keys, the same in every language: a built-in tag's key
    // ("claim"), a user tag's name, a built-in rating's key ("mostly-true") or a user's rating.
    for (const QString& key : data.tagKeys(a))
        bodies.append(textualBody(QStringLiteral("tagging"), key));
    if (!a.note.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), a.note));
    if (!a.verdict.isEmpty())
        bodies.append(textualBody(QStringLiteral("assessing"), a.verdict));

    QString motivation = QStringLiteral("highlighting");
    if (!a.verdict.isEmpty())
        motivation = QStringLiteral("assessing");
    else if (!a.note.isEmpty())
        motivation = QStringLiteral("commenting");
    else if (!a.tags.isEmpty())
        motivation = QStringLiteral("tagging");

    const QJsonArray selectors{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                    {QStringLiteral("exact"), a.quote},
                    {QStringLiteral("prefix"), a.prefix},
                    {QStringLiteral("suffix"), a.suffix}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                    {QStringLiteral("start"), a.start},
                    {QStringLiteral("end"), a.end}},
    };
    QJsonObject target{{QStringLiteral("source"), documentSourceUri(doc)}, {QStringLiteral("selector"), selectors}};

    // Each item carries its own @context so it stays a valid annotation when taken out alone.
    QJsonObject out{{QStringLiteral("@context"), QString(WebAnnotationKeys::Context)},
                    {QStringLiteral("id"), annotationUri(doc, a)},
                    {QStringLiteral("type"), QStringLiteral("Annotation")},
                    {QStringLiteral("motivation"), motivation},
                    {QStringLiteral("target"), target},
                    {QString(WebAnnotationKeys::Annotation), crossreadFields(data, doc, a)}};
    if (!bodies.isEmpty())
        out.insert(QStringLiteral("body"), bodies);
    if (a.created.isValid())
        out.insert(QStringLiteral("created"), isoDateTime(a.created));
    if (a.modified.isValid())
        out.insert(QStringLiteral("modified"), isoDateTime(a.modified));
    if (!a.annotator.isEmpty())
        out.insert(QStringLiteral("creator"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), a.annotator}});
    return out;
}

QJsonObject WebAnnotationExporter::collection(const ExportData& data, const ExportOptions& options)
{
    Q_UNUSED(options)
    QJsonArray items;
    QStringList hashes;
    for (const Document& doc : data.documents) {
        hashes.append(QString::fromLatin1(doc.sha256.toHex()));
        for (const Annotation& a : data.annotations.value(doc.id))
            items.append(annotation(data, doc, a));
    }
    static const QUuid ns(QStringLiteral("{0d7b9a52-83c4-4f7e-b5b1-6a2f0c9e4d11}"));
    const QString key = data.projectName + u'/' + hashes.join(u',');
    const QString id = QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
    const QString pageId =
        QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, key + QStringLiteral("/page/0")).toString(QUuid::WithoutBraces);

    QJsonArray tagDefs;
    for (const Tag& t : data.tagOrder) {
        // Named by key as in the tagging bodies; the label beside it is for people.
        QJsonObject def{{QStringLiteral("name"), ExportData::tagKey(t)}, {QStringLiteral("color"), t.color.name()}};
        if (!t.description.isEmpty())
            def.insert(QStringLiteral("description"), t.description);
        if (!t.builtin.isEmpty()) {
            def.insert(QStringLiteral("builtin"), t.builtin);
            def.insert(QStringLiteral("label"), data.tagLabel(t));
        }
        if (const auto parent = data.tags.constFind(t.parent); parent != data.tags.constEnd())
            def.insert(QStringLiteral("parent"), ExportData::tagKey(*parent));
        tagDefs.append(def);
    }

    QJsonObject out{{QStringLiteral("@context"), QString(WebAnnotationKeys::Context)},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                    {QStringLiteral("label"), data.projectName},
                    {QStringLiteral("total"), items.size()},
                    {QString(WebAnnotationKeys::Tags), tagDefs}};
    if (!items.isEmpty()) {
        out.insert(QStringLiteral("first"), QJsonObject{{QStringLiteral("id"), pageId},
                                                        {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                                        {QStringLiteral("startIndex"), 0},
                                                        {QStringLiteral("items"), items}});
    }
    return out;
}

QByteArray WebAnnotationExporter::exportData(const ExportData& data, const ExportOptions& options)
{
    return QJsonDocument(collection(data, options)).toJson(QJsonDocument::Indented);
}

} // namespace Crossread
