// SPDX-License-Identifier: MIT
#include "encoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <uchardet.h>

#include <algorithm>
#include <array>
#include <memory>

namespace Crossread::Import {

namespace {

struct Magic
{
    QByteArrayView bytes;
    qsizetype offset;
    const char* what;
};

// Signatures of formats that people drop by mistake among articles; the names are shown to the user.
const std::array kMagics{
    Magic{"\x89PNG\r\n\x1a\n", 0, QT_TRANSLATE_NOOP("Importer", "a PNG image")},
    Magic{"\xff\xd8\xff", 0, QT_TRANSLATE_NOOP("Importer", "a JPEG image")},
    Magic{"GIF87a", 0, QT_TRANSLATE_NOOP("Importer", "a GIF image")},
    Magic{"GIF89a", 0, QT_TRANSLATE_NOOP("Importer", "a GIF image")},
    Magic{"WEBP", 8, QT_TRANSLATE_NOOP("Importer", "a WebP image")},
    Magic{QByteArrayView("II*\0", 4), 0, QT_TRANSLATE_NOOP("Importer", "a TIFF image")},
    Magic{QByteArrayView("MM\0*", 4), 0, QT_TRANSLATE_NOOP("Importer", "a TIFF image")},
    Magic{"PK\x03\x04", 0, QT_TRANSLATE_NOOP("Importer", "a ZIP archive (or an office document)")},
    Magic{"\x1f\x8b", 0, QT_TRANSLATE_NOOP("Importer", "a gzip archive")},
    Magic{"7z\xbc\xaf\x27\x1c", 0, QT_TRANSLATE_NOOP("Importer", "a 7-Zip archive")},
    Magic{"Rar!\x1a\x07", 0, QT_TRANSLATE_NOOP("Importer", "a RAR archive")},
    Magic{QByteArrayView("\xfd\x37\x7a\x58\x5a\0", 6), 0, QT_TRANSLATE_NOOP("Importer", "an xz archive")},
    Magic{"%PDF-", 0, QT_TRANSLATE_NOOP("Importer", "a PDF document (give it the .pdf extension to import it as PDF)")},
    Magic{"\x7f" "ELF", 0, QT_TRANSLATE_NOOP("Importer", "a program (ELF executable)")},
    Magic{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, QT_TRANSLATE_NOOP("Importer", "an old Microsoft Office document")},
    Magic{QByteArrayView("SQLite format 3\0", 16), 0, QT_TRANSLATE_NOOP("Importer", "an SQLite database")},
};

struct Bom
{
    QByteArrayView bytes;
    const char* codec;
};

// UTF-32LE must be tried before UTF-16LE: its BOM starts with UTF-16LE's.
const std::array kBoms{
    Bom{"\xef\xbb\xbf", "UTF-8"},
    Bom{QByteArrayView("\xff\xfe\0\0", 4), "UTF-32LE"},
    Bom{QByteArrayView("\0\0\xfe\xff", 4), "UTF-32BE"},
    Bom{"\xff\xfe", "UTF-16LE"},
    Bom{"\xfe\xff", "UTF-16BE"},
};

// Without a BOM, UTF-16/32 text that is mostly ASCII shows its NUL bytes at fixed positions.
const char* utf16or32ByNulPattern(QByteArrayView data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(3);
    if (n < 8)
        return nullptr;
    std::array<int, 4> zeros{};
    for (qsizetype i = 0; i < n; ++i) {
        if (data[i] == 0)
            ++zeros[i % 4];
    }
    const int quarter = int(n / 4);
    auto most = [quarter](int z) { return z > quarter * 7 / 10; };
    auto few = [quarter](int z) { return z < quarter / 10; };
    if (most(zeros[1]) && most(zeros[2]) && most(zeros[3]) && few(zeros[0]))
        return "UTF-32LE";
    if (most(zeros[0]) && most(zeros[1]) && most(zeros[2]) && few(zeros[3]))
        return "UTF-32BE";
    if (most(zeros[1]) && most(zeros[3]) && few(zeros[0]) && few(zeros[2]))
        return "UTF-16LE";
    if (most(zeros[0]) && most(zeros[2]) && few(zeros[1]) && few(zeros[3]))
        return "UTF-16BE";
    return nullptr;
}

QByteArray detectWithUchardet(QByteArrayView data)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    // uchardet settles long before the end of an article; feeding a bounded prefix keeps big files fast.
    const qsizetype n = std::min<qsizetype>(data.size(), 256 * 1024);
    if (uchardet_handle_data(detector.get(), data.data(), size_t(n)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toUpper();
}

// uchardet speaks iconv names; a few need a Qt/ICU spelling or a more useful superset.
QByteArray qtCodecName(const QByteArray& detected)
{
    if (detected == "ASCII")
        return "UTF-8";
    if (detected == "ISO-8859-1")
        return "WINDOWS-1252"; // a superset that also decodes smart quotes in 0x80–0x9F
    if (detected == "UHC" || detected == "CP949")
        return "WINDOWS-949";
    if (detected == "MAC-CYRILLIC")
        return "X-MAC-CYRILLIC";
    return detected;
}

// ConvertInvalidToNull marks invalid sequences with U+0000 (text never holds NUL: binary data was
// refused before); a sequence cut off at the end comes out as U+FFFD. Both are counted.
DecodedText decodeWith(QByteArrayView data, const QByteArray& codec)
{
    DecodedText result;
    // Stateless: a sequence cut off at the end of the file is reported instead of waiting for more.
    QStringDecoder decoder(codec.constData(), QStringDecoder::Flag::ConvertInvalidToNull | QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return result;
    result.text = decoder.decode(data);
    result.encoding = QString::fromLatin1(codec).toUpper();
    for (QChar& c : result.text) {
        if (c.unicode() == 0) {
            c = QChar::ReplacementCharacter;
            ++result.invalidSequences;
        } else if (c == QChar::ReplacementCharacter) {
            ++result.invalidSequences;
        }
    }
    return result;
}

} // namespace

QString binaryReason(const QByteArray& bytes)
{
    for (const Magic& m : kMagics) {
        if (bytes.size() >= m.offset + m.bytes.size() && QByteArrayView(bytes).sliced(m.offset, m.bytes.size()) == m.bytes)
            return QCoreApplication::translate("Importer", "This is %1, not text.")
                .arg(QCoreApplication::translate("Importer", m.what));
    }
    for (const Bom& bom : kBoms) {
        if (bytes.startsWith(bom.bytes))
            return {};
    }
    if (utf16or32ByNulPattern(bytes))
        return {};
    if (bytes.contains('\0'))
        return QCoreApplication::translate("Importer", "The file contains NUL bytes: it is binary data, not text.");
    return {};
}

DecodedText decodeText(const QByteArray& bytes, const QByteArray& declared)
{
    QByteArrayView data(bytes);
    for (const Bom& bom : kBoms) {
        if (data.startsWith(bom.bytes))
            return decodeWith(data.sliced(bom.bytes.size()), bom.codec);
    }
    if (const char* codec = utf16or32ByNulPattern(data))
        return decodeWith(data, codec);
    // Mostly valid UTF-8 with a few broken sequences is damaged UTF-8, not a legacy encoding:
    // legacy high bytes almost never happen to form valid multi-byte sequences.
    DecodedText utf8 = decodeWith(data, "UTF-8");
    if (utf8.invalidSequences == 0)
        return utf8;
    const auto validNonAscii = std::count_if(utf8.text.cbegin(), utf8.text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    });
    if (validNonAscii >= utf8.invalidSequences)
        return utf8;
    if (!declared.isEmpty()) {
        DecodedText result = decodeWith(data, qtCodecName(declared.toUpper()));
        if (!result.encoding.isEmpty())
            return result;
    }
    const QByteArray detected = detectWithUchardet(data);
    if (!detected.isEmpty()) {
        DecodedText result = decodeWith(data, qtCodecName(detected));
        if (!result.encoding.isEmpty())
            return result;
    }
    // Neither valid UTF-8 nor recognised: the most common legacy encoding of Western text.
    DecodedText result = decodeWith(data, "WINDOWS-1252");
    result.guessed = true;
    return result;
}

} // namespace Crossread::Import
