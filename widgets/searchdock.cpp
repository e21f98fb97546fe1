// SPDX-License-Identifier: MIT
#include "searchdock.h"

#include "roles.h"
#include "searchresultsmodel.h"
#include "spellservice.h"
#include "store/projectstore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Crossread {

namespace {

/// Date edits show "any" at their minimum, which stands for "no bound".
const QDate kNoDate(1900, 1, 1);

/// Two lines per hit: where (title, outlet, field) in small type, then the snippet with each
/// match in bold. Rich text through QTextDocument, because item views draw plain text only.
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QTextDocument doc;
        setUp(doc, opt, index);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        context.clip = QRectF(0, 0, opt.rect.width() - 8, opt.rect.height() - 4);
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        setUp(doc, opt, index);
        return {int(doc.idealWidth()) + 8, int(doc.size().height()) + 4};
    }

private:
    static void setUp(QTextDocument& doc, const QStyleOptionViewItem& opt, const QModelIndex& index)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setTextWidth(std::max(120, opt.rect.width() - 8));
        const auto field = SearchField(index.data(SearchResultsModel::FieldRole).toInt());
        QString where = index.data(SearchResultsModel::TitleRole).toString();
        if (where.isEmpty())
            where = QCoreApplication::translate("Crossread::SearchDock", "Untitled document");
        const QString outlet = index.data(SearchResultsModel::OutletRole).toString();
        if (!outlet.isEmpty())
            where += QStringLiteral(" — ") + outlet;
        where += QStringLiteral(" · ") + searchFieldName(field, true);
        doc.setHtml(QStringLiteral("<div style='font-size:small'>%1</div><div>%2</div>")
                        .arg(where.toHtmlEscaped(), index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    }
};

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("Crossread::SearchDock", "any", "date filter"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

SearchDock::SearchDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Search"), parent)
    , m_store(store)
    , m_model(new SearchResultsModel(store, this))
    , m_edit(new QLineEdit(this))
    , m_outlet(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_from(makeDateEdit(this))
    , m_to(makeDateEdit(this))
    , m_inText(new QCheckBox(tr("Article text"), this))
    , m_inTitles(new QCheckBox(tr("Titles"), this))
    , m_inNotes(new QCheckBox(tr("Notes"), this))
    , m_stems(new QCheckBox(tr("Include other word forms"), this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("SearchDock"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search words"));
    m_edit->setPlaceholderText(tr("Search text, titles and notes"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Words, \"exact phrases\", prefix* and AND, OR, NOT with parentheses. Case and accents "
                          "are ignored."));
    m_edit->installEventFilter(this);
    m_outlet->setObjectName(QStringLiteral("searchOutlet"));
    m_tag->setObjectName(QStringLiteral("searchTag"));
    m_from->setObjectName(QStringLiteral("searchFrom"));
    m_from->setAccessibleName(tr("Published from"));
    m_to->setObjectName(QStringLiteral("searchTo"));
    m_to->setAccessibleName(tr("Published until"));
    m_inText->setObjectName(QStringLiteral("searchInText"));
    m_inTitles->setObjectName(QStringLiteral("searchInTitles"));
    m_inNotes->setObjectName(QStringLiteral("searchInNotes"));
    for (QCheckBox* box : {m_inText, m_inTitles, m_inNotes}) {
        box->setChecked(true);
        box->setToolTip(tr("Search in this field; at least one stays on."));
    }
    m_inText->setAccessibleName(tr("Search in article text"));
    m_inTitles->setAccessibleName(tr("Search in titles"));
    m_inNotes->setAccessibleName(tr("Search in notes"));
    m_stems->setObjectName(QStringLiteral("searchStems"));
    m_stems->setToolTip(tr("Also find forms that share a word's stem, e.g. “liberate” finds “liberation” and "
                           "“liberating” (uses the spelling dictionary)."));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QFormLayout;
    filters->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* fields = new QHBoxLayout;
    for (QCheckBox* box : {m_inText, m_inTitles, m_inNotes})
        fields->addWidget(box);
    fields->addStretch(1);
    filters->addRow(tr("Search in:"), fields);
    filters->addRow(tr("Outlet:"), m_outlet);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to", "date range"), this));
    dates->addWidget(m_to, 1);
    filters->addRow(tr("Published:"), dates);
    filters->addRow(tr("Tag:"), m_tag);
    filters->addRow(QString(), m_stems);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setWidget(body);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDock::search);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_outlet, m_tag})
        connect(combo, &QComboBox::activated, this, &SearchDock::search);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_stems, &QCheckBox::toggled, this, &SearchDock::search);
    for (QCheckBox* box : {m_inText, m_inTitles, m_inNotes})
        connect(box, &QCheckBox::toggled, this, [this, box](bool checked) { onFieldToggled(box, checked); });
    connect(m_view, &QListView::activated, this, &SearchDock::activate);
    connect(m_model, &SearchResultsModel::searched, this, &SearchDock::onSearched);

    connect(m_store, &ProjectStore::projectOpened, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::projectClosed, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::documentAdded, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::documentRemoved, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::documentChanged, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::tagAdded, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::tagRemoved, this, &SearchDock::refillFilters);
    connect(m_store, &ProjectStore::tagChanged, this, &SearchDock::refillFilters);
    refillFilters();
}

