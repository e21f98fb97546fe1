// SPDX-License-Identifier: MIT
#include "cuescanner.h"

#include "text/offsets.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace Crossread {

namespace KSH = KSyntaxHighlighting;

namespace {

constexpr int QuotedFigure = -1;

int kindOfFormat(const QString& name)
{
    if (name == QLatin1String("Quotation"))
        return int(CueKind::Quotation);
    if (name == QLatin1String("Quoted Figure"))
        return QuotedFigure;
    if (name == QLatin1String("Attribution"))
        return int(CueKind::Attribution);
    if (name == QLatin1String("Figure"))
        return int(CueKind::Figure);
    if (name == QLatin1String("Hedge"))
        return int(CueKind::Hedge);
    return -2; // normal text
}

} // namespace

KSH::Repository& CueScanner::repository()
{
    // Loading every definition file is slow; one repository per process, built once. Repository is
    // not thread-safe for loading, hence the mutex; lookups of loaded definitions are read-only.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    static KSH::Repository* repo = [] {
        auto* r = new KSH::Repository;
        r->addCustomSearchPath(QStringLiteral(":/crossread/cues"));
        return r;
    }();
    return *repo;
}

CueScanner::CueScanner(KSH::Repository::DefaultTheme theme)
{
    KSH::Repository& repo = repository();
    setDefinition(repo.definitionForName(definitionName()));
    setTheme(repo.defaultTheme(theme));
    setLexicon(defaultLexicon());
}

CueScanner::~CueScanner() = default;

bool CueScanner::isValid() const
{
    return definition().isValid();
}

QString CueScanner::definitionName()
{
    return QStringLiteral("Crossread Cues");
}

QStringList CueScanner::defaultLexicon()
{
    return {QStringLiteral("liberation"), QStringLiteral("liberate"),   QStringLiteral("liberating"),
            QStringLiteral("neo-Nazi"),   QStringLiteral("neo-Nazis"),  QStringLiteral("regime"),
            QStringLiteral("militants"),  QStringLiteral("human wave"), QStringLiteral("terrorist"),
            QStringLiteral("heroes"),     QStringLiteral("heroism"),    QStringLiteral("mercenaries"),
            QStringLiteral("invasion"),   QStringLiteral("puppet"),     QStringLiteral("junta")};
}

QString CueScanner::lexiconSettingKey()
{
    return QStringLiteral("cues.lexicon");
}

QStringList CueScanner::lexiconFromSetting(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return defaultLexicon();
    QStringList terms;
    for (const QJsonValue& v : doc.array()) {
        const QString t = v.toString().simplified();
        if (!t.isEmpty() && !terms.contains(t, Qt::CaseInsensitive))
            terms.append(t);
    }
    return terms;
}

QString CueScanner::lexiconToSetting(const QStringList& terms)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(terms)).toJson(QJsonDocument::Compact));
}

