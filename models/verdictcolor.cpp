// SPDX-License-Identifier: MIT
#include "verdictcolor.h"

#include <QCoreApplication>

namespace Crossread {

QColor verdictColor(const QStringList& scale, const QString& verdict)
{
    if (verdict.isEmpty())
        return {};
    // The default scale ends in an undecided rating; it is not "worse than False".
    const QString unproven = QCoreApplication::translate("Crossread::Schema", "Unproven");
    if (verdict.compare(unproven, Qt::CaseInsensitive) == 0)
        return QColor(0x9a, 0x9a, 0x9a);
    QStringList graded = scale;
    graded.removeIf([&](const QString& s) { return s.compare(unproven, Qt::CaseInsensitive) == 0; });
    const qsizetype i = graded.indexOf(verdict);
    if (i < 0)
        return {};
    const double t = graded.size() <= 1 ? 0.0 : double(i) / double(graded.size() - 1);
    // Hue 120° (green) to 0° (red); saturation and value keep text on it readable.
    return QColor::fromHsvF(float((1.0 - t) / 3.0), 0.55f, 0.88f);
}

} // namespace Crossread
