// SPDX-License-Identifier: MIT
#include "tagmanagerdialog.h"

#include "roles.h"
#include "store/projectstore.h"
#include "tagmodel.h"
#include "tagswatch.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crossread {

namespace {

// Distinct, mid-saturation colours that stay readable as a blended fill on light and dark themes.
const QColor kNewTagColors[] = {QColor(0x4c, 0x9a, 0xd8), QColor(0x9b, 0x6b, 0xcc), QColor(0x3d, 0xae, 0x8a),
                                QColor(0xe0, 0x8e, 0x3c), QColor(0xd0, 0x5c, 0x8a), QColor(0x8a, 0x9a, 0x3c)};

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& toolTip)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    // Enter in a field must apply that field, not press a button (and certainly not close the dialog).
    button->setAutoDefault(false);
    return button;
}

} // namespace

TagManagerDialog::TagManagerDialog(ProjectStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new TagModel(store, this))
    , m_confirm([](QWidget* p, const QString& title, const QString& question) {
        return QMessageBox::question(p, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    })
    , m_colorPicker([](QWidget* p, const QColor& initial) {
        return QColorDialog::getColor(initial, p, tr("Tag Colour"));
    })
    , m_tree(new QTreeView)
    , m_new(makeButton(tr("&New Tag"), QStringLiteral("newTag"), tr("Create a top-level tag")))
    , m_newSubtag(makeButton(tr("New &Subtag"), QStringLiteral("newSubtag"), tr("Create a tag inside the selected one")))
    , m_delete(makeButton(tr("&Delete"), QStringLiteral("deleteTag"),
                          tr("Delete the selected tag and remove it from its annotations (undoable)")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Tags"));
    setObjectName(QStringLiteral("TagManagerDialog"));
    m_model->setEditable(true);

    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setAccessibleName(tr("Tags"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->header()->setSectionResizeMode(TagModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManagerDialog::loadForm);
    const auto reload = [this] {
        if (!m_loading)
            loadForm();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, reload);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, reload);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);

    connect(m_new, &QPushButton::clicked, this, [this] { createTag(false); });
    connect(m_newSubtag, &QPushButton::clicked, this, [this] { createTag(true); });
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);

    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_new);
    treeButtons->addWidget(m_newSubtag);
    treeButtons->addWidget(m_delete);
    treeButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(buildForm(), 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, 420);

    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    loadForm();
}

TagManagerDialog::~TagManagerDialog()
{
    // Line edits emit editingFinished when they lose focus while being destroyed, after this
    // object's members are gone; nothing must be committed then.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void TagManagerDialog::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void TagManagerDialog::setColorPicker(ColorPicker picker)
{
    m_colorPicker = std::move(picker);
}

TagId TagManagerDialog::currentTag() const
{
    return m_model->tagId(m_tree->currentIndex());
}

void TagManagerDialog::selectTag(TagId id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

QWidget* TagManagerDialog::buildForm()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("tagName"));
    m_name->setAccessibleName(tr("Tag name"));
    connect(m_name, &QLineEdit::editingFinished, this, &TagManagerDialog::commitName);

    m_color = makeButton(QString(), QStringLiteral("tagColor"), tr("Choose the colour passages with this tag are painted in"));
    m_color->setAccessibleName(tr("Tag colour"));
    connect(m_color, &QPushButton::clicked, this, &TagManagerDialog::chooseColor);

    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("tagParent"));
    m_parent->setAccessibleName(tr("Parent tag"));
    m_parent->setToolTip(tr("Nest the tag inside another one"));
    connect(m_parent, &QComboBox::activated, this, &TagManagerDialog::commitParent);

    m_shortcut = new QLineEdit;
    m_shortcut->setObjectName(QStringLiteral("tagShortcut"));
    m_shortcut->setAccessibleName(tr("Shortcut key"));
    m_shortcut->setToolTip(tr("A single key that applies this tag to the selected text"));
    m_shortcut->setMaxLength(1);
    m_shortcut->setMaximumWidth(m_shortcut->fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 12);
    connect(m_shortcut, &QLineEdit::editingFinished, this, &TagManagerDialog::commitShortcut);

    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("tagDescription"));
    m_description->setAccessibleName(tr("Description"));
    connect(m_description, &QLineEdit::editingFinished, this, &TagManagerDialog::commitDescription);

    m_message->setObjectName(QStringLiteral("tagMessage"));
    m_message->setWordWrap(true);

    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Colour:"), m_color);
    layout->addRow(tr("&Parent:"), m_parent);
    layout->addRow(tr("Shortcut &key:"), m_shortcut);
    layout->addRow(tr("D&escription:"), m_description);
    auto* note = new QLabel(tr("Changes apply at once and can be undone with Edit ▸ Undo."));
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addRow(note);
    return form;
}

void TagManagerDialog::loadForm()
{
    const QScopedValueRollback loading(m_loading, true);
    const TagId id = currentTag();
    const Tag tag = m_model->tag(id);
    const bool writable = m_store->isOpen() && !m_store->isReadOnly();
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_color),
                           static_cast<QWidget*>(m_shortcut), static_cast<QWidget*>(m_description)})
        field->setEnabled(id != 0 && writable);
    m_parent->setEnabled(id != 0 && writable && tag.builtin.isEmpty());
    m_new->setEnabled(writable);
    m_newSubtag->setEnabled(writable && id != 0);
    m_delete->setEnabled(writable && id != 0 && tag.builtin.isEmpty());
    m_delete->setToolTip(tag.builtin.isEmpty() ? tr("Delete the selected tag and remove it from its annotations")
                                               : tr("Built-in tags cannot be deleted"));

    m_name->setText(tag.name);
    m_color->setIcon(tagSwatch(tag.color, 16));
    m_color->setText(tag.color.isValid() ? tag.color.name() : QString());
    m_shortcut->setText(tag.shortcut);
    m_description->setText(tag.description);
    refillParentCombo(tag);
}

