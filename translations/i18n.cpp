// SPDX-License-Identifier: MIT
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Crossread {

void installTranslators(QCoreApplication& app)
{
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The source strings are English with "(s)" plurals; crossread_en holds only their plural
    // forms ("1 annotation", "24 annotations") and stands in for a language not translated yet.
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("crossread"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("crossread_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace Crossread
