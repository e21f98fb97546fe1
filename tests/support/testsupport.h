// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Crossread::Test {

/// The shared corpus folder (../shared/corpus), or an empty string when it is absent.
QString corpusDir();
/// The shared standards folder (../shared/standards), or an empty string when it is absent.
QString standardsDir();
/// The text of one corpus file, read as UTF-8; empty when the corpus is absent.
QString corpusText(const QString& fileName);
/// tests/data/… inside the source tree.
QString dataPath(const QString& relative);

} // namespace Crossread::Test

/// Skips the current test with a clear message when ../shared/corpus is not beside the checkout.
#define CROSSREAD_REQUIRE_CORPUS()                                                                         \
    do {                                                                                                   \
        if (Crossread::Test::corpusDir().isEmpty())                                                        \
            GTEST_SKIP() << "shared corpus not found (expected ../shared/corpus beside the checkout, "   \
                            "or CROSSREAD_SHARED_DIR); skipping";                                          \
    } while (false)

#define CROSSREAD_REQUIRE_STANDARDS()                                                                      \
    do {                                                                                                   \
        if (Crossread::Test::standardsDir().isEmpty())                                                     \
            GTEST_SKIP() << "shared standards not found (expected ../shared/standards); skipping";        \
    } while (false)
