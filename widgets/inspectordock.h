// SPDX-License-Identifier: MIT
#pragma once

#include "store/types.h"

#include <QDockWidget>
#include <functional>
#include <optional>

class QComboBox;
class QCompleter;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QStringListModel;
class QTreeView;
class QUrl;

namespace Crossread {

class ProjectStore;
class SpellService;
class SpellTextEdit;
class TagModel;

/// Everything about the selected annotation, editable: tags (check boxes in their colours),
/// note, verdict and rationale (claims), speaker (attributions) and evidence links.
///
/// Every edit goes straight to the store as an undoable command; typing in the note or rationale
/// merges into one undo step per field (the store merges consecutive edits). Changes arriving
/// from elsewhere (undo, another view) update the fields without disturbing the one being typed in.
class InspectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDock)

public:
    using EvidencePrompt = std::function<std::optional<EvidenceLink>(QWidget* parent)>;
    using UrlOpener = std::function<void(const QUrl& url)>;

    explicit InspectorDock(ProjectStore* store, QWidget* parent = nullptr);
    ~InspectorDock() override;

    AnnotationId annotation() const { return m_id; }

    /// Replaces the "Add link" dialog (tests, scripted use). The default runs EvidenceLinkDialog.
    void setEvidencePrompt(EvidencePrompt prompt);
    /// Replaces how links are opened. The default is QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener);
    /// Spell-checks the note and the rationale with the service's checker (none by default).
    void setSpellService(SpellService* service);

public Q_SLOTS:
    /// Shows `id`; 0 shows a hint instead.
    void setAnnotation(Crossread::AnnotationId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateWarningColour();
    /// Keeps the dock as wide as its fields need, so that squeezed by many columns it narrows
    /// the columns instead of hiding half of each field behind a horizontal scroll bar.
    void updateMinimumWidth();
    QWidget* buildEditor();
    QGroupBox* buildClaimBox();
    QGroupBox* buildSpeakerBox();
    QGroupBox* buildEvidenceBox();
    void refresh();
    void refreshHeader(const Annotation& a);
    void refreshVerdicts();
    void refreshEvidence(const Annotation& a);
    void refreshCompleter();
    void updateSectionVisibility(const Annotation& a);
    bool hasTagBelow(const Annotation& a, const char* builtin) const;
    void onTagToggled(TagId tag, bool checked);
    void commitNote();
    void commitRationale();
    void commitVerdict(int index);
    void commitSpeaker();
    void addEvidence();
    void openEvidence();
    void removeEvidence();
    void updateEvidenceButtons();

    ProjectStore* m_store;
    TagModel* m_tagModel;
    AnnotationId m_id = 0;
    Annotation m_current;
    bool m_loading = false; // fields are being filled from the store: do not write back
    bool m_applying = false; // a field is writing to the store: do not overwrite text being typed
    EvidencePrompt m_evidencePrompt;
    UrlOpener m_urlOpener;

    QStackedWidget* m_stack;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_hint;
    QLabel* m_quote;
    QLabel* m_source;
    QLabel* m_orphaned = nullptr;
    QTreeView* m_tags;
    SpellTextEdit* m_note;
    QGroupBox* m_claimBox;
    QComboBox* m_verdict;
    SpellTextEdit* m_rationale;
    QGroupBox* m_speakerBox;
    QLineEdit* m_speaker;
    QCompleter* m_completer;
    QStringListModel* m_entityNames;
    QGroupBox* m_evidenceBox;
    QListWidget* m_evidence;
    QPushButton* m_addEvidence;
    QPushButton* m_openEvidence;
    QPushButton* m_removeEvidence;
};

} // namespace Crossread
