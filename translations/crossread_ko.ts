<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddEntityCommand</name>
    <message>
        <source>Add speaker “%1”</source>
        <translation>화자 “%1” 추가</translation>
    </message>
</context>
<context>
    <name>AddRevisionCommand</name>
    <message>
        <source>Import a new revision of “%1”</source>
        <translation>“%1”의 새 개정판 가져오기</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>태그 “%1” 추가</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create an empty project file</source>
        <translation>빈 프로젝트 파일 만들기</translation>
    </message>
    <message>
        <source>Show schema version and counts per table</source>
        <translation>스키마 버전과 테이블별 개수 표시</translation>
    </message>
    <message>
        <source>Check integrity and verify every annotation&apos;s quote</source>
        <translation>무결성을 검사하고 모든 주석의 인용문 확인</translation>
    </message>
    <message>
        <source>Import text, Markdown, HTML or PDF files as documents</source>
        <translation>텍스트, Markdown, HTML 또는 PDF 파일을 문서로 가져오기</translation>
    </message>
    <message>
        <source>List the documents with their metadata</source>
        <translation>메타데이터와 함께 문서 목록 표시</translation>
    </message>
    <message>
        <source>Print a document&apos;s stored text exactly as offsets count it</source>
        <translation>오프셋 기준과 정확히 같게 문서의 저장된 텍스트 출력</translation>
    </message>
    <message>
        <source>Annotate code points [N, M) of a document</source>
        <translation>문서의 코드 포인트 [N, M)에 주석 달기</translation>
    </message>
    <message>
        <source>Print every annotation with its anchor</source>
        <translation>모든 주석을 앵커와 함께 출력</translation>
    </message>
    <message>
        <source>Print statements rendered in several documents</source>
        <translation>여러 문서에 나오는 진술 출력</translation>
    </message>
    <message>
        <source>Print suggested attributions, claims and unverified passages</source>
        <translation>제안된 인용 출처, 주장, 미확인 구절 출력</translation>
    </message>
    <message>
        <source>Export annotations (CSV, W3C, ClaimReview) or a report (HTML, PDF)</source>
        <translation>주석(CSV, W3C, ClaimReview) 또는 보고서(HTML, PDF) 내보내기</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations, re-anchoring each one</source>
        <translation>W3C 웹 주석을 가져와 각각 다시 앵커링</translation>
    </message>
    <message>
        <source>Usage: crossread-cli COMMAND [ARGUMENTS…]</source>
        <translation>사용법: crossread-cli 명령 [인수…]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &apos;crossread-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>명령의 옵션을 보려면 &apos;crossread-cli 명령 --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown command &apos;%1&apos;. Run &apos;crossread-cli --help&apos;.</source>
        <translation>crossread-cli: 알 수 없는 명령 &apos;%1&apos;. &apos;crossread-cli --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>Full-text search of document text, titles and notes</source>
        <translation>문서 텍스트, 제목, 메모의 전체 텍스트 검색</translation>
    </message>
    <message>
        <source>Print claim records with their anchors and verdict</source>
        <translation>주장 기록을 앵커 및 판정과 함께 출력</translation>
    </message>
    <message>
        <source>Make statement clusters N… claim records</source>
        <translation>진술 클러스터 N…을(를) 주장 기록으로 만들기</translation>
    </message>
    <message>
        <source>Print the coverage matrix of claims by outlet</source>
        <translation>매체별 주장 보도 매트릭스 출력</translation>
    </message>
    <message>
        <source>Print when each outlet carried each claim</source>
        <translation>각 매체가 각 주장을 언제 보도했는지 출력</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>검색 결과 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterActions</name>
    <message>
        <source>Confirm statement cluster</source>
        <translation>진술 클러스터 확인</translation>
    </message>
    <message>
        <source>Split statement cluster</source>
        <translation>진술 클러스터 분할</translation>
    </message>
    <message>
        <source>Give verdict to the same statement</source>
        <translation>같은 진술에 판정 지정</translation>
    </message>
</context>
<context>
    <name>Crossread</name>
    <message>
        <source>No output file was given.</source>
        <translation>출력 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1은(는) 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하거나 바꾸기를 허용하세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Quoted directly</source>
        <translation>직접 인용</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>간접 인용</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>익명 출처</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>유보적 표현</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>“%1”에 주석 달기</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>“%2”에 태그 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationsCommand</name>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 추가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AddDocumentCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” 가져오기</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationImporter</name>
    <message>
        <source>The collection&apos;s pages are not in the file (it only links to %1).</source>
        <translation>컬렉션의 페이지가 파일에 없습니다(%1에 대한 링크만 있음).</translation>
    </message>
    <message>
        <source>The file holds no W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>파일에 W3C 웹 주석이 없습니다(Annotation, AnnotationPage, AnnotationCollection 없음).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>파일이 올바른 JSON이 아닙니다(바이트 %2에서 %1).</translation>
    </message>
    <message>
        <source>no document in the project matches %1</source>
        <translation>프로젝트에 %1과(와) 일치하는 문서가 없습니다</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(대상 없음)</translation>
    </message>
    <message>
        <source>no quote, and its position is not inside the document</source>
        <translation>인용문이 없고 위치가 문서 안에 있지 않습니다</translation>
    </message>
    <message>
        <source>the quote was not found in the document</source>
        <translation>문서에서 인용문을 찾지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotations could not be stored: %1</source>
        <translation>주석을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>%1

The text at this position no longer matches the quote.</source>
        <translation>%1

