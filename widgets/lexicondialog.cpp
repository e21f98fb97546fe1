// SPDX-License-Identifier: MIT
#include "lexicondialog.h"

#include "cues/cuescanner.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crossread {

LexiconDialog::LexiconDialog(ProjectStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget)
    , m_newTerm(new QLineEdit)
    , m_add(new QPushButton(tr("&Add")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_reset(new QPushButton(tr("Reset to &Defaults")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Loaded Vocabulary"));
    setObjectName(QStringLiteral("LexiconDialog"));
    m_list->setObjectName(QStringLiteral("lexiconList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_newTerm->setObjectName(QStringLiteral("newTerm"));
    m_newTerm->setPlaceholderText(tr("New term, e.g. “special military operation”"));
    m_message->setObjectName(QStringLiteral("lexiconMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_add->setDefault(true); // Return in the term field adds (QLineEdit passes Return on to the default button)

    auto* intro = new QLabel(tr("Terms outlined as loaded or framing vocabulary in this project. "
                                "Matching ignores case; a space matches any line break."));
    intro->setWordWrap(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newTerm, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_reset);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(close);

    // A modal dialog keeps the main window's Undo out of reach: offer it here too.
    if (m_store && m_store->undoStack()) {
        QAction* undo = m_store->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        QAction* redo = m_store->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addActions({undo, redo});
    }

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &LexiconDialog::addTerm);
    connect(m_newTerm, &QLineEdit::textChanged, this, &LexiconDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &LexiconDialog::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, &LexiconDialog::resetToDefaults);
    connect(m_list, &QListWidget::itemChanged, this, &LexiconDialog::onItemChanged);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LexiconDialog::updateButtons);
    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &LexiconDialog::removeSelected);
    if (m_store)
        connect(m_store, &ProjectStore::settingsChanged, this, &LexiconDialog::reload);
    reload();
    resize(420, 460);
}

LexiconDialog::~LexiconDialog() = default;

QStringList LexiconDialog::projectLexicon(const ProjectStore& store)
{
    return CueScanner::lexiconFromSetting(store.setting(CueScanner::lexiconSettingKey()));
}

QStringList LexiconDialog::terms() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void LexiconDialog::reload()
{
    const QStringList current = m_store && m_store->isOpen() ? projectLexicon(*m_store) : QStringList();
    if (current == terms()) { // an edit in place already shows what was stored
        updateButtons();
        return;
    }
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_reloading = true;
    m_list->clear();
    const bool writable = m_store && m_store->isOpen() && !m_store->isReadOnly();
    for (const QString& term : current) {
        auto* item = new QListWidgetItem(term, m_list);
        if (writable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (term == selected)
            m_list->setCurrentItem(item);
    }
    m_reloading = false;
    updateButtons();
}

QString LexiconDialog::problemWith(const QString& term, const QStringList& others) const
{
    if (term.isEmpty())
        return tr("A term cannot be empty.");
    if (others.contains(term, Qt::CaseInsensitive))
        return tr("“%1” is already in the lexicon.").arg(term);
    return {};
}

void LexiconDialog::addTerm()
{
    const QString term = m_newTerm->text().simplified();
    const QStringList current = terms();
    if (const QString problem = problemWith(term, current); !problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    if (commit(current + QStringList{term})) {
        m_newTerm->clear();
        const QList<QListWidgetItem*> found = m_list->findItems(term, Qt::MatchFixedString);
        if (!found.isEmpty())
            m_list->setCurrentItem(found.first());
    }
}

void LexiconDialog::removeSelected()
{
    QStringList remaining;
    bool removed = false;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            removed = true;
        else
            remaining.append(m_list->item(i)->text());
    }
    if (removed)
        commit(remaining);
}

void LexiconDialog::resetToDefaults()
{
    commit(CueScanner::defaultLexicon());
}

void LexiconDialog::onItemChanged(QListWidgetItem* item)
{
    if (m_reloading)
        return;
    const QString term = item->text().simplified();
    QStringList others = projectLexicon(*m_store);
    const int row = m_list->row(item);
    const QString before = row < others.size() ? others.takeAt(row) : QString();
    if (term == before)
        return;
    if (const QString problem = problemWith(term, others); !problem.isEmpty()) {
        showMessage(problem);
        m_reloading = true;
        item->setText(before); // the stored lexicon did not change
        m_reloading = false;
        return;
    }
    others.insert(std::min<qsizetype>(row, others.size()), term);
    commit(others);
}

bool LexiconDialog::commit(const QStringList& newTerms)
{
    if (!m_store || !m_store->isOpen())
        return false;
    m_message->setVisible(false);
    if (!m_store->setSetting(CueScanner::lexiconSettingKey(), CueScanner::lexiconToSetting(newTerms))) {
        showMessage(tr("The lexicon could not be saved."));
        reload();
        return false;
    }
    reload(); // settingsChanged may arrive later; the list shows the stored state now
    return true;
}

void LexiconDialog::updateButtons()
{
    const bool writable = m_store && m_store->isOpen() && !m_store->isReadOnly();
    m_add->setEnabled(writable && !m_newTerm->text().trimmed().isEmpty());
    m_newTerm->setEnabled(writable);
    m_remove->setEnabled(writable && !m_list->selectedItems().isEmpty());
    m_reset->setEnabled(writable && terms() != CueScanner::defaultLexicon());
}

void LexiconDialog::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

} // namespace Crossread
