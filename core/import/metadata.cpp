// SPDX-License-Identifier: MIT
#include "metadata.h"

#include "dates.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Crossread::Import {

namespace {

using RE = QRegularExpression;
constexpr auto kUnicode = RE::UseUnicodePropertiesOption;

constexpr int kHeaderLines = 8;
constexpr int kFooterLines = 6;

// Mail providers say nothing about the outlet a journalist writes for.
bool isGenericMailDomain(const QString& domain)
{
    static const QStringList generic{QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"),
                                     QStringLiteral("hotmail.com"), QStringLiteral("outlook.com"),
                                     QStringLiteral("mail.ru"), QStringLiteral("yandex.ru"), QStringLiteral("naver.com"),
                                     QStringLiteral("proton.me"), QStringLiteral("protonmail.com"),
                                     QStringLiteral("icloud.com"), QStringLiteral("gmx.de"), QStringLiteral("web.de")};
    return generic.contains(domain.toLower());
}

bool looksLikeOutlet(const QString& line)
{
    static const RE outletWord(
        QStringLiteral("\\b(Daily|Times|Post|Review|Herald|News|Journal|Voice|Gazette|Tribune|Ilbo|Agency|Press|"
                       "Today|Weekly|Magazine|Observer|Guardian|Telegraph|Reuters|Chronicle|Courier|Express|"
                       "Mirror|Monitor|Standard|Sun|Star|Independent|Insider|Report|Wire|Zeitung|Allgemeine)\\b"));
    if (line.size() > 60 || line.isEmpty() || line.back().isPunct())
        return false;
    return outletWord.match(line).hasMatch() || line.startsWith(QLatin1String("The "));
}

QString stripContact(QString s)
{
    static const RE contact(QStringLiteral("\\s*(\\[+[^\\]]*\\]+|\\([^)]*@[^)]*\\)|\\S+@\\S+)\\s*$"));
    s.remove(contact);
    return s.trimmed();
}

struct Byline
{
    QString author;
    QString outlet;
};

std::optional<Byline> parseByline(const QString& line)
{
    if (line.size() > 150)
        return std::nullopt; // a paragraph, not a byline; spares the regexes long lines
    static const RE by(QStringLiteral("^(?:By|BY|Von|VON|Par|PAR|Por|POR|Автор:?|Author:?|Text:)\\s+(.+)$"), kUnicode);
    static const RE signature(QStringLiteral("^(.+?)\\s+[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)$"), kUnicode);
    if (const auto m = by.match(line); m.hasMatch() && line.size() <= 120) {
        const QString rest = stripContact(m.captured(1));
        const qsizetype comma = rest.indexOf(QRegularExpression(QStringLiteral("\\s*[,|]\\s*")));
        Byline b;
        b.author = tidyPersonName(comma < 0 ? rest : rest.left(comma));
        if (comma >= 0)
            b.outlet = rest.mid(comma).remove(QRegularExpression(QStringLiteral("^\\s*[,|]\\s*"))).trimmed();
        // "By the end of the year, …" starts a sentence, not a byline: every author must look like a name.
        const QStringList names = b.author.split(QRegularExpression(QStringLiteral("\\s*(?:,|\\band\\b|&)\\s*")),
                                                 Qt::SkipEmptyParts);
        const bool allNames = !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), [](const QString& n) {
            return looksLikeName(n) || (n.size() <= 40 && !n.contains(u' ') && n.at(0).isUpper());
        });
        if (allNames && b.author.size() <= 80)
            return b;
    }
    if (const auto m = signature.match(line); m.hasMatch() && looksLikeName(m.captured(1))) {
        Byline b{tidyPersonName(m.captured(1)), {}};
        if (!isGenericMailDomain(m.captured(2)))
            b.outlet = m.captured(2).toLower();
        return b;
    }
    return std::nullopt;
}

// "with the Korea JoongAng Daily" under a byline names the outlet.
QString outletContinuation(const QString& line)
{
    static const RE with(QStringLiteral("^(?:with|for|of)\\s+(?:the\\s+)?(.{3,60})$"), kUnicode);
    const auto m = with.match(line);
    return m.hasMatch() && m.captured(1).at(0).isUpper() ? m.captured(1).trimmed() : QString();
}

QDate publishedDate(const QString& line)
{
    static const RE published(
        QStringLiteral("^(?:Published|Posted|Publié|Veröffentlicht|Опубликовано|Дата публикации|Date)\\s*(?:on)?:?\\s*(.*)$"),
        RE::CaseInsensitiveOption | kUnicode);
    const auto m = published.match(line);
    return m.hasMatch() ? findDate(m.captured(1)).date : QDate();
}

QDate bareDate(const QString& line)
{
    if (line.size() > 60)
        return {};
    const DateMatch d = findDate(line);
    return d.date.isValid() && line.size() <= d.length + 12 ? d.date : QDate();
}

