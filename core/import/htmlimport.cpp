// SPDX-License-Identifier: MIT
#include "encoding.h"
#include "formats_p.h"
#include "htmlmeta.h"
#include "readability.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace Crossread::Import {

namespace {

// The charset a page declares in its first bytes (<meta charset> or http-equiv), as the HTML
// standard's prescan does; bytes beyond 4 KB are not looked at.
QByteArray declaredCharset(const QByteArray& bytes)
{
    static const QRegularExpression charset(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

Converted convertHtml(const QByteArray& bytes)
{
    Converted c;
    if (const QString reason = binaryReason(bytes); !reason.isEmpty()) {
        c.error = reason;
        return c;
    }
    const DecodedText decoded = decodeText(bytes, declaredCharset(bytes));
    c.encoding = decoded.encoding;
    if (decoded.invalidSequences > 0)
        c.warnings.append(QCoreApplication::translate("Importer", "%n invalid byte sequence(s) replaced with �.", nullptr,
                                                      decoded.invalidSequences));

    // gumbo reads UTF-8 only, so the page is re-encoded after decoding.
    const QByteArray utf8 = decoded.text.toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output) {
        c.error = QCoreApplication::translate("Importer", "The HTML page could not be parsed.");
        return c;
    }

    Html::ArticleExtractor::Result article = Html::ArticleExtractor::extract(output->root, true);
    // A page that hides its article under furniture-like names gets a second, more lenient pass.
    if (article.text.size() < 250) {
        Html::ArticleExtractor::Result lenient = Html::ArticleExtractor::extract(output->root, false);
        if (lenient.text.size() > article.text.size())
            article = lenient;
    }
    if (article.text.trimmed().isEmpty()) {
        c.error = QCoreApplication::translate("Importer", "The page contains no article text.");
        return c;
    }
    c.meta = Html::pageMetadata(output->document, article.bylines);
    c.text = article.text;
    // Reader views show the headline above the body; keep it in the text when the body lacks it.
    if (!c.meta.title.isEmpty() && !c.text.left(c.meta.title.size() + 200).contains(c.meta.title))
        c.text = c.meta.title + QStringLiteral("\n\n") + c.text;
    c.notes.append(QCoreApplication::translate("Importer", "Article text extracted from the web page; navigation, "
                                                           "scripts, comments and page furniture left out."));
    return c;
}

} // namespace Crossread::Import
