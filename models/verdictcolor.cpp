// SPDX-License-Identifier: MIT
#include "verdictcolor.h"

#include "store/builtins.h"

namespace Crossread {

QColor verdictColor(const QStringList& scale, const QString& verdict)
{
    if (verdict.isEmpty())
        return {};
    // The default scale ends in an undecided rating; it is not "worse than False".
    const auto isUnproven = [](const QString& v) { return Builtins::ratingKeyOf(v) == QLatin1String("unproven"); };
    if (isUnproven(verdict))
        return QColor(0x9a, 0x9a, 0x9a);
    QStringList graded = scale;
    graded.removeIf(isUnproven);
    const qsizetype i = graded.indexOf(verdict);
    if (i < 0)
        return {};
    const double t = graded.size() <= 1 ? 0.0 : double(i) / double(graded.size() - 1);
    // Hue 120° (green) to 0° (red); saturation and value keep text on it readable.
    return QColor::fromHsvF(float((1.0 - t) / 3.0), 0.55f, 0.88f);
}

} // namespace Crossread