이 위치의 텍스트가 더 이상 인용문과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
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
        <translation>주석</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>구절로 이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>주석 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Filter annotations…</source>
        <translation>주석 필터…</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>텍스트로 주석 필터링</translation>
    </message>
    <message>
        <source>Show only annotations whose quote, note, tags, speaker, verdict or document contain all of these words</source>
        <translation>인용문, 메모, 태그, 화자, 판정 또는 문서에 이 단어가 모두 포함된 주석만 표시</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>태그로 필터링</translation>
    </message>
    <message>
        <source>Show only annotations with this tag or one of its subtags</source>
        <translation>이 태그나 하위 태그가 있는 주석만 표시</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>문서로 필터링</translation>
    </message>
    <message>
        <source>Show only annotations in this document</source>
        <translation>이 문서의 주석만 표시</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>판정으로 필터링</translation>
    </message>
    <message>
        <source>Show only annotations with this verdict</source>
        <translation>이 판정의 주석만 표시</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>모든 판정</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>주석 %n개 중 %1개 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimBuilder</name>
    <message>
        <source>Claim from statement “%1”</source>
        <translation>진술 “%1”에서 주장 만들기</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimColumnProxy</name>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>보도 매체</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimPanel</name>
    <message>
        <source>Claim record</source>
        <translation>주장 기록</translation>
    </message>
    <message>
        <source>Remove from Claim</source>
        <translation>주장에서 제거</translation>
    </message>
    <message>
        <source>One verdict for this statement in every outlet that carries it</source>
        <translation>이 진술을 보도한 모든 매체에 적용되는 하나의 판정</translation>
    </message>
    <message>
        <source>Verdict of the claim</source>
        <translation>주장의 판정</translation>
    </message>
    <message>
        <source>Rationale of the claim</source>
        <translation>주장의 근거</translation>
    </message>
    <message>
        <source>This annotation no longer anchors the claim; the annotation stays</source>
        <translation>이 주석을 더 이상 주장의 앵커로 사용하지 않습니다. 주석은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>Carried by:</source>
        <translation>보도 매체:</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n anchor(s))</source>
        <translation>
            <numerusform>%1 (앵커 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimReviewExporter</name>
    <message>
        <source>Unproven</source>
        <translation>입증되지 않음</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>검증 불가</translation>
    </message>
    <message>
        <source>Independent fact-check</source>
        <translation>독립 팩트체크</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist. Create it first with: crossread-cli new %1</source>
        <translation>crossread-cli: 프로젝트 &apos;%1&apos;이(가) 없습니다. 먼저 다음 명령으로 만드세요: crossread-cli new %1</translation>
    </message>
    <message>
        <source>crossread-cli: cannot open &apos;%1&apos;: %2</source>
        <translation>crossread-cli: &apos;%1&apos;을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</source>
        <translation>사용법: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</translation>
    </message>
    <message>
        <source>Imports text, Markdown, HTML and PDF files into an existing project; folders are searched recursively.</source>
        <translation>텍스트, Markdown, HTML, PDF 파일을 기존 프로젝트로 가져옵니다. 폴더는 재귀적으로 검색합니다.</translation>
    </message>
    <message>
        <source>crossread-cli: --max-size needs a positive number of megabytes</source>
        <translation>crossread-cli: --max-size에는 양수 메가바이트 값이 필요합니다</translation>
    </message>
    <message>
        <source>[%1/%2] done</source>
        <translation>[%1/%2] 완료</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 failed</source>
        <translation>%1개 가져옴, %2개 건너뜀, %3개 실패</translation>
    </message>
    <message>
        <source>Usage: crossread-cli list PROJECT [--json]</source>
        <translation>사용법: crossread-cli list PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli text PROJECT DOC</source>
        <translation>사용법: crossread-cli text PROJECT DOC</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a document id (see &apos;crossread-cli list&apos;)</source>
        <translation>crossread-cli: &apos;%1&apos;은(는) 문서 ID가 아닙니다(&apos;crossread-cli list&apos; 참조)</translation>
    </message>
    <message>
        <source>crossread-cli: no document %1 in &apos;%2&apos;</source>
        <translation>crossread-cli: &apos;%2&apos;에 문서 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>Writes the project&apos;s annotations as CSV, W3C Web Annotations (wadm), schema.org ClaimReview, or a report in HTML or PDF. An existing FILE is only replaced with --force; --bom starts a CSV with a byte order mark for spreadsheet programs.</source>
        <translation>프로젝트의 주석을 CSV, W3C 웹 주석(wadm), schema.org ClaimReview 또는 HTML·PDF 보고서로 씁니다. 기존 FILE은 --force를 지정할 때만 바뀝니다. --bom은 스프레드시트 프로그램을 위해 CSV 앞에 바이트 순서 표시를 넣습니다.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>알 수 없는 옵션 %1.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>예상하지 못한 인수 %1.</translation>
    </message>
    <message>
        <source>export needs PROJECT, --format and -o FILE.</source>
        <translation>export에는 PROJECT, --format, -o FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use one of: %2).</source>
        <translation>알 수 없는 형식 &apos;%1&apos;(다음 중 하나 사용: %2).</translation>
    </message>
    <message>
        <source>--bom only applies to --format csv.</source>
        <translation>--bom은 --format csv에만 적용됩니다.</translation>
    </message>
    <message>
        <source>crossread-cli: %1 already exists; add --force to replace it.</source>
        <translation>crossread-cli: %1이(가) 이미 있습니다. 바꾸려면 --force를 추가하세요.</translation>
    </message>
    <message>
        <source>crossread-cli: %1</source>
        <translation>crossread-cli: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1을(를) 썼습니다.</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations into the project&apos;s documents, re-anchoring each one by position, by quote and context, or by an approximate match, and lists those that could not be anchored.</source>
        <translation>W3C 웹 주석을 프로젝트 문서로 가져와 각각 위치, 인용문과 문맥, 또는 근사 일치로 다시 앵커링하고, 앵커링하지 못한 주석을 나열합니다.</translation>
    </message>
    <message>
        <source>import-annotations needs PROJECT and FILE.</source>
        <translation>import-annotations에는 PROJECT와 FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Anchored %1 of %2 annotations (%3 by position, %4 by quote, %5 approximately).</source>
        <translation>주석 %2개 중 %1개를 앵커링했습니다(위치 %3개, 인용문 %4개, 근사 %5개).</translation>
    </message>
    <message>
        <source>Created %1 tags and %2 speakers.</source>
        <translation>태그 %1개와 화자 %2명을 만들었습니다.</translation>
    </message>
    <message>
        <source>Not anchored: #%1 %2 “%3”: %4</source>
        <translation>앵커링 실패: #%1 %2 “%3”: %4</translation>
    </message>
    <message>
        <source>crossread-cli: no document &apos;%1&apos; in the project (see: crossread-cli list FILE).</source>
        <translation>crossread-cli: 프로젝트에 문서 &apos;%1&apos;이(가) 없습니다(참조: crossread-cli list FILE).</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names %2 documents; use the document&apos;s id.</source>
        <translation>crossread-cli: &apos;%1&apos;에 해당하는 문서가 %2개입니다. 문서 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new에는 FILE이 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>Created %1 (format version %2).</source>
        <translation>%1을(를) 만들었습니다(형식 버전 %2).</translation>
    </message>
    <message>
        <source>info needs exactly one FILE.</source>
        <translation>info에는 FILE이 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Format version: %1 (this build writes %2)</source>
        <translation>형식 버전: %1(이 빌드는 %2 기록)</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>테이블별 행 수:</translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check에는 FILE이 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>무결성: %1</translation>
    </message>
    <message>
        <source>document %1: the original bytes do not match their SHA-256</source>
        <translation>문서 %1: 원본 바이트가 SHA-256과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>document %1: the stored length does not match the text</source>
        <translation>문서 %1: 저장된 길이가 텍스트와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>annotation %1 in document %2: the quote “%3” does not match the text at [%4, %5): “%6”</source>
        <translation>문서 %2의 주석 %1: 인용문 “%3”이(가) [%4, %5)의 텍스트 “%6”과(와) 일치하지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: 문제 %n개를 발견했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (%2 documents, %3 annotations verified).</source>
        <translation>%1: 정상(문서 %2개, 주석 %3개 확인됨).</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1에는 정수가 필요합니다.</translation>
    </message>
    <message>
        <source>--tag needs a tag name.</source>
        <translation>--tag에는 태그 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>annotate needs FILE and DOC.</source>
        <translation>annotate에는 FILE과 DOC가 필요합니다.</translation>
    </message>
    <message>
        <source>annotate needs --start and --end.</source>
        <translation>annotate에는 --start와 --end가 필요합니다.</translation>
    </message>
    <message>
        <source>annotate needs at least one --tag.</source>
        <translation>annotate에는 --tag가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag &apos;%1&apos; (tags: %2).</source>
        <translation>crossread-cli: 태그 &apos;%1&apos;이(가) 없습니다(태그: %2).</translation>
    </message>
    <message>
        <source>annotations needs FILE and optionally DOC.</source>
        <translation>annotations에는 FILE과 선택적으로 DOC가 필요합니다.</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (고아)</translation>
    </message>
    <message>
        <source>Prints the suggested annotations (attributions with their speaker, claims, unverified passages) of every document, or of DOC (an id, title or file name); rejected ones are left out.</source>
        <translation>모든 문서 또는 DOC(ID, 제목, 파일 이름)의 제안된 주석(화자가 있는 인용 출처, 주장, 미확인 구절)을 출력합니다. 거부된 항목은 제외합니다.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;.</source>
        <translation>crossread-cli: 알 수 없는 옵션 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>crossread-cli: suggest needs a PROJECT and at most one DOC.</source>
        <translation>crossread-cli: suggest에는 PROJECT 하나와 최대 하나의 DOC가 필요합니다.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names several documents; use the document&apos;s id.</source>
        <translation>crossread-cli: &apos;%1&apos;에 해당하는 문서가 여러 개입니다. 문서 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>Find passages in different documents that render the same statement.</source>
        <translation>서로 다른 문서에서 같은 진술을 전하는 구절을 찾습니다.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>클러스터 %1개</translation>
    </message>
    <message>
        <source>Search document text, titles and notes. QUERY takes &quot;phrases&quot;, prefix*, AND, OR, NOT and parentheses; case and diacritics are ignored. Prints document, field, code point offsets and a snippet with the hit in [brackets].</source>
        <translation>문서 텍스트, 제목, 메모를 검색합니다. QUERY에는 &quot;구문&quot;, 접두사*, AND, OR, NOT, 괄호를 사용할 수 있으며 대소문자와 발음 구별 기호는 무시합니다. 문서, 필드, 코드 포인트 오프셋, 그리고 일치 항목을 [대괄호]로 표시한 발췌문을 출력합니다.</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>--limit에는 &apos;%1&apos;이(가) 아닌 양수가 필요합니다.</translation>
    </message>
    <message>
        <source>--in takes text, title and note separated by commas, not &apos;%1&apos;.</source>
        <translation>--in에는 &apos;%1&apos;이(가) 아니라 쉼표로 구분한 text, title, note를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1에는 &apos;%2&apos;이(가) 아닌 YYYY-MM-DD 형식의 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist.</source>
        <translation>crossread-cli: 프로젝트 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag named &apos;%1&apos;.</source>
        <translation>crossread-cli: &apos;%1&apos;(이)라는 태그가 없습니다.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>주장 %1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>주장 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>crossread-cli: there is no cluster %1 (see &apos;crossread-cli clusters&apos;).</source>
        <translation>crossread-cli: 클러스터 %1이(가) 없습니다(&apos;crossread-cli clusters&apos; 참조).</translation>
    </message>
    <message>
        <source>crossread-cli: cluster %1: %2</source>
        <translation>crossread-cli: 클러스터 %1: %2</translation>
    </message>
    <message>
        <source>cluster %1 → claim %2</source>
        <translation>클러스터 %1 → 주장 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made or extended</source>
        <translation>
            <numerusform>주장 %n개를 만들거나 확장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the claim records with their anchors and verdict; --from-clusters first makes a claim record of every statement cluster.</source>
        <translation>주장 기록을 앵커 및 판정과 함께 출력합니다. --from-clusters를 지정하면 먼저 모든 진술 클러스터를 주장 기록으로 만듭니다.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;</source>
        <translation>crossread-cli: 알 수 없는 옵션 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Confirm statement clusters N… (numbered as &apos;crossread-cli clusters&apos; prints them) and make each a claim record.</source>
        <translation>진술 클러스터 N…(&apos;crossread-cli clusters&apos;가 출력하는 번호)을 확인하고 각각을 주장 기록으로 만듭니다.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a cluster number</source>
        <translation>crossread-cli: &apos;%1&apos;은(는) 클러스터 번호가 아닙니다</translation>
    </message>
    <message>
        <source>Print the coverage matrix: claim records and speakers by outlet, with prominence and framing.</source>
        <translation>보도 매트릭스를 출력합니다: 매체별 주장 기록과 화자, 비중 및 프레이밍.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>omitted</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports FILE as a newer revision of document DOC and re-anchors every annotation onto it, printing what moved, what was reworded and what is orphaned or ambiguous.</source>
        <translation>FILE을 문서 DOC의 새 개정판으로 가져와 모든 주석을 다시 앵커링하고, 이동된 주석, 문구가 바뀐 주석, 고아 또는 모호한 주석을 출력합니다.</translation>
    </message>
    <message>
        <source>document %1 is revision %2 of document %3</source>
        <translation>문서 %1은(는) 문서 %3의 개정판 %2입니다</translation>
    </message>
    <message>
        <source>found %1 times; the context does not tell which: not attached</source>
        <translation>%1번 발견되었지만 문맥으로 구분할 수 없음: 연결하지 않음</translation>
    </message>
    <message>
        <source>%1 unchanged, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned</source>
        <translation>변경 없음 %1개, 이동 %2개, 문구 변경 %3개, 모호 %4개, 고아 %5개</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</source>
        <translation>사용법: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</source>
        <translation>사용법: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import-annotations PROJECT FILE</source>
        <translation>사용법: crossread-cli import-annotations PROJECT FILE</translation>
    </message>
    <message>
        <source>Usage: crossread-cli new FILE</source>
        <translation>사용법: crossread-cli new FILE</translation>
    </message>
    <message>
        <source>Creates an empty project file.</source>
        <translation>빈 프로젝트 파일을 만듭니다.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli info FILE</source>
        <translation>사용법: crossread-cli info FILE</translation>
    </message>
    <message>
        <source>Shows the format version and the number of rows per table.</source>
        <translation>형식 버전과 테이블별 행 수를 표시합니다.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli check FILE</source>
        <translation>사용법: crossread-cli check FILE</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, every document&apos;s hash and every annotation&apos;s quote; exits with 1 when something is wrong.</source>
        <translation>파일 무결성, 모든 문서의 해시, 모든 주석의 인용문을 검사합니다. 문제가 있으면 1로 종료합니다.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</source>
        <translation>사용법: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</translation>
    </message>
    <message>
        <source>Annotates code points [N, M) of document DOC (an id or a title) and prints the new annotation&apos;s id once it is saved.</source>
        <translation>문서 DOC(ID 또는 제목)의 코드 포인트 [N, M)에 주석을 달고, 저장되면 새 주석의 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotations FILE [DOC] [--json]</source>
        <translation>사용법: crossread-cli annotations FILE [DOC] [--json]</translation>
    </message>
    <message>
        <source>Prints every annotation (of one document, when DOC is given) with its anchor, quote, tags, verdict, speaker and note.</source>
        <translation>모든 주석(DOC를 지정하면 해당 문서의 주석)을 앵커, 인용문, 태그, 판정, 화자, 메모와 함께 출력합니다.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli clusters PROJECT [--json]</source>
        <translation>사용법: crossread-cli clusters PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli suggest PROJECT [DOC] [--json]</source>
        <translation>사용법: crossread-cli suggest PROJECT [DOC] [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</source>
        <translation>사용법: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claims PROJECT [--json] [--from-clusters]</source>
        <translation>사용법: crossread-cli claims PROJECT [--json] [--from-clusters]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claim-from-cluster PROJECT N…</source>
        <translation>사용법: crossread-cli claim-from-cluster PROJECT N…</translation>
    </message>
    <message>
        <source>Usage: crossread-cli matrix PROJECT [--csv]</source>
        <translation>사용법: crossread-cli matrix PROJECT [--csv]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli timeline PROJECT [--json]</source>
        <translation>사용법: crossread-cli timeline PROJECT [--json]</translation>
    </message>
</context>
<context>
    <name>Crossread::ClusterModel</name>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Renderings</source>
        <translation>표현</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>알 수 없는 화자</translation>
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
            <numerusform>표현 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>가장 이른</translation>
    </message>
    <message numerus="yes">
        <source>%n word change(s)</source>
        <translation>
            <numerusform>단어 변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <comment>statement, then its speaker</comment>
        <translation>“%1”
— %2</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <comment>statement, then its speaker</comment>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>Crossread::ClustersDock</name>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>earliest rendering</source>
        <translation>가장 이른 표현</translation>
    </message>
    <message>
        <source>Statement Clusters</source>
        <translation>진술 클러스터</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;plit Off Selected</source>
        <translation>선택 항목 분리(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Match Again</source>
        <translation>다시 일치(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Give Verdict</source>
        <translation>판정 지정(&amp;G)</translation>
    </message>
    <message>
        <source>Link the renderings as the same statement (annotating them where needed)</source>
        <translation>표현들을 같은 진술로 연결(필요하면 주석 추가)</translation>
    </message>
    <message>
        <source>Take the selected renderings out of this cluster</source>
        <translation>선택한 표현을 이 클러스터에서 제외</translation>
    </message>
    <message numerus="yes">
        <source>Give the verdict “%1” to %n other rendering(s) of this statement?</source>
        <translation>
            <numerusform>이 진술의 다른 표현 %n개에도 판정 “%1”을(를) 지정할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>진술 클러스터</translation>
    </message>
    <message>
        <source>Differences from the earliest rendering</source>
        <translation>가장 이른 인용과의 차이</translation>
    </message>
    <message>
        <source>Matching progress</source>
        <translation>대조 진행 상황</translation>
    </message>
</context>
<context>
    <name>Crossread::ComparisonArea</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No document open&lt;/p&gt;&lt;p&gt;Double-click a document in the &lt;b&gt;Documents&lt;/b&gt; list, or select several and choose &lt;b&gt;Compare side by side&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Import…&lt;/b&gt; to add articles.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;열린 문서 없음&lt;/p&gt;&lt;p&gt;&lt;b&gt;문서&lt;/b&gt; 목록에서 문서를 두 번 클릭하거나, 여러 문서를 선택하고 &lt;b&gt;나란히 비교&lt;/b&gt;를 선택하세요.&lt;/p&gt;&lt;p&gt;기사를 추가하려면 &lt;b&gt;파일 ▸ 가져오기…&lt;/b&gt;를 사용하세요.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageDock</name>
    <message>
        <source>Coverage Matrix</source>
        <translation>보도 매트릭스</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>보도 매트릭스</translation>
    </message>
    <message>
        <source>Click a cell to open that outlet&apos;s rendering; empty cells are omissions</source>
        <translation>셀을 클릭하면 해당 매체의 표현이 열립니다. 빈 셀은 누락입니다</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Claim records</source>
        <translation>주장 기록</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Save the matrix with prominence and framing as a CSV file</source>
        <translation>비중과 프레이밍을 포함한 매트릭스를 CSV 파일로 저장</translation>
    </message>
    <message>
        <source>No claim records yet.</source>
        <translation>아직 주장 기록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) × %1 outlet(s); %2 omission(s)</source>
        <translation>
            <numerusform>%n행 × 매체 %1곳, 누락 %2개</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export Coverage Matrix</source>
        <translation>보도 매트릭스 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Coverage heat map</source>
        <translation>보도 히트맵</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageHeatMapWidget</name>
    <message>
        <source>Coverage heat map</source>
        <translation>보도 히트맵</translation>
    </message>
    <message>
        <source>No claim records yet. Select annotations in several columns and choose Same Claim.</source>
        <translation>아직 주장 기록이 없습니다. 여러 열에서 주석을 선택한 다음 같은 주장을 선택하세요.</translation>
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
        <translation>%1은(는) “%2”을(를) 보도하지 않았습니다: 누락.</translation>
    </message>
    <message>
        <source>%1 carries “%2”
Prominence: %3
Framing: %4</source>
        <translation>%1이(가) “%2”을(를) 보도함
비중: %3
프레이밍: %4</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rendering(s) in this outlet</source>
        <translation>
            <numerusform>이 매체의 표현 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>화자: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
Carried by %2 of %n outlet(s)</source>
        <translation>
            <numerusform>%1
매체 %n곳 중 %2곳에서 보도</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes of %1 in %2 of %n outlet(s)</source>
        <translation>
            <numerusform>매체 %n곳 중 %2곳에서 %1의 발언 인용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::DemoProject</name>
    <message>
        <source>The demo needs a project open for writing.</source>
        <translation>데모에는 쓰기 가능하게 열린 프로젝트가 필요합니다.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is missing from the program&apos;s resources.</source>
        <translation>프로그램 리소스에 데모 주석 목록이 없습니다.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is damaged: %1</source>
        <translation>데모 주석 목록이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Cannot import the sample “%1”: %2</source>
        <translation>샘플 “%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot store the sample “%1”: %2</source>
        <translation>샘플 “%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The demo annotation “%1” names an unknown sample “%2”.</source>
        <translation>데모 주석 “%1”이(가) 알 수 없는 샘플 “%2”을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>The quote “%1” is not in the sample “%2”.</source>
        <translation>인용문 “%1”이(가) 샘플 “%2”에 없습니다.</translation>
    </message>
    <message>
        <source>The demo uses an unknown tag “%1”.</source>
        <translation>데모가 알 수 없는 태그 “%1”을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Cannot store a demo annotation: %1</source>
        <translation>데모 주석을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the demo project: %1</source>
        <translation>데모 프로젝트 폴더를 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentColumn</name>
    <message>
        <source>Move column left</source>
        <translation>열을 왼쪽으로 이동</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>열을 오른쪽으로 이동</translation>
    </message>
    <message>
        <source>Close column</source>
        <translation>열 닫기</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>문서: %1</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>문서 속성</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>속성…</translation>
    </message>
    <message>
        <source>Close Column</source>
        <translation>열 닫기</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentModel</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column header: number of annotations</comment>
        <translation>주석</translation>
    </message>
    <message>
        <source>Number of annotations in the document</source>
        <translation>문서의 주석 수</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Outlet: %1</source>
        <translation>매체: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>게시일: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>파일: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>가져오기: %1</translation>
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
        <translation>제목</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>알 수 없음(&amp;U)</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>문서 속성</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>게시일 알 수 없음</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language of the text, as a code such as “en” or “uk”</source>
        <translation>텍스트의 언어(“en”, “uk” 같은 코드)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>매체(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>게시일(&amp;P):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>주소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>가져오기 정보</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>가져온 날짜:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>참고 사항:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(기록되지 않음)</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n annotation(s)</source>
        <translation>
            <numerusform>%1자, 주석 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties of “%1”</source>
        <translation>“%1”의 속성</translation>
    </message>
    <message>
        <source>The address is not a web address (https://…).</source>
        <translation>주소가 웹 주소(https://…)가 아닙니다.</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>변경 사항을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>문서 텍스트</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>화자: %1</translation>
    </message>
    <message>
        <source>Orphaned: the quoted text no longer matches here.</source>
        <translation>고아 주석: 인용된 텍스트가 더 이상 여기와 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentsDock</name>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>나란히 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>문서 필터…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>문서 필터링</translation>
    </message>
    <message>
        <source>Show only documents whose title, outlet or date contains this text</source>
        <translation>제목, 매체 또는 날짜에 이 텍스트가 포함된 문서만 표시</translation>
    </message>
    <message>
        <source>Open the selected documents in columns side by side</source>
        <translation>선택한 문서를 열로 나란히 열기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column header: number of annotations</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>속성…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, author, date, address and language</source>
        <translation>제목, 매체, 작성자, 날짜, 주소, 언어 편집</translation>
    </message>
</context>
<context>
    <name>Crossread::EvidenceLinkDialog</name>
    <message>
        <source>Add Evidence Link</source>
        <translation>증거 링크 추가</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>What the source is, e.g. “Ministry briefing, 5 March”</source>
        <translation>출처 설명, 예: “부처 브리핑, 3월 5일”</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>접속 날짜</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation>접속일(&amp;C):</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>웹 주소가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Crossread::Exporter</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 스프레드시트 (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C 웹 주석 (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.jsonld *.json)</source>
        <translation>ClaimReview JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 보고서 (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 보고서 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하거나 바꾸기를 허용하세요.</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과(Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과(Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>찾기 표시줄 닫기(Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 표시줄 닫기</translation>
    </message>
    <message>
        <source>Wrapped to the top</source>
        <translation>처음부터 다시 검색함</translation>
    </message>
    <message>
        <source>Wrapped to the bottom</source>
        <translation>끝에서부터 다시 검색함</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>Crossread::FramingInfo</name>
    <message>
        <source>quoted</source>
        <translation>직접 인용</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>간접 인용</translation>
    </message>
    <message>
        <source>anonymous source</source>
        <translation>익명 출처</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>유보적 표현</translation>
    </message>
</context>
<context>
    <name>Crossread::FtsQuery</name>
    <message>
        <source>“%1” needs a word or phrase on both sides, e.g. “war NOT games”.</source>
        <translation>“%1”의 양쪽에는 단어나 구문이 있어야 합니다. 예: “war NOT games”.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>닫는 괄호에 대응하는 여는 괄호가 없습니다.</translation>
    </message>
    <message>
        <source>Parentheses need a word or phrase inside, and operators need one on both sides.</source>
        <translation>괄호 안에는 단어나 구문이 있어야 하고, 연산자 양쪽에도 단어나 구문이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The search ends with an operator; add a word or phrase after it.</source>
        <translation>검색어가 연산자로 끝납니다. 연산자 뒤에 단어나 구문을 추가하세요.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>괄호가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>검사기</translation>
    </message>
    <message>
        <source>Select an annotation in a document or in the Annotations list to see and edit its tags, note, verdict and sources here.</source>
        <translation>문서나 주석 목록에서 주석을 선택하면 여기에서 태그, 메모, 판정, 출처를 보고 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>인용된 구절</translation>
    </message>
    <message>
        <source>The text at this position no longer matches the quote. Select the passage again and use Adjust Range.</source>
        <translation>이 위치의 텍스트가 더 이상 인용문과 일치하지 않습니다. 구절을 다시 선택하고 범위 조정을 사용하세요.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Check the tags this passage carries (Space toggles the current one)</source>
        <translation>이 구절의 태그를 선택하세요(Space 키로 현재 태그 전환)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your note on this passage…</source>
        <translation>이 구절에 대한 메모…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>How well the claim holds up, on the project&apos;s rating scale</source>
        <translation>프로젝트 평가 척도에 따른 주장의 신빙성</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Why this verdict: what the sources show…</source>
        <translation>이 판정의 이유: 출처가 보여 주는 내용…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>판정(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>근거(&amp;R):</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>인용 출처</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Who says this?</source>
        <translation>누가 한 말인가요?</translation>
    </message>
    <message>
        <source>The person or organisation quoted; known names are offered as you type</source>
        <translation>인용된 사람 또는 조직. 입력하는 동안 알려진 이름이 제안됩니다</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>화자(&amp;P):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>증거 링크</translation>
    </message>
    <message>
        <source>&amp;Add Link…</source>
        <translation>링크 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a source that supports or refutes this passage</source>
        <translation>이 구절을 뒷받침하거나 반박하는 출처 추가</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>선택한 링크를 브라우저에서 열기</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>선택한 링크 제거</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted passage</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>in %1, characters %2–%3</source>
        <translation>%1, 문자 %2–%3</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>%1
accessed %2</source>
        <translation>%1
접속일 %2</translation>
    </message>
    <message>
        <source>Speaker “%1”</source>
        <translation>화자 “%1”</translation>
    </message>
    <message>
        <source>Annotation details</source>
        <translation>주석 세부 정보</translation>
    </message>
</context>
<context>
    <name>Crossread::LexiconDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>기본값으로 재설정(&amp;D)</translation>
    </message>
    <message>
        <source>Loaded Vocabulary</source>
        <translation>가치 판단적 어휘</translation>
    </message>
    <message>
        <source>New term, e.g. “special military operation”</source>
        <translation>새 용어, 예: “특별 군사 작전”</translation>
    </message>
    <message>
        <source>Terms outlined as loaded or framing vocabulary in this project. Matching ignores case; a space matches any line break.</source>
        <translation>이 프로젝트에서 가치 판단적 어휘나 프레이밍 어휘로 윤곽선 표시되는 용어입니다. 대소문자는 구분하지 않으며, 공백은 모든 줄 바꿈과 일치합니다.</translation>
    </message>
    <message>
        <source>A term cannot be empty.</source>
        <translation>용어는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is already in the lexicon.</source>
        <translation>“%1”은(는) 이미 어휘 목록에 있습니다.</translation>
    </message>
    <message>
        <source>The lexicon could not be saved.</source>
        <translation>어휘 목록을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Could not save the change</source>
        <translation>변경 사항을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>At most %1 documents can be compared; close a column first.</source>
        <translation>최대 %1개의 문서만 비교할 수 있습니다. 먼저 열 하나를 닫으세요.</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>읽기 전용으로 열까요?</translation>
    </message>
    <message>
        <source>%1

Open “%2” read-only instead? You can read and search it, but not change it.</source>
        <translation>%1

대신 “%2”을(를) 읽기 전용으로 열까요? 읽고 검색할 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.

%2</source>
        <translation>“%1”을(를) 열 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>%1 (read-only) — Crossread</source>
        <translation>%1 (읽기 전용) — Crossread</translation>
    </message>
    <message>
        <source>%1 — Crossread</source>
        <translation>%1 — Crossread</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Crossread projects (*.crossread);;All files (*)</source>
        <translation>Crossread 프로젝트 (*.crossread);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>문서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>다른 이름으로 사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
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
        <translation>문서에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>선택 영역을 단어 단위로 맞추기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Adjust Range to Selection</source>
        <translation>선택 영역으로 범위 조정(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>주석 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>다음 주석(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>이전 주석(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>태그 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>확대/축소 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>글꼴(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>동기화 스크롤(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>Crossread 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Previous annotation (Shift+F8)</source>
        <translation>이전 주석(Shift+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Next annotation (F8)</source>
        <translation>다음 주석(F8)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>%1(으)로 태그</translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation>선택 영역을 %1(으)로 태그</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>선택 영역을 %1(으)로 태그(%2)</translation>
    </message>
    <message>
        <source>Open a document and select a passage first.</source>
        <translation>먼저 문서를 열고 구절을 선택하세요.</translation>
    </message>
    <message>
        <source>Select a passage to tag, or click an annotation to add a tag to it.</source>
        <translation>태그를 지정할 구절을 선택하거나, 주석을 클릭해 태그를 추가하세요.</translation>
    </message>
    <message>
        <source>An annotation keeps at least one tag; delete it instead.</source>
        <translation>주석에는 태그가 하나 이상 있어야 합니다. 대신 주석을 삭제하세요.</translation>
    </message>
    <message>
        <source>Click an annotation (or press F8) to select it first.</source>
        <translation>먼저 주석을 클릭하거나 F8 키를 눌러 선택하세요.</translation>
    </message>
    <message>
        <source>Select an annotation, then select its new range and choose Adjust Range.</source>
        <translation>주석을 선택한 다음 새 범위를 선택하고 범위 조정을 선택하세요.</translation>
    </message>
    <message>
        <source>This document has no annotations.</source>
        <translation>이 문서에는 주석이 없습니다.</translation>
    </message>
    <message>
        <source>Document Font</source>
        <translation>문서 글꼴</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>다른 이름으로 사본 저장</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>사본을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>사본을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>Crossread 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read news articles side by side, mark claims, attributions and unverified statements, and record what the evidence says.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;뉴스 기사를 나란히 읽고, 주장과 인용 출처, 미확인 진술을 표시하고, 증거가 말하는 바를 기록하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>기사 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>Open a project for writing before importing documents.</source>
        <translation>문서를 가져오기 전에 쓰기 가능한 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>문서 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>문서 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, skipped.</source>
        <translation>
            <numerusform>%n개는 이미 프로젝트에 있어 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n passage(s); at most %1 documents can be compared.</source>
        <translation>
            <numerusform>구절 %n개를 표시합니다. 최대 %1개의 문서만 비교할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Cues</source>
        <translation>단서 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>주석 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations…</source>
        <translation>W3C 웹 주석(&amp;W)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review…</source>
        <translation>ClaimReview(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;HTML Report…</source>
        <translation>HTML 보고서(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>“%1” could not be written.

%2</source>
        <translation>“%1”에 쓸 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>주석 가져오기</translation>
    </message>
    <message>
        <source>Web annotations (*.jsonld *.json);;All files (*)</source>
        <translation>웹 주석 (*.jsonld *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>“%1” could not be imported.

%2</source>
        <translation>“%1”을(를) 가져올 수 없습니다.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 annotation(s) anchored.</source>
        <translation>
            <numerusform>주석 %1개 중 %n개를 앵커링했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1”: %2</source>
        <translation>• “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not anchored:</source>
        <translation>
            <numerusform>앵커링되지 않은 주석 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>주석을 가져왔습니다</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>속성(&amp;P)…</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>열을 왼쪽으로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Shift+PgUp</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>열을 오른쪽으로 이동(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation>Ctrl+Shift+PgDown</translation>
    </message>
    <message>
        <source>&amp;Close Column</source>
        <translation>열 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>다음 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>이전 패널(&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>문서로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Go to &amp;Annotations</source>
        <translation>주석으로 이동(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>검사기로 이동(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Go to &amp;Text</source>
        <translation>텍스트로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Loaded &amp;Vocabulary…</source>
        <translation>가치 판단적 어휘(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Select a document in the Documents list or open one first.</source>
        <translation>먼저 문서 목록에서 문서를 선택하거나 문서를 여세요.</translation>
    </message>
    <message>
        <source>Sa&amp;me Claim</source>
        <translation>같은 주장(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Make the annotations selected in the columns one claim record (Ctrl+Shift+M)</source>
        <translation>열에서 선택한 주석들을 하나의 주장 기록으로 만들기(Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Claim from &amp;Cluster</source>
        <translation>클러스터에서 주장 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the current statement cluster and make it a claim record</source>
        <translation>현재 진술 클러스터를 확인하고 주장 기록으로 만들기</translation>
    </message>
    <message>
        <source>Import as &amp;Revision of Current Document…</source>
        <translation>현재 문서의 개정판으로 가져오기(&amp;R)…</translation>
    </message>
    <message>
        <source>Compare &amp;Revisions…</source>
        <translation>개정판 비교(&amp;R)…</translation>
    </message>
    <message>
        <source>The current document has no other revision.</source>
        <translation>현재 문서에는 다른 개정판이 없습니다.</translation>
    </message>
    <message>
        <source>Select an annotation in each column that renders the claim (click it or press F8), then choose Same Claim.</source>
        <translation>각 열에서 주장을 전하는 주석을 선택한 다음(클릭하거나 F8 키 누르기) 같은 주장을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Claim record created with %n anchor(s).</source>
        <translation>
            <numerusform>앵커 %n개로 주장 기록을 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>These annotations already form one claim record.</source>
        <translation>이 주석들은 이미 하나의 주장 기록을 이루고 있습니다.</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>같은 주장</translation>
    </message>
    <message numerus="yes">
        <source>The claim record now has %n anchor(s).</source>
        <translation>
            <numerusform>이제 주장 기록에 앵커가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a statement cluster in the Clusters panel first.</source>
        <translation>먼저 클러스터 패널에서 진술 클러스터를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Claim record made from the cluster (%n rendering(s)).</source>
        <translation>
            <numerusform>클러스터에서 주장 기록을 만들었습니다(표현 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document the new version replaces first.</source>
        <translation>먼저 새 버전으로 대체할 문서를 여세요.</translation>
    </message>
    <message>
        <source>Import as Revision</source>
        <translation>개정판으로 가져오기</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md *.pdf);;All files (*)</source>
        <translation>기사 (*.html *.htm *.txt *.md *.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot import the revision</source>
        <translation>개정판을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Revision imported: %1 annotation(s) in place or moved, %2 reworded, %3 not attached.</source>
        <translation>개정판을 가져왔습니다: 주석 %1개는 제자리에 있거나 이동했고, %2개는 문구가 바뀌었으며, %3개는 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation>프로젝트 검색(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search the text, titles and notes of every document</source>
        <translation>모든 문서의 텍스트, 제목, 메모 검색</translation>
    </message>
</context>
<context>
    <name>Crossread::ProjectStore</name>
    <message>
        <source>Cannot create “%1”: a file of that name exists.</source>
        <translation>“%1”을(를) 만들 수 없습니다: 같은 이름의 파일이 있습니다.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>프로젝트 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>“%1”을(를) 프로젝트로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>“%1” is not a Crossread project (it is not an SQLite database).</source>
        <translation>“%1”은(는) Crossread 프로젝트가 아닙니다(SQLite 데이터베이스가 아님).</translation>
    </message>
    <message>
        <source>The project “%1” is already open in another Crossread window (process %2 on %3). You can open it read-only.</source>
        <translation>프로젝트 “%1”이(가) 이미 다른 Crossread 창에서 열려 있습니다(%3의 프로세스 %2). 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be locked for writing. You can open it read-only.</source>
        <translation>프로젝트 “%1”을(를) 쓰기용으로 잠글 수 없습니다. 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Crossread project.</source>
        <translation>“%1”은(는) SQLite 데이터베이스이지만 Crossread 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Crossread (format %2; this version reads up to %3). Update Crossread to open it.</source>
        <translation>프로젝트 “%1”은(는) 최신 버전의 Crossread에서 저장되었습니다(형식 %2, 이 버전은 %3까지 읽음). 열려면 Crossread를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy instead.</source>
        <translation>프로젝트 “%1”이(가) 손상되었습니다(%2). 대신 백업 사본을 여세요.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (no schema version).</source>
        <translation>프로젝트 “%1”이(가) 손상되었습니다(스키마 버전 없음).</translation>
    </message>
    <message>
        <source>The project “%1” was saved by an older version of Crossread and must be upgraded; open it for writing once.</source>
        <translation>프로젝트 “%1”은(는) 이전 버전의 Crossread에서 저장되어 업그레이드가 필요합니다. 한 번 쓰기 가능하게 여세요.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>프로젝트 “%1”이(가) 손상되어 열 수 없습니다. 대신 백업 사본을 여세요.</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>프로젝트 “%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>“%1”을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation>“%1”에 사본을 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project is open read-only; changes are not possible.</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the file is busy in another program</source>
        <translation>다른 프로그램이 파일을 사용 중입니다</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>a disk error occurred</source>
        <translation>디스크 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. Nothing was changed.</source>
        <translation>“%1”의 변경 사항을 저장할 수 없습니다: %2. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>테이블 %2의 행 %1이(가) %3의 없는 행을 참조합니다.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>문서 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A tag named “%1” exists already.</source>
        <translation>“%1”(이)라는 태그가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The shortcut %1 is used by the tag “%2”.</source>
        <translation>단축키 %1은(는) 태그 “%2”에서 사용 중입니다.</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>태그를 자기 자신 안에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>태그 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a built-in tag and cannot be deleted.</source>
        <translation>“%1”은(는) 기본 제공 태그이므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>사람 또는 조직에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is no person or organisation %1.</source>
        <translation>사람 또는 조직 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>주석 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>An annotation cannot be linked to itself.</source>
        <translation>주석을 자기 자신과 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>These annotations are linked that way already.</source>
        <translation>이 주석들은 이미 그렇게 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>There is no link %1.</source>
        <translation>링크 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The rating scale needs distinct, non-empty names.</source>
        <translation>평가 척도에는 서로 다른, 비어 있지 않은 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The rating scale needs at least one rating.</source>
        <translation>평가 척도에는 평가가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>설정에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>An annotation cannot start or end before the text (%1, %2).</source>
        <translation>주석은 텍스트 앞에서 시작하거나 끝날 수 없습니다(%1, %2).</translation>
    </message>
    <message>
        <source>The start (%1) of an annotation must not be after its end (%2).</source>
        <translation>주석의 시작(%1)이 끝(%2)보다 뒤에 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>The range %1–%2 lies outside the text, which has %3 characters.</source>
        <translation>범위 %1–%2이(가) 텍스트(%3자)를 벗어납니다.</translation>
    </message>
    <message>
        <source>“%1” is not on the rating scale (%2).</source>
        <translation>“%1”은(는) 평가 척도(%2)에 없습니다.</translation>
    </message>
    <message>
        <source>Move annotation to “%1”</source>
        <translation>주석을 “%1”(으)로 이동</translation>
    </message>
    <message>
        <source>Remove tags from “%1”</source>
        <translation>“%1”에서 태그 제거</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>“%2”에 태그 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <translation>“%1”의 메모 편집</translation>
    </message>
    <message>
        <source>Clear verdict on “%1”</source>
        <translation>“%1”의 판정 지우기</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on “%2”</source>
        <translation>“%2”에 판정 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit rationale on “%1”</source>
        <translation>“%1”의 근거 편집</translation>
    </message>
    <message>
        <source>Clear speaker of “%1”</source>
        <translation>“%1”의 화자 지우기</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on “%2”</source>
        <translation>“%2”에 화자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Evidence needs a URL.</source>
        <translation>증거에는 URL이 필요합니다.</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>“%1”에 증거 추가</translation>
    </message>
    <message>
        <source>Annotation %1 has no evidence %2.</source>
        <translation>주석 %1에 증거 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Remove evidence from “%1”</source>
        <translation>“%1”에서 증거 제거</translation>
    </message>
    <message>
        <source>A claim needs at least one annotation.</source>
        <translation>주장에는 주석이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>The annotation on “%1” already belongs to claim %2.</source>
        <translation>“%1”의 주석은 이미 주장 %2에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Create claim “%1”</source>
        <translation>주장 “%1” 만들기</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>주장 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Remove claim “%1”</source>
        <translation>주장 “%1” 제거</translation>
    </message>
    <message>
        <source>Add “%1” to claim “%2”</source>
        <translation>주장 “%2”에 “%1” 추가</translation>
    </message>
    <message>
        <source>Annotation %1 is not an anchor of claim %2.</source>
        <translation>주석 %1은(는) 주장 %2의 앵커가 아닙니다.</translation>
    </message>
    <message>
        <source>Remove “%1” from claim “%2”</source>
        <translation>주장 “%2”에서 “%1” 제거</translation>
    </message>
    <message>
        <source>A claim needs a title.</source>
        <translation>주장에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Rename claim “%1”</source>
        <translation>주장 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Clear verdict of claim “%1”</source>
        <translation>주장 “%1”의 판정 지우기</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on claim “%2”</source>
        <translation>주장 “%2”에 판정 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit rationale of claim “%1”</source>
        <translation>주장 “%1”의 근거 편집</translation>
    </message>
    <message>
        <source>Clear speaker of claim “%1”</source>
        <translation>주장 “%1”의 화자 지우기</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on claim “%2”</source>
        <translation>주장 “%2”에 화자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Add evidence to claim “%1”</source>
        <translation>주장 “%1”에 증거 추가</translation>
    </message>
    <message>
        <source>Claim %1 has no evidence %2.</source>
        <translation>주장 %1에 증거 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Remove evidence from claim “%1”</source>
        <translation>주장 “%1”에서 증거 제거</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>“%1”을(를) 만들 수 없습니다: 폴더 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened: the folder “%2” does not exist.</source>
        <translation>프로젝트 “%1”을(를) 열 수 없습니다: 폴더 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot use “%1”: “%2” is not a folder.</source>
        <translation>“%1”을(를) 사용할 수 없습니다: “%2”은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only (you may not create files in it).</source>
        <translation>“%1”을(를) 만들 수 없습니다: 폴더 “%2”은(는) 읽기 전용입니다(그 안에 파일을 만들 수 없습니다).</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: its folder “%2” is read-only. You can open it read-only.</source>
        <translation>프로젝트 “%1”을(를) 변경할 수 없습니다: 폴더 “%2”이(가) 읽기 전용입니다. 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: the file is read-only. You can open it read-only.</source>
        <translation>프로젝트 “%1”을(를) 변경할 수 없습니다: 파일이 읽기 전용입니다. 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is a name of the built-in tag “%2”.</source>
        <translation>“%1”은(는) 기본 제공 태그 “%2”의 이름입니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::Prominence</name>
    <message>
        <source>Headline</source>
        <translation>헤드라인</translation>
    </message>
    <message>
        <source>First paragraph</source>
        <translation>첫 문단</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Last third</source>
        <translation>마지막 3분의 1</translation>
    </message>
</context>
<context>
    <name>Crossread::Reanchor</name>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동됨</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>문구 변경됨</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>모호함</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>고아</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveAnnotationCommand</name>
    <message>
        <source>Remove annotation on “%1”</source>
        <translation>“%1”의 주석 제거</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveDocumentCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>“%1” 제거</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportClaims</name>
    <message>
        <source>not rated yet</source>
        <translation>아직 평가되지 않음</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>P1</source>
        <translation>P1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>Claim records across outlets</source>
        <translation>매체 간 주장 기록</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>보도 매트릭스</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Each statement is checked once; its verdict applies to every outlet&apos;s rendering below.</source>
        <translation>각 진술은 한 번만 검증하며, 그 판정은 아래 모든 매체의 표현에 적용됩니다.</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>화자:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>증거:</translation>
    </message>
    <message>
        <source>Which outlet carries each claim and speaker, how prominently (H headline, P1 first paragraph, B body, L3 last third; darker is more prominent) and how (“ ” quoted, ≈ paraphrased, ? hedged, ?! anonymous source). Empty cells are omissions.</source>
        <translation>각 주장과 화자를 어느 매체가 보도했는지, 얼마나 비중 있게(H 헤드라인, P1 첫 문단, B 본문, L3 마지막 3분의 1, 색이 진할수록 비중이 큼) 그리고 어떻게(“ ” 직접 인용, ≈ 간접 인용, ? 유보적 표현, ?! 익명 출처) 다뤘는지 보여 줍니다. 빈 셀은 누락입니다.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>● first appearance · ○ outlets that followed, with the days since the first. Documents without a date are shown apart.</source>
        <translation>● 첫 보도 · ○ 뒤이어 보도한 매체(첫 보도 이후 경과 일수 포함). 날짜가 없는 문서는 따로 표시합니다.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportExporter</name>
    <message>
        <source>%1 — fact-check report</source>
        <translation>%1 — 팩트체크 보고서</translation>
    </message>
    <message>
        <source>Generated %1 · documents: %2 · annotations: %3</source>
        <translation>생성일 %1 · 문서: %2 · 주석: %3</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>주장과 판정</translation>
    </message>
    <message>
        <source>Attributions by speaker</source>
        <translation>화자별 인용 출처</translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>진술 클러스터</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>증거:</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>아직 평가되지 않음</translation>
    </message>
    <message>
        <source>No claims have been marked yet.</source>
        <translation>아직 표시된 주장이 없습니다.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>아직 화자가 지정된 구절이 없습니다.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>No statements have been linked across sources yet.</source>
        <translation>아직 출처 간에 연결된 진술이 없습니다.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>진술 %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical environment; export HTML instead or use the Crossread window.</source>
        <translation>PDF 내보내기에는 그래픽 환경이 필요합니다. 대신 HTML로 내보내거나 Crossread 창을 사용하세요.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>PDF를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionBar</name>
    <message>
        <source>Show the previous revision</source>
        <translation>이전 개정판 표시</translation>
    </message>
    <message>
        <source>Show the next revision</source>
        <translation>다음 개정판 표시</translation>
    </message>
    <message>
        <source>Revision shown</source>
        <translation>표시된 개정판</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>비교…</translation>
    </message>
    <message>
        <source>Word diff against the previous revision, and how the annotations were re-anchored</source>
        <translation>이전 개정판과의 단어 단위 차이 및 주석이 다시 앵커링된 방식</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>개정판 %1</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>개정판 %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Latest of %n revision(s)</source>
        <translation>
            <numerusform>개정판 %n개 중 최신</numerusform>
        </translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>이전 개정판</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionCompareDialog</name>
    <message>
        <source>Compare Revisions</source>
        <translation>개정판 비교</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>이전 개정판</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>새 개정판</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>비교 기준:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>비교 대상:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>개정판 %1</translation>
    </message>
    <message>
        <source>This document has no other revision.</source>
        <translation>이 문서에는 다른 개정판이 없습니다.</translation>
    </message>
    <message>
        <source>%1 paragraph(s) reworded, %2 added, %3 removed; %4 word(s) added, %5 removed.</source>
        <translation>문단 %1개 문구 변경, %2개 추가, %3개 제거, 단어 %4개 추가, %5개 제거.</translation>
    </message>
    <message numerus="yes">
        <source>not attached: found in %n place(s)</source>
        <translation>
            <numerusform>연결되지 않음: %n곳에서 발견됨</numerusform>
        </translation>
    </message>
    <message>
        <source>not attached: no longer in the text</source>
        <translation>연결되지 않음: 더 이상 텍스트에 없음</translation>
    </message>
    <message>
        <source>Annotations: %1 in place, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned.</source>
        <translation>주석: 제자리 %1개, 이동 %2개, 문구 변경 %3개, 모호 %4개, 고아 %5개.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionImport</name>
    <message>
        <source>There is no document %1 to add a revision to.</source>
        <translation>개정판을 추가할 문서 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The file is identical to the latest revision of “%1”.</source>
        <translation>파일이 “%1”의 최신 개정판과 동일합니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::Schema</name>
    <message>
        <source>True</source>
        <translation>사실</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>대체로 사실</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>오해의 소지</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>대체로 거짓</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>입증되지 않음</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>A checkable statement of fact</source>
        <translation>검증 가능한 사실 진술</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>인용 출처</translation>
    </message>
    <message>
        <source>Who said it, and where</source>
        <translation>누가, 어디서 말했는지</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>미확인</translation>
    </message>
    <message>
        <source>Stated without a source that can be checked</source>
        <translation>확인할 수 있는 출처 없이 진술됨</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchDock</name>
    <message>
        <source>Untitled document</source>
        <translation>제목 없는 문서</translation>
    </message>
    <message>
        <source>any</source>
        <comment>date filter</comment>
        <translation>전체</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Include other word forms</source>
        <translation>다른 단어 형태 포함</translation>
    </message>
    <message>
        <source>Search text, titles and notes</source>
        <translation>텍스트, 제목, 메모 검색</translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefix* and AND, OR, NOT with parentheses. Case and accents are ignored.</source>
        <translation>단어, &quot;정확한 구문&quot;, 접두사*, 괄호와 함께 AND, OR, NOT을 사용할 수 있습니다. 대소문자와 악센트는 무시합니다.</translation>
    </message>
    <message>
        <source>Also find forms that share a word&apos;s stem, e.g. “liberate” finds “liberation” and “liberating” (uses the spelling dictionary).</source>
        <translation>어간이 같은 형태도 찾습니다. 예: “liberate”로 “liberation”과 “liberating”을 찾습니다(맞춤법 사전 사용).</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>매체:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>~</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>게시일:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>검색 결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>모든 매체</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>게시 시작일</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>게시 종료일</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Search in this field; at least one stays on.</source>
        <translation>이 필드에서 검색합니다. 하나 이상은 켜진 채로 남습니다.</translation>
    </message>
    <message>
        <source>Search in article text</source>
        <translation>기사 본문에서 검색</translation>
    </message>
    <message>
        <source>Search in titles</source>
        <translation>제목에서 검색</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>메모에서 검색</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>검색 범위:</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchEngine</name>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>검색어가 너무 깁니다(최대 %1자).</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>시작 날짜가 종료 날짜보다 뒤입니다.</translation>
    </message>
    <message>
        <source>The search could not be understood. Put words with special characters in quotes, and use AND, OR, NOT and * only between or after words.</source>
        <translation>검색어를 이해할 수 없습니다. 특수 문자가 있는 단어는 따옴표로 묶고, AND, OR, NOT, *는 단어 사이나 뒤에만 사용하세요.</translation>
    </message>
    <message>
        <source>The search could not be run: the project&apos;s search index cannot be read.</source>
        <translation>검색을 실행할 수 없습니다: 프로젝트의 검색 색인을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation>제목 없는 문서</translation>
    </message>
</context>
<context>
    <name>Crossread::SetDocumentMetadataCommand</name>
    <message>
        <source>Edit details of “%1”</source>
        <translation>“%1”의 세부 정보 편집</translation>
    </message>
</context>
<context>
    <name>Crossread::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. Jana Novak</source>
        <translation>예: 홍길동</translation>
    </message>
    <message>
        <source>Recorded on the annotations you create, and named as reviewer in exports when no organisation is set</source>
        <translation>직접 만든 주석에 기록되며, 조직이 설정되지 않은 경우 내보내기에서 검토자로 표시됩니다</translation>
    </message>
    <message>
        <source>You</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>&amp;Check the spelling of notes, rationales and document details</source>
        <translation>메모, 근거, 문서 세부 정보의 맞춤법 검사(&amp;C)</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>맞춤법 검사 언어</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language name — dictionary code</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (설치되지 않음)</translation>
    </message>
    <message>
        <source>Words added with “Add to Dictionary”, one per line, shared by all languages</source>
        <translation>“사전에 추가”로 추가한 단어. 한 줄에 하나씩이며 모든 언어에서 공유됩니다</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>폴더 표시(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds your word list</source>
        <translation>단어 목록이 있는 폴더 열기</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed. Install one (e.g. the package hunspell-en-us) and reopen this dialog.</source>
        <translation>Hunspell 사전이 설치되어 있지 않습니다. 사전(예: hunspell-en-us 패키지)을 설치한 뒤 이 대화 상자를 다시 여세요.</translation>
    </message>
    <message>
        <source>Personal word list:</source>
        <translation>개인 단어 목록:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Largest file to import, in megabytes</source>
        <translation>가져올 수 있는 최대 파일 크기(MB)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused with a reason</source>
        <translation>더 큰 파일은 이유와 함께 거부됩니다</translation>
    </message>
    <message>
        <source>&amp;Repair text damaged by PDF extraction (broken lines, stray blank lines)</source>
        <translation>PDF 추출로 손상된 텍스트 복구(끊어진 줄, 불필요한 빈 줄)(&amp;R)</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>최대 파일 크기(&amp;F):</translation>
    </message>
    <message>
        <source>This project (%1)</source>
        <translation>이 프로젝트(%1)</translation>
    </message>
    <message>
        <source>This project (none open)</source>
        <translation>이 프로젝트(열린 프로젝트 없음)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>프로젝트 이름</translation>
    </message>
    <message>
        <source>The title of reports and exported annotation collections</source>
        <translation>보고서와 내보낸 주석 컬렉션의 제목</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>조직 이름</translation>
    </message>
    <message>
        <source>e.g. Example Fact Check</source>
        <translation>예: 예시 팩트체크</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview fact-checks</source>
        <translation>ClaimReview 팩트체크의 작성자로 표시됩니다</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>조직 주소</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the published review</source>
        <translation>게시된 검토 결과의 주소</translation>
    </message>
    <message>
        <source>Where the fact-check is published; each ClaimReview links to it</source>
        <translation>팩트체크가 게시되는 곳이며, 각 ClaimReview가 이 주소로 연결됩니다</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>프로젝트 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>조직(&amp;O):</translation>
    </message>
    <message>
        <source>Organisation &amp;address:</source>
        <translation>조직 주소(&amp;A):</translation>
    </message>
    <message>
        <source>Published &amp;review:</source>
        <translation>게시된 검토(&amp;R):</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”은(는) 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>프로젝트 설정 변경</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <source>The language of the built-in tags and ratings in reports, CSV and ClaimReview</source>
        <translation>보고서, CSV, ClaimReview에 쓰이는 기본 제공 태그와 평가의 언어</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>인터페이스와 같게</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>보고서 언어(&amp;L):</translation>
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
        <translation>제안 없음</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>사전에 “%1” 추가</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionModel</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>who is quoted</comment>
        <translation>화자</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionsDock</name>
    <message>
        <source>Suggestions</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>모두 수락(&amp;L)</translation>
    </message>
    <message>
        <source>Suggested annotations for this document. Enter accepts, Delete rejects.</source>
        <translation>이 문서에 대해 제안된 주석입니다. Enter 키는 수락, Delete 키는 거부합니다.</translation>
    </message>
    <message>
        <source>The kind that &quot;Accept all&quot; accepts</source>
        <translation>“모두 수락”이 수락하는 종류</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>제안 거부</translation>
    </message>
    <message>
        <source>Suggested annotations</source>
        <translation>제안된 주석</translation>
    </message>
</context>
<context>
    <name>Crossread::TagManagerDialog</name>
    <message>
        <source>Tag Colour</source>
        <translation>태그 색상</translation>
    </message>
    <message>
        <source>&amp;New Tag</source>
        <translation>새 태그(&amp;N)</translation>
    </message>
    <message>
        <source>Create a top-level tag</source>
        <translation>최상위 태그 만들기</translation>
    </message>
    <message>
        <source>New &amp;Subtag</source>
        <translation>새 하위 태그(&amp;S)</translation>
    </message>
    <message>
        <source>Create a tag inside the selected one</source>
        <translation>선택한 태그 안에 태그 만들기</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations (undoable)</source>
        <translation>선택한 태그를 삭제하고 해당 주석에서 제거(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>태그 이름</translation>
    </message>
    <message>
        <source>Choose the colour passages with this tag are painted in</source>
        <translation>이 태그가 있는 구절을 칠할 색상 선택</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>태그 색상</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>상위 태그</translation>
    </message>
    <message>
        <source>Nest the tag inside another one</source>
        <translation>태그를 다른 태그 안에 넣기</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>A single key that applies this tag to the selected text</source>
        <translation>선택한 텍스트에 이 태그를 적용하는 단일 키</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색상(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>상위(&amp;P):</translation>
    </message>
    <message>
        <source>Shortcut &amp;key:</source>
        <translation>단축키(&amp;K):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>설명(&amp;E):</translation>
    </message>
    <message>
        <source>Changes apply at once and can be undone with Edit ▸ Undo.</source>
        <translation>변경 사항은 즉시 적용되며 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations</source>
        <translation>선택한 태그를 삭제하고 해당 주석에서 제거</translation>
    </message>
    <message>
        <source>Built-in tags cannot be deleted</source>
        <translation>기본 제공 태그는 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>New subtag</source>
        <translation>새 하위 태그</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>새 태그</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s); it will be removed from them.</source>
        <translation>
            <numerusform>“%1”은(는) 주석 %n개에서 사용 중이며, 해당 주석에서 제거됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” contains %n subtag(s).</source>
        <translation>
            <numerusform>“%1”에 하위 태그 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it? You can undo this with Edit ▸ Undo.</source>
        <translation>삭제할까요? 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>“%1”(이)라는 태그가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The key %1 already applies “%2”.</source>
        <translation>%1 키는 이미 “%2”에 지정되어 있습니다.</translation>
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
        <translation>단축키: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개에서 사용</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>keyboard shortcut of a tag</comment>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Timeline of claims by outlet</source>
        <translation>매체별 주장 타임라인</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineWidget</name>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>Timeline of claims and documents</source>
        <translation>주장과 문서의 타임라인</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>게시일 알 수 없음</translation>
    </message>
    <message>
        <source>First appearance of this claim</source>
        <translation>이 주장의 첫 보도</translation>
    </message>
    <message numerus="yes">
        <source>Followed %1 after %n day(s)</source>
        <translation>
            <numerusform>%1보다 %n일 늦게 보도</numerusform>
        </translation>
    </message>
    <message>
        <source>Also carried; first seen in %1 (dates incomplete)</source>
        <translation>함께 보도함. %1에서 처음 확인됨(날짜 정보 불완전)</translation>
    </message>
    <message>
        <source>No documents yet. Import articles to see when each outlet published.</source>
        <translation>아직 문서가 없습니다. 기사를 가져오면 각 매체가 언제 게시했는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No publication dates known</source>
        <translation>알려진 게시일 없음</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Quotation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Attribution phrase</source>
        <translation>인용 출처 표현</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Hedge or anonymous source</source>
        <translation>유보 표현 또는 익명 출처</translation>
    </message>
    <message>
        <source>Loaded term</source>
        <translation>가치 판단적 용어</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>파일을 읽을 수 없습니다: 권한이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>파일이 너무 큽니다(%1, 제한 %2).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>파일에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>An identical file is already in the project.</source>
        <translation>동일한 파일이 이미 프로젝트에 있습니다.</translation>
    </message>
    <message>
        <source>The document could not be stored.</source>
        <translation>문서를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The document could not be stored: %1</source>
        <translation>문서를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 이미지</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 이미지</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 이미지</translation>
    </message>
    <message>
        <source>a ZIP archive (or an office document)</source>
        <translation>ZIP 압축 파일(또는 오피스 문서)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 압축 파일</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 압축 파일</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>xz 압축 파일</translation>
    </message>
    <message>
        <source>a PDF document (give it the .pdf extension to import it as PDF)</source>
        <translation>PDF 문서(PDF로 가져오려면 .pdf 확장자를 붙이세요)</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>프로그램(ELF 실행 파일)</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>이전 Microsoft Office 문서</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <source>This is %1, not text.</source>
        <translation>텍스트가 아니라 %1입니다.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is binary data, not text.</source>
        <translation>파일에 NUL 바이트가 있습니다: 텍스트가 아니라 이진 데이터입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �.</source>
        <translation>
            <numerusform>잘못된 바이트 시퀀스 %n개를 �(으)로 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding could not be detected; %1 was assumed.</source>
        <translation>인코딩을 감지할 수 없어 %1(으)로 가정했습니다.</translation>
    </message>
    <message>
        <source>Repaired text extracted from a PDF: %1 lines wrapped at about %2 characters joined into paragraphs (%3 breaks inside sentences, %4 of them across blank lines; %5 stray leading spaces). The original is kept in the project.</source>
        <translation>PDF에서 추출한 텍스트를 복구했습니다: 약 %2자에서 줄 바꿈된 %1줄을 문단으로 합쳤습니다(문장 안 줄 바꿈 %3개, 그중 빈 줄을 건너뛴 것 %4개, 불필요한 앞 공백 %5개). 원본은 프로젝트에 보관됩니다.</translation>
    </message>
    <message>
        <source>The text looks extracted from a PDF (lines broken inside sentences); repair was switched off.</source>
        <translation>텍스트가 PDF에서 추출된 것으로 보입니다(문장 안에서 줄 바꿈됨). 복구 기능이 꺼져 있었습니다.</translation>
    </message>
    <message>
        <source>Front matter read as metadata and left out of the text.</source>
        <translation>머리말(front matter)을 메타데이터로 읽고 텍스트에서 제외했습니다.</translation>
    </message>
    <message>
        <source>Markdown rendered to plain text.</source>
        <translation>Markdown을 일반 텍스트로 변환했습니다.</translation>
    </message>
    <message>
        <source>The HTML page could not be parsed.</source>
        <translation>HTML 페이지를 구문 분석할 수 없습니다.</translation>
    </message>
    <message>
        <source>The page contains no article text.</source>
        <translation>페이지에 기사 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Article text extracted from the web page; navigation, scripts, comments and page furniture left out.</source>
        <translation>웹 페이지에서 기사 텍스트를 추출했습니다. 탐색, 스크립트, 댓글, 페이지 부속 요소는 제외했습니다.</translation>
    </message>
    <message>
        <source>This is not a PDF file (the PDF header is missing).</source>
        <translation>PDF 파일이 아닙니다(PDF 헤더가 없음).</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>PDF가 손상되어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; remove the protection and import it again.</source>
        <translation>PDF가 암호로 보호되어 있습니다. 보호를 해제하고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The PDF contains no text (it may hold scanned images only).</source>
        <translation>PDF에 텍스트가 없습니다(스캔한 이미지만 있을 수 있음).</translation>
    </message>
    <message numerus="yes">
        <source>Text of %n PDF page(s) extracted in reading order</source>
        <translation>
            <numerusform>PDF %n쪽의 텍스트를 읽기 순서대로 추출했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n running header, footer or page number line(s) dropped</source>
        <translation>
            <numerusform>; 반복되는 머리글, 바닥글, 쪽 번호 줄 %n개를 제거했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>; wrapped lines joined into paragraphs.</source>
        <translation>; 줄 바꿈된 줄을 문단으로 합쳤습니다.</translation>
    </message>
    <message>
        <source>No title found in the file; the title is made from the file name.</source>
        <translation>파일에서 제목을 찾지 못해 파일 이름으로 제목을 만들었습니다.</translation>
    </message>
    <message>
        <source>The text gives the date without a year; the year is taken from the file name.</source>
        <translation>텍스트에 연도 없이 날짜가 있어 파일 이름에서 연도를 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Unlink same statement</source>
        <translation>같은 진술 연결 해제</translation>
    </message>
    <message>
        <source>Link as same statement</source>
        <translation>같은 진술로 연결</translation>
    </message>
    <message>
        <source>Unlink supporting annotation</source>
        <translation>뒷받침하는 주석 연결 해제</translation>
    </message>
    <message>
        <source>Link as supporting</source>
        <translation>뒷받침으로 연결</translation>
    </message>
    <message>
        <source>Unlink contradicting annotation</source>
        <translation>반박하는 주석 연결 해제</translation>
    </message>
    <message>
        <source>Link as contradicting</source>
        <translation>반박으로 연결</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>태그 “%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete tag “%1” from %n annotation(s)</source>
        <translation>
            <numerusform>주석 %n개에서 태그 “%1” 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSettingCommand</name>
    <message>
        <source>Change the rating scale</source>
        <translation>평가 척도 변경</translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation>설정 “%1” 변경</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Attribution</source>
        <translation>인용 출처</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>미확인</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>제안 수락</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>제안 %n개 수락</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateEntityCommand</name>
    <message>
        <source>Edit speaker “%1”</source>
        <translation>화자 “%1” 편집</translation>
    </message>
</context>
<context>
    <name>UpdateTagCommand</name>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>태그 “%1”의 이름을 “%2”(으)로 변경</translation>
    </message>
    <message>
        <source>Edit tag “%1”</source>
        <translation>태그 “%1” 편집</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Crossread: read articles side by side, annotate and fact-check them.</source>
        <translation>Crossread: 기사를 나란히 읽고, 주석을 달고, 사실을 확인합니다.</translation>
    </message>
    <message>
        <source>The project file to open (created if missing).</source>
        <translation>열 프로젝트 파일(없으면 새로 만듦).</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>데모 프로젝트 열기(처음 사용할 때 생성됨).</translation>
    </message>
    <message>
        <source>Render the window at 1600×1000 to FILE (PNG) and exit.</source>
        <translation>창을 1600×1000 크기로 FILE(PNG)에 렌더링하고 종료합니다.</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>데모 프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” cannot be created.

%2</source>
        <translation>“%1”을(를) 만들 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Use the light or dark theme (light, dark).</source>
        <translation>밝은 테마 또는 어두운 테마 사용(light, dark).</translation>
    </message>
    <message>
        <source>Open the first N documents of the project side by side (1 to 6; the demo and the screenshot show 3).</source>
        <translation>프로젝트의 처음 N개 문서를 나란히 엽니다(1~6, 데모와 스크린샷은 3개).</translation>
    </message>
    <message>
        <source>--compare takes a number from 1 to %1.</source>
        <translation>--compare에는 1부터 %1까지의 숫자를 지정합니다.</translation>
    </message>
</context>
</TS>
