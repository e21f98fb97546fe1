// SPDX-License-Identifier: MIT
// Runs the W3C Web Annotation test suite's JSON schemas (draft-04) over files with ajv-cli 3.3.0.
#pragma once

#include <QString>
#include <QStringList>

namespace Crossread::Test {

/// The ajv executable from CROSSREAD_TOOLS_DIR, or empty when the tools are not installed.
QString ajvPath();
/// ../shared/standards/web-annotation, or empty.
QString webAnnotationSuiteDir();

/// The schemas a `.test` file of the suite lists (paths relative to the suite folder). Nested
/// assertion groups are flattened; `.test` files name each assertion's schema by path.
QStringList assertionsOf(const QString& testFile, QString* error);

/// Validates every file in `dataFiles` against every schema of `testFile`, honouring each
/// schema's "expectedResult", in one Node process running ajv as ajv-cli does (w3cvalidate.js).
/// Returns one line per failure (schema, file, ajv's message).
QStringList validateAgainst(const QString& testFile, const QStringList& dataFiles, QString* error);

/// Runs ajv-cli itself once (from the suite folder); returns its exit code (0 = valid).
int runAjvCli(const QString& schema, const QString& dataFile, QString* output);

} // namespace Crossread::Test
