<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddEntityCommand</name>
    <message>
        <source>Add speaker “%1”</source>
        <translation>Sprecher „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddRevisionCommand</name>
    <message>
        <source>Import a new revision of “%1”</source>
        <translation>Neue Revision von „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>Tag „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>Show schema version and counts per table</source>
        <translation>Schemaversion und Zeilen je Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Check integrity and verify every annotation&apos;s quote</source>
        <translation>Integrität prüfen und das Zitat jeder Annotation verifizieren</translation>
    </message>
    <message>
        <source>Import text, Markdown, HTML or PDF files as documents</source>
        <translation>Text-, Markdown-, HTML- oder PDF-Dateien als Dokumente importieren</translation>
    </message>
    <message>
        <source>List the documents with their metadata</source>
        <translation>Die Dokumente mit ihren Metadaten auflisten</translation>
    </message>
    <message>
        <source>Print a document&apos;s stored text exactly as offsets count it</source>
        <translation>Den gespeicherten Text eines Dokuments genau so ausgeben, wie Offsets ihn zählen</translation>
    </message>
    <message>
        <source>Annotate code points [N, M) of a document</source>
        <translation>Codepunkte [N, M) eines Dokuments annotieren</translation>
    </message>
    <message>
        <source>Print every annotation with its anchor</source>
        <translation>Jede Annotation mit ihrem Anker ausgeben</translation>
    </message>
    <message>
        <source>Print statements rendered in several documents</source>
        <translation>Aussagen ausgeben, die in mehreren Dokumenten wiedergegeben werden</translation>
    </message>
    <message>
        <source>Print suggested attributions, claims and unverified passages</source>
        <translation>Vorgeschlagene Zuschreibungen, Behauptungen und unbestätigte Passagen ausgeben</translation>
    </message>
    <message>
        <source>Export annotations (CSV, W3C, ClaimReview) or a report (HTML, PDF)</source>
        <translation>Annotationen (CSV, W3C, ClaimReview) oder einen Bericht (HTML, PDF) exportieren</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations, re-anchoring each one</source>
        <translation>W3C-Webannotationen importieren und jede neu verankern</translation>
    </message>
    <message>
        <source>Usage: crossread-cli COMMAND [ARGUMENTS…]</source>
        <translation>Aufruf: crossread-cli BEFEHL [ARGUMENTE…]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;crossread-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„crossread-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown command &apos;%1&apos;. Run &apos;crossread-cli --help&apos;.</source>
        <translation>crossread-cli: unbekannter Befehl „%1“. Siehe „crossread-cli --help“.</translation>
    </message>
    <message>
        <source>Full-text search of document text, titles and notes</source>
        <translation>Volltextsuche in Dokumenttext, Titeln und Notizen</translation>
    </message>
    <message>
        <source>Print claim records with their anchors and verdict</source>
        <translation>Behauptungseinträge mit ihren Ankern und ihrem Urteil ausgeben</translation>
    </message>
    <message>
        <source>Make statement clusters N… claim records</source>
        <translation>Aussagen-Cluster N… zu Behauptungseinträgen machen</translation>
    </message>
    <message>
        <source>Print the coverage matrix of claims by outlet</source>
        <translation>Die Abdeckungsmatrix der Behauptungen nach Medium ausgeben</translation>
    </message>
    <message>
        <source>Print when each outlet carried each claim</source>
        <translation>Ausgeben, wann welches Medium welche Behauptung gebracht hat</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterActions</name>
    <message>
        <source>Confirm statement cluster</source>
        <translation>Aussagen-Cluster bestätigen</translation>
    </message>
    <message>
        <source>Split statement cluster</source>
        <translation>Aussagen-Cluster aufteilen</translation>
    </message>
    <message>
        <source>Give verdict to the same statement</source>
        <translation>Dieselbe Aussage gleich bewerten</translation>
    </message>
</context>
<context>
    <name>Crossread</name>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Quoted directly</source>
        <translation>Direkt zitiert</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Sinngemäß wiedergegeben</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Anonyme Quelle</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Eingeschränkt</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>„%1“ annotieren</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>Tag „%1“ auf „%2“</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationsCommand</name>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation hinzufügen</numerusform>
            <numerusform>%n Annotationen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AddDocumentCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationImporter</name>
    <message>
        <source>The collection&apos;s pages are not in the file (it only links to %1).</source>
        <translation>Die Seiten der Sammlung sind nicht in der Datei (sie verweist nur auf %1).</translation>
    </message>
    <message>
        <source>The file holds no W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>Die Datei enthält keine W3C-Webannotationen (keine Annotation, AnnotationPage oder AnnotationCollection).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>no document in the project matches %1</source>
        <translation>kein Dokument im Projekt passt zu %1</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>no quote, and its position is not inside the document</source>
        <translation>kein Zitat, und die Position liegt nicht im Dokument</translation>
    </message>
    <message>
        <source>the quote was not found in the document</source>
        <translation>das Zitat wurde im Dokument nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation importieren</numerusform>
            <numerusform>%n Annotationen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotations could not be stored: %1</source>
        <translation>Die Annotationen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>%1

The text at this position no longer matches the quote.</source>
        <translation>%1