SearchDock::~SearchDock() = default;

void SearchDock::setSpellService(SpellService* spelling)
{
    if (m_spelling)
        disconnect(m_spelling, nullptr, this, nullptr);
    m_spelling = spelling;
    const auto follow = [this] {
        m_model->setStemmer(m_spelling ? m_spelling->checker() : nullptr);
        if (m_stems->isChecked() && !m_edit->text().trimmed().isEmpty())
            search(); // the other language's forms
    };
    if (m_spelling) {
        connect(m_spelling, &SpellService::checkerChanged, this, follow);
        connect(m_spelling, &QObject::destroyed, this, [this] {
            m_spelling = nullptr;
            m_model->setStemmer(nullptr);
        });
    }
    follow();
}

SearchQuery SearchDock::currentQuery() const
{
    SearchQuery q;
    q.text = m_edit->text();
    q.outlet = m_outlet->currentData().toString();
    q.tag = m_tag->currentData().toLongLong();
    q.from = m_from->date() == kNoDate ? QDate() : m_from->date();
    q.to = m_to->date() == kNoDate ? QDate() : m_to->date();
    q.fields = {};
    if (m_inText->isChecked())
        q.fields |= SearchField::Text;
    if (m_inTitles->isChecked())
        q.fields |= SearchField::Title;
    if (m_inNotes->isChecked())
        q.fields |= SearchField::Note;
    q.expandStems = m_stems->isChecked();
    q.limit = 200;
    return q;
}

QString SearchDock::statusText() const
{
    return m_status->text();
}

void SearchDock::focusSearch()
{
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchDock::search()
{
    m_debounce->stop();
    m_model->setQuery(currentQuery());
}

void SearchDock::onFieldToggled(QCheckBox* box, bool checked)
{
    if (!checked && !m_inText->isChecked() && !m_inTitles->isChecked() && !m_inNotes->isChecked()) {
        const QSignalBlocker blocker(box);
        box->setChecked(true);
        return;
    }
    if (!m_edit->text().trimmed().isEmpty())
        search();
}

void SearchDock::onSearched(int hits, const QString& error)
{
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_edit->text().trimmed().isEmpty())
        m_status->clear();
    else
        m_status->setText(tr("%n hit(s)", nullptr, hits));
    if (hits > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0));
}

void SearchDock::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const SearchHit hit = m_model->hit(index.row());
    switch (hit.field) {
    case SearchField::Text:
        if (!hit.spans.isEmpty())
            Q_EMIT passageRequested(hit.document, hit.spans.first().start, hit.spans.first().end);
        break;
    case SearchField::Note:
        Q_EMIT annotationRequested(hit.annotation);
        break;
    case SearchField::Title:
        Q_EMIT documentRequested(hit.document);
        break;
    }
}

bool SearchDock::eventFilter(QObject* watched, QEvent* event)
{
    // In the search box, Enter runs a pending search or opens the current hit, and the arrow
    // keys move through the hits, so the hands stay on the keyboard.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                search();
            activate(m_view->currentIndex().isValid() ? m_view->currentIndex() : m_model->index(0));
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_view->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_model->rowCount())
                m_view->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void SearchDock::refillFilters()
{
    const QString outlet = m_outlet->currentData().toString();
    const TagId tag = m_tag->currentData().toLongLong();
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), TagId(0));
    if (m_store->isOpen()) {
        QStringList outlets;
        for (const Document& d : m_store->documents()) {
            if (!d.meta.outlet.isEmpty() && !outlets.contains(d.meta.outlet, Qt::CaseInsensitive))
                outlets.append(d.meta.outlet);
        }
        outlets.sort(Qt::CaseInsensitive);
        for (const QString& o : std::as_const(outlets))
            m_outlet->addItem(o, o);
        for (const Tag& t : m_store->tags())
            m_tag->addItem(t.name, t.id);
    }
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

} // namespace Crossread
