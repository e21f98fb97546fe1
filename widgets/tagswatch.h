// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace Crossread {

/// A small filled square in a tag's colour, with a thin outline so pale colours stay visible on
/// light and dark themes alike.
inline QIcon tagSwatch(const QColor& color, int size = 12)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRect(0, 0, size - 1, size - 1);
    return QIcon(pixmap);
}

} // namespace Crossread
