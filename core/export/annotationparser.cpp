// SPDX-License-Identifier: MIT
#include "annotationparser_p.h"

#include "annotationimporter.h"
#include "webannotationexporter.h"

namespace Crossread {

namespace {

bool hasType(const QJsonObject& o, QLatin1StringView type)
{
    const QJsonValue t = o.value(QLatin1String("type"));
    if (t.isArray())
        return t.toArray().contains(QJsonValue(QString(type)));
    return t.toString() == type;
}

QJsonArray asArray(const QJsonValue& v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

QDateTime parseTime(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void readBody(const QJsonValue& value, ParsedAnnotation& p)
{
    if (!value.isObject())
        return; // a bare IRI body says nothing Crossread can keep
    const QJsonObject body = value.toObject();
    if (hasType(body, QLatin1StringView("Choice")) || body.contains(QLatin1String("items"))) {
        for (const QJsonValue item : asArray(body.value(QLatin1String("items"))))
            readBody(item, p);
        return;
    }
    const QString text = body.value(QLatin1String("value")).toString();
    if (text.isEmpty())
        return;
    const QString purpose = asArray(body.value(QLatin1String("purpose"))).first().toString();
    if (purpose == QLatin1String("tagging") || purpose == QLatin1String("classifying")) {
        if (!text.trimmed().isEmpty())
            p.tags.append(text.trimmed());
    } else if (purpose == QLatin1String("assessing") && p.verdict.isEmpty()) {
        p.verdict = text.trimmed();
    } else {
        p.notes.append(text);
    }
}

/// A selector offset, or -1 when it is missing, negative, fractional or too large to be one.
qint64 offsetValue(const QJsonValue& v)
{
    const double d = v.toDouble(-1);
    if (!(d >= 0 && d <= 9007199254740992.0) || d != double(qint64(d)))
        return -1;
    return qint64(d);
}

void readTarget(const QJsonValue& value, ParsedAnnotation& p)
{
    if (value.isString()) {
        p.sources.append(value.toString());
        return;
    }
    const QJsonObject target = value.toObject();
    const QJsonValue source = target.value(QLatin1String("source"));
    p.sources.append(source.isObject() ? source.toObject().value(QLatin1String("id")).toString() : source.toString());
    for (const QJsonValue sv : asArray(target.value(QLatin1String("selector")))) {
        const QJsonObject s = sv.toObject();
        if (hasType(s, QLatin1StringView("TextQuoteSelector"))) {
            p.anchor.exact = s.value(QLatin1String("exact")).toString();
            p.anchor.prefix = s.value(QLatin1String("prefix")).toString();
            p.anchor.suffix = s.value(QLatin1String("suffix")).toString();
        } else if (hasType(s, QLatin1StringView("TextPositionSelector"))) {
            p.anchor.start = offsetValue(s.value(QLatin1String("start")));
            p.anchor.end = offsetValue(s.value(QLatin1String("end")));
        }
    }
}

LinkKind linkKind(const QString& name, bool* ok)
{
    *ok = true;
    if (name == QLatin1String("supports"))
        return LinkKind::Supports;
    if (name == QLatin1String("contradicts"))
        return LinkKind::Contradicts;
    *ok = name == QLatin1String("sameStatement");
    return LinkKind::SameStatement;
}

} // namespace

ParsedAnnotation parseAnnotation(const QJsonObject& o)
{
    ParsedAnnotation p;
    p.id = o.value(QLatin1String("id")).toString();
    for (const QJsonValue b : asArray(o.value(QLatin1String("body"))))
        readBody(b, p);
    if (o.value(QLatin1String("bodyValue")).isString())
        p.notes.append(o.value(QLatin1String("bodyValue")).toString());
    const QJsonArray targets = asArray(o.value(QLatin1String("target")));
    if (!targets.isEmpty())
        readTarget(targets.first(), p);
    p.created = parseTime(o.value(QLatin1String("created")));
    p.modified = parseTime(o.value(QLatin1String("modified")));
    const QJsonObject creator = asArray(o.value(QLatin1String("creator"))).first().toObject();
    p.annotator = creator.value(QLatin1String("name")).toString();

    const QJsonObject own = o.value(WebAnnotationKeys::Annotation).toObject();
    p.documentSha256 = own.value(QLatin1String("document")).toObject().value(QLatin1String("sha256")).toString();
    p.rationale = own.value(QLatin1String("rationale")).toString();
    if (own.contains(QLatin1String("annotator")))
        p.annotator = own.value(QLatin1String("annotator")).toString();
    const QJsonObject speaker = own.value(QLatin1String("speaker")).toObject();
    p.speaker.name = speaker.value(QLatin1String("name")).toString().trimmed();
    p.speaker.role = speaker.value(QLatin1String("role")).toString();
    for (const QJsonValue alias : speaker.value(QLatin1String("aliases")).toArray())
        p.speaker.aliases.append(alias.toString());
    for (const QJsonValue ev : own.value(QLatin1String("evidence")).toArray()) {
        const QJsonObject e = ev.toObject();
        p.evidence.append({0, e.value(QLatin1String("url")).toString(), e.value(QLatin1String("title")).toString(),
                           QDate::fromString(e.value(QLatin1String("accessed")).toString(), Qt::ISODate)});
    }
    for (const QJsonValue lv : own.value(QLatin1String("links")).toArray()) {
        bool ok = false;
        const LinkKind kind = linkKind(lv.toObject().value(QLatin1String("kind")).toString(), &ok);
        if (ok)
            p.links.append({kind, lv.toObject().value(QLatin1String("target")).toString()});
    }
    return p;
}

bool collectItems(const QJsonDocument& doc, QJsonArray& items, QJsonArray& tagDefs, QString* error)
{
    if (doc.isArray()) {
        items = doc.array();
        return true;
    }
    const QJsonObject root = doc.object();
    if (hasType(root, QLatin1StringView("Annotation"))) {
        items.append(root);
        return true;
    }
    tagDefs = root.value(WebAnnotationKeys::Tags).toArray();
    QJsonValue page = root;
    if (hasType(root, QLatin1StringView("AnnotationCollection"))) {
        page = root.value(QLatin1String("first"));
        if (page.isString()) {
            *error = AnnotationImporter::tr("The collection's pages are not in the file (it only links to %1).").arg(page.toString());
            return false;
        }
    } else if (!hasType(root, QLatin1StringView("AnnotationPage"))) {
        *error = AnnotationImporter::tr("The file holds no W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).");
        return false;
    }
    // Follow embedded "next" pages; a limit guards against a cycle of pages.
    for (int guard = 0; page.isObject() && guard < 100000; ++guard) {
        for (const QJsonValue item : page.toObject().value(QLatin1String("items")).toArray())
            items.append(item);
        page = page.toObject().value(QLatin1String("next"));
    }
    return true;
}


} // namespace Crossread
