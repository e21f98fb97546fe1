// SPDX-License-Identifier: MIT
#include "inspectordock.h"

#include "evidencelinkdialog.h"
#include "roles.h"
#include "spelltextedit.h"
#include "theme.h"
#include "store/builtins.h"
#include "store/projectstore.h"
#include "tagmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace Crossread {

namespace {

constexpr int EvidenceIdRole = Qt::UserRole + 1;
constexpr int EvidenceUrlRole = Qt::UserRole + 2;
constexpr qsizetype QuoteHeaderLength = 280;

/// Replaces the text only when it differs, keeping the cursor where it was (clamped).
void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    edit->setTextCursor(cursor);
}

SpellTextEdit* makeTextEdit(const QString& objectName, const QString& accessibleName, const QString& placeholder)
{
    auto* edit = new SpellTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // Tab moves on; the inspector must be usable without the mouse
    edit->setMinimumHeight(60);
    return edit;
}

bool startsWithQuoteMark(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c.category() == QChar::Punctuation_InitialQuote
        || c.category() == QChar::Punctuation_FinalQuote || c == QChar(0x201E) || c == QChar(0x00AB)
        || c == QChar(0x00BB) || c == QChar(0x300C);
}

} // namespace

InspectorDock::InspectorDock(ProjectStore* store, QWidget* parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_store(store)
    , m_tagModel(new TagModel(store, this))
    , m_evidencePrompt([](QWidget* p) { return EvidenceLinkDialog::getLink(p); })
    , m_urlOpener([](const QUrl& url) { QDesktopServices::openUrl(url); })
    , m_stack(new QStackedWidget)
    , m_hint(new QLabel(tr("Select an annotation in a document or in the Annotations list to see and edit "
                           "its tags, note, verdict and sources here.")))
{
    setObjectName(QStringLiteral("InspectorDock"));
    m_tagModel->setCheckable(true);

    m_hint->setObjectName(QStringLiteral("inspectorHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(12);
    m_hint->setEnabled(false); // drawn in the disabled colour: a hint, not content

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Annotation details"));
    // Scrolled up and down only: the dock is kept wide enough for its fields (updateMinimumWidth).
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(buildEditor());
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_scroll);
    setWidget(m_stack);
    updateMinimumWidth();

    connect(m_tagModel, &TagModel::checkToggled, this, &InspectorDock::onTagToggled);
    connect(store, &ProjectStore::annotationChanged, this, [this](AnnotationId id, DocumentId) {
        if (id == m_id)
            refresh();
    });
    connect(store, &ProjectStore::annotationRemoved, this, [this](AnnotationId id, DocumentId) {
        if (id == m_id)
            setAnnotation(0);
    });
    connect(store, &ProjectStore::annotationAdded, this, [this](AnnotationId id, DocumentId) {
        if (id == m_id) // undo of a removal brings the inspected annotation back
            refresh();
    });
    for (auto signal : {&ProjectStore::projectOpened, &ProjectStore::projectClosed})
        connect(store, signal, this, [this] { setAnnotation(0); });
    for (auto signal : {&ProjectStore::tagAdded, &ProjectStore::tagRemoved, &ProjectStore::tagChanged}) {
        connect(store, signal, this, [this](TagId) {
            if (m_id != 0) {
                updateSectionVisibility(m_current);
                m_tags->expandAll();
            }
        });
    }
    connect(store, &ProjectStore::documentChanged, this, [this](DocumentId id) {
        if (m_id != 0 && id == m_current.document)
            refreshHeader(m_current); // the title may have been edited
    });
    connect(store, &ProjectStore::settingsChanged, this, &InspectorDock::refreshVerdicts);
    connect(store, &ProjectStore::entitiesChanged, this, [this] {
        refreshCompleter();
        if (m_id != 0)
            refresh();
    });
    refreshCompleter();
    setAnnotation(0);
}

InspectorDock::~InspectorDock()
{
    // Line edits emit editingFinished when they lose focus while being destroyed, after this
    // object's members are gone; nothing must be committed then.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void InspectorDock::setEvidencePrompt(EvidencePrompt prompt)
{
    m_evidencePrompt = std::move(prompt);
}

void InspectorDock::setUrlOpener(UrlOpener opener)
{
    m_urlOpener = std::move(opener);
}

void InspectorDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_orphaned)
        updateWarningColour();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange)
        updateMinimumWidth();
}

void InspectorDock::updateMinimumWidth()
{
    if (!m_scroll || !m_scroll->widget())
        return;
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_stack->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() + scrollBar + 2 * m_scroll->frameWidth());
}

