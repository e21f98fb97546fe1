// SPDX-License-Identifier: MIT
#include "dates.h"

#include <QHash>
#include <QRegularExpression>

namespace Crossread::Import {

namespace {

int monthNumber(const QString& word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char* const names[][12] = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"},
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"},
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"},
        };
        for (const auto& language : names) {
            for (int i = 0; i < 12; ++i)
                m.insert(QString::fromUtf8(language[i]), i + 1);
        }
        m.insert(QStringLiteral("sept"), 9);
        m.insert(QStringLiteral("jänner"), 1);
        return m;
    }();
    return months.value(word.toLower(), 0);
}

struct Pattern
{
    QRegularExpression re;
    int day, month, year; // capture groups
    bool monthIsName;
};

const QList<Pattern>& patterns()
{
    using RE = QRegularExpression;
    constexpr auto opts = RE::UseUnicodePropertiesOption;
    static const QList<Pattern> list{
        {RE(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"), opts), 3, 2, 1, false},
        {RE(QStringLiteral("(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일"), opts), 3, 2, 1, false},
        {RE(QStringLiteral("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,10})\\.?,?\\s+(\\d{4})\\b"), opts), 1, 2, 3, true},
        {RE(QStringLiteral("\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"), opts), 2, 1, 3, true},
        {RE(QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"), opts), 1, 2, 3, false},
    };
    return list;
}

} // namespace

DateMatch findDate(const QString& s)
{
    DateMatch best;
    for (const Pattern& p : patterns()) {
        for (auto it = p.re.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (best.date.isValid() && m.capturedStart() >= best.start)
                break;
            const int month = p.monthIsName ? monthNumber(m.captured(p.month)) : m.captured(p.month).toInt();
            const QDate date(m.captured(p.year).toInt(), month, m.captured(p.day).toInt());
            if (month > 0 && date.isValid()) {
                best = {date, m.capturedStart(), m.capturedLength()};
                break;
            }
        }
    }
    return best;
}

QDate parseIsoDate(const QString& s)
{
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch m = iso.match(s);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace Crossread::Import
