// SPDX-License-Identifier: MIT
#include "htmlmeta.h"

#include "dates.h"
#include "htmldom_p.h"
#include "metadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Crossread::Import::Html {

namespace {

struct Collected
{
    QHash<QString, QString> meta; // first value per lower-case property/name
    QString title; // <title>
    QString canonical;
    QString lang;
    QString h1;
    QString timeDatetime; // first <time datetime>
    QList<QJsonObject> jsonLd;
};

bool isArticleType(const QJsonValue& type)
{
    static const QStringList types{QStringLiteral("NewsArticle"),     QStringLiteral("Article"),
                                   QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"),
                                   QStringLiteral("OpinionNewsArticle"), QStringLiteral("BlogPosting"),
                                   QStringLiteral("Report"),          QStringLiteral("ScholarlyArticle"),
                                   QStringLiteral("LiveBlogPosting"), QStringLiteral("BackgroundNewsArticle")};
    if (type.isArray()) {
        const QJsonArray a = type.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue& v) { return types.contains(v.toString()); });
    }
    return types.contains(type.toString());
}

void collectJsonLd(const QJsonValue& v, QList<QJsonObject>& out)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectJsonLd(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (isArticleType(o.value(QLatin1String("@type"))))
            out.append(o);
        if (o.contains(QLatin1String("@graph")))
            collectJsonLd(o.value(QLatin1String("@graph")), out);
    }
}

void collect(const GumboNode* n, Collected& c)
{
    if (!isElement(n))
        return;
    switch (tagOf(n)) {
    case GUMBO_TAG_HTML:
        c.lang = attribute(n, "lang");
        break;
    case GUMBO_TAG_TITLE:
        if (c.title.isEmpty())
            c.title = innerText(n).simplified();
        return;
    case GUMBO_TAG_META: {
        QString key = attribute(n, "property");
        if (key.isEmpty())
            key = attribute(n, "name");
        if (key.isEmpty())
            key = attribute(n, "itemprop");
        const QString content = attribute(n, "content");
        if (!key.isEmpty() && !content.isEmpty() && !c.meta.contains(key.toLower()))
            c.meta.insert(key.toLower(), content);
        return;
    }
    case GUMBO_TAG_LINK:
        if (attribute(n, "rel").toLower().split(u' ').contains(QLatin1String("canonical")) && c.canonical.isEmpty())
            c.canonical = attribute(n, "href");
        return;
    case GUMBO_TAG_SCRIPT:
        if (attribute(n, "type").toLower() == QLatin1String("application/ld+json")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(innerText(n).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                collectJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), c.jsonLd);
        }
        return;
    case GUMBO_TAG_H1:
        if (c.h1.isEmpty())
            c.h1 = innerText(n).simplified();
        break;
    case GUMBO_TAG_TIME:
        if (c.timeDatetime.isEmpty())
            c.timeDatetime = attribute(n, "datetime");
        break;
    default:
        break;
    }
    const GumboVector& children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i)
        collect(childAt(children, i), c);
}

QString names(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString();
    QStringList list;
    for (const QJsonValue& item : v.toArray()) {
        const QString name = names(item);
        if (!name.isEmpty())
            list.append(name);
    }
    return list.join(QLatin1String(", "));
}

QString urlOf(const QJsonValue& v)
{
    return v.isObject() ? v.toObject().value(QLatin1String("@id")).toString() : v.toString();
}

bool isUrl(const QString& s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"));
}

// "Story title - BBC News" or "Story title | The Guardian": the site's name is not the title.
QString withoutSiteSuffix(const QString& title, const QString& site)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[|\\-–—:·»]\\s+"));
    const QStringList parts = title.split(separator);
    if (parts.size() < 2)
        return title;
    if (!site.isEmpty() && parts.last().contains(site, Qt::CaseInsensitive))
        return title.left(title.size() - parts.last().size()).remove(QRegularExpression(QStringLiteral("\\s+[|\\-–—:·»]\\s+$")));
    // Without a site name, a short last part is most likely one.
    return parts.last().size() <= 30 && parts.first().size() > 20
        ? title.left(title.size() - parts.last().size()).remove(QRegularExpression(QStringLiteral("\\s+[|\\-–—:·»]\\s+$")))
        : title;
}

