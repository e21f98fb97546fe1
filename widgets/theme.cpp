// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace Crossread {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

double relativeLuminance(const QColor& color)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

void applyTheme(Theme theme)
{
    // A new style instance re-polishes every widget and makes the main window re-divide its dock
    // areas from their minimum sizes (the inspector collapsed): switch only the palette when possible.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor annotationFill(const QColor& tag, const QPalette& palette)
{
    QColor c = tag.isValid() ? tag.toRgb() : QColor(Qt::gray);
    if (isDarkPalette(palette)) {
        // Light text sits on the fill: dim the colour until it is dark in perceived luminance
        // (yellow and green are much brighter than their HSL lightness says), then blend it.
        for (int i = 0; i < 40 && relativeLuminance(c) > 0.045; ++i)
            c = QColor::fromRgbF(c.redF() * 0.9f, c.greenF() * 0.9f, c.blueF() * 0.9f);
        c.setAlpha(160);
    } else {
        c.setAlpha(80);
    }
    return c;
}

QColor annotationLine(const QColor& tag, const QPalette& palette)
{
    QColor c = tag.isValid() ? tag : QColor(Qt::gray);
    if (isDarkPalette(palette) && c.lightness() < 140)
        c = c.lighter(160);
    else if (!isDarkPalette(palette) && c.lightness() > 190)
        c = c.darker(160);
    return c;
}

} // namespace Crossread
