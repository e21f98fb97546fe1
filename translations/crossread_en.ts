<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationsCommand</name>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>Add %n annotation</numerusform>
            <numerusform>Add %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationImporter</name>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Import %n annotation</numerusform>
            <numerusform>Import %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationsDock</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 of %n annotation shown</numerusform>
            <numerusform>%1 of %n annotations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimPanel</name>
    <message numerus="yes">
        <source>%1 (%n anchor(s))</source>
        <translation>
            <numerusform>%1 (%n anchor)</numerusform>
            <numerusform>%1 (%n anchors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n problem found.</numerusform>
            <numerusform>%1: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made or extended</source>
        <translation>
            <numerusform>%n claim made or extended</numerusform>
            <numerusform>%n claims made or extended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClusterModel</name>
    <message numerus="yes">
        <source>%n rendering(s)</source>
        <translation>
            <numerusform>%n rendering</numerusform>
            <numerusform>%n renderings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word change(s)</source>
        <translation>
            <numerusform>%n word change</numerusform>
            <numerusform>%n word changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClustersDock</name>
    <message numerus="yes">
        <source>Give the verdict “%1” to %n other rendering(s) of this statement?</source>
        <translation>
            <numerusform>Give the verdict “%1” to %n other rendering of this statement?</numerusform>
            <numerusform>Give the verdict “%1” to %n other renderings of this statement?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageDock</name>
    <message numerus="yes">
        <source>%n row(s) × %1 outlet(s); %2 omission(s)</source>
        <translation>
            <numerusform>%n row × %1 outlet(s); %2 omission(s)</numerusform>
            <numerusform>%n rows × %1 outlet(s); %2 omission(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageMatrixModel</name>
    <message numerus="yes">
        <source>%n rendering(s) in this outlet</source>
        <translation>
            <numerusform>%n rendering in this outlet</numerusform>
            <numerusform>%n renderings in this outlet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Carried by %2 of %n outlet(s)</source>
        <translation>
            <numerusform>%1
Carried by %2 of %n outlet</numerusform>
            <numerusform>%1
Carried by %2 of %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes of %1 in %2 of %n outlet(s)</source>
        <translation>
            <numerusform>Quotes of %1 in %2 of %n outlet</numerusform>
            <numerusform>Quotes of %1 in %2 of %n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentPropertiesDialog</name>
    <message numerus="yes">
        <source>%1 characters, %n annotation(s)</source>
        <translation>
            <numerusform>%1 characters, %n annotation</numerusform>
            <numerusform>%1 characters, %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message numerus="yes">
        <source>Showing %n passage(s); at most %1 documents can be compared.</source>
        <translation>
            <numerusform>Showing %n passage; at most %1 documents can be compared.</numerusform>
            <numerusform>Showing %n passages; at most %1 documents can be compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, skipped.</source>
        <translation>
            <numerusform>%n already in the project, skipped.</numerusform>
            <numerusform>%n already in the project, skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 annotation(s) anchored.</source>
        <translation>
            <numerusform>%n of %1 annotation anchored.</numerusform>
            <numerusform>%n of %1 annotations anchored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not anchored:</source>
        <translation>
            <numerusform>%n annotation not anchored:</numerusform>
            <numerusform>%n annotations not anchored:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim record created with %n anchor(s).</source>
        <translation>
            <numerusform>Claim record created with %n anchor.</numerusform>
            <numerusform>Claim record created with %n anchors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The claim record now has %n anchor(s).</source>
        <translation>
            <numerusform>The claim record now has %n anchor.</numerusform>
            <numerusform>The claim record now has %n anchors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim record made from the cluster (%n rendering(s)).</source>
        <translation>
            <numerusform>Claim record made from the cluster (%n rendering).</numerusform>
            <numerusform>Claim record made from the cluster (%n renderings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionBar</name>
    <message numerus="yes">
        <source>Latest of %n revision(s)</source>
        <translation>
            <numerusform>Latest of %n revision</numerusform>
            <numerusform>Latest of %n revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionCompareDialog</name>
    <message numerus="yes">
        <source>not attached: found in %n place(s)</source>
        <translation>
            <numerusform>not attached: found in %n place</numerusform>
            <numerusform>not attached: found in %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::SearchDock</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::TagManagerDialog</name>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s); it will be removed from them.</source>
        <translation>
            <numerusform>“%1” is used by %n annotation; it will be removed from it.</numerusform>
            <numerusform>“%1” is used by %n annotations; it will be removed from them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” contains %n subtag(s).</source>
        <translation>
            <numerusform>“%1” contains %n subtag.</numerusform>
            <numerusform>“%1” contains %n subtags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::TagModel</name>
    <message numerus="yes">
        <source>Used by %n annotation(s)</source>
        <translation>
            <numerusform>Used by %n annotation</numerusform>
            <numerusform>Used by %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineWidget</name>
    <message numerus="yes">
        <source>Followed %1 after %n day(s)</source>
        <translation>
            <numerusform>Followed %1 after %n day</numerusform>
            <numerusform>Followed %1 after %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �.</source>
        <translation>
            <numerusform>%n invalid byte sequence replaced with �.</numerusform>
            <numerusform>%n invalid byte sequences replaced with �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of %n PDF page(s) extracted in reading order</source>
        <translation>
            <numerusform>Text of %n PDF page extracted in reading order</numerusform>
            <numerusform>Text of %n PDF pages extracted in reading order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n running header, footer or page number line(s) dropped</source>
        <translation>
            <numerusform>; %n running header, footer or page number line dropped</numerusform>
            <numerusform>; %n running header, footer or page number lines dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message numerus="yes">
        <source>Delete tag “%1” from %n annotation(s)</source>
        <translation>
            <numerusform>Delete tag “%1” from %n annotation</numerusform>
            <numerusform>Delete tag “%1” from %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