// "Kiev, May 1, 2025 – While …" or "VELSK, March 4, 2031 – About …".
QDate dateline(const QString& line)
{
    static const RE place(QStringLiteral("^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40},\\s+"), kUnicode);
    const auto m = place.match(line);
    if (!m.hasMatch())
        return {};
    const QString rest = line.mid(m.capturedEnd(), 60);
    const DateMatch d = findDate(rest);
    if (d.start != 0)
        return {};
    const QString after = rest.mid(d.length).trimmed();
    return after.startsWith(u'–') || after.startsWith(u'—') || after.startsWith(u'-') || after.startsWith(u'(')
        ? d.date
        : QDate();
}

bool looksLikeTitle(const QString& line)
{
    if (line.size() < 8 || line.size() > 200)
        return false;
    if (line.endsWith(u'.') && !line.endsWith(QLatin1String("...")))
        return false;
    return !parseByline(line) && !publishedDate(line).isValid() && !bareDate(line).isValid();
}

// "Konstantin Asmolov, April 30, 2025" under an analysis: the author signs and dates it.
std::optional<std::pair<QString, QDate>> signedAndDated(const QString& line)
{
    const qsizetype comma = line.indexOf(u',');
    if (comma < 0 || !looksLikeName(line.left(comma).trimmed()))
        return std::nullopt;
    const QString rest = line.mid(comma + 1).trimmed();
    const DateMatch d = findDate(rest);
    if (d.start != 0 || rest.size() > d.length + 2)
        return std::nullopt;
    return std::make_pair(tidyPersonName(line.left(comma)), d.date);
}

} // namespace

bool looksLikeName(const QString& line)
{
    static const RE name(QStringLiteral("^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}$"), kUnicode);
    return line.size() <= 50 && name.match(line).hasMatch();
}

QString tidyPersonName(const QString& input)
{
    QStringList words = input.simplified().split(u' ');
    for (QString& word : words) {
        // Only words in capitals are re-cased: "McDonald" and "van der Berg" are kept as written.
        if (word != word.toUpper() || word.size() < 2)
            continue;
        QStringList parts = word.split(u'-');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString& part = parts[i];
            // Korean given names keep the second syllable small ("Jee-hye", "Jong-un").
            const bool koreanSyllable = i > 0 && part.size() <= 4 && parts.at(i - 1).size() <= 4;
            part = part.toLower();
            if (!part.isEmpty() && !koreanSyllable)
                part[0] = part.at(0).toUpper();
        }
        word = parts.join(u'-');
    }
    return words.join(u' ');
}

DocumentMetadata guessTextMetadata(const QString& text)
{
    QStringList lines;
    for (const QStringView l : QStringView(text).split(u'\n')) {
        const QString t = l.trimmed().toString();
        if (!t.isEmpty())
            lines.append(t);
    }
    DocumentMetadata meta;
    if (lines.size() < 2)
        return meta;

    if (looksLikeTitle(lines.first()))
        meta.title = lines.first();

    QDate published, plainDate, datelineDate;
    const qsizetype header = std::min<qsizetype>(kHeaderLines, lines.size());
    for (qsizetype i = meta.title.isEmpty() ? 0 : 1; i < header; ++i) {
        const QString& line = lines.at(i);
        if (const QDate d = publishedDate(line); d.isValid() && !published.isValid()) {
            published = d;
        } else if (const QDate bare = bareDate(line); bare.isValid()) {
            if (!plainDate.isValid())
                plainDate = bare;
        } else if (const auto b = parseByline(line)) {
            if (meta.author.isEmpty())
                meta.author = b->author;
            if (meta.outlet.isEmpty())
                meta.outlet = b->outlet;
        } else if (const QDate dl = dateline(line); dl.isValid()) {
            if (!datelineDate.isValid())
                datelineDate = dl;
        } else if (i <= 3 && meta.outlet.isEmpty() && looksLikeOutlet(line)) {
            meta.outlet = line;
        }
    }
    meta.published = published.isValid() ? published : plainDate.isValid() ? plainDate : datelineDate;

    // Signatures at the end: "BY NAME [email]" + "with the OUTLET", "Name email@outlet", or a bare name.
    const qsizetype footer = std::max<qsizetype>(header, lines.size() - kFooterLines);
    for (qsizetype i = footer; i < lines.size() && meta.author.isEmpty(); ++i) {
        if (const auto signature = signedAndDated(lines.at(i))) {
            meta.author = signature->first;
            if (!meta.published.isValid())
                meta.published = signature->second;
        } else if (const auto b = parseByline(lines.at(i))) {
            meta.author = b->author;
            if (meta.outlet.isEmpty())
                meta.outlet = !b->outlet.isEmpty() || i + 1 == lines.size() ? b->outlet : outletContinuation(lines.at(i + 1));
        }
    }
    if (meta.author.isEmpty() && lines.size() > kHeaderLines && looksLikeName(lines.last()))
        meta.author = lines.last();
    return meta;
}

} // namespace Crossread::Import
