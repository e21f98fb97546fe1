// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Crossread::Import {

/// Bytes turned into text, with what was found on the way.
struct DecodedText
{
    QString text;
    QString encoding; // the name recorded on the document, e.g. "UTF-8", "WINDOWS-1251"
    int invalidSequences = 0; // byte sequences replaced by U+FFFD
    bool guessed = false; // no detector was confident; a fallback encoding was used
};

/// A translated reason when `bytes` are clearly not text (images, archives, PDF, executables,
/// NUL bytes outside UTF-16/32), or an empty string when they may be text.
QString binaryReason(const QByteArray& bytes);

/// Decodes text in any common encoding: a BOM wins, then BOM-less UTF-16/32, then valid UTF-8,
/// then `declared` (e.g. an HTML meta charset), then uchardet's guess.
DecodedText decodeText(const QByteArray& bytes, const QByteArray& declared = {});

} // namespace Crossread::Import
