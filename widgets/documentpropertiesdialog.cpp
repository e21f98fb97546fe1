// SPDX-License-Identifier: MIT
#include "documentpropertiesdialog.h"

#include "evidencelinkdialog.h"
#include "spelltextedit.h"
#include "store/projectstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crossread {

namespace {

SpellTextEdit* textField(const QString& objectName, const QString& accessibleName, SpellService* spelling)
{
    auto* edit = new SpellTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setSingleLine(true);
    edit->setSpellService(spelling);
    return edit;
}

QLabel* infoLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// Languages the importer detects, offered first; any other BCP 47 code can be typed.
const char* const KnownLanguages[] = {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "uk", "ko", "ja", "zh", "el", "ar", "he"};

QString languageLabel(const QString& code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    return DocumentPropertiesDialog::tr("%1 (%2)", "language name (code)")
        .arg(QLocale::languageToString(locale.language()), code);
}

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(ProjectStore* store, DocumentId document, SpellService* spelling,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(document)
    , m_title(textField(QStringLiteral("propertiesTitle"), tr("Title"), spelling))
    , m_outlet(textField(QStringLiteral("propertiesOutlet"), tr("Outlet"), spelling))
    , m_author(textField(QStringLiteral("propertiesAuthor"), tr("Author"), spelling))
    , m_date(new QDateEdit)
    , m_dateUnknown(new QCheckBox(tr("&Unknown")))
    , m_url(new QLineEdit)
    , m_language(new QComboBox)
    , m_fileName(infoLabel(QStringLiteral("propertiesFileName")))
    , m_encoding(infoLabel(QStringLiteral("propertiesEncoding")))
    , m_length(infoLabel(QStringLiteral("propertiesLength")))
    , m_imported(infoLabel(QStringLiteral("propertiesImported")))
    , m_notes(infoLabel(QStringLiteral("propertiesNotes")))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("DocumentPropertiesDialog"));
    setWindowTitle(tr("Document Properties"));

    m_date->setObjectName(QStringLiteral("propertiesDate"));
    m_date->setAccessibleName(tr("Publication date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_dateUnknown->setObjectName(QStringLiteral("propertiesDateUnknown"));
    m_dateUnknown->setAccessibleName(tr("Publication date unknown"));
    connect(m_dateUnknown, &QCheckBox::toggled, m_date, &QWidget::setDisabled);
    m_url->setObjectName(QStringLiteral("propertiesUrl"));
    m_url->setAccessibleName(tr("Address"));
    m_url->setPlaceholderText(tr("https://…"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::validate);
    m_language->setObjectName(QStringLiteral("propertiesLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of the text, as a code such as “en” or “uk”"));
    m_language->addItem(tr("Unknown", "language"), QString());
    for (const char* code : KnownLanguages)
        m_language->addItem(languageLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_problem->setObjectName(QStringLiteral("propertiesProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, isDarkPalette(palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_dateUnknown);

    auto* edit = new QGroupBox(tr("Description"));
    auto* form = new QFormLayout(edit);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Published:"), dateRow);
    form->addRow(tr("Add&ress:"), m_url);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_problem);

    auto* info = new QGroupBox(tr("As imported"));
    auto* infoForm = new QFormLayout(info);
    infoForm->addRow(tr("File:"), m_fileName);
    infoForm->addRow(tr("Encoding:"), m_encoding);
    infoForm->addRow(tr("Length:"), m_length);
    infoForm->addRow(tr("Imported:"), m_imported);
    infoForm->addRow(tr("Notes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(edit);
    layout->addWidget(info);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const std::optional<Document> doc = store->isOpen() ? store->document(document) : std::nullopt)
        load(*doc);
    else
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const bool writable = store->isOpen() && !store->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_outlet, m_author, m_date, m_dateUnknown, m_url, m_language})
        w->setEnabled(writable);
    m_date->setEnabled(writable && !m_dateUnknown->isChecked());
    if (!writable)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

DocumentPropertiesDialog::~DocumentPropertiesDialog() = default;

void DocumentPropertiesDialog::load(const Document& doc)
{
    const DocumentMetadata& m = doc.meta;
    m_original = m;
    m_title->setPlainText(m.title);
    m_outlet->setPlainText(m.outlet);
    m_author->setPlainText(m.author);
    m_dateUnknown->setChecked(!m.published.isValid());
    m_date->setDisabled(!m.published.isValid());
    m_date->setDate(m.published.isValid() ? m.published : doc.importedAt.date().isValid() ? doc.importedAt.date()
                                                                                          : QDate::currentDate());
    m_url->setText(m.url);
    int language = m_language->findData(m.language);
    if (language < 0) { // a code the list does not know is kept as it is
        m_language->addItem(languageLabel(m.language), m.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);

    const QLocale locale;
    m_fileName->setText(doc.originalFileName.isEmpty() ? tr("(none)") : doc.originalFileName);
    m_encoding->setText(doc.encoding.isEmpty() ? tr("(not recorded)") : doc.encoding);
    m_length->setText(tr("%1 characters, %n annotation(s)", nullptr, doc.annotationCount)
                          .arg(locale.toString(doc.length)));
    m_imported->setText(doc.importedAt.isValid() ? locale.toString(doc.importedAt.toLocalTime(), QLocale::LongFormat)
                                                 : tr("(not recorded)"));
    m_notes->setText(doc.importNotes.isEmpty() ? tr("(none)") : doc.importNotes);
    setWindowTitle(tr("Properties of “%1”").arg(m.title.isEmpty() ? doc.originalFileName : m.title));
}

DocumentMetadata DocumentPropertiesDialog::metadata() const
{
    DocumentMetadata m;
    m.title = m_title->toPlainText().simplified();
    m.outlet = m_outlet->toPlainText().simplified();
    m.author = m_author->toPlainText().simplified();
    m.published = m_dateUnknown->isChecked() ? QDate() : m_date->date();
    const QString url = m_url->text().trimmed();
    const QString normalized = EvidenceLinkDialog::normalizedUrl(url);
    m.url = normalized.isEmpty() ? url : normalized;
    m.language = m_language->currentData().toString();
    return m;
}

void DocumentPropertiesDialog::validate()
{
    const QString url = m_url->text().trimmed();
    const bool urlOk = url.isEmpty() || !EvidenceLinkDialog::normalizedUrl(url).isEmpty();
    m_problem->setText(urlOk ? QString() : tr("The address is not a web address (https://…)."));
    m_problem->setVisible(!urlOk);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(urlOk && m_store->isOpen() && !m_store->isReadOnly() && m_document != 0);
}

void DocumentPropertiesDialog::accept()
{
    const DocumentMetadata edited = metadata();
    if (edited != m_original && !m_store->setDocumentMetadata(m_document, edited)) {
        m_problem->setText(tr("The changes could not be saved: %1").arg(m_store->lastError().message));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Crossread
