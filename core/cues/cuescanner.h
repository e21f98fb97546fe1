// SPDX-License-Identifier: MIT
#pragma once

#include "cue.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QRegularExpression>
#include <QStringList>

namespace Crossread {

/// Finds cues in a document's text by running the "Crossread Cues" syntax definition over it,
/// one paragraph (line) at a time with the highlighter state carried over, so quotations stay open
/// across paragraphs. Loaded vocabulary comes from a per-project lexicon matched here in C++: the
/// definition's keyword lists are static, and regenerating a definition for every lexicon edit
/// would mean reloading the Repository, which invalidates every Definition other highlighters hold.
///
/// No widgets involved; safe to use from the CLI and worker threads (one scanner per thread).
class CueScanner final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit CueScanner(KSyntaxHighlighting::Repository::DefaultTheme theme = KSyntaxHighlighting::Repository::LightTheme);
    ~CueScanner() override;
    Q_DISABLE_COPY_MOVE(CueScanner)

    /// False when the definition could not be found (then scan() finds only loaded vocabulary).
    bool isValid() const;
    static QString definitionName();

    void setLexicon(const QStringList& terms);
    QStringList lexicon() const { return m_lexicon; }
    /// Terms shipped as the starting point of every project's lexicon.
    static QStringList defaultLexicon();
    /// The settings key of the project lexicon: a JSON array of strings.
    static QString lexiconSettingKey();
    /// Parses the stored setting; an empty or broken value gives the default lexicon.
    static QStringList lexiconFromSetting(const QString& json);
    static QString lexiconToSetting(const QStringList& terms);

    /// Every cue of `text`, ordered by start. Quotation cues include their marks.
    QList<Cue> scan(const QString& text);

    /// The repository holding the bundled definition: the app's qrc syntax-addons plus the copy
    /// compiled into crossread_core (so the CLI and tests find it without the app's resources).
    static KSyntaxHighlighting::Repository& repository();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    struct Segment
    {
        qsizetype start; // UTF-16, in the whole text
        qsizetype end;
        int kind; // CueKind, or -1 for a figure inside a quotation (both)
        QColor color;
    };
    QColor colorFor(CueKind kind) const;

    QStringList m_lexicon;
    QRegularExpression m_lexiconPattern;
    QList<Segment> m_segments;
    qsizetype m_lineOffset = 0;
};

} // namespace Crossread
