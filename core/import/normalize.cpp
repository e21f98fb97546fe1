// SPDX-License-Identifier: MIT
#include "normalize.h"

namespace Crossread::Import {

namespace {

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool isTrailingSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c.category() == QChar::Separator_Space;
}

} // namespace

QString normalizeText(const QString& input)
{
    QString out;
    out.reserve(input.size());
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = input.at(i).unicode();
        if (isLineBreak(c)) {
            while (!out.isEmpty() && isTrailingSpace(out.back()))
                out.chop(1);
            out.append(u'\n');
            if (c == u'\r' && i + 1 < n && input.at(i + 1) == u'\n')
                ++i;
            continue;
        }
        if (c == 0xFEFF && out.isEmpty())
            continue; // a BOM that survived decoding
        if ((c < 0x20 && c != u'\t') || c == 0x7F)
            continue; // stray control characters break display and searching
        out.append(QChar(c));
    }
    while (!out.isEmpty() && (isTrailingSpace(out.back()) || out.back() == u'\n'))
        out.chop(1);
    qsizetype lead = 0;
    // Leading blank lines go, but the first line keeps its own indentation.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'\n')
            lead = i + 1;
        else if (!isTrailingSpace(out.at(i)))
            break;
    }
    out.remove(0, lead);
    // normalized() checks quickly whether anything needs composing, so already-NFC text is cheap.
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace Crossread::Import
