// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Crossread {

class ProjectStore;
class SpellService;
class SpellTextEdit;

/// A document's properties: title, outlet, author, publication date (or "unknown"), address and
/// language can be edited; encoding, original file name, length and import notes are shown.
/// OK stores the edits as one undoable step (ProjectStore::setDocumentMetadata).
class DocumentPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPropertiesDialog)

public:
    /// `spelling` may be null (no checking).
    DocumentPropertiesDialog(ProjectStore* store, DocumentId document, SpellService* spelling, QWidget* parent = nullptr);
    ~DocumentPropertiesDialog() override;

    /// The metadata as the fields now say.
    DocumentMetadata metadata() const;

public Q_SLOTS:
    /// Stores the edits (when there are any) and closes; stays open if the store refuses.
    void accept() override;

private:
    void load(const Document& document);
    void validate();

    ProjectStore* m_store;
    DocumentId m_document;
    DocumentMetadata m_original;
    SpellTextEdit* m_title;
    SpellTextEdit* m_outlet;
    SpellTextEdit* m_author;
    QDateEdit* m_date;
    QCheckBox* m_dateUnknown;
    QLineEdit* m_url;
    QComboBox* m_language;
    QLabel* m_fileName;
    QLabel* m_encoding;
    QLabel* m_length;
    QLabel* m_imported;
    QLabel* m_notes;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace Crossread