Der Text an dieser Stelle stimmt nicht mehr mit dem Zitat überein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between tag names</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>Zur &amp;Passage springen</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <source>Filter annotations…</source>
        <translation>Annotationen filtern…</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>Annotationen nach Text filtern</translation>
    </message>
    <message>
        <source>Show only annotations whose quote, note, tags, speaker, verdict or document contain all of these words</source>
        <translation>Nur Annotationen anzeigen, deren Zitat, Notiz, Tags, Sprecher, Urteil oder Dokument alle diese Wörter enthält</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Show only annotations with this tag or one of its subtags</source>
        <translation>Nur Annotationen mit diesem Tag oder einem seiner Unter-Tags anzeigen</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Nach Dokument filtern</translation>
    </message>
    <message>
        <source>Show only annotations in this document</source>
        <translation>Nur Annotationen in diesem Dokument anzeigen</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Urteil filtern</translation>
    </message>
    <message>
        <source>Show only annotations with this verdict</source>
        <translation>Nur Annotationen mit diesem Urteil anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Beliebiges Urteil</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 von %n Annotation angezeigt</numerusform>
            <numerusform>%1 von %n Annotationen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimBuilder</name>
    <message>
        <source>Claim from statement “%1”</source>
        <translation>Behauptung aus Aussage „%1“</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimColumnProxy</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Erschienen in</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimPanel</name>
    <message>
        <source>Claim record</source>
        <translation>Behauptungseintrag</translation>
    </message>
    <message>
        <source>Remove from Claim</source>
        <translation>Aus Behauptung entfernen</translation>
    </message>
    <message>
        <source>One verdict for this statement in every outlet that carries it</source>
        <translation>Ein Urteil für diese Aussage in jedem Medium, das sie bringt</translation>
    </message>
    <message>
        <source>Verdict of the claim</source>
        <translation>Urteil der Behauptung</translation>
    </message>
    <message>
        <source>Rationale of the claim</source>
        <translation>Begründung der Behauptung</translation>
    </message>
    <message>
        <source>This annotation no longer anchors the claim; the annotation stays</source>
        <translation>Diese Annotation verankert die Behauptung nicht mehr; die Annotation bleibt erhalten</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Carried by:</source>
        <translation>Erschienen in:</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n anchor(s))</source>
        <translation>
            <numerusform>%1 (%n Anker)</numerusform>
            <numerusform>%1 (%n Anker)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimReviewExporter</name>
    <message>
        <source>Unproven</source>
        <translation>Unbewiesen</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Independent fact-check</source>
        <translation>Unabhängiger Faktencheck</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist. Create it first with: crossread-cli new %1</source>
        <translation>crossread-cli: Das Projekt „%1“ existiert nicht. Legen Sie es zuerst an mit: crossread-cli new %1</translation>
    </message>
    <message>
        <source>crossread-cli: cannot open &apos;%1&apos;: %2</source>
        <translation>crossread-cli: „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</source>
        <translation>Aufruf: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</translation>
    </message>
    <message>
        <source>Imports text, Markdown, HTML and PDF files into an existing project; folders are searched recursively.</source>
        <translation>Importiert Text-, Markdown-, HTML- und PDF-Dateien in ein bestehendes Projekt; Ordner werden rekursiv durchsucht.</translation>
    </message>
    <message>
        <source>crossread-cli: --max-size needs a positive number of megabytes</source>
        <translation>crossread-cli: --max-size braucht eine positive Anzahl Megabyte</translation>
    </message>
    <message>
        <source>[%1/%2] done</source>
        <translation>[%1/%2] fertig</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 failed</source>
        <translation>%1 importiert, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Usage: crossread-cli list PROJECT [--json]</source>
        <translation>Aufruf: crossread-cli list PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli text PROJECT DOC</source>
        <translation>Aufruf: crossread-cli text PROJECT DOC</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a document id (see &apos;crossread-cli list&apos;)</source>
        <translation>crossread-cli: „%1“ ist keine Dokument-ID (siehe „crossread-cli list“)</translation>
    </message>
    <message>
        <source>crossread-cli: no document %1 in &apos;%2&apos;</source>
        <translation>crossread-cli: kein Dokument %1 in „%2“</translation>
    </message>
    <message>
        <source>Writes the project&apos;s annotations as CSV, W3C Web Annotations (wadm), schema.org ClaimReview, or a report in HTML or PDF. An existing FILE is only replaced with --force; --bom starts a CSV with a byte order mark for spreadsheet programs.</source>
        <translation>Schreibt die Annotationen des Projekts als CSV, W3C-Webannotationen (wadm), schema.org-ClaimReview oder als Bericht in HTML oder PDF. Eine vorhandene FILE wird nur mit --force ersetzt; --bom beginnt eine CSV-Datei mit einer Bytereihenfolge-Markierung für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unbekannte Option %1.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>export needs PROJECT, --format and -o FILE.</source>
        <translation>export braucht PROJECT, --format und -o FILE.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use one of: %2).</source>
        <translation>unbekanntes Format „%1“ (verwenden Sie eines von: %2).</translation>
    </message>
    <message>
        <source>--bom only applies to --format csv.</source>
        <translation>--bom gilt nur für --format csv.</translation>
    </message>
    <message>
        <source>crossread-cli: %1 already exists; add --force to replace it.</source>
        <translation>crossread-cli: %1 existiert bereits; fügen Sie --force hinzu, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>crossread-cli: %1</source>
        <translation>crossread-cli: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations into the project&apos;s documents, re-anchoring each one by position, by quote and context, or by an approximate match, and lists those that could not be anchored.</source>
        <translation>Importiert W3C-Webannotationen in die Dokumente des Projekts, verankert jede neu – nach Position, nach Zitat und Kontext oder durch eine ungefähre Übereinstimmung – und listet jene auf, die nicht verankert werden konnten.</translation>
    </message>
    <message>
        <source>import-annotations needs PROJECT and FILE.</source>
        <translation>import-annotations braucht PROJECT und FILE.</translation>
    </message>
    <message>
        <source>Anchored %1 of %2 annotations (%3 by position, %4 by quote, %5 approximately).</source>
        <translation>%1 von %2 Annotationen verankert (%3 nach Position, %4 nach Zitat, %5 ungefähr).</translation>
    </message>
    <message>
        <source>Created %1 tags and %2 speakers.</source>
        <translation>%1 Tags und %2 Sprecher angelegt.</translation>
    </message>
    <message>
        <source>Not anchored: #%1 %2 “%3”: %4</source>
        <translation>Nicht verankert: #%1 %2 „%3“: %4</translation>
    </message>
    <message>
        <source>crossread-cli: no document &apos;%1&apos; in the project (see: crossread-cli list FILE).</source>
        <translation>crossread-cli: kein Dokument „%1“ im Projekt (siehe: crossread-cli list FILE).</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names %2 documents; use the document&apos;s id.</source>
        <translation>crossread-cli: „%1“ bezeichnet %2 Dokumente; verwenden Sie die ID des Dokuments.</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new braucht genau eine FILE.</translation>
    </message>
    <message>
        <source>Created %1 (format version %2).</source>
        <translation>%1 angelegt (Formatversion %2).</translation>
    </message>
    <message>
        <source>info needs exactly one FILE.</source>
        <translation>info braucht genau eine FILE.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Format version: %1 (this build writes %2)</source>
        <translation>Formatversion: %1 (dieser Build schreibt %2)</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen je Tabelle:</translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check braucht genau eine FILE.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>document %1: the original bytes do not match their SHA-256</source>
        <translation>Dokument %1: Die Originalbytes passen nicht zu ihrem SHA-256</translation>
    </message>
    <message>
        <source>document %1: the stored length does not match the text</source>
        <translation>Dokument %1: Die gespeicherte Länge passt nicht zum Text</translation>
    </message>
    <message>
        <source>annotation %1 in document %2: the quote “%3” does not match the text at [%4, %5): “%6”</source>
        <translation>Annotation %1 in Dokument %2: Das Zitat „%3“ passt nicht zum Text bei [%4, %5): „%6“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n Problem gefunden.</numerusform>
            <numerusform>%1: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (%2 documents, %3 annotations verified).</source>
        <translation>%1: ok (%2 Dokumente, %3 Annotationen verifiziert).</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1 braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--tag needs a tag name.</source>
        <translation>--tag braucht einen Tag-Namen.</translation>
    </message>
    <message>
        <source>annotate needs FILE and DOC.</source>
        <translation>annotate braucht FILE und DOC.</translation>
    </message>
    <message>
        <source>annotate needs --start and --end.</source>
        <translation>annotate braucht --start und --end.</translation>
    </message>
    <message>
        <source>annotate needs at least one --tag.</source>
        <translation>annotate braucht mindestens ein --tag.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag &apos;%1&apos; (tags: %2).</source>
        <translation>crossread-cli: kein Tag „%1“ (Tags: %2).</translation>
    </message>
    <message>
        <source>annotations needs FILE and optionally DOC.</source>
        <translation>annotations braucht FILE und optional DOC.</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <source>Prints the suggested annotations (attributions with their speaker, claims, unverified passages) of every document, or of DOC (an id, title or file name); rejected ones are left out.</source>
        <translation>Gibt die vorgeschlagenen Annotationen (Zuschreibungen mit ihrem Sprecher, Behauptungen, unbestätigte Passagen) jedes Dokuments aus oder von DOC (eine ID, ein Titel oder Dateiname); abgelehnte werden weggelassen.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;.</source>
        <translation>crossread-cli: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>crossread-cli: suggest needs a PROJECT and at most one DOC.</source>
        <translation>crossread-cli: suggest braucht ein PROJECT und höchstens ein DOC.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names several documents; use the document&apos;s id.</source>
        <translation>crossread-cli: „%1“ bezeichnet mehrere Dokumente; verwenden Sie die ID des Dokuments.</translation>
    </message>
    <message>
        <source>Find passages in different documents that render the same statement.</source>
        <translation>Passagen in verschiedenen Dokumenten finden, die dieselbe Aussage wiedergeben.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 Cluster</translation>
    </message>
    <message>
        <source>Search document text, titles and notes. QUERY takes &quot;phrases&quot;, prefix*, AND, OR, NOT and parentheses; case and diacritics are ignored. Prints document, field, code point offsets and a snippet with the hit in [brackets].</source>
        <translation>Durchsucht Dokumenttext, Titel und Notizen. QUERY versteht &quot;Phrasen&quot;, Präfix*, AND, OR, NOT und Klammern; Groß-/Kleinschreibung und diakritische Zeichen werden ignoriert. Gibt Dokument, Feld, Codepunkt-Offsets und einen Ausschnitt mit dem Treffer in [eckigen Klammern] aus.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>--limit braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--in takes text, title and note separated by commas, not &apos;%1&apos;.</source>
        <translation>--in erwartet text, title und note, durch Kommas getrennt, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 braucht ein Datum im Format JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist.</source>
        <translation>crossread-cli: Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag named &apos;%1&apos;.</source>
        <translation>crossread-cli: kein Tag namens „%1“.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Behauptung %1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>crossread-cli: there is no cluster %1 (see &apos;crossread-cli clusters&apos;).</source>
        <translation>crossread-cli: Es gibt keinen Cluster %1 (siehe „crossread-cli clusters“).</translation>
    </message>
    <message>
        <source>crossread-cli: cluster %1: %2</source>
        <translation>crossread-cli: Cluster %1: %2</translation>
    </message>
    <message>
        <source>cluster %1 → claim %2</source>
        <translation>Cluster %1 → Behauptung %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made or extended</source>
        <translation>
            <numerusform>%n Behauptung angelegt oder erweitert</numerusform>
            <numerusform>%n Behauptungen angelegt oder erweitert</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the claim records with their anchors and verdict; --from-clusters first makes a claim record of every statement cluster.</source>
        <translation>Gibt die Behauptungseinträge mit ihren Ankern und ihrem Urteil aus; --from-clusters macht zuvor aus jedem Aussagen-Cluster einen Behauptungseintrag.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;</source>
        <translation>crossread-cli: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>Confirm statement clusters N… (numbered as &apos;crossread-cli clusters&apos; prints them) and make each a claim record.</source>
        <translation>Bestätigt die Aussagen-Cluster N… (nummeriert, wie „crossread-cli clusters“ sie ausgibt) und macht aus jedem einen Behauptungseintrag.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a cluster number</source>
        <translation>crossread-cli: „%1“ ist keine Cluster-Nummer</translation>
    </message>
    <message>
        <source>Print the coverage matrix: claim records and speakers by outlet, with prominence and framing.</source>
        <translation>Gibt die Abdeckungsmatrix aus: Behauptungseinträge und Sprecher nach Medium, mit Platzierung und Framing.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>omitted</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports FILE as a newer revision of document DOC and re-anchors every annotation onto it, printing what moved, what was reworded and what is orphaned or ambiguous.</source>
        <translation>Importiert FILE als neuere Revision des Dokuments DOC, verankert jede Annotation darauf neu und gibt aus, was verschoben, was umformuliert und was verwaist oder mehrdeutig ist.</translation>
    </message>
    <message>
        <source>document %1 is revision %2 of document %3</source>
        <translation>Dokument %1 ist Revision %2 von Dokument %3</translation>
    </message>
    <message>
        <source>found %1 times; the context does not tell which: not attached</source>
        <translation>%1-mal gefunden; der Kontext lässt nicht erkennen, welche Stelle gemeint ist: nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 unchanged, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned</source>
        <translation>%1 unverändert, %2 verschoben, %3 umformuliert, %4 mehrdeutig, %5 verwaist</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</source>
        <translation>Aufruf: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</source>
        <translation>Aufruf: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import-annotations PROJECT FILE</source>
        <translation>Aufruf: crossread-cli import-annotations PROJECT FILE</translation>
    </message>
    <message>
        <source>Usage: crossread-cli new FILE</source>
        <translation>Aufruf: crossread-cli new FILE</translation>
    </message>
    <message>
        <source>Creates an empty project file.</source>
        <translation>Legt eine leere Projektdatei an.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli info FILE</source>
        <translation>Aufruf: crossread-cli info FILE</translation>
    </message>
    <message>
        <source>Shows the format version and the number of rows per table.</source>
        <translation>Zeigt die Formatversion und die Zeilenzahl je Tabelle.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli check FILE</source>
        <translation>Aufruf: crossread-cli check FILE</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, every document&apos;s hash and every annotation&apos;s quote; exits with 1 when something is wrong.</source>
        <translation>Prüft die Integrität der Datei, den Hash jedes Dokuments und das Zitat jeder Annotation; endet mit 1, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</source>
        <translation>Aufruf: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</translation>
    </message>
    <message>
        <source>Annotates code points [N, M) of document DOC (an id or a title) and prints the new annotation&apos;s id once it is saved.</source>
        <translation>Annotiert die Codepunkte [N, M) des Dokuments DOC (eine ID oder ein Titel) und gibt die ID der neuen Annotation aus, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotations FILE [DOC] [--json]</source>
        <translation>Aufruf: crossread-cli annotations FILE [DOC] [--json]</translation>
    </message>
    <message>
        <source>Prints every annotation (of one document, when DOC is given) with its anchor, quote, tags, verdict, speaker and note.</source>
        <translation>Gibt jede Annotation (eines Dokuments, wenn DOC angegeben ist) mit Anker, Zitat, Tags, Urteil, Sprecher und Notiz aus.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli clusters PROJECT [--json]</source>
        <translation>Aufruf: crossread-cli clusters PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli suggest PROJECT [DOC] [--json]</source>
        <translation>Aufruf: crossread-cli suggest PROJECT [DOC] [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</source>
        <translation>Aufruf: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claims PROJECT [--json] [--from-clusters]</source>
        <translation>Aufruf: crossread-cli claims PROJECT [--json] [--from-clusters]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claim-from-cluster PROJECT N…</source>
        <translation>Aufruf: crossread-cli claim-from-cluster PROJECT N…</translation>
    </message>
    <message>
        <source>Usage: crossread-cli matrix PROJECT [--csv]</source>
        <translation>Aufruf: crossread-cli matrix PROJECT [--csv]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli timeline PROJECT [--json]</source>
        <translation>Aufruf: crossread-cli timeline PROJECT [--json]</translation>
    </message>
</context>
<context>
    <name>Crossread::ClusterModel</name>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Renderings</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
    <message>
        <source>✓ </source>
        <comment>confirmed cluster</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rendering(s)</source>
        <translation>
            <numerusform>%n Fassung</numerusform>
            <numerusform>%n Fassungen</numerusform>
        </translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>früheste</translation>
    </message>
    <message numerus="yes">
        <source>%n word change(s)</source>
        <translation>
            <numerusform>%n Wortänderung</numerusform>
            <numerusform>%n Wortänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <comment>statement, then its speaker</comment>
        <translation>„%1“
— %2</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <comment>statement, then its speaker</comment>
        <translation>„%1“ — %2</translation>
    </message>
</context>
<context>
    <name>Crossread::ClustersDock</name>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>earliest rendering</source>
        <translation>früheste Fassung</translation>
    </message>
    <message>
        <source>Statement Clusters</source>
        <translation>Aussagen-Cluster</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>S&amp;plit Off Selected</source>
        <translation>Auswahl &amp;abtrennen</translation>
    </message>
    <message>
        <source>&amp;Match Again</source>
        <translation>&amp;Erneut abgleichen</translation>
    </message>
    <message>
        <source>&amp;Give Verdict</source>
        <translation>&amp;Urteil übertragen</translation>
    </message>
    <message>
        <source>Link the renderings as the same statement (annotating them where needed)</source>
        <translation>Die Fassungen als dieselbe Aussage verknüpfen (wo nötig annotieren)</translation>
    </message>
    <message>
        <source>Take the selected renderings out of this cluster</source>
        <translation>Die ausgewählten Fassungen aus diesem Cluster herausnehmen</translation>
    </message>
    <message numerus="yes">
        <source>Give the verdict “%1” to %n other rendering(s) of this statement?</source>
        <translation>
            <numerusform>Das Urteil „%1“ auch %n weiteren Fassung dieser Aussage geben?</numerusform>
            <numerusform>Das Urteil „%1“ auch %n weiteren Fassungen dieser Aussage geben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>Aussagen-Cluster</translation>
    </message>
    <message>
        <source>Differences from the earliest rendering</source>
        <translation>Unterschiede zur frühesten Wiedergabe</translation>
    </message>
    <message>
        <source>Matching progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
</context>
<context>
    <name>Crossread::ComparisonArea</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No document open&lt;/p&gt;&lt;p&gt;Double-click a document in the &lt;b&gt;Documents&lt;/b&gt; list, or select several and choose &lt;b&gt;Compare side by side&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Import…&lt;/b&gt; to add articles.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Kein Dokument geöffnet&lt;/p&gt;&lt;p&gt;Doppelklicken Sie auf ein Dokument in der Liste &lt;b&gt;Dokumente&lt;/b&gt;, oder wählen Sie mehrere aus und dann &lt;b&gt;Nebeneinander vergleichen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Mit &lt;b&gt;Datei ▸ Importieren…&lt;/b&gt; fügen Sie Artikel hinzu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageDock</name>
    <message>
        <source>Coverage Matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Click a cell to open that outlet&apos;s rendering; empty cells are omissions</source>
        <translation>Klicken Sie auf eine Zelle, um die Fassung dieses Mediums zu öffnen; leere Zellen sind Auslassungen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Claim records</source>
        <translation>Behauptungseinträge</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Save the matrix with prominence and framing as a CSV file</source>
        <translation>Die Matrix mit Platzierung und Framing als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No claim records yet.</source>
        <translation>Noch keine Behauptungseinträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) × %1 outlet(s); %2 omission(s)</source>
        <translation>
            <numerusform>%n Zeile × %1 Medien; Auslassungen: %2</numerusform>
            <numerusform>%n Zeilen × %1 Medien; Auslassungen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Coverage Matrix</source>
        <translation>Abdeckungsmatrix exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Coverage heat map</source>
        <translation>Abdeckungs-Heatmap</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageHeatMapWidget</name>
    <message>
        <source>Coverage heat map</source>
        <translation>Abdeckungs-Heatmap</translation>
    </message>
    <message>
        <source>No claim records yet. Select annotations in several columns and choose Same Claim.</source>
        <translation>Noch keine Behauptungseinträge. Wählen Sie Annotationen in mehreren Spalten aus und wählen Sie „Dieselbe Behauptung“.</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageMatrixModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>prominence · framing</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 does not carry “%2”: an omission.</source>
        <translation>%1 bringt „%2“ nicht: eine Auslassung.</translation>
    </message>
    <message>
        <source>%1 carries “%2”
