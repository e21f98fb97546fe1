// SPDX-License-Identifier: MIT
// Set-up shared by the libFuzzer targets: one Qt application for the whole run, quiet logging.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Crossread::Fuzz {

/// Creates the (offscreen) QGuiApplication once: the Markdown importer lays text out with
/// QTextDocument and the report needs fonts. Qt's warnings about bad input are dropped, since
/// printing them would dominate the run time; CROSSREAD_FUZZ_VERBOSE=1 keeps them.
void initQt(int* argc, char*** argv);

/// A folder that lives as long as the process (QTemporaryDir, removed at exit).
QString scratchDir();

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    // fromRawData would not copy, but importers may keep references past the call.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace Crossread::Fuzz
