// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QTemporaryDir>
#include <memory>

namespace Crossread::Test {

/// Makes the bundled resources (samples, demo list) available to a test executable.
void initResources();

/// A project in a temporary folder, removed with the object.
struct TempProject
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store = std::make_unique<ProjectStore>();
    QString path;

    /// Creates an empty project; false (with a gtest failure) if it cannot.
    bool create();
    /// Creates the demo project (three articles, 24 annotations).
    bool createDemo();
    /// Adds a plain-text document with that text; returns its id.
    DocumentId addText(const QString& title, const QString& text);
    TagId builtin(const char* key) const;
};

} // namespace Crossread::Test