void CueScanner::setLexicon(const QStringList& terms)
{
    m_lexicon = terms;
    QStringList sorted = terms;
    // Longest first, so "human wave attack" wins over "human wave" in the alternation.
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString& t : std::as_const(sorted)) {
        if (t.trimmed().isEmpty())
            continue;
        // A space in a term matches any run of white space (line wraps in PDF text).
        QStringList words = t.simplified().split(u' ');
        for (QString& w : words)
            w = QRegularExpression::escape(w);
        escaped.append(words.join(QLatin1String("\\s+")));
    }
    if (escaped.isEmpty()) {
        m_lexiconPattern = QRegularExpression();
        return;
    }
    m_lexiconPattern = QRegularExpression(QLatin1String("(?<![\\p{L}\\p{N}])(?:") % escaped.join(u'|')
                                              % QLatin1String(")(?![\\p{L}\\p{N}])"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QColor CueScanner::colorFor(CueKind kind) const
{
    const KSH::Theme t = theme();
    switch (kind) {
    case CueKind::Quotation:
        return QColor::fromRgba(t.textColor(KSH::Theme::String));
    case CueKind::Attribution:
        return QColor::fromRgba(t.textColor(KSH::Theme::Keyword));
    case CueKind::Figure:
        return QColor::fromRgba(t.textColor(KSH::Theme::DecVal));
    case CueKind::Hedge:
        return QColor::fromRgba(t.textColor(KSH::Theme::Warning));
    case CueKind::Loaded:
        return QColor::fromRgba(t.textColor(KSH::Theme::Alert));
    }
    return {};
}

void CueScanner::applyFormat(int offset, int length, const KSH::Format& format)
{
    const int kind = kindOfFormat(format.name());
    if (kind < QuotedFigure || length <= 0)
        return;
    const qsizetype start = m_lineOffset + offset;
    const qsizetype end = start + length;
    // Adjacent pieces of one kind (a rule per word, or a quotation continued on the next
    // paragraph) become one segment; the caller joins across line ends.
    if (!m_segments.isEmpty() && m_segments.last().kind == kind && m_segments.last().end == start) {
        m_segments.last().end = end;
        return;
    }
    m_segments.append({start, end, kind, {}});
}

QList<Cue> CueScanner::scan(const QString& text)
{
    m_segments.clear();
    QList<Cue> cues;
    const OffsetMap map(text);
    if (isValid()) {
        KSH::State state;
        const KSH::State rootState = highlightLine(QStringView(), KSH::State());
        m_segments.clear();
        qsizetype lineStart = 0;
        // Whether a quotation is open at the end of the previous line, and the segment it is in.
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            const bool quoteOpen = !(state == rootState) && !m_segments.isEmpty();
            const qsizetype before = m_segments.size();
            m_lineOffset = lineStart;
            state = highlightLine(QStringView(text).mid(lineStart, lineEnd - lineStart), state);
            // A quotation open over the line break: bridge the break (and empty lines) with a
            // quotation segment, so the merge below makes one cue that runs across paragraphs.
            if (quoteOpen && before > 0) {
                const qsizetype from = m_segments[before - 1].end;
                const qsizetype to = before < m_segments.size() ? m_segments[before].start : lineEnd;
                if (to > from)
                    m_segments.insert(before, Segment{from, to, int(CueKind::Quotation), {}});
            }
            lineStart = lineEnd + 1;
        }
        // Quoted figures belong to their quotation and are figures too.
        QList<Segment> merged;
        for (const Segment& s : std::as_const(m_segments)) {
            const bool quoteLike = s.kind == int(CueKind::Quotation) || s.kind == QuotedFigure;
            if (quoteLike && !merged.isEmpty() && merged.last().kind == int(CueKind::Quotation)
                && merged.last().end >= s.start) {
                merged.last().end = std::max(merged.last().end, s.end);
            } else {
                merged.append({s.start, s.end, quoteLike ? int(CueKind::Quotation) : s.kind, {}});
            }
            if (s.kind == QuotedFigure)
                cues.append({map.toCodePoint(s.start), map.toCodePoint(s.end), CueKind::Figure, colorFor(CueKind::Figure)});
        }
        for (const Segment& s : std::as_const(merged)) {
            const auto kind = CueKind(s.kind);
            // Trailing white space of a quotation left open at the end of the text is not quoted.
            qsizetype end = s.end;
            while (end > s.start && text.at(end - 1).isSpace())
                --end;
            cues.append({map.toCodePoint(s.start), map.toCodePoint(end), kind, colorFor(kind)});
        }
    }
    if (m_lexiconPattern.isValid() && !m_lexiconPattern.pattern().isEmpty()) {
        auto it = m_lexiconPattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            cues.append({map.toCodePoint(m.capturedStart()), map.toCodePoint(m.capturedEnd()), CueKind::Loaded,
                         colorFor(CueKind::Loaded)});
        }
    }
    std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) {
        return a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end > b.end : a.kind < b.kind);
    });
    m_segments.clear();
    return cues;
}

} // namespace Crossread
