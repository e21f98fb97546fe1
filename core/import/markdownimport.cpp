// SPDX-License-Identifier: MIT
#include "dates.h"
#include "encoding.h"
#include "formats_p.h"
#include "metadata.h"
#include "normalize.h"

#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace Crossread::Import {

namespace {

// YAML ("---") or TOML ("+++") front matter: only flat "key: value" / "key = value" pairs matter here.
QString takeFrontMatter(QString& text, DocumentMetadata& meta)
{
    static const QRegularExpression block(QStringLiteral("\\A(---|\\+\\+\\+)[ \\t]*\\n(.*?)\\n\\1[ \\t]*(?:\\n|\\z)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(text);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression pair(QStringLiteral("^\\s*([A-Za-z_-]+)\\s*[:=]\\s*(.*?)\\s*$"));
    for (const QString& line : m.captured(2).split(u'\n')) {
        const QRegularExpressionMatch p = pair.match(line);
        if (!p.hasMatch())
            continue;
        const QString key = p.captured(1).toLower();
        QString value = p.captured(2);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title"))
            meta.title = value;
        else if (key == QLatin1String("author") || key == QLatin1String("byline"))
            meta.author = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published"))
            meta.published = parseIsoDate(value).isValid() ? parseIsoDate(value) : findDate(value).date;
        else if (key == QLatin1String("url") || key == QLatin1String("link") || key == QLatin1String("canonical")
                 || key == QLatin1String("source_url"))
            meta.url = value;
        else if (key == QLatin1String("outlet") || key == QLatin1String("publisher") || key == QLatin1String("site")
                 || key == QLatin1String("source"))
            meta.outlet = value;
        else if (key == QLatin1String("lang") || key == QLatin1String("language"))
            meta.language = value.toLower();
    }
    const QString matter = m.captured(0);
    text.remove(0, m.capturedLength());
    return matter;
}

// Blocks become paragraphs separated by a blank line; items of one list stay on adjacent lines
// and keep a visible marker, which QTextDocument::toPlainText() would drop.
QString renderedText(const QTextDocument& doc)
{
    QString out;
    const QTextList* previousList = nullptr;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
        const QTextList* list = block.textList();
        if (text.trimmed().isEmpty() && !list)
            continue;
        if (!out.isEmpty())
            out += list && list == previousList ? QStringLiteral("\n") : QStringLiteral("\n\n");
        if (list) {
            const QString marker = list->format().style() <= QTextListFormat::ListDisc
                    && list->format().style() >= QTextListFormat::ListSquare
                ? QStringLiteral("•")
                : list->itemText(block).trimmed();
            out += marker + u' ';
        }
        out += text;
        previousList = list;
    }
    return out;
}

} // namespace

Converted convertMarkdown(const QByteArray& bytes)
{
    Converted c;
    if (const QString reason = binaryReason(bytes); !reason.isEmpty()) {
        c.error = reason;
        return c;
    }
    const DecodedText decoded = decodeText(bytes);
    c.encoding = decoded.encoding;
    if (decoded.invalidSequences > 0)
        c.warnings.append(QCoreApplication::translate("Importer", "%n invalid byte sequence(s) replaced with �.", nullptr,
                                                      decoded.invalidSequences));
    QString source = normalizeText(decoded.text);
    DocumentMetadata front;
    if (!takeFrontMatter(source, front).isEmpty())
        c.notes.append(QCoreApplication::translate("Importer", "Front matter read as metadata and left out of the text."));

    QTextDocument doc;
    // Without a GUI application the default font has no pixel size, and the Markdown reader's
    // heading sizes warn about it on stderr; a fixed size keeps crossread-cli quiet.
    QFont font = doc.defaultFont();
    font.setPixelSize(16);
    doc.setDefaultFont(font);
    doc.setMarkdown(source, QTextDocument::MarkdownDialectGitHub);
    c.text = renderedText(doc);
    c.notes.append(QCoreApplication::translate("Importer", "Markdown rendered to plain text."));

    // Front matter wins; the text's own first lines fill what it leaves open.
    c.meta = guessTextMetadata(c.text);
    if (!front.title.isEmpty())
        c.meta.title = front.title;
    if (!front.author.isEmpty())
        c.meta.author = front.author;
    if (front.published.isValid())
        c.meta.published = front.published;
    if (!front.outlet.isEmpty())
        c.meta.outlet = front.outlet;
    c.meta.url = front.url;
    c.meta.language = front.language;
    return c;
}

} // namespace Crossread::Import
