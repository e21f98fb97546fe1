// SPDX-License-Identifier: MIT
#include "ftsquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Crossread {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Crossread::FtsQuery", text);
}

struct Token
{
    enum Kind { Word, Phrase, And, Or, Not, Open, Close } kind;
    QString text;
    bool prefix = false;
};

bool isSpace(QChar c)
{
    return c.isSpace() || c.isNull();
}

/// True when `s` has something the tokenizer keeps (a letter, digit or mark); "%", "'" or ";"
/// alone would make an empty phrase, which FTS5 refuses.
bool hasWordCharacter(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c.isSurrogate(); });
}

QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isSpace(c) || c == u'+') {
            ++i;
        } else if (c == u'(' || c == u')') {
            tokens.append(Token{c == u'(' ? Token::Open : Token::Close, {}, false});
            ++i;
        } else if (c == u'"') {
            QString phrase;
            ++i;
            while (i < n) {
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        phrase += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                phrase += text.at(i++);
            }
            bool prefix = false;
            while (i < n && text.at(i) == u'*') {
                prefix = true;
                ++i;
            }
            if (hasWordCharacter(phrase))
                tokens.append(Token{Token::Phrase, phrase, prefix});
        } else {
            const qsizetype begin = i;
            while (i < n && !isSpace(text.at(i)) && text.at(i) != u'"' && text.at(i) != u'(' && text.at(i) != u')')
                ++i;
            QString word = text.mid(begin, i - begin);
            if (word == u"AND"_s || word == u"OR"_s || word == u"NOT"_s) {
                tokens.append(Token{word == u"AND"_s ? Token::And : word == u"OR"_s ? Token::Or : Token::Not, {}, false});
                continue;
            }
            bool prefix = false;
            while (word.endsWith(u'*')) {
                word.chop(1);
                prefix = true;
            }
            while (word.startsWith(u'^'))
                word.remove(0, 1);
            if (hasWordCharacter(word))
                tokens.append(Token{Token::Word, word, prefix});
        }
    }
    return tokens;
}

QString operand(const Token& t, const FtsQuery::Expander& expand)
{
    const QString quoted = FtsQuery::quote(t.text) + (t.prefix ? u"*"_s : QString());
    if (t.kind != Token::Word || t.prefix || !expand)
        return quoted;
    const QList<FtsQuery::Term> terms = expand(t.text);
    if (terms.isEmpty())
        return quoted;
    QStringList parts{quoted};
    for (const FtsQuery::Term& term : terms) {
        const QString part = FtsQuery::quote(term.text) + (term.prefix ? u"*"_s : QString());
        if (hasWordCharacter(term.text) && !parts.contains(part))
            parts.append(part);
    }
    return parts.size() == 1 ? quoted : u'(' + parts.join(u" OR "_s) + u')';
}

} // namespace

QString FtsQuery::quote(const QString& text)
{
    QString inner = text;
    inner.remove(QChar(0));
    inner.replace(u'"', u"\"\""_s);
    return u'"' + inner + u'"';
}

QStringList FtsQuery::bareWords(const QString& text)
{
    QStringList words;
    for (const Token& t : tokenize(text)) {
        if (t.kind == Token::Word && !t.prefix)
            words.append(t.text);
    }
    return words;
}

QString FtsQuery::build(const QString& text, const Expander& expand, QString* error)
{
    const QList<Token> tokens = tokenize(text);
    QStringList out;
    bool expectOperand = true;
    bool sawOperand = false;
    int depth = 0;
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    for (const Token& t : tokens) {
        switch (t.kind) {
        case Token::Word:
        case Token::Phrase:
            if (!expectOperand)
                out.append(u"AND"_s);
            out.append(operand(t, expand));
            expectOperand = false;
            sawOperand = true;
            break;
        case Token::And:
        case Token::Or:
        case Token::Not:
            if (expectOperand) {
                const char* op = t.kind == Token::And ? "AND" : t.kind == Token::Or ? "OR" : "NOT";
                return fail(tr("“%1” needs a word or phrase on both sides, e.g. “war NOT games”.")
                                .arg(QString::fromLatin1(op)));
            }
            out.append(t.kind == Token::And ? u"AND"_s : t.kind == Token::Or ? u"OR"_s : u"NOT"_s);
            expectOperand = true;
            break;
        case Token::Open:
            if (!expectOperand)
                out.append(u"AND"_s);
            out.append(u"("_s);
            ++depth;
            expectOperand = true;
            break;
        case Token::Close:
            if (depth == 0)
                return fail(tr("A closing parenthesis has no opening one."));
            if (expectOperand)
                return fail(tr("Parentheses need a word or phrase inside, and operators need one on both sides."));
            out.append(u")"_s);
            --depth;
            break;
        }
    }
    if (!sawOperand)
        return {};
    if (expectOperand)
        return fail(tr("The search ends with an operator; add a word or phrase after it."));
    if (depth > 0)
        return fail(tr("A parenthesis is not closed."));
    return out.join(u' ');
}

} // namespace Crossread
