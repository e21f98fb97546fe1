// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Crossread {

/// Counts of a revision diff, for a summary line and for tests.
struct RevisionDiffStats
{
    int paragraphsSame = 0;
    int paragraphsChanged = 0; // reworded: kept in place with a word diff
    int paragraphsAdded = 0;
    int paragraphsRemoved = 0;
    int wordsAdded = 0;
    int wordsRemoved = 0;
};

/// The diff between two revisions of an article as HTML: unchanged paragraphs plain, reworded
/// ones with their word diff (added words green, removed red and struck out), inserted and
/// deleted paragraphs whole. Paragraphs are matched first, so an inserted paragraph does not
/// turn the rest of the article into one long word diff, and the quadratic word diff only ever
/// runs on the few paragraphs that changed.
QString revisionDiffHtml(const QString& oldText, const QString& newText, RevisionDiffStats* stats = nullptr);

} // namespace Crossread