QString firstOf(std::initializer_list<QString> values)
{
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            return v.simplified();
    }
    return {};
}

QString bylineAuthor(const QStringList& bylines)
{
    static const QRegularExpression by(QStringLiteral("^(?:by|von|par|por)\\s+"), QRegularExpression::CaseInsensitiveOption);
    for (QString b : bylines) {
        b.remove(by);
        const qsizetype cut = b.indexOf(QRegularExpression(QStringLiteral("\\s*[,|•·]\\s*")));
        const QString name = tidyPersonName(cut < 0 ? b : b.left(cut));
        if (!name.isEmpty() && name.size() <= 80)
            return name;
    }
    return {};
}

} // namespace

DocumentMetadata pageMetadata(const GumboNode* root, const QStringList& bylines)
{
    Collected c;
    const GumboVector& top = childrenOf(root);
    for (unsigned i = 0; i < top.length; ++i)
        collect(childAt(top, i), c);
    const QJsonObject ld = c.jsonLd.isEmpty() ? QJsonObject() : c.jsonLd.first();
    auto m = [&c](const char* key) { return c.meta.value(QString::fromLatin1(key)); };

    DocumentMetadata meta;
    meta.outlet = firstOf({m("og:site_name"), names(ld.value(QLatin1String("publisher"))), m("application-name"),
                           m("twitter:site").remove(QRegularExpression(QStringLiteral("^@")))});
    meta.title = firstOf({m("og:title"), ld.value(QLatin1String("headline")).toString(), m("twitter:title"),
                          withoutSiteSuffix(c.title, meta.outlet), c.h1});
    // "Marrow Bay Dam - Wikipedia": the page's own heading tells where the site's name begins.
    static const QRegularExpression suffix(QStringLiteral("^\\s+[|\\-–—:·»]\\s+\\S.{0,40}$"));
    if (!c.h1.isEmpty() && meta.title.startsWith(c.h1) && suffix.match(meta.title.mid(c.h1.size())).hasMatch())
        meta.title = c.h1;
    QString metaAuthor = m("author");
    if (isUrl(metaAuthor))
        metaAuthor.clear();
    QString ldAuthor = names(ld.value(QLatin1String("author")));
    meta.author = firstOf({ldAuthor, metaAuthor, m("article:author").startsWith(QLatin1String("http")) ? QString() : m("article:author"),
                           m("parsely-author"), m("byl").remove(QRegularExpression(QStringLiteral("^[Bb]y\\s+"))),
                           bylineAuthor(bylines)});
    for (const QString& date : {m("article:published_time"), ld.value(QLatin1String("datePublished")).toString(),
                                m("datepublished"), m("date"), m("pubdate"), m("publish-date"), m("dc.date"),
                                m("dc.date.issued"), m("parsely-pub-date"), m("sailthru.date"), c.timeDatetime}) {
        meta.published = parseIsoDate(date);
        if (!meta.published.isValid() && !date.isEmpty())
            meta.published = findDate(date).date;
        if (meta.published.isValid())
            break;
    }
    meta.url = firstOf({c.canonical, m("og:url"), urlOf(ld.value(QLatin1String("mainEntityOfPage"))),
                        ld.value(QLatin1String("url")).toString()});
    if (!isUrl(meta.url))
        meta.url.clear();
    const QString lang = firstOf({c.lang, ld.value(QLatin1String("inLanguage")).toString(), m("og:locale")});
    meta.language = lang.section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).toLower();
    return meta;
}

} // namespace Crossread::Import::Html