Prominence: %3
Framing: %4</source>
        <translation>%1 bringt „%2“
Platzierung: %3
Framing: %4</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rendering(s) in this outlet</source>
        <translation>
            <numerusform>%n Fassung in diesem Medium</numerusform>
            <numerusform>%n Fassungen in diesem Medium</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
Carried by %2 of %n outlet(s)</source>
        <translation>
            <numerusform>%1
Erschienen in %2 von %n Medium</numerusform>
            <numerusform>%1
Erschienen in %2 von %n Medien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes of %1 in %2 of %n outlet(s)</source>
        <translation>
            <numerusform>Zitate von %1 in %2 von %n Medium</numerusform>
            <numerusform>Zitate von %1 in %2 von %n Medien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::DemoProject</name>
    <message>
        <source>The demo needs a project open for writing.</source>
        <translation>Die Demo braucht ein zum Schreiben geöffnetes Projekt.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is missing from the program&apos;s resources.</source>
        <translation>Die Annotationsliste der Demo fehlt in den Ressourcen des Programms.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is damaged: %1</source>
        <translation>Die Annotationsliste der Demo ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot import the sample “%1”: %2</source>
        <translation>Das Beispiel „%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the sample “%1”: %2</source>
        <translation>Das Beispiel „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The demo annotation “%1” names an unknown sample “%2”.</source>
        <translation>Die Demo-Annotation „%1“ nennt ein unbekanntes Beispiel „%2“.</translation>
    </message>
    <message>
        <source>The quote “%1” is not in the sample “%2”.</source>
        <translation>Das Zitat „%1“ steht nicht im Beispiel „%2“.</translation>
    </message>
    <message>
        <source>The demo uses an unknown tag “%1”.</source>
        <translation>Die Demo verwendet einen unbekannten Tag „%1“.</translation>
    </message>
    <message>
        <source>Cannot store a demo annotation: %1</source>
        <translation>Eine Demo-Annotation kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the demo project: %1</source>
        <translation>Der Ordner für das Demoprojekt kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentColumn</name>
    <message>
        <source>Move column left</source>
        <translation>Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Close column</source>
        <translation>Spalte schließen</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <source>Close Column</source>
        <translation>Spalte schließen</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column header: number of annotations</comment>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Number of annotations in the document</source>
        <translation>Anzahl der Annotationen im Dokument</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Outlet: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentPropertiesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Veröffentlichungsdatum unbekannt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the text, as a code such as “en” or “uk”</source>
        <translation>Die Sprache des Textes als Code wie „de“ oder „uk“</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Beim Import</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n annotation(s)</source>
        <translation>
            <numerusform>%1 Zeichen, %n Annotation</numerusform>
            <numerusform>%1 Zeichen, %n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties of “%1”</source>
        <translation>Eigenschaften von „%1“</translation>
    </message>
    <message>
        <source>The address is not a web address (https://…).</source>
        <translation>Die Adresse ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(keine Tags)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>Orphaned: the quoted text no longer matches here.</source>
        <translation>Verwaist: Der zitierte Text stimmt hier nicht mehr überein.</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentsDock</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>Neben&amp;einander vergleichen</translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Dokumente filtern…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>Show only documents whose title, outlet or date contains this text</source>
        <translation>Nur Dokumente anzeigen, deren Titel, Medium oder Datum diesen Text enthält</translation>
    </message>
    <message>
        <source>Open the selected documents in columns side by side</source>
        <translation>Die ausgewählten Dokumente nebeneinander in Spalten öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column header: number of annotations</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, author, date, address and language</source>
        <translation>Titel, Medium, Autor, Datum, Adresse und Sprache bearbeiten</translation>
    </message>
</context>
<context>
    <name>Crossread::EvidenceLinkDialog</name>
    <message>
        <source>Add Evidence Link</source>
        <translation>Beleglink hinzufügen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the source is, e.g. “Ministry briefing, 5 March”</source>
        <translation>Was die Quelle ist, z. B. „Briefing des Ministeriums, 5. März“</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Abgerufen am</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation>A&amp;bgerufen:</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Keine Webadresse</translation>
    </message>
</context>
<context>
    <name>Crossread::Exporter</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C-Webannotationen (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.jsonld *.json)</source>
        <translation>ClaimReview JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Wrapped to the top</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Wrapped to the bottom</source>
        <translation>Am Ende fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Crossread::FramingInfo</name>
    <message>
        <source>quoted</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>sinngemäß wiedergegeben</translation>
    </message>
    <message>
        <source>anonymous source</source>
        <translation>anonyme Quelle</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>eingeschränkt</translation>
    </message>
</context>
<context>
    <name>Crossread::FtsQuery</name>
    <message>
        <source>“%1” needs a word or phrase on both sides, e.g. “war NOT games”.</source>
        <translation>„%1“ braucht auf beiden Seiten ein Wort oder eine Phrase, z. B. „Krieg NOT Spiele“.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>Zu einer schließenden Klammer fehlt die öffnende.</translation>
    </message>
    <message>
        <source>Parentheses need a word or phrase inside, and operators need one on both sides.</source>
        <translation>Klammern brauchen ein Wort oder eine Phrase darin, und Operatoren brauchen auf beiden Seiten eines.</translation>
    </message>
    <message>
        <source>The search ends with an operator; add a word or phrase after it.</source>
        <translation>Die Suche endet mit einem Operator; fügen Sie danach ein Wort oder eine Phrase hinzu.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Eine Klammer ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>Crossread::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Select an annotation in a document or in the Annotations list to see and edit its tags, note, verdict and sources here.</source>
        <translation>Wählen Sie eine Annotation in einem Dokument oder in der Liste „Annotationen“ aus, um hier ihre Tags, Notiz, ihr Urteil und ihre Quellen zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Zitierte Passage</translation>
    </message>
    <message>
        <source>The text at this position no longer matches the quote. Select the passage again and use Adjust Range.</source>
        <translation>Der Text an dieser Stelle stimmt nicht mehr mit dem Zitat überein. Wählen Sie die Passage erneut aus und verwenden Sie „Bereich anpassen“.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Check the tags this passage carries (Space toggles the current one)</source>
        <translation>Die Tags dieser Passage ankreuzen (Leertaste schaltet den aktuellen um)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note on this passage…</source>
        <translation>Ihre Notiz zu dieser Passage…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>How well the claim holds up, on the project&apos;s rating scale</source>
        <translation>Wie gut die Behauptung standhält, auf der Bewertungsskala des Projekts</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this verdict: what the sources show…</source>
        <translation>Warum dieses Urteil: was die Quellen zeigen…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Who says this?</source>
        <translation>Wer sagt das?</translation>
    </message>
    <message>
        <source>The person or organisation quoted; known names are offered as you type</source>
        <translation>Die zitierte Person oder Organisation; bekannte Namen werden beim Tippen vorgeschlagen</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Beleglinks</translation>
    </message>
    <message>
        <source>&amp;Add Link…</source>
        <translation>Link &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a source that supports or refutes this passage</source>
        <translation>Eine Quelle hinzufügen, die diese Passage stützt oder widerlegt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>Den ausgewählten Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Den ausgewählten Link entfernen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted passage</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>in %1, characters %2–%3</source>
        <translation>in %1, Zeichen %2–%3</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>%1
accessed %2</source>
        <translation>%1
abgerufen am %2</translation>
    </message>
    <message>
        <source>Speaker “%1”</source>
        <translation>Sprecher „%1“</translation>
    </message>
    <message>
        <source>Annotation details</source>
        <translation>Annotationsdetails</translation>
    </message>
</context>
<context>
    <name>Crossread::LexiconDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Loaded Vocabulary</source>
        <translation>Wertende Begriffe</translation>
    </message>
    <message>
        <source>New term, e.g. “special military operation”</source>
        <translation>Neuer Begriff, z. B. „militärische Spezialoperation“</translation>
    </message>
    <message>
        <source>Terms outlined as loaded or framing vocabulary in this project. Matching ignores case; a space matches any line break.</source>
        <translation>Begriffe, die in diesem Projekt als wertendes oder framendes Vokabular umrandet werden. Groß-/Kleinschreibung wird beim Abgleich ignoriert; ein Leerzeichen passt auf jeden Zeilenumbruch.</translation>
    </message>
    <message>
        <source>A term cannot be empty.</source>
        <translation>Ein Begriff darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” is already in the lexicon.</source>
        <translation>„%1“ ist bereits im Lexikon.</translation>
    </message>
    <message>
        <source>The lexicon could not be saved.</source>
        <translation>Das Lexikon konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>At most %1 documents can be compared; close a column first.</source>
        <translation>Höchstens %1 Dokumente können verglichen werden; schließen Sie zuerst eine Spalte.</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>%1

Open “%2” read-only instead? You can read and search it, but not change it.</source>
        <translation>%1

„%2“ stattdessen schreibgeschützt öffnen? Sie können es lesen und durchsuchen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.

%2</source>
        <translation>„%1“ kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>%1 (read-only) — Crossread</source>
        <translation>%1 (schreibgeschützt) — Crossread</translation>
    </message>
    <message>
        <source>%1 — Crossread</source>
        <translation>%1 — Crossread</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Crossread projects (*.crossread);;All files (*)</source>
        <translation>Crossread-Projekte (*.crossread);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>Im Dokument &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>&amp;Adjust Range to Selection</source>
        <translation>&amp;Bereich an Auswahl anpassen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>&amp;Nächste Annotation</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>&amp;Vorherige Annotation</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Tags verwalten…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;Schriftart…</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Synchronisiertes Sc&amp;rollen</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>&amp;Über Crossread</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous annotation (Shift+F8)</source>
        <translation>Vorherige Annotation (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next annotation (F8)</source>
        <translation>Nächste Annotation (F8)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation>Die Auswahl als %1 markieren</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>Die Auswahl als %1 markieren (%2)</translation>
    </message>
    <message>
        <source>Open a document and select a passage first.</source>
        <translation>Öffnen Sie zuerst ein Dokument und wählen Sie eine Passage aus.</translation>
    </message>
    <message>
        <source>Select a passage to tag, or click an annotation to add a tag to it.</source>
        <translation>Wählen Sie eine Passage zum Taggen aus, oder klicken Sie auf eine Annotation, um ihr einen Tag hinzuzufügen.</translation>
    </message>
    <message>
        <source>An annotation keeps at least one tag; delete it instead.</source>
        <translation>Eine Annotation behält mindestens einen Tag; löschen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Click an annotation (or press F8) to select it first.</source>
        <translation>Klicken Sie zuerst auf eine Annotation (oder drücken Sie F8), um sie auszuwählen.</translation>
    </message>
    <message>
        <source>Select an annotation, then select its new range and choose Adjust Range.</source>
        <translation>Wählen Sie eine Annotation aus, markieren Sie dann ihren neuen Bereich und wählen Sie „Bereich anpassen“.</translation>
    </message>
    <message>
        <source>This document has no annotations.</source>
        <translation>Dieses Dokument hat keine Annotationen.</translation>
    </message>
    <message>
        <source>Document Font</source>
        <translation>Dokumentschrift</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Eine Kopie wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>Über Crossread</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read news articles side by side, mark claims, attributions and unverified statements, and record what the evidence says.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel nebeneinander lesen, Behauptungen, Zuschreibungen und unbestätigte Aussagen markieren und festhalten, was die Belege sagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Artikel (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Open a project for writing before importing documents.</source>
        <translation>Öffnen Sie ein Projekt zum Schreiben, bevor Sie Dokumente importieren.</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>Dokumente werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, skipped.</source>
        <translation>
            <numerusform>%n bereits im Projekt, übersprungen.</numerusform>
            <numerusform>%n bereits im Projekt, übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n passage(s); at most %1 documents can be compared.</source>
        <translation>
            <numerusform>%n Passage wird angezeigt; höchstens %1 Dokumente können verglichen werden.</numerusform>
            <numerusform>%n Passagen werden angezeigt; höchstens %1 Dokumente können verglichen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Cues</source>
        <translation>&amp;Hinweise anzeigen</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations…</source>
        <translation>&amp;W3C-Webannotationen…</translation>
    </message>
    <message>
        <source>Claim&amp;Review…</source>
        <translation>Claim&amp;Review…</translation>
    </message>
    <message>
        <source>&amp;HTML Report…</source>
        <translation>&amp;HTML-Bericht…</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” could not be written.

%2</source>
        <translation>„%1“ konnte nicht geschrieben werden.

%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Web annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Webannotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” could not be imported.

%2</source>
        <translation>„%1“ konnte nicht importiert werden.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 annotation(s) anchored.</source>
        <translation>
            <numerusform>%n von %1 Annotationen verankert.</numerusform>
            <numerusform>%n von %1 Annotationen verankert.</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1”: %2</source>
        <translation>• „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not anchored:</source>
        <translation>
            <numerusform>%n Annotation nicht verankert:</numerusform>
            <numerusform>%n Annotationen nicht verankert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>Annotationen importiert</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>Spalte nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Shift+PgUp</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>Spalte nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation>Ctrl+Shift+PgDown</translation>
    </message>
    <message>
        <source>&amp;Close Column</source>
        <translation>Spalte &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Zu &amp;Dokumenten wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Go to &amp;Annotations</source>
        <translation>Zu &amp;Annotationen wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Zum &amp;Inspektor wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Go to &amp;Text</source>
        <translation>Zum &amp;Text wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Loaded &amp;Vocabulary…</source>
        <translation>Wertende &amp;Begriffe…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>Select a document in the Documents list or open one first.</source>
        <translation>Wählen Sie zuerst ein Dokument in der Liste „Dokumente“ aus oder öffnen Sie eines.</translation>
    </message>
    <message>
        <source>Sa&amp;me Claim</source>
        <translation>&amp;Dieselbe Behauptung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Make the annotations selected in the columns one claim record (Ctrl+Shift+M)</source>
        <translation>Die in den Spalten ausgewählten Annotationen zu einem Behauptungseintrag zusammenfassen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Claim from &amp;Cluster</source>
        <translation>Behauptung aus &amp;Cluster</translation>
    </message>
    <message>
        <source>Confirm the current statement cluster and make it a claim record</source>
        <translation>Den aktuellen Aussagen-Cluster bestätigen und daraus einen Behauptungseintrag machen</translation>
    </message>
    <message>
        <source>Import as &amp;Revision of Current Document…</source>
        <translation>Als &amp;Revision des aktuellen Dokuments importieren…</translation>
    </message>
    <message>
        <source>Compare &amp;Revisions…</source>
        <translation>Re&amp;visionen vergleichen…</translation>
    </message>
    <message>
        <source>The current document has no other revision.</source>
        <translation>Das aktuelle Dokument hat keine andere Revision.</translation>
    </message>
    <message>
        <source>Select an annotation in each column that renders the claim (click it or press F8), then choose Same Claim.</source>
        <translation>Wählen Sie in jeder Spalte, die die Behauptung wiedergibt, eine Annotation aus (anklicken oder F8 drücken) und wählen Sie dann „Dieselbe Behauptung“.</translation>
    </message>
    <message numerus="yes">
        <source>Claim record created with %n anchor(s).</source>
        <translation>
            <numerusform>Behauptungseintrag mit %n Anker angelegt.</numerusform>
            <numerusform>Behauptungseintrag mit %n Ankern angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These annotations already form one claim record.</source>
        <translation>Diese Annotationen bilden bereits einen Behauptungseintrag.</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Dieselbe Behauptung</translation>
    </message>
    <message numerus="yes">
        <source>The claim record now has %n anchor(s).</source>
        <translation>
            <numerusform>Der Behauptungseintrag hat jetzt %n Anker.</numerusform>
            <numerusform>Der Behauptungseintrag hat jetzt %n Anker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a statement cluster in the Clusters panel first.</source>
        <translation>Wählen Sie zuerst einen Aussagen-Cluster im Bereich „Aussagen-Cluster“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>Claim record made from the cluster (%n rendering(s)).</source>
        <translation>
            <numerusform>Behauptungseintrag aus dem Cluster erstellt (%n Fassung).</numerusform>
            <numerusform>Behauptungseintrag aus dem Cluster erstellt (%n Fassungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document the new version replaces first.</source>
        <translation>Öffnen Sie zuerst das Dokument, das die neue Version ersetzt.</translation>
    </message>
    <message>
        <source>Import as Revision</source>
        <translation>Als Revision importieren</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md *.pdf);;All files (*)</source>
        <translation>Artikel (*.html *.htm *.txt *.md *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the revision</source>
        <translation>Die Revision kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Revision imported: %1 annotation(s) in place or moved, %2 reworded, %3 not attached.</source>
        <translation>Revision importiert: %1 Annotationen an Ort und Stelle oder verschoben, %2 umformuliert, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation>&amp;Projekt durchsuchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search the text, titles and notes of every document</source>
        <translation>Text, Titel und Notizen aller Dokumente durchsuchen</translation>
    </message>
</context>
<context>
    <name>Crossread::ProjectStore</name>
    <message>
        <source>Cannot create “%1”: a file of that name exists.</source>
        <translation>„%1“ kann nicht angelegt werden: Eine Datei dieses Namens existiert.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>„%1“ kann nicht als Projekt gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>“%1” is not a Crossread project (it is not an SQLite database).</source>
        <translation>„%1“ ist kein Crossread-Projekt (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The project “%1” is already open in another Crossread window (process %2 on %3). You can open it read-only.</source>
        <translation>Das Projekt „%1“ ist bereits in einem anderen Crossread-Fenster geöffnet (Prozess %2 auf %3). Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be locked for writing. You can open it read-only.</source>
        <translation>Das Projekt „%1“ kann nicht zum Schreiben gesperrt werden. Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Crossread project.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Crossread-Projekt.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Crossread (format %2; this version reads up to %3). Update Crossread to open it.</source>
        <translation>Das Projekt „%1“ wurde von einer neueren Crossread-Version gespeichert (Format %2; diese Version liest bis %3). Aktualisieren Sie Crossread, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy instead.</source>
        <translation>Das Projekt „%1“ ist beschädigt (%2). Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (no schema version).</source>
        <translation>Das Projekt „%1“ ist beschädigt (keine Schemaversion).</translation>
    </message>
    <message>
        <source>The project “%1” was saved by an older version of Crossread and must be upgraded; open it for writing once.</source>
        <translation>Das Projekt „%1“ wurde von einer älteren Crossread-Version gespeichert und muss aktualisiert werden; öffnen Sie es einmal zum Schreiben.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>Das Projekt „%1“ ist beschädigt und kann nicht geöffnet werden. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Das Projekt „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation>Eine Kopie konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The project is open read-only; changes are not possible.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file is busy in another program</source>
        <translation>die Datei wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>a disk error occurred</source>
        <translation>ein Datenträgerfehler ist aufgetreten</translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. Nothing was changed.</source>
        <translation>Die Änderung an „%1“ konnte nicht gespeichert werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag named “%1” exists already.</source>
        <translation>Ein Tag namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The shortcut %1 is used by the tag “%2”.</source>
        <translation>Die Kurztaste %1 wird vom Tag „%2“ verwendet.</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>Ein Tag kann nicht in sich selbst eingeordnet werden.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Es gibt keinen Tag %1.</translation>
    </message>
    <message>
        <source>“%1” is a built-in tag and cannot be deleted.</source>
        <translation>„%1“ ist ein eingebauter Tag und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>Eine Person oder Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no person or organisation %1.</source>
        <translation>Es gibt keine Person oder Organisation %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Es gibt keine Annotation %1.</translation>
    </message>
    <message>
        <source>An annotation cannot be linked to itself.</source>
        <translation>Eine Annotation kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>These annotations are linked that way already.</source>
        <translation>Diese Annotationen sind bereits so verknüpft.</translation>
    </message>
    <message>
        <source>There is no link %1.</source>
        <translation>Es gibt keine Verknüpfung %1.</translation>
    </message>
    <message>
        <source>The rating scale needs distinct, non-empty names.</source>
        <translation>Die Bewertungsskala braucht eindeutige, nicht leere Namen.</translation>
    </message>
    <message>
        <source>The rating scale needs at least one rating.</source>
        <translation>Die Bewertungsskala braucht mindestens eine Bewertung.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung braucht einen Namen.</translation>
    </message>
    <message>
        <source>An annotation cannot start or end before the text (%1, %2).</source>
        <translation>Eine Annotation kann nicht vor dem Text beginnen oder enden (%1, %2).</translation>
    </message>
    <message>
        <source>The start (%1) of an annotation must not be after its end (%2).</source>
        <translation>Der Anfang (%1) einer Annotation darf nicht nach ihrem Ende (%2) liegen.</translation>
    </message>
    <message>
        <source>The range %1–%2 lies outside the text, which has %3 characters.</source>
        <translation>Der Bereich %1–%2 liegt außerhalb des Textes, der %3 Zeichen hat.</translation>
    </message>
    <message>
        <source>“%1” is not on the rating scale (%2).</source>
        <translation>„%1“ steht nicht auf der Bewertungsskala (%2).</translation>
    </message>
    <message>
        <source>Move annotation to “%1”</source>
        <translation>Annotation nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>Remove tags from “%1”</source>
        <translation>Tags von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>Tag „%1“ auf „%2“</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <translation>Notiz zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Clear verdict on “%1”</source>
        <translation>Urteil zu „%1“ entfernen</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on “%2”</source>
        <translation>Urteil „%1“ zu „%2“</translation>
    </message>
    <message>
        <source>Edit rationale on “%1”</source>
        <translation>Begründung zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Clear speaker of “%1”</source>
        <translation>Sprecher von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on “%2”</source>
        <translation>Sprecher „%1“ zu „%2“</translation>
    </message>
    <message>
        <source>Evidence needs a URL.</source>
        <translation>Ein Beleg braucht eine URL.</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Beleg zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Annotation %1 has no evidence %2.</source>
        <translation>Annotation %1 hat keinen Beleg %2.</translation>
    </message>
    <message>
        <source>Remove evidence from “%1”</source>
        <translation>Beleg von „%1“ entfernen</translation>
    </message>
    <message>
        <source>A claim needs at least one annotation.</source>
        <translation>Eine Behauptung braucht mindestens eine Annotation.</translation>
    </message>
    <message>
        <source>The annotation on “%1” already belongs to claim %2.</source>
        <translation>Die Annotation zu „%1“ gehört bereits zu Behauptung %2.</translation>
    </message>
    <message>
        <source>Create claim “%1”</source>
        <translation>Behauptung „%1“ anlegen</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>Es gibt keine Behauptung %1.</translation>
    </message>
    <message>
        <source>Remove claim “%1”</source>
        <translation>Behauptung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Add “%1” to claim “%2”</source>
        <translation>„%1“ zu Behauptung „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Annotation %1 is not an anchor of claim %2.</source>
        <translation>Annotation %1 ist kein Anker von Behauptung %2.</translation>
    </message>
    <message>
        <source>Remove “%1” from claim “%2”</source>
        <translation>„%1“ aus Behauptung „%2“ entfernen</translation>
    </message>
    <message>
        <source>A claim needs a title.</source>
        <translation>Eine Behauptung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Rename claim “%1”</source>
        <translation>Behauptung „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Clear verdict of claim “%1”</source>
        <translation>Urteil zu Behauptung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on claim “%2”</source>
        <translation>Urteil „%1“ zu Behauptung „%2“</translation>
    </message>
    <message>
        <source>Edit rationale of claim “%1”</source>
        <translation>Begründung zu Behauptung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Clear speaker of claim “%1”</source>
        <translation>Sprecher von Behauptung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on claim “%2”</source>
        <translation>Sprecher „%1“ zu Behauptung „%2“</translation>
    </message>
    <message>
        <source>Add evidence to claim “%1”</source>
        <translation>Beleg zu Behauptung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Claim %1 has no evidence %2.</source>
        <translation>Behauptung %1 hat keinen Beleg %2.</translation>
    </message>
    <message>
        <source>Remove evidence from claim “%1”</source>
        <translation>Beleg von Behauptung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht angelegt werden: Den Ordner „%2“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened: the folder “%2” does not exist.</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: Den Ordner „%2“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot use “%1”: “%2” is not a folder.</source>
        <translation>„%1“ kann nicht verwendet werden: „%2“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only (you may not create files in it).</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ ist schreibgeschützt (Sie dürfen darin keine Dateien anlegen).</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: its folder “%2” is read-only. You can open it read-only.</source>
        <translation>Das Projekt „%1“ kann nicht geändert werden: Sein Ordner „%2“ ist schreibgeschützt. Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: the file is read-only. You can open it read-only.</source>
        <translation>Das Projekt „%1“ kann nicht geändert werden: Die Datei ist schreibgeschützt. Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“%1” is a name of the built-in tag “%2”.</source>
        <translation>„%1“ ist ein Name des eingebauten Tags „%2“.</translation>
    </message>
</context>
<context>
    <name>Crossread::Prominence</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>First paragraph</source>
        <translation>Erster Absatz</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <source>Last third</source>
        <translation>Letztes Drittel</translation>
    </message>
</context>
<context>
    <name>Crossread::Reanchor</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveAnnotationCommand</name>
    <message>
        <source>Remove annotation on “%1”</source>
        <translation>Annotation zu „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveDocumentCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportClaims</name>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>H</source>
        <translation>S</translation>
    </message>
    <message>
        <source>P1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>LD</translation>
    </message>
    <message>
        <source>Claim records across outlets</source>
        <translation>Medienübergreifende Behauptungseinträge</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Each statement is checked once; its verdict applies to every outlet&apos;s rendering below.</source>
        <translation>Jede Aussage wird einmal geprüft; ihr Urteil gilt für die unten aufgeführte Fassung jedes Mediums.</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Which outlet carries each claim and speaker, how prominently (H headline, P1 first paragraph, B body, L3 last third; darker is more prominent) and how (“ ” quoted, ≈ paraphrased, ? hedged, ?! anonymous source). Empty cells are omissions.</source>
        <translation>Welches Medium welche Behauptung und welchen Sprecher bringt, wie prominent (S Schlagzeile, A1 erster Absatz, F Fließtext, LD letztes Drittel; dunkler ist prominenter) und wie (“ ” zitiert, ≈ sinngemäß wiedergegeben, ? eingeschränkt, ?! anonyme Quelle). Leere Zellen sind Auslassungen.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>● first appearance · ○ outlets that followed, with the days since the first. Documents without a date are shown apart.</source>
        <translation>● erstes Erscheinen · ○ nachziehende Medien, mit den Tagen seit dem ersten. Dokumente ohne Datum werden gesondert gezeigt.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportExporter</name>
    <message>
        <source>%1 — fact-check report</source>
        <translation>%1 – Faktencheck-Bericht</translation>
    </message>
    <message>
        <source>Generated %1 · documents: %2 · annotations: %3</source>
        <translation>Erstellt %1 · Dokumente: %2 · Annotationen: %3</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Behauptungen und Urteile</translation>
    </message>
    <message>
        <source>Attributions by speaker</source>
        <translation>Zuschreibungen nach Sprecher</translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>Aussagen-Cluster</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>No claims have been marked yet.</source>
        <translation>Es wurden noch keine Behauptungen markiert.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>Noch keine Passage hat einen Sprecher.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>No statements have been linked across sources yet.</source>
        <translation>Es wurden noch keine Aussagen quellenübergreifend verknüpft.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical environment; export HTML instead or use the Crossread window.</source>
        <translation>Der PDF-Export braucht die grafische Umgebung; exportieren Sie stattdessen HTML oder verwenden Sie das Crossread-Fenster.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionBar</name>
    <message>
        <source>Show the previous revision</source>
        <translation>Vorherige Revision anzeigen</translation>
    </message>
    <message>
        <source>Show the next revision</source>
        <translation>Nächste Revision anzeigen</translation>
    </message>
    <message>
        <source>Revision shown</source>
        <translation>Angezeigte Revision</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Word diff against the previous revision, and how the annotations were re-anchored</source>
        <translation>Wortweiser Vergleich mit der vorherigen Revision und wie die Annotationen neu verankert wurden</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Latest of %n revision(s)</source>
        <translation>
            <numerusform>Neueste von %n Revision</numerusform>
            <numerusform>Neueste von %n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Ältere Revision</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionCompareDialog</name>
    <message>
        <source>Compare Revisions</source>
        <translation>Revisionen vergleichen</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Ältere Revision</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Neuere Revision</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>This document has no other revision.</source>
        <translation>Dieses Dokument hat keine andere Revision.</translation>
    </message>
    <message>
        <source>%1 paragraph(s) reworded, %2 added, %3 removed; %4 word(s) added, %5 removed.</source>
        <translation>Absätze: %1 umformuliert, %2 hinzugefügt, %3 entfernt; Wörter: %4 hinzugefügt, %5 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>not attached: found in %n place(s)</source>
        <translation>
            <numerusform>nicht zugeordnet: an %n Stelle gefunden</numerusform>
            <numerusform>nicht zugeordnet: an %n Stellen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not attached: no longer in the text</source>
        <translation>nicht zugeordnet: nicht mehr im Text</translation>
    </message>
    <message>
        <source>Annotations: %1 in place, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned.</source>
        <translation>Annotationen: %1 an Ort und Stelle, %2 verschoben, %3 umformuliert, %4 mehrdeutig, %5 verwaist.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionImport</name>
    <message>
        <source>There is no document %1 to add a revision to.</source>
        <translation>Es gibt kein Dokument %1, dem eine Revision hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>The file is identical to the latest revision of “%1”.</source>
        <translation>Die Datei ist identisch mit der neuesten Revision von „%1“.</translation>
    </message>
</context>
<context>
    <name>Crossread::Schema</name>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Überwiegend wahr</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Überwiegend falsch</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Unbewiesen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>A checkable statement of fact</source>
        <translation>Eine überprüfbare Tatsachenbehauptung</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>Who said it, and where</source>
        <translation>Wer es gesagt hat, und wo</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Stated without a source that can be checked</source>
        <translation>Ohne überprüfbare Quelle aufgestellt</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchDock</name>
    <message>
        <source>Untitled document</source>
        <translation>Unbenanntes Dokument</translation>
    </message>
    <message>
        <source>any</source>
        <comment>date filter</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Include other word forms</source>
        <translation>Andere Wortformen einbeziehen</translation>
    </message>
    <message>
        <source>Search text, titles and notes</source>
        <translation>Text, Titel und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefix* and AND, OR, NOT with parentheses. Case and accents are ignored.</source>
        <translation>Wörter, &quot;exakte Phrasen&quot;, Präfix* sowie AND, OR, NOT mit Klammern. Groß-/Kleinschreibung und Akzente werden ignoriert.</translation>
    </message>
    <message>
        <source>Also find forms that share a word&apos;s stem, e.g. “liberate” finds “liberation” and “liberating” (uses the spelling dictionary).</source>
        <translation>Auch Formen finden, die denselben Wortstamm haben, z. B. findet „befreien“ auch „Befreiung“ und „befreit“ (verwendet das Rechtschreibwörterbuch).</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Search in this field; at least one stays on.</source>
        <translation>In diesem Feld suchen; mindestens eines bleibt eingeschaltet.</translation>
    </message>
    <message>
        <source>Search in article text</source>
        <translation>Im Artikeltext suchen</translation>
    </message>
    <message>
        <source>Search in titles</source>
        <translation>In Titeln suchen</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>In Notizen suchen</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Suchen in:</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchEngine</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>Die Suche ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Das Anfangsdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>The search could not be understood. Put words with special characters in quotes, and use AND, OR, NOT and * only between or after words.</source>
        <translation>Die Suche konnte nicht verstanden werden. Setzen Sie Wörter mit Sonderzeichen in Anführungszeichen, und verwenden Sie AND, OR, NOT und * nur zwischen oder nach Wörtern.</translation>
    </message>
    <message>
        <source>The search could not be run: the project&apos;s search index cannot be read.</source>
        <translation>Die Suche konnte nicht ausgeführt werden: Der Suchindex des Projekts kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation>Unbenanntes Dokument</translation>
    </message>
</context>
<context>
    <name>Crossread::SetDocumentMetadataCommand</name>
    <message>
        <source>Edit details of “%1”</source>
        <translation>Details von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Crossread::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. Jana Novak</source>
        <translation>z. B. Jana Novak</translation>
    </message>
    <message>
        <source>Recorded on the annotations you create, and named as reviewer in exports when no organisation is set</source>
        <translation>Wird in den von Ihnen angelegten Annotationen vermerkt und in Exporten als Prüfer genannt, wenn keine Organisation festgelegt ist</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>&amp;Check the spelling of notes, rationales and document details</source>
        <translation>Rechtschreibung von Notizen, Begründungen und Dokumentdetails &amp;prüfen</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language name — dictionary code</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Words added with “Add to Dictionary”, one per line, shared by all languages</source>
        <translation>Mit „Zum Wörterbuch hinzufügen“ aufgenommene Wörter, eines pro Zeile, für alle Sprachen gemeinsam</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds your word list</source>
        <translation>Den Ordner öffnen, der Ihre Wortliste enthält</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed. Install one (e.g. the package hunspell-en-us) and reopen this dialog.</source>
        <translation>Es sind keine Hunspell-Wörterbücher installiert. Installieren Sie eines (z. B. das Paket hunspell-de-de) und öffnen Sie diesen Dialog erneut.</translation>
    </message>
    <message>
        <source>Personal word list:</source>
        <translation>Persönliche Wortliste:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Largest file to import, in megabytes</source>
        <translation>Größte zu importierende Datei, in Megabyte</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused with a reason</source>
        <translation>Größere Dateien werden mit Angabe des Grundes abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Repair text damaged by PDF extraction (broken lines, stray blank lines)</source>
        <translation>Durch PDF-Extraktion beschädigten Text &amp;reparieren (umbrochene Zeilen, überzählige Leerzeilen)</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Größte &amp;Datei:</translation>
    </message>
    <message>
        <source>This project (%1)</source>
        <translation>Dieses Projekt (%1)</translation>
    </message>
    <message>
        <source>This project (none open)</source>
        <translation>Dieses Projekt (keines geöffnet)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>The title of reports and exported annotation collections</source>
        <translation>Der Titel von Berichten und exportierten Annotationssammlungen</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>e.g. Example Fact Check</source>
        <translation>z. B. Beispiel-Faktencheck</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview fact-checks</source>
        <translation>Wird als Autor der ClaimReview-Faktenchecks genannt</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Adresse der Organisation</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the published review</source>
        <translation>Adresse des veröffentlichten Faktenchecks</translation>
    </message>
    <message>
        <source>Where the fact-check is published; each ClaimReview links to it</source>
        <translation>Wo der Faktencheck veröffentlicht wird; jeder ClaimReview verweist darauf</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Pro&amp;jektname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation &amp;address:</source>
        <translation>Organisations&amp;adresse:</translation>
    </message>
    <message>
        <source>Published &amp;review:</source>
        <translation>Veröffentlichter &amp;Faktencheck:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>The language of the built-in tags and ratings in reports, CSV and ClaimReview</source>
        <translation>Die Sprache der eingebauten Tags und Bewertungen in Berichten, CSV und ClaimReview</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
</context>
<context>
    <name>Crossread::SpellService</name>
    <message>
        <source>%1 (%2)</source>
        <comment>language (country)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Crossread::SpellTextEdit</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>who is quoted</comment>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionsDock</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>A&amp;lle annehmen</translation>
    </message>
    <message>
        <source>Suggested annotations for this document. Enter accepts, Delete rejects.</source>
        <translation>Vorgeschlagene Annotationen für dieses Dokument. Eingabe nimmt an, Entf lehnt ab.</translation>
    </message>
    <message>
        <source>The kind that &quot;Accept all&quot; accepts</source>
        <translation>Die Art, die „Alle annehmen“ annimmt</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Suggested annotations</source>
        <translation>Vorgeschlagene Annotationen</translation>
    </message>
</context>
<context>
    <name>Crossread::TagManagerDialog</name>
    <message>
        <source>Tag Colour</source>
        <translation>Tag-Farbe</translation>
    </message>
    <message>
        <source>&amp;New Tag</source>
        <translation>&amp;Neuer Tag</translation>
    </message>
    <message>
        <source>Create a top-level tag</source>
        <translation>Einen Tag auf oberster Ebene erstellen</translation>
    </message>
    <message>
        <source>New &amp;Subtag</source>
        <translation>Neuer &amp;Unter-Tag</translation>
    </message>
    <message>
        <source>Create a tag inside the selected one</source>
        <translation>Einen Tag innerhalb des ausgewählten erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations (undoable)</source>
        <translation>Den ausgewählten Tag löschen und von seinen Annotationen entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag-Name</translation>
    </message>
    <message>
        <source>Choose the colour passages with this tag are painted in</source>
        <translation>Die Farbe wählen, in der Passagen mit diesem Tag hervorgehoben werden</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag-Farbe</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Übergeordneter Tag</translation>
    </message>
    <message>
        <source>Nest the tag inside another one</source>
        <translation>Den Tag in einen anderen einordnen</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>Kurztaste</translation>
    </message>
    <message>
        <source>A single key that applies this tag to the selected text</source>
        <translation>Eine einzelne Taste, die diesen Tag auf den ausgewählten Text anwendet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordnet:</translation>
    </message>
    <message>
        <source>Shortcut &amp;key:</source>
        <translation>&amp;Kurztaste:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Changes apply at once and can be undone with Edit ▸ Undo.</source>
        <translation>Änderungen gelten sofort und lassen sich mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations</source>
        <translation>Den ausgewählten Tag löschen und von seinen Annotationen entfernen</translation>
    </message>
    <message>
        <source>Built-in tags cannot be deleted</source>
        <translation>Eingebaute Tags können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Oberste Ebene)</translation>
    </message>
    <message>
        <source>New subtag</source>
        <translation>Neuer Unter-Tag</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s); it will be removed from them.</source>
        <translation>
            <numerusform>„%1“ wird von %n Annotation verwendet; er wird daraus entfernt.</numerusform>
            <numerusform>„%1“ wird von %n Annotationen verwendet; er wird daraus entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” contains %n subtag(s).</source>
        <translation>
            <numerusform>„%1“ enthält %n Unter-Tag.</numerusform>
            <numerusform>„%1“ enthält %n Unter-Tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it? You can undo this with Edit ▸ Undo.</source>
        <translation>Löschen? Sie können dies mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Es gibt bereits einen Tag namens „%1“.</translation>
    </message>
    <message>
        <source>The key %1 already applies “%2”.</source>
        <translation>Die Taste %1 wendet bereits „%2“ an.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tag name and a number making it unique</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Crossread::TagModel</name>
    <message>
        <source>Shortcut key: %1</source>
        <translation>Kurztaste: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n annotation(s)</source>
        <translation>
            <numerusform>Von %n Annotation verwendet</numerusform>
            <numerusform>Von %n Annotationen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>keyboard shortcut of a tag</comment>
        <translation>Taste</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline of claims by outlet</source>
        <translation>Zeitleiste der Behauptungen nach Medium</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineWidget</name>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Timeline of claims and documents</source>
        <translation>Zeitleiste der Behauptungen und Dokumente</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>Veröffentlichungsdatum unbekannt</translation>
    </message>
    <message>
        <source>First appearance of this claim</source>
        <translation>Erstes Erscheinen dieser Behauptung</translation>
    </message>
    <message numerus="yes">
        <source>Followed %1 after %n day(s)</source>
        <translation>
            <numerusform>Folgte %1 nach %n Tag</numerusform>
            <numerusform>Folgte %1 nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Also carried; first seen in %1 (dates incomplete)</source>
        <translation>Ebenfalls gebracht; zuerst erschienen in %1 (Daten unvollständig)</translation>
    </message>
    <message>
        <source>No documents yet. Import articles to see when each outlet published.</source>
        <translation>Noch keine Dokumente. Importieren Sie Artikel, um zu sehen, wann welches Medium veröffentlicht hat.</translation>
    </message>
    <message>
        <source>No publication dates known</source>
        <translation>Keine Veröffentlichungsdaten bekannt</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undatiert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Attribution phrase</source>
        <translation>Zuschreibungsformel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Hedge or anonymous source</source>
        <translation>Einschränkung oder anonyme Quelle</translation>
    </message>
    <message>
        <source>Loaded term</source>
        <translation>Wertender Begriff</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>Die Datei ist zu groß (%1; die Grenze ist %2).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>An identical file is already in the project.</source>
        <translation>Eine identische Datei ist bereits im Projekt.</translation>
    </message>
    <message>
        <source>The document could not be stored.</source>
        <translation>Das Dokument konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The document could not be stored: %1</source>
        <translation>Das Dokument konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a ZIP archive (or an office document)</source>
        <translation>ein ZIP-Archiv (oder ein Office-Dokument)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>ein xz-Archiv</translation>
    </message>
    <message>
        <source>a PDF document (give it the .pdf extension to import it as PDF)</source>
        <translation>ein PDF-Dokument (geben Sie ihm die Endung .pdf, um es als PDF zu importieren)</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>ein Programm (ELF-Programmdatei)</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>ein altes Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>This is %1, not text.</source>
        <translation>Dies ist %1, kein Text.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is binary data, not text.</source>
        <translation>Die Datei enthält NUL-Bytes: Es sind Binärdaten, kein Text.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �.</source>
        <translation>
            <numerusform>%n ungültige Bytefolge durch � ersetzt.</numerusform>
            <numerusform>%n ungültige Bytefolgen durch � ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding could not be detected; %1 was assumed.</source>
        <translation>Die Kodierung konnte nicht erkannt werden; %1 wurde angenommen.</translation>
    </message>
    <message>
        <source>Repaired text extracted from a PDF: %1 lines wrapped at about %2 characters joined into paragraphs (%3 breaks inside sentences, %4 of them across blank lines; %5 stray leading spaces). The original is kept in the project.</source>
        <translation>Aus einem PDF extrahierter Text repariert: %1 bei etwa %2 Zeichen umbrochene Zeilen zu Absätzen verbunden (%3 Umbrüche innerhalb von Sätzen, davon %4 über Leerzeilen hinweg; %5 überzählige führende Leerzeichen). Das Original bleibt im Projekt erhalten.</translation>
    </message>
    <message>
        <source>The text looks extracted from a PDF (lines broken inside sentences); repair was switched off.</source>
        <translation>Der Text sieht aus wie aus einem PDF extrahiert (Zeilen innerhalb von Sätzen umbrochen); die Reparatur war ausgeschaltet.</translation>
    </message>
    <message>
        <source>Front matter read as metadata and left out of the text.</source>
        <translation>Front Matter als Metadaten gelesen und aus dem Text weggelassen.</translation>
    </message>
    <message>
        <source>Markdown rendered to plain text.</source>
        <translation>Markdown in reinen Text umgewandelt.</translation>
    </message>
    <message>
        <source>The HTML page could not be parsed.</source>
        <translation>Die HTML-Seite konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>The page contains no article text.</source>
        <translation>Die Seite enthält keinen Artikeltext.</translation>
    </message>
    <message>
        <source>Article text extracted from the web page; navigation, scripts, comments and page furniture left out.</source>
        <translation>Artikeltext aus der Webseite extrahiert; Navigation, Skripte, Kommentare und Seitenelemente weggelassen.</translation>
    </message>
    <message>
        <source>This is not a PDF file (the PDF header is missing).</source>
        <translation>Dies ist keine PDF-Datei (der PDF-Header fehlt).</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>Das PDF ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; remove the protection and import it again.</source>
        <translation>Das PDF ist passwortgeschützt; entfernen Sie den Schutz und importieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The PDF contains no text (it may hold scanned images only).</source>
        <translation>Das PDF enthält keinen Text (es enthält womöglich nur gescannte Bilder).</translation>
    </message>
    <message numerus="yes">
        <source>Text of %n PDF page(s) extracted in reading order</source>
        <translation>
            <numerusform>Text von %n PDF-Seite in Lesereihenfolge extrahiert</numerusform>
            <numerusform>Text von %n PDF-Seiten in Lesereihenfolge extrahiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n running header, footer or page number line(s) dropped</source>
        <translation>
            <numerusform>; %n wiederkehrende Kopf-, Fußzeile oder Seitenzahl entfernt</numerusform>
            <numerusform>; %n wiederkehrende Kopf-, Fußzeilen oder Seitenzahlen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>; wrapped lines joined into paragraphs.</source>
        <translation>; umbrochene Zeilen zu Absätzen verbunden.</translation>
    </message>
    <message>
        <source>No title found in the file; the title is made from the file name.</source>
        <translation>In der Datei wurde kein Titel gefunden; der Titel wird aus dem Dateinamen gebildet.</translation>
    </message>
    <message>
        <source>The text gives the date without a year; the year is taken from the file name.</source>
        <translation>Der Text nennt das Datum ohne Jahr; das Jahr wird dem Dateinamen entnommen.</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Unlink same statement</source>
        <translation>Verknüpfung „dieselbe Aussage“ lösen</translation>
    </message>
    <message>
        <source>Link as same statement</source>
        <translation>Als dieselbe Aussage verknüpfen</translation>
    </message>
    <message>
        <source>Unlink supporting annotation</source>
        <translation>Verknüpfung mit stützender Annotation lösen</translation>
    </message>
    <message>
        <source>Link as supporting</source>
        <translation>Als stützend verknüpfen</translation>
    </message>
    <message>
        <source>Unlink contradicting annotation</source>
        <translation>Verknüpfung mit widersprechender Annotation lösen</translation>
    </message>
    <message>
        <source>Link as contradicting</source>
        <translation>Als widersprechend verknüpfen</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Tag „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete tag “%1” from %n annotation(s)</source>
        <translation>
            <numerusform>Tag „%1“ von %n Annotation löschen</numerusform>
            <numerusform>Tag „%1“ von %n Annotationen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSettingCommand</name>
    <message>
        <source>Change the rating scale</source>
        <translation>Bewertungsskala ändern</translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation>Einstellung „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateEntityCommand</name>
    <message>
        <source>Edit speaker “%1”</source>
        <translation>Sprecher „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>UpdateTagCommand</name>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Tag „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit tag “%1”</source>
        <translation>Tag „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Crossread: read articles side by side, annotate and fact-check them.</source>
        <translation>Crossread: Artikel nebeneinander lesen, annotieren und auf Fakten prüfen.</translation>
    </message>
    <message>
        <source>The project file to open (created if missing).</source>
        <translation>Die zu öffnende Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>Das Demoprojekt öffnen (wird beim ersten Mal erstellt).</translation>
    </message>
    <message>
        <source>Render the window at 1600×1000 to FILE (PNG) and exit.</source>
        <translation>Das Fenster in 1600×1000 als FILE (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>Das Demoprojekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” cannot be created.

%2</source>
        <translation>„%1“ kann nicht erstellt werden.

%2</translation>
    </message>
    <message>
        <source>Use the light or dark theme (light, dark).</source>
        <translation>Helles oder dunkles Design verwenden (light, dark).</translation>
    </message>
    <message>
        <source>Open the first N documents of the project side by side (1 to 6; the demo and the screenshot show 3).</source>
        <translation>Die ersten N Dokumente des Projekts nebeneinander öffnen (1 bis 6; die Demo und das Bildschirmfoto zeigen 3).</translation>
    </message>
    <message>
        <source>--compare takes a number from 1 to %1.</source>
        <translation>--compare erwartet eine Zahl von 1 bis %1.</translation>
    </message>
</context>
</TS>