void InspectorDock::updateWarningColour()
{
    // A red that keeps its contrast on the light and on the dark base.
    QPalette p = m_orphaned->palette();
    p.setColor(QPalette::WindowText, isDarkPalette(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    m_orphaned->setPalette(p);
}

void InspectorDock::setSpellService(SpellService* service)
{
    m_note->setSpellService(service);
    m_rationale->setSpellService(service);
}

void InspectorDock::setAnnotation(AnnotationId id)
{
    if (id == m_id && id != 0)
        return;
    m_id = id;
    // Another annotation: whatever was typed belongs to the previous one and was stored already.
    const QSignalBlocker blocker(m_speaker);
    m_speaker->setText(QString()); // also clears isModified(), unlike clear()
    refresh();
}

QWidget* InspectorDock::buildEditor()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);

    m_quote = new QLabel;
    m_quote->setObjectName(QStringLiteral("inspectorQuote"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_quote->setAccessibleName(tr("Quoted passage"));
    m_source = new QLabel;
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_orphaned = new QLabel(tr("The text at this position no longer matches the quote. Select the passage "
                               "again and use Adjust Range."));
    m_orphaned->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    updateWarningColour();
    layout->addWidget(m_quote);
    layout->addWidget(m_source);
    layout->addWidget(m_orphaned);

    m_tags = new QTreeView;
    m_tags->setObjectName(QStringLiteral("inspectorTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setToolTip(tr("Check the tags this passage carries (Space toggles the current one)"));
    m_tags->setModel(m_tagModel);
    m_tags->setHeaderHidden(true);
    m_tags->setColumnHidden(TagModel::ShortcutColumn, true);
    m_tags->setRootIsDecorated(true);
    m_tags->setUniformRowHeights(true);
    m_tags->expandAll();
    connect(m_tagModel, &QAbstractItemModel::rowsInserted, m_tags, &QTreeView::expandAll);
    connect(m_tagModel, &QAbstractItemModel::modelReset, m_tags, &QTreeView::expandAll);
    // As tall as its rows up to five: a fixed tall box pushed the evidence list off short screens.
    const auto fitTags = [this] {
        int rows = 0;
        for (QModelIndex i = m_tagModel->index(0, 0); i.isValid(); i = m_tags->indexBelow(i))
            ++rows;
        const int rowHeight = std::max(m_tags->sizeHintForRow(0), m_tags->fontMetrics().height() + 4);
        m_tags->setFixedHeight(std::clamp(rows, 2, 5) * rowHeight + 2 * m_tags->frameWidth());
    };
    fitTags();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tagModel, signal, m_tags, fitTags, Qt::QueuedConnection);
    connect(m_tagModel, &QAbstractItemModel::modelReset, m_tags, fitTags, Qt::QueuedConnection);
    auto* tagsLabel = new QLabel(tr("&Tags"));
    tagsLabel->setBuddy(m_tags);
    layout->addWidget(tagsLabel);
    layout->addWidget(m_tags);

    m_note = makeTextEdit(QStringLiteral("inspectorNote"), tr("Note"), tr("Your note on this passage…"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &InspectorDock::commitNote);
    auto* noteLabel = new QLabel(tr("&Note"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);

    layout->addWidget(buildClaimBox());
    layout->addWidget(buildSpeakerBox());
    layout->addWidget(buildEvidenceBox());
    return page;
}

QGroupBox* InspectorDock::buildClaimBox()
{
    m_claimBox = new QGroupBox(tr("Verdict"));
    m_claimBox->setObjectName(QStringLiteral("inspectorClaim"));
    m_verdict = new QComboBox;
    m_verdict->setObjectName(QStringLiteral("inspectorVerdict"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setToolTip(tr("How well the claim holds up, on the project's rating scale"));
    connect(m_verdict, &QComboBox::activated, this, &InspectorDock::commitVerdict);
    m_rationale = makeTextEdit(QStringLiteral("inspectorRationale"), tr("Rationale"),
                               tr("Why this verdict: what the sources show…"));
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &InspectorDock::commitRationale);
    // A long verdict label must not widen the dock: the combo shows what fits, its list all of it.
    m_verdict->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_verdict->setMinimumContentsLength(10);
    auto* form = new QFormLayout(m_claimBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above the fields in a narrow dock
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Rationale:"), m_rationale);
    return m_claimBox;
}

QGroupBox* InspectorDock::buildSpeakerBox()
{
    m_speakerBox = new QGroupBox(tr("Attribution"));
    m_speakerBox->setObjectName(QStringLiteral("inspectorAttribution"));
    m_speaker = new QLineEdit;
    m_speaker->setObjectName(QStringLiteral("inspectorSpeaker"));
    m_speaker->setAccessibleName(tr("Speaker"));
    m_speaker->setPlaceholderText(tr("Who says this?"));
    m_speaker->setToolTip(tr("The person or organisation quoted; known names are offered as you type"));
    m_speaker->setClearButtonEnabled(true);
    m_entityNames = new QStringListModel(this);
    m_completer = new QCompleter(m_entityNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(m_completer);
    connect(m_speaker, &QLineEdit::editingFinished, this, &InspectorDock::commitSpeaker);
    auto* form = new QFormLayout(m_speakerBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("S&peaker:"), m_speaker);
    return m_speakerBox;
}

QGroupBox* InspectorDock::buildEvidenceBox()
{
    m_evidenceBox = new QGroupBox(tr("Evidence"));
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("inspectorEvidence"));
    m_evidence->setAccessibleName(tr("Evidence links"));
    m_evidence->setMaximumHeight(110);
    m_addEvidence = new QPushButton(tr("&Add Link…"));
    m_addEvidence->setObjectName(QStringLiteral("inspectorAddEvidence"));
    m_addEvidence->setToolTip(tr("Add a source that supports or refutes this passage"));
    m_openEvidence = new QPushButton(tr("&Open"));
    m_openEvidence->setObjectName(QStringLiteral("inspectorOpenEvidence"));
    m_openEvidence->setToolTip(tr("Open the selected link in the browser"));
    m_removeEvidence = new QPushButton(tr("Re&move"));
    m_removeEvidence->setObjectName(QStringLiteral("inspectorRemoveEvidence"));
    m_removeEvidence->setToolTip(tr("Remove the selected link"));
    connect(m_addEvidence, &QPushButton::clicked, this, &InspectorDock::addEvidence);
    connect(m_openEvidence, &QPushButton::clicked, this, &InspectorDock::openEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &InspectorDock::removeEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &InspectorDock::openEvidence);
    connect(m_evidence, &QListWidget::currentRowChanged, this, &InspectorDock::updateEvidenceButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEvidence);
    buttons->addWidget(m_openEvidence);
    buttons->addWidget(m_removeEvidence);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(m_evidenceBox);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    return m_evidenceBox;
}

void InspectorDock::refresh()
{
    const std::optional<Annotation> a = m_id != 0 && m_store->isOpen() ? m_store->annotation(m_id) : std::nullopt;
    const QScopedValueRollback loading(m_loading, true);
    if (!a) {
        m_id = 0;
        m_current = {};
        m_tagModel->setCheckedTags({});
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    m_current = *a;
    m_stack->setCurrentIndex(1);
    m_tagModel->setCheckedTags(a->tags);
    if (!m_applying) { // typing changes neither the quote nor the range: spare a query per keystroke
        refreshHeader(*a);
        setTextKeepingCursor(m_note, a->note);
        setTextKeepingCursor(m_rationale, a->rationale);
    }
    refreshVerdicts();
    // The speaker field commits on Enter or when focus leaves; until then the user's text wins.
    if (!m_speaker->isModified()) {
        const std::optional<Entity> speaker = a->speaker != 0 ? m_store->entity(a->speaker) : std::nullopt;
        m_speaker->setText(speaker ? speaker->name : QString());
    }
    refreshEvidence(*a);
    updateSectionVisibility(*a);

    const bool writable = !m_store->isReadOnly();
    for (QWidget* editor : {static_cast<QWidget*>(m_tags), static_cast<QWidget*>(m_verdict),
                            static_cast<QWidget*>(m_speaker), static_cast<QWidget*>(m_addEvidence)})
        editor->setEnabled(writable);
    m_note->setReadOnly(!writable);
    m_rationale->setReadOnly(!writable);
}

void InspectorDock::refreshHeader(const Annotation& a)
{
    QString quote = a.quote.simplified();
    if (quote.size() > QuoteHeaderLength)
        quote = quote.left(QuoteHeaderLength - 1) + QChar(0x2026);
    // Quotes of quotes already carry their marks: “…” around “Every home…” would double them.
    m_quote->setText(startsWithQuoteMark(quote) ? quote : tr("“%1”", "quoted passage").arg(quote));
    m_quote->setToolTip(a.quote);
    QString title;
    for (const Document& doc : m_store->documents()) {
        if (doc.id == a.document)
            title = doc.meta.title.isEmpty() ? doc.originalFileName : doc.meta.title;
    }
    m_source->setText(tr("in %1, characters %2–%3").arg(title).arg(a.start).arg(a.end));
    m_orphaned->setVisible(a.orphaned);
}

void InspectorDock::refreshVerdicts()
{
    const QSignalBlocker blocker(m_verdict);
    m_verdict->clear();
    m_verdict->addItem(tr("No verdict"), QString());
    if (!m_store->isOpen())
        return;
    for (const QString& verdict : m_store->ratingScale())
        m_verdict->addItem(Builtins::ratingLabel(verdict), verdict);
    // A verdict from an older rating scale stays visible rather than silently showing "none".
    if (!m_current.verdict.isEmpty() && m_verdict->findData(m_current.verdict) < 0)
        m_verdict->addItem(Builtins::ratingLabel(m_current.verdict), m_current.verdict);
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(m_current.verdict)));
}

void InspectorDock::refreshEvidence(const Annotation& a)
{
    const qint64 selected = m_evidence->currentItem() ? m_evidence->currentItem()->data(EvidenceIdRole).toLongLong()
                                                       : 0;
    m_evidence->clear();
    for (const EvidenceLink& link : a.evidence) {
        auto* item = new QListWidgetItem(link.title.isEmpty() ? link.url : link.title, m_evidence);
        item->setData(EvidenceIdRole, link.id);
        item->setData(EvidenceUrlRole, link.url);
        item->setToolTip(link.accessed.isValid()
                             ? tr("%1\naccessed %2").arg(link.url, QLocale().toString(link.accessed, QLocale::ShortFormat))
                             : link.url);
        if (link.id == selected)
            m_evidence->setCurrentItem(item);
    }
    updateEvidenceButtons();
}

void InspectorDock::refreshCompleter()
{
    QStringList names;
    if (m_store->isOpen()) {
        for (const Entity& entity : m_store->entities())
            names << entity.name << entity.aliases;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_entityNames->setStringList(names);
}

void InspectorDock::updateSectionVisibility(const Annotation& a)
{
    m_claimBox->setVisible(hasTagBelow(a, "claim") || !a.verdict.isEmpty() || !a.rationale.isEmpty());
    m_speakerBox->setVisible(hasTagBelow(a, "attribution") || a.speaker != 0);
}

bool InspectorDock::hasTagBelow(const Annotation& a, const char* builtin) const
{
    const std::optional<Tag> root = m_store->builtinTag(QString::fromLatin1(builtin));
    return root && std::any_of(a.tags.cbegin(), a.tags.cend(),
                               [&](TagId tag) { return m_tagModel->isDescendantOf(tag, root->id); });
}

void InspectorDock::onTagToggled(TagId tag, bool checked)
{
    if (m_loading || m_id == 0)
        return;
    QList<TagId> tags = m_current.tags;
    if (checked && !tags.contains(tag))
        tags.append(tag);
    else if (!checked)
        tags.removeAll(tag);
    if (!m_store->setAnnotationTags(m_id, tags))
        m_tagModel->setCheckedTags(m_current.tags);
}

void InspectorDock::commitNote()
{
    if (m_loading || m_id == 0)
        return;
    const QScopedValueRollback applying(m_applying, true);
    m_store->setAnnotationNote(m_id, m_note->toPlainText());
}

void InspectorDock::commitRationale()
{
    if (m_loading || m_id == 0)
        return;
    const QScopedValueRollback applying(m_applying, true);
    m_store->setRationale(m_id, m_rationale->toPlainText());
}

void InspectorDock::commitVerdict(int index)
{
    if (m_loading || m_id == 0)
        return;
    const QString verdict = m_verdict->itemData(index).toString();
    if (verdict != m_current.verdict && !m_store->setVerdict(m_id, verdict))
        refreshVerdicts();
}

void InspectorDock::commitSpeaker()
{
    if (m_loading || m_id == 0 || !m_speaker->isModified())
        return;
    m_speaker->setModified(false);
    const QString name = m_speaker->text().simplified();
    const std::optional<Entity> current = m_current.speaker ? m_store->entity(m_current.speaker) : std::nullopt;
    if (current && current->name == name)
        return;
    if (name.isEmpty()) {
        m_store->setSpeaker(m_id, 0);
        return;
    }
    // Creating the entity and naming it as speaker is one step for the user, so one undo step.
    QUndoStack* stack = m_store->undoStack();
    stack->beginMacro(tr("Speaker “%1”").arg(name));
    const EntityId entity = m_store->ensureEntity(name);
    if (entity != 0)
        m_store->setSpeaker(m_id, entity);
    stack->endMacro();
}

void InspectorDock::addEvidence()
{
    if (m_id == 0 || !m_evidencePrompt)
        return;
    const AnnotationId id = m_id;
    const std::optional<EvidenceLink> link = m_evidencePrompt(this);
    if (link && !link->url.isEmpty())
        m_store->addEvidence(id, *link);
}

void InspectorDock::openEvidence()
{
    const QListWidgetItem* item = m_evidence->currentItem();
    if (item && m_urlOpener)
        m_urlOpener(QUrl(item->data(EvidenceUrlRole).toString()));
}

void InspectorDock::removeEvidence()
{
    const QListWidgetItem* item = m_evidence->currentItem();
    if (item && m_id != 0)
        m_store->removeEvidence(m_id, item->data(EvidenceIdRole).toLongLong());
}

void InspectorDock::updateEvidenceButtons()
{
    const bool selected = m_evidence->currentItem() != nullptr;
    m_openEvidence->setEnabled(selected);
    m_removeEvidence->setEnabled(selected && !m_store->isReadOnly());
}

} // namespace Crossread