void TagManagerDialog::refillParentCombo(const Tag& tag)
{
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("(Top level)"), TagId(0));
    const QSet<TagId> excluded = m_model->subtree(tag.id); // nesting a tag in itself would be a loop
    QList<int> depth;
    const QList<TagId> order = m_model->tagsInTreeOrder(&depth);
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (excluded.contains(order.at(i)))
            continue;
        const Tag candidate = m_model->tag(order.at(i));
        m_parent->addItem(tagSwatch(candidate.color), QString(depth.at(i), QChar(0x2003)) + candidate.name,
                          candidate.id);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(tag.parent)));
}

void TagManagerDialog::createTag(bool asSubtag)
{
    Tag tag;
    tag.parent = asSubtag ? currentTag() : 0;
    tag.name = uniqueName(asSubtag ? tr("New subtag") : tr("New tag"));
    tag.color = kNewTagColors[m_store->tags().size() % std::size(kNewTagColors)];
    const TagId id = m_store->addTag(tag);
    if (id == 0) {
        showMessage(m_store->lastError().message);
        return;
    }
    showMessage({});
    selectTag(id);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void TagManagerDialog::deleteTag()
{
    const TagId id = currentTag();
    const Tag tag = m_model->tag(id);
    if (id == 0 || !tag.builtin.isEmpty())
        return;
    const int uses = m_store->annotationCountForTag(id);
    const int subtags = int(m_model->subtree(id).size()) - 1;
    if (uses > 0 || subtags > 0) {
        QStringList parts;
        if (uses > 0)
            parts << tr("“%1” is used by %n annotation(s); it will be removed from them.", nullptr, uses).arg(tag.name);
        if (subtags > 0)
            parts << tr("“%1” contains %n subtag(s).", nullptr, subtags).arg(tag.name);
        parts << tr("Delete it? You can undo this with Edit ▸ Undo.");
        if (!m_confirm || !m_confirm(this, tr("Delete Tag"), parts.join(QLatin1Char(' '))))
            return;
    }
    if (!m_store->removeTag(id))
        showMessage(m_store->lastError().message);
    else
        showMessage({});
}

void TagManagerDialog::chooseColor()
{
    Tag tag = m_model->tag(currentTag());
    if (tag.id == 0 || !m_colorPicker)
        return;
    const QColor color = m_colorPicker(this, tag.color);
    if (!color.isValid() || color == tag.color)
        return;
    tag.color = color;
    update(tag);
}

void TagManagerDialog::commitName()
{
    if (m_loading)
        return;
    Tag tag = m_model->tag(currentTag());
    const QString name = m_name->text().simplified();
    if (tag.id == 0 || name == tag.name)
        return;
    if (name.isEmpty()) {
        showMessage(tr("A tag needs a name."));
        m_name->setText(tag.name);
        return;
    }
    const std::optional<Tag> other = m_store->tagByName(name);
    if (other && other->id != tag.id) {
        showMessage(tr("There is already a tag called “%1”.").arg(other->name));
        m_name->setText(tag.name);
        return;
    }
    tag.name = name;
    update(tag);
}

void TagManagerDialog::commitShortcut()
{
    if (m_loading)
        return;
    Tag tag = m_model->tag(currentTag());
    const QString key = m_shortcut->text().trimmed();
    if (tag.id == 0 || key == tag.shortcut)
        return;
    if (!key.isEmpty()) {
        for (const Tag& other : m_store->tags()) {
            if (other.id != tag.id && other.shortcut.compare(key, Qt::CaseInsensitive) == 0) {
                showMessage(tr("The key %1 already applies “%2”.").arg(key, other.name));
                m_shortcut->setText(tag.shortcut);
                return;
            }
        }
    }
    tag.shortcut = key;
    update(tag);
}

void TagManagerDialog::commitDescription()
{
    if (m_loading)
        return;
    Tag tag = m_model->tag(currentTag());
    const QString description = m_description->text().trimmed();
    if (tag.id == 0 || description == tag.description)
        return;
    tag.description = description;
    update(tag);
}

void TagManagerDialog::commitParent(int index)
{
    if (m_loading)
        return;
    Tag tag = m_model->tag(currentTag());
    const TagId parent = m_parent->itemData(index).toLongLong();
    if (tag.id == 0 || parent == tag.parent)
        return;
    tag.parent = parent;
    if (update(tag))
        selectTag(tag.id); // the row moved; keep it current
}

bool TagManagerDialog::update(const Tag& tag)
{
    if (m_store->updateTag(tag)) {
        showMessage({});
        return true;
    }
    showMessage(m_store->lastError().message);
    loadForm();
    return false;
}

void TagManagerDialog::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString TagManagerDialog::uniqueName(const QString& base) const
{
    QString name = base;
    for (int n = 2; m_store->tagByName(name); ++n)
        name = tr("%1 %2", "tag name and a number making it unique").arg(base).arg(n);
    return name;
}

} // namespace Crossread
