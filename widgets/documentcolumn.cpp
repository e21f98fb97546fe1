// SPDX-License-Identifier: MIT
#include "documentcolumn.h"

#include "documentview.h"
#include "findbar.h"
#include "store/projectstore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Crossread {

namespace {

QToolButton* headerButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

DocumentColumn::DocumentColumn(ProjectStore* store, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_source(new QLabel(this))
    , m_title(new QLabel(this))
    , m_author(new QLabel(this))
    , m_left(headerButton(QStringLiteral("◀"), tr("Move column left"), this))
    , m_right(headerButton(QStringLiteral("▶"), tr("Move column right"), this))
    , m_close(headerButton(QStringLiteral("✕"), tr("Close column"), this))
    , m_properties(headerButton(QStringLiteral("ⓘ"), tr("Document properties"), this))
    , m_view(new DocumentView(store, this))
    , m_findBar(new FindBar(m_view, this))
    , m_header(new QFrame(this))
    , m_accent(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    small.setCapitalization(QFont::AllUppercase);
    small.setLetterSpacing(QFont::PercentageSpacing, 105);
    m_source->setFont(small);
    // A long outlet must not widen the column: four columns and the docks have to fit side by
    // side. In a narrow column it wraps (it was cut mid-letter), as wide as its longest word up
    // to a bound (refreshHeader); the tooltip has it whole.
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_source->setMinimumWidth(40);
    m_source->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.12);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_author->setForegroundRole(QPalette::PlaceholderText);
    m_author->setWordWrap(true);

    auto* grid = new QGridLayout(m_header);
    grid->setContentsMargins(14, 8, 6, 8);
    grid->setHorizontalSpacing(2);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_source, 0, 0);
    grid->addWidget(m_properties, 0, 1);
    grid->addWidget(m_left, 0, 2);
    grid->addWidget(m_right, 0, 3);
    grid->addWidget(m_close, 0, 4);
    grid->addWidget(m_title, 1, 0, 1, 5);
    grid->addWidget(m_author, 2, 0, 1, 5);
    grid->setColumnStretch(0, 1);

    m_accent->setFixedHeight(3);
    m_accent->setAutoFillBackground(true);
    m_accent->setBackgroundRole(QPalette::AlternateBase);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_accent);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    connect(m_close, &QToolButton::clicked, this, &DocumentColumn::closeRequested);
    connect(m_properties, &QToolButton::clicked, this, [this] {
        if (documentId() != 0)
            Q_EMIT propertiesRequested(documentId());
    });
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (documentId() == 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("Properties…"), this, [this] { Q_EMIT propertiesRequested(documentId()); });
        menu.addSeparator();
        menu.addAction(tr("Close Column"), this, &DocumentColumn::closeRequested);
        menu.exec(m_header->mapToGlobal(pos));
    });
    connect(m_left, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_right, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(+1); });
    connect(m_store, &ProjectStore::documentChanged, this, [this](DocumentId id) {
        if (id == documentId())
            refreshHeader();
    });
}

void DocumentColumn::setDocument(DocumentId id)
{
    m_view->setDocument(id);
    refreshHeader();
}

DocumentId DocumentColumn::documentId() const
{
    return m_view->documentId();
}

void DocumentColumn::setMoveEnabled(bool left, bool right)
{
    m_left->setEnabled(left);
    m_right->setEnabled(right);
}

void DocumentColumn::setCurrent(bool current)
{
    // A thin accent line over the current column: keys 1/2/3 and Ctrl+F act there.
    m_accent->setBackgroundRole(current ? QPalette::Highlight : QPalette::AlternateBase);
}

void DocumentColumn::refreshHeader()
{
    const std::optional<Document> doc = documentId() != 0 ? m_store->document(documentId()) : std::nullopt;
    if (!doc) {
        m_source->clear();
        m_title->clear();
        m_author->clear();
        return;
    }
    const DocumentMetadata& m = doc->meta;
    // The outlet beside the buttons, the date under the title with the author: the line beside
    // the buttons is short in four columns, and the outlet with its date took four lines there.
    m_source->setText(m.outlet);
    m_source->setToolTip(m.outlet);
    int longestWord = 0;
    const QFontMetrics metrics(m_source->font()); // with its capitals and spacing
    for (const QString& word : m.outlet.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, metrics.horizontalAdvance(word) + 2);
    m_source->setMinimumWidth(std::clamp(longestWord, 40, 80));
    m_source->setVisible(!m.outlet.isEmpty());
    m_title->setText(m.title.isEmpty() ? doc->originalFileName : m.title);
    QStringList byline;
    if (!m.author.isEmpty())
        byline.append(tr("By %1").arg(m.author));
    if (m.published.isValid())
        byline.append(QLocale().toString(m.published, QStringLiteral("d MMM yyyy")));
    m_author->setText(byline.join(QStringLiteral("  ·  ")));
    m_author->setVisible(!byline.isEmpty());
    setAccessibleName(tr("Document: %1").arg(m_title->text()));
}

} // namespace Crossread
