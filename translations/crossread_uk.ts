<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddEntityCommand</name>
    <message>
        <source>Add speaker “%1”</source>
        <translation>Додати мовця «%1»</translation>
    </message>
</context>
<context>
    <name>AddRevisionCommand</name>
    <message>
        <source>Import a new revision of “%1”</source>
        <translation>Імпортувати нову редакцію «%1»</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>Додати тег «%1»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create an empty project file</source>
        <translation>Створити порожній файл проєкту</translation>
    </message>
    <message>
        <source>Show schema version and counts per table</source>
        <translation>Показати версію схеми та кількість рядків у таблицях</translation>
    </message>
    <message>
        <source>Check integrity and verify every annotation&apos;s quote</source>
        <translation>Перевірити цілісність і цитату кожної анотації</translation>
    </message>
    <message>
        <source>Import text, Markdown, HTML or PDF files as documents</source>
        <translation>Імпортувати файли тексту, Markdown, HTML або PDF як документи</translation>
    </message>
    <message>
        <source>List the documents with their metadata</source>
        <translation>Показати список документів з їхніми метаданими</translation>
    </message>
    <message>
        <source>Print a document&apos;s stored text exactly as offsets count it</source>
        <translation>Вивести збережений текст документа точно так, як його рахують зсуви</translation>
    </message>
    <message>
        <source>Annotate code points [N, M) of a document</source>
        <translation>Анотувати кодові точки [N, M) документа</translation>
    </message>
    <message>
        <source>Print every annotation with its anchor</source>
        <translation>Вивести кожну анотацію з її прив’язкою</translation>
    </message>
    <message>
        <source>Print statements rendered in several documents</source>
        <translation>Вивести твердження, відтворені в кількох документах</translation>
    </message>
    <message>
        <source>Print suggested attributions, claims and unverified passages</source>
        <translation>Вивести запропоновані атрибуції, твердження та неперевірені фрагменти</translation>
    </message>
    <message>
        <source>Export annotations (CSV, W3C, ClaimReview) or a report (HTML, PDF)</source>
        <translation>Експортувати анотації (CSV, W3C, ClaimReview) або звіт (HTML, PDF)</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations, re-anchoring each one</source>
        <translation>Імпортувати вебанотації W3C, заново прив’язуючи кожну</translation>
    </message>
    <message>
        <source>Usage: crossread-cli COMMAND [ARGUMENTS…]</source>
        <translation>Використання: crossread-cli КОМАНДА [АРГУМЕНТИ…]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Run &apos;crossread-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Запустіть «crossread-cli КОМАНДА --help», щоб побачити параметри команди.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown command &apos;%1&apos;. Run &apos;crossread-cli --help&apos;.</source>
        <translation>crossread-cli: невідома команда «%1». Запустіть «crossread-cli --help».</translation>
    </message>
    <message>
        <source>Full-text search of document text, titles and notes</source>
        <translation>Повнотекстовий пошук у тексті, назвах і нотатках документів</translation>
    </message>
    <message>
        <source>Print claim records with their anchors and verdict</source>
        <translation>Вивести записи тверджень з їхніми прив’язками та вердиктом</translation>
    </message>
    <message>
        <source>Make statement clusters N… claim records</source>
        <translation>Створити з кластерів тверджень N… записи тверджень</translation>
    </message>
    <message>
        <source>Print the coverage matrix of claims by outlet</source>
        <translation>Вивести матрицю висвітлення тверджень за виданнями</translation>
    </message>
    <message>
        <source>Print when each outlet carried each claim</source>
        <translation>Вивести, коли кожне видання опублікувало кожне твердження</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterActions</name>
    <message>
        <source>Confirm statement cluster</source>
        <translation>Підтвердити кластер тверджень</translation>
    </message>
    <message>
        <source>Split statement cluster</source>
        <translation>Розділити кластер тверджень</translation>
    </message>
    <message>
        <source>Give verdict to the same statement</source>
        <translation>Винести вердикт тому самому твердженню</translation>
    </message>
</context>
<context>
    <name>Crossread</name>
    <message>
        <source>No output file was given.</source>
        <translation>Не вказано вихідний файл.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — це тека.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 уже існує; виберіть іншу назву або дозвольте заміну.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Quoted directly</source>
        <translation>Пряма цитата</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Переказ</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Анонімне джерело</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Із застереженням</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>Анотувати «%1»</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>Тег «%1» для «%2»</translation>
    </message>
</context>
<context>
    <name>Crossread::AddAnnotationsCommand</name>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>Додати %n анотацію</numerusform>
            <numerusform>Додати %n анотації</numerusform>
            <numerusform>Додати %n анотацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::AddDocumentCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation>Імпорт «%1»</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationImporter</name>
    <message>
        <source>The collection&apos;s pages are not in the file (it only links to %1).</source>
        <translation>Сторінок колекції немає у файлі (він лише посилається на %1).</translation>
    </message>
    <message>
        <source>The file holds no W3C Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).</source>
        <translation>Файл не містить вебанотацій W3C (немає Annotation, AnnotationPage чи AnnotationCollection).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Файл не є коректним JSON (%1 на байті %2).</translation>
    </message>
    <message>
        <source>no document in the project matches %1</source>
        <translation>жоден документ у проєкті не відповідає %1</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(без цілі)</translation>
    </message>
    <message>
        <source>no quote, and its position is not inside the document</source>
        <translation>немає цитати, а позиція лежить поза документом</translation>
    </message>
    <message>
        <source>the quote was not found in the document</source>
        <translation>цитату в документі не знайдено</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Імпортувати %n анотацію</numerusform>
            <numerusform>Імпортувати %n анотації</numerusform>
            <numerusform>Імпортувати %n анотацій</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotations could not be stored: %1</source>
        <translation>Не вдалося зберегти анотації: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>%1

The text at this position no longer matches the quote.</source>
        <translation>%1

Текст у цьому місці більше не збігається з цитатою.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
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
        <translation>Анотації</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Перейти до фрагмента</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Видалити анотацію</translation>
    </message>
    <message>
        <source>Filter annotations…</source>
        <translation>Фільтрувати анотації…</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>Фільтрувати анотації за текстом</translation>
    </message>
    <message>
        <source>Show only annotations whose quote, note, tags, speaker, verdict or document contain all of these words</source>
        <translation>Показувати лише анотації, цитата, нотатка, теги, мовець, вердикт або документ яких містять усі ці слова</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фільтрувати за тегом</translation>
    </message>
    <message>
        <source>Show only annotations with this tag or one of its subtags</source>
        <translation>Показувати лише анотації з цим тегом або одним із його підтегів</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Фільтрувати за документом</translation>
    </message>
    <message>
        <source>Show only annotations in this document</source>
        <translation>Показувати лише анотації в цьому документі</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Фільтрувати за вердиктом</translation>
    </message>
    <message>
        <source>Show only annotations with this verdict</source>
        <translation>Показувати лише анотації з цим вердиктом</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Усі теги</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Будь-який вердикт</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без вердикту</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>Показано %1 з %n анотації</numerusform>
            <numerusform>Показано %1 з %n анотацій</numerusform>
            <numerusform>Показано %1 з %n анотацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimBuilder</name>
    <message>
        <source>Claim from statement “%1”</source>
        <translation>Запис твердження з «%1»</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimColumnProxy</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Опубліковано в</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimPanel</name>
    <message>
        <source>Claim record</source>
        <translation>Запис твердження</translation>
    </message>
    <message>
        <source>Remove from Claim</source>
        <translation>Вилучити із запису твердження</translation>
    </message>
    <message>
        <source>One verdict for this statement in every outlet that carries it</source>
        <translation>Один вердикт для цього твердження в усіх виданнях, що його опублікували</translation>
    </message>
    <message>
        <source>Verdict of the claim</source>
        <translation>Вердикт твердження</translation>
    </message>
    <message>
        <source>Rationale of the claim</source>
        <translation>Обґрунтування твердження</translation>
    </message>
    <message>
        <source>This annotation no longer anchors the claim; the annotation stays</source>
        <translation>Ця анотація більше не є прив’язкою твердження; сама анотація залишається</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Обґрунтування:</translation>
    </message>
    <message>
        <source>Carried by:</source>
        <translation>Опубліковано в:</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без вердикту</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n anchor(s))</source>
        <translation>
            <numerusform>%1 (%n прив’язка)</numerusform>
            <numerusform>%1 (%n прив’язки)</numerusform>
            <numerusform>%1 (%n прив’язок)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimReviewExporter</name>
    <message>
        <source>Unproven</source>
        <translation>Не доведено</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Неможливо перевірити</translation>
    </message>
    <message>
        <source>Independent fact-check</source>
        <translation>Незалежна перевірка фактів</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist. Create it first with: crossread-cli new %1</source>
        <translation>crossread-cli: проєкту «%1» не існує. Спершу створіть його: crossread-cli new %1</translation>
    </message>
    <message>
        <source>crossread-cli: cannot open &apos;%1&apos;: %2</source>
        <translation>crossread-cli: не вдається відкрити «%1»: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</source>
        <translation>Використання: crossread-cli import PROJECT FILE|FOLDER… [--no-repair] [--max-size MB]</translation>
    </message>
    <message>
        <source>Imports text, Markdown, HTML and PDF files into an existing project; folders are searched recursively.</source>
        <translation>Імпортує файли тексту, Markdown, HTML і PDF в наявний проєкт; теки переглядаються рекурсивно.</translation>
    </message>
    <message>
        <source>crossread-cli: --max-size needs a positive number of megabytes</source>
        <translation>crossread-cli: --max-size потребує додатної кількості мегабайтів</translation>
    </message>
    <message>
        <source>[%1/%2] done</source>
        <translation>[%1/%2] готово</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>попередження: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 failed</source>
        <translation>імпортовано: %1, пропущено: %2, з помилкою: %3</translation>
    </message>
    <message>
        <source>Usage: crossread-cli list PROJECT [--json]</source>
        <translation>Використання: crossread-cli list PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli text PROJECT DOC</source>
        <translation>Використання: crossread-cli text PROJECT DOC</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a document id (see &apos;crossread-cli list&apos;)</source>
        <translation>crossread-cli: «%1» не є ідентифікатором документа (див. «crossread-cli list»)</translation>
    </message>
    <message>
        <source>crossread-cli: no document %1 in &apos;%2&apos;</source>
        <translation>crossread-cli: у «%2» немає документа %1</translation>
    </message>
    <message>
        <source>Writes the project&apos;s annotations as CSV, W3C Web Annotations (wadm), schema.org ClaimReview, or a report in HTML or PDF. An existing FILE is only replaced with --force; --bom starts a CSV with a byte order mark for spreadsheet programs.</source>
        <translation>Записує анотації проєкту у форматі CSV, вебанотацій W3C (wadm), schema.org ClaimReview або як звіт у HTML чи PDF. Наявний FILE замінюється лише з --force; --bom додає на початок CSV мітку порядку байтів для програм електронних таблиць.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 потребує значення.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>невідомий параметр %1.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>неочікуваний аргумент %1.</translation>
    </message>
    <message>
        <source>export needs PROJECT, --format and -o FILE.</source>
        <translation>export потребує PROJECT, --format і -o FILE.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use one of: %2).</source>
        <translation>невідомий формат «%1» (використайте один із: %2).</translation>
    </message>
    <message>
        <source>--bom only applies to --format csv.</source>
        <translation>--bom застосовується лише до --format csv.</translation>
    </message>
    <message>
        <source>crossread-cli: %1 already exists; add --force to replace it.</source>
        <translation>crossread-cli: %1 уже існує; додайте --force, щоб замінити.</translation>
    </message>
    <message>
        <source>crossread-cli: %1</source>
        <translation>crossread-cli: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано %1.</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations into the project&apos;s documents, re-anchoring each one by position, by quote and context, or by an approximate match, and lists those that could not be anchored.</source>
        <translation>Імпортує вебанотації W3C у документи проєкту, заново прив’язуючи кожну за позицією, за цитатою й контекстом або за наближеним збігом, і виводить ті, які не вдалося прив’язати.</translation>
    </message>
    <message>
        <source>import-annotations needs PROJECT and FILE.</source>
        <translation>import-annotations потребує PROJECT і FILE.</translation>
    </message>
    <message>
        <source>Anchored %1 of %2 annotations (%3 by position, %4 by quote, %5 approximately).</source>
        <translation>Прив’язано %1 з %2 анотацій (%3 за позицією, %4 за цитатою, %5 наближено).</translation>
    </message>
    <message>
        <source>Created %1 tags and %2 speakers.</source>
        <translation>Створено тегів: %1, мовців: %2.</translation>
    </message>
    <message>
        <source>Not anchored: #%1 %2 “%3”: %4</source>
        <translation>Не прив’язано: #%1 %2 «%3»: %4</translation>
    </message>
    <message>
        <source>crossread-cli: no document &apos;%1&apos; in the project (see: crossread-cli list FILE).</source>
        <translation>crossread-cli: у проєкті немає документа «%1» (див.: crossread-cli list FILE).</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names %2 documents; use the document&apos;s id.</source>
        <translation>crossread-cli: «%1» відповідає %2 документам; використайте ідентифікатор документа.</translation>
    </message>
    <message>
        <source>new needs exactly one FILE.</source>
        <translation>new потребує рівно одного FILE.</translation>
    </message>
    <message>
        <source>Created %1 (format version %2).</source>
        <translation>Створено %1 (версія формату %2).</translation>
    </message>
    <message>
        <source>info needs exactly one FILE.</source>
        <translation>info потребує рівно одного FILE.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message>
        <source>Format version: %1 (this build writes %2)</source>
        <translation>Версія формату: %1 (ця збірка записує %2)</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Рядків у таблицях:</translation>
    </message>
    <message>
        <source>check needs exactly one FILE.</source>
        <translation>check потребує рівно одного FILE.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>цілісність: %1</translation>
    </message>
    <message>
        <source>document %1: the original bytes do not match their SHA-256</source>
        <translation>документ %1: вихідні байти не відповідають їхньому SHA-256</translation>
    </message>
    <message>
        <source>document %1: the stored length does not match the text</source>
        <translation>документ %1: збережена довжина не відповідає тексту</translation>
    </message>
    <message>
        <source>annotation %1 in document %2: the quote “%3” does not match the text at [%4, %5): “%6”</source>
        <translation>анотація %1 у документі %2: цитата «%3» не збігається з текстом у [%4, %5): «%6»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: знайдено %n проблему.</numerusform>
            <numerusform>%1: знайдено %n проблеми.</numerusform>
            <numerusform>%1: знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (%2 documents, %3 annotations verified).</source>
        <translation>%1: гаразд (перевірено документів: %2, анотацій: %3).</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>%1 потребує цілого числа.</translation>
    </message>
    <message>
        <source>--tag needs a tag name.</source>
        <translation>--tag потребує назви тегу.</translation>
    </message>
    <message>
        <source>annotate needs FILE and DOC.</source>
        <translation>annotate потребує FILE і DOC.</translation>
    </message>
    <message>
        <source>annotate needs --start and --end.</source>
        <translation>annotate потребує --start і --end.</translation>
    </message>
    <message>
        <source>annotate needs at least one --tag.</source>
        <translation>annotate потребує щонайменше одного --tag.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag &apos;%1&apos; (tags: %2).</source>
        <translation>crossread-cli: немає тегу «%1» (теги: %2).</translation>
    </message>
    <message>
        <source>annotations needs FILE and optionally DOC.</source>
        <translation>annotations потребує FILE і, за бажанням, DOC.</translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation> (осиротіла)</translation>
    </message>
    <message>
        <source>Prints the suggested annotations (attributions with their speaker, claims, unverified passages) of every document, or of DOC (an id, title or file name); rejected ones are left out.</source>
        <translation>Виводить запропоновані анотації (атрибуції з мовцем, твердження, неперевірені фрагменти) кожного документа або DOC (ідентифікатор, назва чи ім’я файлу); відхилені пропускаються.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;.</source>
        <translation>crossread-cli: невідомий параметр «%1».</translation>
    </message>
    <message>
        <source>crossread-cli: suggest needs a PROJECT and at most one DOC.</source>
        <translation>crossread-cli: suggest потребує PROJECT і щонайбільше одного DOC.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; names several documents; use the document&apos;s id.</source>
        <translation>crossread-cli: «%1» відповідає кільком документам; використайте ідентифікатор документа.</translation>
    </message>
    <message>
        <source>Find passages in different documents that render the same statement.</source>
        <translation>Знайти фрагменти в різних документах, що передають те саме твердження.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Кластер %1</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>Кластерів: %1</translation>
    </message>
    <message>
        <source>Search document text, titles and notes. QUERY takes &quot;phrases&quot;, prefix*, AND, OR, NOT and parentheses; case and diacritics are ignored. Prints document, field, code point offsets and a snippet with the hit in [brackets].</source>
        <translation>Шукає в тексті, назвах і нотатках документів. QUERY приймає &quot;фрази&quot;, префікс*, AND, OR, NOT і дужки; регістр і діакритичні знаки ігноруються. Виводить документ, поле, зсуви в кодових точках і фрагмент зі збігом у [дужках].</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>--limit потребує додатного числа, а не «%1».</translation>
    </message>
    <message>
        <source>--in takes text, title and note separated by commas, not &apos;%1&apos;.</source>
        <translation>--in приймає text, title і note через кому, а не «%1».</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 потребує дати у форматі РРРР-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>невідомий параметр «%1».</translation>
    </message>
    <message>
        <source>crossread-cli: project &apos;%1&apos; does not exist.</source>
        <translation>crossread-cli: проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>crossread-cli: no tag named &apos;%1&apos;.</source>
        <translation>crossread-cli: немає тегу з назвою «%1».</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Твердження %1</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>без вердикту</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>crossread-cli: there is no cluster %1 (see &apos;crossread-cli clusters&apos;).</source>
        <translation>crossread-cli: кластера %1 немає (див. «crossread-cli clusters»).</translation>
    </message>
    <message>
        <source>crossread-cli: cluster %1: %2</source>
        <translation>crossread-cli: кластер %1: %2</translation>
    </message>
    <message>
        <source>cluster %1 → claim %2</source>
        <translation>кластер %1 → твердження %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made or extended</source>
        <translation>
            <numerusform>Створено або розширено %n твердження</numerusform>
            <numerusform>Створено або розширено %n твердження</numerusform>
            <numerusform>Створено або розширено %n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the claim records with their anchors and verdict; --from-clusters first makes a claim record of every statement cluster.</source>
        <translation>Виводить записи тверджень з їхніми прив’язками та вердиктом; --from-clusters спершу створює запис твердження з кожного кластера тверджень.</translation>
    </message>
    <message>
        <source>crossread-cli: unknown option &apos;%1&apos;</source>
        <translation>crossread-cli: невідомий параметр «%1»</translation>
    </message>
    <message>
        <source>Confirm statement clusters N… (numbered as &apos;crossread-cli clusters&apos; prints them) and make each a claim record.</source>
        <translation>Підтверджує кластери тверджень N… (з номерами, як їх виводить «crossread-cli clusters») і створює з кожного запис твердження.</translation>
    </message>
    <message>
        <source>crossread-cli: &apos;%1&apos; is not a cluster number</source>
        <translation>crossread-cli: «%1» не є номером кластера</translation>
    </message>
    <message>
        <source>Print the coverage matrix: claim records and speakers by outlet, with prominence and framing.</source>
        <translation>Виводить матрицю висвітлення: записи тверджень і мовців за виданнями, з помітністю та подачею.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>omitted</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n день</numerusform>
            <numerusform>+%n дні</numerusform>
            <numerusform>+%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports FILE as a newer revision of document DOC and re-anchors every annotation onto it, printing what moved, what was reworded and what is orphaned or ambiguous.</source>
        <translation>Імпортує FILE як новішу редакцію документа DOC і заново прив’язує до неї кожну анотацію, виводячи, що перемістилося, що переформульовано, а що осиротіло чи стало неоднозначним.</translation>
    </message>
    <message>
        <source>document %1 is revision %2 of document %3</source>
        <translation>документ %1 — це редакція %2 документа %3</translation>
    </message>
    <message>
        <source>found %1 times; the context does not tell which: not attached</source>
        <translation>знайдено %1 разів; за контекстом не можна визначити, де саме: не прив’язано</translation>
    </message>
    <message>
        <source>%1 unchanged, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned</source>
        <translation>без змін: %1, переміщено: %2, переформульовано: %3, неоднозначних: %4, осиротілих: %5</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</source>
        <translation>Використання: crossread-cli import PROJECT --revision-of DOC FILE [--json] [--no-repair]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</source>
        <translation>Використання: crossread-cli export PROJECT --format csv|wadm|claimreview|html|pdf -o FILE [--force] [--bom]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli import-annotations PROJECT FILE</source>
        <translation>Використання: crossread-cli import-annotations PROJECT FILE</translation>
    </message>
    <message>
        <source>Usage: crossread-cli new FILE</source>
        <translation>Використання: crossread-cli new FILE</translation>
    </message>
    <message>
        <source>Creates an empty project file.</source>
        <translation>Створює порожній файл проєкту.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli info FILE</source>
        <translation>Використання: crossread-cli info FILE</translation>
    </message>
    <message>
        <source>Shows the format version and the number of rows per table.</source>
        <translation>Показує версію формату та кількість рядків у кожній таблиці.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli check FILE</source>
        <translation>Використання: crossread-cli check FILE</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, every document&apos;s hash and every annotation&apos;s quote; exits with 1 when something is wrong.</source>
        <translation>Перевіряє цілісність файлу, геш кожного документа й цитату кожної анотації; завершується з кодом 1, якщо щось не так.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</source>
        <translation>Використання: crossread-cli annotate FILE DOC --start N --end M --tag NAME… [--note TEXT] [--verdict NAME] [--speaker NAME]</translation>
    </message>
    <message>
        <source>Annotates code points [N, M) of document DOC (an id or a title) and prints the new annotation&apos;s id once it is saved.</source>
        <translation>Анотує кодові точки [N, M) документа DOC (ідентифікатор або назва) і виводить ідентифікатор нової анотації після її збереження.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli annotations FILE [DOC] [--json]</source>
        <translation>Використання: crossread-cli annotations FILE [DOC] [--json]</translation>
    </message>
    <message>
        <source>Prints every annotation (of one document, when DOC is given) with its anchor, quote, tags, verdict, speaker and note.</source>
        <translation>Виводить кожну анотацію (одного документа, якщо вказано DOC) з прив’язкою, цитатою, тегами, вердиктом, мовцем і нотаткою.</translation>
    </message>
    <message>
        <source>Usage: crossread-cli clusters PROJECT [--json]</source>
        <translation>Використання: crossread-cli clusters PROJECT [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli suggest PROJECT [DOC] [--json]</source>
        <translation>Використання: crossread-cli suggest PROJECT [DOC] [--json]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</source>
        <translation>Використання: crossread-cli search PROJECT QUERY [--json] [--outlet X] [--from DATE] [--to DATE] [--tag T] [--in text,title,note] [--stems] [--limit N]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claims PROJECT [--json] [--from-clusters]</source>
        <translation>Використання: crossread-cli claims PROJECT [--json] [--from-clusters]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli claim-from-cluster PROJECT N…</source>
        <translation>Використання: crossread-cli claim-from-cluster PROJECT N…</translation>
    </message>
    <message>
        <source>Usage: crossread-cli matrix PROJECT [--csv]</source>
        <translation>Використання: crossread-cli matrix PROJECT [--csv]</translation>
    </message>
    <message>
        <source>Usage: crossread-cli timeline PROJECT [--json]</source>
        <translation>Використання: crossread-cli timeline PROJECT [--json]</translation>
    </message>
</context>
<context>
    <name>Crossread::ClusterModel</name>
    <message>
        <source>Statement</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Renderings</source>
        <translation>Варіанти</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Невідомий мовець</translation>
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
            <numerusform>%n варіант</numerusform>
            <numerusform>%n варіанти</numerusform>
            <numerusform>%n варіантів</numerusform>
        </translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>найраніший</translation>
    </message>
    <message numerus="yes">
        <source>%n word change(s)</source>
        <translation>
            <numerusform>%n зміна слова</numerusform>
            <numerusform>%n зміни слів</numerusform>
            <numerusform>%n змін слів</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <comment>statement, then its speaker</comment>
        <translation>«%1»
— %2</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <comment>statement, then its speaker</comment>
        <translation>«%1» — %2</translation>
    </message>
</context>
<context>
    <name>Crossread::ClustersDock</name>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>earliest rendering</source>
        <translation>найраніший варіант</translation>
    </message>
    <message>
        <source>Statement Clusters</source>
        <translation>Кластери тверджень</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Підтвердити</translation>
    </message>
    <message>
        <source>S&amp;plit Off Selected</source>
        <translation>В&amp;ідокремити вибране</translation>
    </message>
    <message>
        <source>&amp;Match Again</source>
        <translation>&amp;Зіставити знову</translation>
    </message>
    <message>
        <source>&amp;Give Verdict</source>
        <translation>&amp;Винести вердикт</translation>
    </message>
    <message>
        <source>Link the renderings as the same statement (annotating them where needed)</source>
        <translation>Пов’язати варіанти як одне й те саме твердження (за потреби додавши анотації)</translation>
    </message>
    <message>
        <source>Take the selected renderings out of this cluster</source>
        <translation>Вилучити вибрані варіанти з цього кластера</translation>
    </message>
    <message numerus="yes">
        <source>Give the verdict “%1” to %n other rendering(s) of this statement?</source>
        <translation>
            <numerusform>Винести вердикт «%1» ще %n варіанту цього твердження?</numerusform>
            <numerusform>Винести вердикт «%1» ще %n варіантам цього твердження?</numerusform>
            <numerusform>Винести вердикт «%1» ще %n варіантам цього твердження?</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>Кластери тверджень</translation>
    </message>
    <message>
        <source>Differences from the earliest rendering</source>
        <translation>Відмінності від найранішого викладу</translation>
    </message>
    <message>
        <source>Matching progress</source>
        <translation>Перебіг зіставлення</translation>
    </message>
</context>
<context>
    <name>Crossread::ComparisonArea</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No document open&lt;/p&gt;&lt;p&gt;Double-click a document in the &lt;b&gt;Documents&lt;/b&gt; list, or select several and choose &lt;b&gt;Compare side by side&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;File ▸ Import…&lt;/b&gt; to add articles.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Жодного документа не відкрито&lt;/p&gt;&lt;p&gt;Двічі клацніть документ у списку &lt;b&gt;Документи&lt;/b&gt; або виберіть кілька й натисніть &lt;b&gt;Порівняти поруч&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Щоб додати статті, скористайтеся &lt;b&gt;Файл ▸ Імпорт…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageDock</name>
    <message>
        <source>Coverage Matrix</source>
        <translation>Матриця висвітлення</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експортувати CSV…</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Матриця висвітлення</translation>
    </message>
    <message>
        <source>Click a cell to open that outlet&apos;s rendering; empty cells are omissions</source>
        <translation>Клацніть клітинку, щоб відкрити варіант цього видання; порожні клітинки — пропуски</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Теплова карта</translation>
    </message>
    <message>
        <source>Claim records</source>
        <translation>Записи тверджень</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Save the matrix with prominence and framing as a CSV file</source>
        <translation>Зберегти матрицю з помітністю та подачею у файл CSV</translation>
    </message>
    <message>
        <source>No claim records yet.</source>
        <translation>Ще немає записів тверджень.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) × %1 outlet(s); %2 omission(s)</source>
        <translation>
            <numerusform>%n рядок × видань: %1; пропусків: %2</numerusform>
            <numerusform>%n рядки × видань: %1; пропусків: %2</numerusform>
            <numerusform>%n рядків × видань: %1; пропусків: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Не вдається записати «%1»: %2</translation>
    </message>
    <message>
        <source>Export Coverage Matrix</source>
        <translation>Експорт матриці висвітлення</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Coverage heat map</source>
        <translation>Теплова карта висвітлення</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageHeatMapWidget</name>
    <message>
        <source>Coverage heat map</source>
        <translation>Теплова карта висвітлення</translation>
    </message>
    <message>
        <source>No claim records yet. Select annotations in several columns and choose Same Claim.</source>
        <translation>Ще немає записів тверджень. Виберіть анотації в кількох стовпчиках і виберіть «Те саме твердження».</translation>
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
        <translation>%1 не містить «%2»: пропуск.</translation>
    </message>
    <message>
        <source>%1 carries “%2”
Prominence: %3
Framing: %4</source>
        <translation>%1 містить «%2»
Помітність: %3
Подача: %4</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rendering(s) in this outlet</source>
        <translation>
            <numerusform>%n варіант у цьому виданні</numerusform>
            <numerusform>%n варіанти в цьому виданні</numerusform>
            <numerusform>%n варіантів у цьому виданні</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Мовець: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
Carried by %2 of %n outlet(s)</source>
        <translation>
            <numerusform>%1
Опубліковано в %2 з %n видання</numerusform>
            <numerusform>%1
Опубліковано в %2 з %n видань</numerusform>
            <numerusform>%1
Опубліковано в %2 з %n видань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes of %1 in %2 of %n outlet(s)</source>
        <translation>
            <numerusform>Цитати %1 у %2 з %n видання</numerusform>
            <numerusform>Цитати %1 у %2 з %n видань</numerusform>
            <numerusform>Цитати %1 у %2 з %n видань</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::DemoProject</name>
    <message>
        <source>The demo needs a project open for writing.</source>
        <translation>Для демонстрації потрібен проєкт, відкритий для запису.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is missing from the program&apos;s resources.</source>
        <translation>У ресурсах програми немає списку анотацій демонстрації.</translation>
    </message>
    <message>
        <source>The demo&apos;s annotation list is damaged: %1</source>
        <translation>Список анотацій демонстрації пошкоджено: %1</translation>
    </message>
    <message>
        <source>Cannot import the sample “%1”: %2</source>
        <translation>Не вдається імпортувати зразок «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot store the sample “%1”: %2</source>
        <translation>Не вдається зберегти зразок «%1»: %2</translation>
    </message>
    <message>
        <source>The demo annotation “%1” names an unknown sample “%2”.</source>
        <translation>Демонстраційна анотація «%1» посилається на невідомий зразок «%2».</translation>
    </message>
    <message>
        <source>The quote “%1” is not in the sample “%2”.</source>
        <translation>Цитати «%1» немає в зразку «%2».</translation>
    </message>
    <message>
        <source>The demo uses an unknown tag “%1”.</source>
        <translation>Демонстрація використовує невідомий тег «%1».</translation>
    </message>
    <message>
        <source>Cannot store a demo annotation: %1</source>
        <translation>Не вдається зберегти демонстраційну анотацію: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the demo project: %1</source>
        <translation>Не вдається створити теку для демонстраційного проєкту: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentColumn</name>
    <message>
        <source>Move column left</source>
        <translation>Перемістити стовпчик ліворуч</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Перемістити стовпчик праворуч</translation>
    </message>
    <message>
        <source>Close column</source>
        <translation>Закрити стовпчик</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>Властивості документа</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Властивості…</translation>
    </message>
    <message>
        <source>Close Column</source>
        <translation>Закрити стовпчик</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column header: number of annotations</comment>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Number of annotations in the document</source>
        <translation>Кількість анотацій у документі</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Outlet: %1</source>
        <translation>Видання: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Опубліковано: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Файл: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Імпорт: %1</translation>
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
        <translation>Назва</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>Н&amp;евідомо</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>Властивості документа</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Дата публікації невідома</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language of the text, as a code such as “en” or “uk”</source>
        <translation>Мова тексту у вигляді коду, наприклад «en» або «uk»</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Невідома</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>О&amp;публіковано:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ад&amp;реса:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Як імпортовано</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодування:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Довжина:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Імпортовано:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Нотатки:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n annotation(s)</source>
        <translation>
            <numerusform>Символів: %1, %n анотація</numerusform>
            <numerusform>Символів: %1, %n анотації</numerusform>
            <numerusform>Символів: %1, %n анотацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties of “%1”</source>
        <translation>Властивості «%1»</translation>
    </message>
    <message>
        <source>The address is not a web address (https://…).</source>
        <translation>Адреса не є вебадресою (https://…).</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>Не вдалося зберегти зміни: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(без тегів)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Мовець: %1</translation>
    </message>
    <message>
        <source>Orphaned: the quoted text no longer matches here.</source>
        <translation>Осиротіла: цитований текст тут більше не збігається.</translation>
    </message>
</context>
<context>
    <name>Crossread::DocumentsDock</name>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>&amp;Порівняти поруч</translation>
    </message>
    <message>
        <source>Compare Side by Side</source>
        <translation>Порівняти поруч</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Фільтрувати документи…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Фільтрувати документи</translation>
    </message>
    <message>
        <source>Show only documents whose title, outlet or date contains this text</source>
        <translation>Показувати лише документи, назва, видання або дата яких містить цей текст</translation>
    </message>
    <message>
        <source>Open the selected documents in columns side by side</source>
        <translation>Відкрити вибрані документи поруч у стовпчиках</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare side by side</source>
        <translation>Порівняти поруч</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column header: number of annotations</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Властивості…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, author, date, address and language</source>
        <translation>Змінити назву, видання, автора, дату, адресу та мову</translation>
    </message>
</context>
<context>
    <name>Crossread::EvidenceLinkDialog</name>
    <message>
        <source>Add Evidence Link</source>
        <translation>Додати посилання на доказ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>What the source is, e.g. “Ministry briefing, 5 March”</source>
        <translation>Що це за джерело, напр. «Брифінг міністерства, 5 березня»</translation>
    </message>
    <message>
        <source>Accessed on</source>
        <translation>Дата доступу</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>A&amp;ccessed:</source>
        <translation>Дата &amp;доступу:</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Це не вебадреса</translation>
    </message>
</context>
<context>
    <name>Crossread::Exporter</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблиця CSV (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>Вебанотації W3C (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.jsonld *.json)</source>
        <translation>ClaimReview JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Звіт HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Звіт PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 уже існує; виберіть іншу назву або дозвольте заміну.</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Враховувати регістр</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Знайти в документі</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Попередній збіг (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Попередній збіг</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Наступний збіг (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Наступний збіг</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Закрити панель пошуку (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрити панель пошуку</translation>
    </message>
    <message>
        <source>Wrapped to the top</source>
        <translation>Продовжено з початку</translation>
    </message>
    <message>
        <source>Wrapped to the bottom</source>
        <translation>Продовжено з кінця</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не знайдено</translation>
    </message>
</context>
<context>
    <name>Crossread::FramingInfo</name>
    <message>
        <source>quoted</source>
        <translation>пряма цитата</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>переказ</translation>
    </message>
    <message>
        <source>anonymous source</source>
        <translation>анонімне джерело</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>із застереженням</translation>
    </message>
</context>
<context>
    <name>Crossread::FtsQuery</name>
    <message>
        <source>“%1” needs a word or phrase on both sides, e.g. “war NOT games”.</source>
        <translation>«%1» потребує слова чи фрази з обох боків, напр. «війна NOT ігри».</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one.</source>
        <translation>Закривна дужка не має відповідної відкривної.</translation>
    </message>
    <message>
        <source>Parentheses need a word or phrase inside, and operators need one on both sides.</source>
        <translation>Дужки повинні містити слово чи фразу, а оператори — мати їх з обох боків.</translation>
    </message>
    <message>
        <source>The search ends with an operator; add a word or phrase after it.</source>
        <translation>Пошуковий запит закінчується оператором; додайте після нього слово чи фразу.</translation>
    </message>
    <message>
        <source>A parenthesis is not closed.</source>
        <translation>Дужку не закрито.</translation>
    </message>
</context>
<context>
    <name>Crossread::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <source>Select an annotation in a document or in the Annotations list to see and edit its tags, note, verdict and sources here.</source>
        <translation>Виберіть анотацію в документі або в списку «Анотації», щоб переглянути й змінити тут її теги, нотатку, вердикт і джерела.</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Цитований фрагмент</translation>
    </message>
    <message>
        <source>The text at this position no longer matches the quote. Select the passage again and use Adjust Range.</source>
        <translation>Текст у цьому місці більше не збігається з цитатою. Виділіть фрагмент знову й скористайтеся «Уточнити діапазон».</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Check the tags this passage carries (Space toggles the current one)</source>
        <translation>Позначте теги цього фрагмента (Пробіл перемикає поточний)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Your note on this passage…</source>
        <translation>Ваша нотатка до цього фрагмента…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Нотатка</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>How well the claim holds up, on the project&apos;s rating scale</source>
        <translation>Наскільки твердження витримує перевірку, за шкалою оцінок проєкту</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Why this verdict: what the sources show…</source>
        <translation>Чому такий вердикт: що показують джерела…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Вердикт:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обґрунтування:</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Who says this?</source>
        <translation>Хто це каже?</translation>
    </message>
    <message>
        <source>The person or organisation quoted; known names are offered as you type</source>
        <translation>Цитована особа чи організація; відомі імена пропонуються під час введення</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Мовець:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Посилання на докази</translation>
    </message>
    <message>
        <source>&amp;Add Link…</source>
        <translation>&amp;Додати посилання…</translation>
    </message>
    <message>
        <source>Add a source that supports or refutes this passage</source>
        <translation>Додати джерело, яке підтверджує або спростовує цей фрагмент</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Від&amp;крити</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>Відкрити вибране посилання в браузері</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ви&amp;лучити</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Вилучити вибране посилання</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted passage</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>in %1, characters %2–%3</source>
        <translation>у «%1», символи %2–%3</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без вердикту</translation>
    </message>
    <message>
        <source>%1
accessed %2</source>
        <translation>%1
дата доступу: %2</translation>
    </message>
    <message>
        <source>Speaker “%1”</source>
        <translation>Мовець «%1»</translation>
    </message>
    <message>
        <source>Annotation details</source>
        <translation>Відомості про анотацію</translation>
    </message>
</context>
<context>
    <name>Crossread::LexiconDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Відновити &amp;типові</translation>
    </message>
    <message>
        <source>Loaded Vocabulary</source>
        <translation>Оцінна лексика</translation>
    </message>
    <message>
        <source>New term, e.g. “special military operation”</source>
        <translation>Новий термін, напр. «спеціальна військова операція»</translation>
    </message>
    <message>
        <source>Terms outlined as loaded or framing vocabulary in this project. Matching ignores case; a space matches any line break.</source>
        <translation>Терміни, які в цьому проєкті виділяються як оцінна чи маніпулятивна лексика. Регістр не враховується; пробіл відповідає будь-якому розриву рядка.</translation>
    </message>
    <message>
        <source>A term cannot be empty.</source>
        <translation>Термін не може бути порожнім.</translation>
    </message>
    <message>
        <source>“%1” is already in the lexicon.</source>
        <translation>«%1» уже є в лексиконі.</translation>
    </message>
    <message>
        <source>The lexicon could not be saved.</source>
        <translation>Не вдалося зберегти лексикон.</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Could not save the change</source>
        <translation>Не вдалося зберегти зміну</translation>
    </message>
    <message>
        <source>At most %1 documents can be compared; close a column first.</source>
        <translation>Найбільша кількість документів для порівняння — %1; спершу закрийте стовпчик.</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Відкрити лише для читання?</translation>
    </message>
    <message>
        <source>%1

Open “%2” read-only instead? You can read and search it, but not change it.</source>
        <translation>%1

Відкрити «%2» лише для читання? Ви зможете читати та шукати, але не змінювати.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Не вдається відкрити проєкт</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.

%2</source>
        <translation>Не вдається відкрити «%1».

%2</translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>%1 (read-only) — Crossread</source>
        <translation>%1 (лише читання) — Crossread</translation>
    </message>
    <message>
        <source>%1 — Crossread</source>
        <translation>%1 — Crossread</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Лише читання</translation>
    </message>
    <message>
        <source>Crossread projects (*.crossread);;All files (*)</source>
        <translation>Проєкти Crossread (*.crossread);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Імпортувати документи…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
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
        <translation>&amp;Знайти в документі…</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>Вирівняти виділення до &amp;цілих слів</translation>
    </message>
    <message>
        <source>&amp;Adjust Range to Selection</source>
        <translation>&amp;Уточнити діапазон за виділенням</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Видалити анотацію</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>&amp;Наступна анотація</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>&amp;Попередня анотація</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Керування тегами…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>С&amp;кинути масштаб</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;Шрифт…</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Темна тема</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Син&amp;хронне прокручування</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>&amp;Про Crossread</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous annotation (Shift+F8)</source>
        <translation>Попередня анотація (Shift+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Next annotation (F8)</source>
        <translation>Наступна анотація (F8)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Позначити як %1</translation>
    </message>
    <message>
        <source>Tag the selection as %1</source>
        <translation>Позначити виділене як %1</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>Позначити виділене як %1 (%2)</translation>
    </message>
    <message>
        <source>Open a document and select a passage first.</source>
        <translation>Спершу відкрийте документ і виділіть фрагмент.</translation>
    </message>
    <message>
        <source>Select a passage to tag, or click an annotation to add a tag to it.</source>
        <translation>Виділіть фрагмент, щоб додати тег, або клацніть анотацію, щоб додати їй тег.</translation>
    </message>
    <message>
        <source>An annotation keeps at least one tag; delete it instead.</source>
        <translation>Анотація має зберігати щонайменше один тег; натомість видаліть її.</translation>
    </message>
    <message>
        <source>Click an annotation (or press F8) to select it first.</source>
        <translation>Спершу клацніть анотацію (або натисніть F8), щоб вибрати її.</translation>
    </message>
    <message>
        <source>Select an annotation, then select its new range and choose Adjust Range.</source>
        <translation>Виберіть анотацію, потім виділіть її новий діапазон і виберіть «Уточнити діапазон».</translation>
    </message>
    <message>
        <source>This document has no annotations.</source>
        <translation>Цей документ не має анотацій.</translation>
    </message>
    <message>
        <source>Document Font</source>
        <translation>Шрифт документа</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Не вдається створити проєкт</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Копію збережено до %1.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Не вдається зберегти копію</translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>Про Crossread</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read news articles side by side, mark claims, attributions and unverified statements, and record what the evidence says.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Читайте новинні статті поруч, позначайте твердження, атрибуції та неперевірені заяви й фіксуйте, що кажуть докази.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статті (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <source>Open a project for writing before importing documents.</source>
        <translation>Перед імпортом документів відкрийте проєкт для запису.</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>Імпорт документів…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>Імпортовано %n документ.</numerusform>
            <numerusform>Імпортовано %n документи.</numerusform>
            <numerusform>Імпортовано %n документів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, skipped.</source>
        <translation>
            <numerusform>%n вже є в проєкті, пропущено.</numerusform>
            <numerusform>%n вже є в проєкті, пропущено.</numerusform>
            <numerusform>%n вже є в проєкті, пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n passage(s); at most %1 documents can be compared.</source>
        <translation>
            <numerusform>Показано %n фрагмент; найбільша кількість документів для порівняння — %1.</numerusform>
            <numerusform>Показано %n фрагменти; найбільша кількість документів для порівняння — %1.</numerusform>
            <numerusform>Показано %n фрагментів; найбільша кількість документів для порівняння — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Cues</source>
        <translation>Показувати &amp;підказки</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Імпортувати &amp;анотації…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations…</source>
        <translation>Вебанотації &amp;W3C…</translation>
    </message>
    <message>
        <source>Claim&amp;Review…</source>
        <translation>Claim&amp;Review…</translation>
    </message>
    <message>
        <source>&amp;HTML Report…</source>
        <translation>Звіт &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;PDF Report…</source>
        <translation>Звіт &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>“%1” could not be written.

%2</source>
        <translation>Не вдалося записати «%1».

%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Імпорт анотацій</translation>
    </message>
    <message>
        <source>Web annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Вебанотації (*.jsonld *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Помилка імпорту</translation>
    </message>
    <message>
        <source>“%1” could not be imported.

%2</source>
        <translation>Не вдалося імпортувати «%1».

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 annotation(s) anchored.</source>
        <translation>
            <numerusform>Прив’язано %n з %1 анотацій.</numerusform>
            <numerusform>Прив’язано %n з %1 анотацій.</numerusform>
            <numerusform>Прив’язано %n з %1 анотацій.</numerusform>
        </translation>
    </message>
    <message>
        <source>• “%1”: %2</source>
        <translation>• «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not anchored:</source>
        <translation>
            <numerusform>Не прив’язано %n анотацію:</numerusform>
            <numerusform>Не прив’язано %n анотації:</numerusform>
            <numerusform>Не прив’язано %n анотацій:</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>Анотації імпортовано</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Властивості…</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>Перемістити стовпчик &amp;ліворуч</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Shift+PgUp</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>Перемістити стовпчик &amp;праворуч</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation>Ctrl+Shift+PgDown</translation>
    </message>
    <message>
        <source>&amp;Close Column</source>
        <translation>&amp;Закрити стовпчик</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Наступна панель</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Попе&amp;редня панель</translation>
    </message>
    <message>
        <source>Go to &amp;Documents</source>
        <translation>Перейти до &amp;документів</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Go to &amp;Annotations</source>
        <translation>Перейти до &amp;анотацій</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Перейти до &amp;інспектора</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Go to &amp;Text</source>
        <translation>Перейти до &amp;тексту</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Loaded &amp;Vocabulary…</source>
        <translation>Оцінна &amp;лексика…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>До&amp;кумент</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <source>Select a document in the Documents list or open one first.</source>
        <translation>Спершу виберіть документ у списку «Документи» або відкрийте його.</translation>
    </message>
    <message>
        <source>Sa&amp;me Claim</source>
        <translation>Те &amp;саме твердження</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Make the annotations selected in the columns one claim record (Ctrl+Shift+M)</source>
        <translation>Об’єднати анотації, вибрані в стовпчиках, в один запис твердження (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Claim from &amp;Cluster</source>
        <translation>Твердження з &amp;кластера</translation>
    </message>
    <message>
        <source>Confirm the current statement cluster and make it a claim record</source>
        <translation>Підтвердити поточний кластер тверджень і створити з нього запис твердження</translation>
    </message>
    <message>
        <source>Import as &amp;Revision of Current Document…</source>
        <translation>Імпортувати як &amp;редакцію поточного документа…</translation>
    </message>
    <message>
        <source>Compare &amp;Revisions…</source>
        <translation>Порівняти р&amp;едакції…</translation>
    </message>
    <message>
        <source>The current document has no other revision.</source>
        <translation>Поточний документ не має інших редакцій.</translation>
    </message>
    <message>
        <source>Select an annotation in each column that renders the claim (click it or press F8), then choose Same Claim.</source>
        <translation>Виберіть у кожному стовпчику анотацію, що передає твердження (клацніть її або натисніть F8), а потім виберіть «Те саме твердження».</translation>
    </message>
    <message numerus="yes">
        <source>Claim record created with %n anchor(s).</source>
        <translation>
            <numerusform>Створено запис твердження з %n прив’язкою.</numerusform>
            <numerusform>Створено запис твердження з %n прив’язками.</numerusform>
            <numerusform>Створено запис твердження з %n прив’язками.</numerusform>
        </translation>
    </message>
    <message>
        <source>These annotations already form one claim record.</source>
        <translation>Ці анотації вже утворюють один запис твердження.</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Те саме твердження</translation>
    </message>
    <message numerus="yes">
        <source>The claim record now has %n anchor(s).</source>
        <translation>
            <numerusform>Запис твердження тепер має %n прив’язку.</numerusform>
            <numerusform>Запис твердження тепер має %n прив’язки.</numerusform>
            <numerusform>Запис твердження тепер має %n прив’язок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a statement cluster in the Clusters panel first.</source>
        <translation>Спершу виберіть кластер тверджень на панелі «Кластери».</translation>
    </message>
    <message numerus="yes">
        <source>Claim record made from the cluster (%n rendering(s)).</source>
        <translation>
            <numerusform>Запис твердження створено з кластера (%n варіант).</numerusform>
            <numerusform>Запис твердження створено з кластера (%n варіанти).</numerusform>
            <numerusform>Запис твердження створено з кластера (%n варіантів).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document the new version replaces first.</source>
        <translation>Спершу відкрийте документ, який замінює нова редакція.</translation>
    </message>
    <message>
        <source>Import as Revision</source>
        <translation>Імпорт як редакції</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md *.pdf);;All files (*)</source>
        <translation>Статті (*.html *.htm *.txt *.md *.pdf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot import the revision</source>
        <translation>Не вдається імпортувати редакцію</translation>
    </message>
    <message>
        <source>Revision imported: %1 annotation(s) in place or moved, %2 reworded, %3 not attached.</source>
        <translation>Редакцію імпортовано: анотацій на місці або переміщено: %1, переформульовано: %2, не прив’язано: %3.</translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation>Пошук у &amp;проєкті…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search the text, titles and notes of every document</source>
        <translation>Шукати в тексті, назвах і нотатках усіх документів</translation>
    </message>
</context>
<context>
    <name>Crossread::ProjectStore</name>
    <message>
        <source>Cannot create “%1”: a file of that name exists.</source>
        <translation>Не вдається створити «%1»: файл із такою назвою вже існує.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Проєкту «%1» не існує.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>Не вдається прочитати «%1» як проєкт: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <source>“%1” is not a Crossread project (it is not an SQLite database).</source>
        <translation>«%1» не є проєктом Crossread (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>The project “%1” is already open in another Crossread window (process %2 on %3). You can open it read-only.</source>
        <translation>Проєкт «%1» уже відкрито в іншому вікні Crossread (процес %2 на %3). Ви можете відкрити його лише для читання.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be locked for writing. You can open it read-only.</source>
        <translation>Не вдається заблокувати проєкт «%1» для запису. Ви можете відкрити його лише для читання.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Crossread project.</source>
        <translation>«%1» — це база даних SQLite, але не проєкт Crossread.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Crossread (format %2; this version reads up to %3). Update Crossread to open it.</source>
        <translation>Проєкт «%1» збережено новішою версією Crossread (формат %2; ця версія читає до %3). Оновіть Crossread, щоб відкрити його.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy instead.</source>
        <translation>Проєкт «%1» пошкоджено (%2). Натомість відкрийте резервну копію.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (no schema version).</source>
        <translation>Проєкт «%1» пошкоджено (немає версії схеми).</translation>
    </message>
    <message>
        <source>The project “%1” was saved by an older version of Crossread and must be upgraded; open it for writing once.</source>
        <translation>Проєкт «%1» збережено старішою версією Crossread, його треба оновити; відкрийте його один раз для запису.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>Проєкт «%1» пошкоджено, його не можна відкрити. Натомість відкрийте резервну копію.</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Не вдалося відкрити проєкт «%1»: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Жодного проєкту не відкрито.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Не вдається замінити «%1».</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation>Не вдалося зберегти копію до «%1»: %2</translation>
    </message>
    <message>
        <source>The project is open read-only; changes are not possible.</source>
        <translation>Проєкт відкрито лише для читання; зміни неможливі.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнено</translation>
    </message>
    <message>
        <source>the file is busy in another program</source>
        <translation>файл зайнятий іншою програмою</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>не вдається записати файл</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл пошкоджено</translation>
    </message>
    <message>
        <source>a disk error occurred</source>
        <translation>сталася помилка диска</translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. Nothing was changed.</source>
        <translation>Не вдалося зберегти зміну в «%1»: %2. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Рядок %1 таблиці %2 посилається на відсутній рядок у %3.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Документа %1 не існує.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Тег повинен мати назву.</translation>
    </message>
    <message>
        <source>A tag named “%1” exists already.</source>
        <translation>Тег із назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>The shortcut %1 is used by the tag “%2”.</source>
        <translation>Клавішу %1 використовує тег «%2».</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>Тег не можна вкласти в нього самого.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Тегу %1 не існує.</translation>
    </message>
    <message>
        <source>“%1” is a built-in tag and cannot be deleted.</source>
        <translation>«%1» — вбудований тег, його не можна видалити.</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>Особа чи організація повинна мати ім’я.</translation>
    </message>
    <message>
        <source>There is no person or organisation %1.</source>
        <translation>Особи чи організації %1 не існує.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Анотації %1 не існує.</translation>
    </message>
    <message>
        <source>An annotation cannot be linked to itself.</source>
        <translation>Анотацію не можна пов’язати з нею самою.</translation>
    </message>
    <message>
        <source>These annotations are linked that way already.</source>
        <translation>Ці анотації вже пов’язані таким чином.</translation>
    </message>
    <message>
        <source>There is no link %1.</source>
        <translation>Зв’язку %1 не існує.</translation>
    </message>
    <message>
        <source>The rating scale needs distinct, non-empty names.</source>
        <translation>Шкала оцінок потребує різних непорожніх назв.</translation>
    </message>
    <message>
        <source>The rating scale needs at least one rating.</source>
        <translation>Шкала оцінок потребує щонайменше однієї оцінки.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>Параметр повинен мати назву.</translation>
    </message>
    <message>
        <source>An annotation cannot start or end before the text (%1, %2).</source>
        <translation>Анотація не може починатися чи закінчуватися перед текстом (%1, %2).</translation>
    </message>
    <message>
        <source>The start (%1) of an annotation must not be after its end (%2).</source>
        <translation>Початок (%1) анотації не може бути після її кінця (%2).</translation>
    </message>
    <message>
        <source>The range %1–%2 lies outside the text, which has %3 characters.</source>
        <translation>Діапазон %1–%2 виходить за межі тексту (довжина тексту: %3).</translation>
    </message>
    <message>
        <source>“%1” is not on the rating scale (%2).</source>
        <translation>«%1» немає у шкалі оцінок (%2).</translation>
    </message>
    <message>
        <source>Move annotation to “%1”</source>
        <translation>Перемістити анотацію на «%1»</translation>
    </message>
    <message>
        <source>Remove tags from “%1”</source>
        <translation>Вилучити теги з «%1»</translation>
    </message>
    <message>
        <source>Tag &apos;%1&apos; on “%2”</source>
        <translation>Тег «%1» для «%2»</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <translation>Змінити нотатку до «%1»</translation>
    </message>
    <message>
        <source>Clear verdict on “%1”</source>
        <translation>Прибрати вердикт для «%1»</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on “%2”</source>
        <translation>Вердикт «%1» для «%2»</translation>
    </message>
    <message>
        <source>Edit rationale on “%1”</source>
        <translation>Змінити обґрунтування для «%1»</translation>
    </message>
    <message>
        <source>Clear speaker of “%1”</source>
        <translation>Прибрати мовця для «%1»</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on “%2”</source>
        <translation>Мовець «%1» для «%2»</translation>
    </message>
    <message>
        <source>Evidence needs a URL.</source>
        <translation>Доказ повинен мати URL.</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Додати доказ до «%1»</translation>
    </message>
    <message>
        <source>Annotation %1 has no evidence %2.</source>
        <translation>Анотація %1 не має доказу %2.</translation>
    </message>
    <message>
        <source>Remove evidence from “%1”</source>
        <translation>Вилучити доказ із «%1»</translation>
    </message>
    <message>
        <source>A claim needs at least one annotation.</source>
        <translation>Твердження потребує щонайменше однієї анотації.</translation>
    </message>
    <message>
        <source>The annotation on “%1” already belongs to claim %2.</source>
        <translation>Анотація до «%1» уже належить до твердження %2.</translation>
    </message>
    <message>
        <source>Create claim “%1”</source>
        <translation>Створити твердження «%1»</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>Твердження %1 не існує.</translation>
    </message>
    <message>
        <source>Remove claim “%1”</source>
        <translation>Вилучити твердження «%1»</translation>
    </message>
    <message>
        <source>Add “%1” to claim “%2”</source>
        <translation>Додати «%1» до твердження «%2»</translation>
    </message>
    <message>
        <source>Annotation %1 is not an anchor of claim %2.</source>
        <translation>Анотація %1 не є прив’язкою твердження %2.</translation>
    </message>
    <message>
        <source>Remove “%1” from claim “%2”</source>
        <translation>Вилучити «%1» з твердження «%2»</translation>
    </message>
    <message>
        <source>A claim needs a title.</source>
        <translation>Твердження повинно мати назву.</translation>
    </message>
    <message>
        <source>Rename claim “%1”</source>
        <translation>Перейменувати твердження «%1»</translation>
    </message>
    <message>
        <source>Clear verdict of claim “%1”</source>
        <translation>Прибрати вердикт твердження «%1»</translation>
    </message>
    <message>
        <source>Verdict &apos;%1&apos; on claim “%2”</source>
        <translation>Вердикт «%1» для твердження «%2»</translation>
    </message>
    <message>
        <source>Edit rationale of claim “%1”</source>
        <translation>Змінити обґрунтування твердження «%1»</translation>
    </message>
    <message>
        <source>Clear speaker of claim “%1”</source>
        <translation>Прибрати мовця твердження «%1»</translation>
    </message>
    <message>
        <source>Speaker &apos;%1&apos; on claim “%2”</source>
        <translation>Мовець «%1» для твердження «%2»</translation>
    </message>
    <message>
        <source>Add evidence to claim “%1”</source>
        <translation>Додати доказ до твердження «%1»</translation>
    </message>
    <message>
        <source>Claim %1 has no evidence %2.</source>
        <translation>Твердження %1 не має доказу %2.</translation>
    </message>
    <message>
        <source>Remove evidence from claim “%1”</source>
        <translation>Вилучити доказ із твердження «%1»</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>Не вдається створити «%1»: теки «%2» не існує.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened: the folder “%2” does not exist.</source>
        <translation>Не вдається відкрити проєкт «%1»: теки «%2» не існує.</translation>
    </message>
    <message>
        <source>Cannot use “%1”: “%2” is not a folder.</source>
        <translation>Не вдається використати «%1»: «%2» — не тека.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only (you may not create files in it).</source>
        <translation>Не вдається створити «%1»: тека «%2» доступна лише для читання (у ній не можна створювати файли).</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: its folder “%2” is read-only. You can open it read-only.</source>
        <translation>Проєкт «%1» не можна змінити: його тека «%2» доступна лише для читання. Його можна відкрити лише для читання.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be changed: the file is read-only. You can open it read-only.</source>
        <translation>Проєкт «%1» не можна змінити: файл доступний лише для читання. Його можна відкрити лише для читання.</translation>
    </message>
    <message>
        <source>“%1” is a name of the built-in tag “%2”.</source>
        <translation>«%1» — це назва вбудованого тегу «%2».</translation>
    </message>
</context>
<context>
    <name>Crossread::Prominence</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>First paragraph</source>
        <translation>Перший абзац</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Основний текст</translation>
    </message>
    <message>
        <source>Last third</source>
        <translation>Остання третина</translation>
    </message>
</context>
<context>
    <name>Crossread::Reanchor</name>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>переформульовано</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>неоднозначно</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>осиротіла</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveAnnotationCommand</name>
    <message>
        <source>Remove annotation on “%1”</source>
        <translation>Вилучити анотацію до «%1»</translation>
    </message>
</context>
<context>
    <name>Crossread::RemoveDocumentCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Вилучити «%1»</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportClaims</name>
    <message>
        <source>not rated yet</source>
        <translation>ще не оцінено</translation>
    </message>
    <message>
        <source>H</source>
        <translation>З</translation>
    </message>
    <message>
        <source>P1</source>
        <translation>А1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>О</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>Т3</translation>
    </message>
    <message>
        <source>Claim records across outlets</source>
        <translation>Записи тверджень за виданнями</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Матриця висвітлення</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Each statement is checked once; its verdict applies to every outlet&apos;s rendering below.</source>
        <translation>Кожне твердження перевіряється один раз; його вердикт стосується варіантів усіх видань нижче.</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Мовець:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <source>Which outlet carries each claim and speaker, how prominently (H headline, P1 first paragraph, B body, L3 last third; darker is more prominent) and how (“ ” quoted, ≈ paraphrased, ? hedged, ?! anonymous source). Empty cells are omissions.</source>
        <translation>Яке видання публікує кожне твердження й мовця, наскільки помітно (З — заголовок, А1 — перший абзац, О — основний текст, Т3 — остання третина; темніше — помітніше) і як (“ ” — пряма цитата, ≈ — переказ, ? — із застереженням, ?! — анонімне джерело). Порожні клітинки — пропуски.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>● first appearance · ○ outlets that followed, with the days since the first. Documents without a date are shown apart.</source>
        <translation>● перша поява · ○ видання, що підхопили, з кількістю днів від першої появи. Документи без дати показано окремо.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
</context>
<context>
    <name>Crossread::ReportExporter</name>
    <message>
        <source>%1 — fact-check report</source>
        <translation>%1 — звіт перевірки фактів</translation>
    </message>
    <message>
        <source>Generated %1 · documents: %2 · annotations: %3</source>
        <translation>Створено %1 · документів: %2 · анотацій: %3</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Твердження та вердикти</translation>
    </message>
    <message>
        <source>Attributions by speaker</source>
        <translation>Атрибуції за мовцями</translation>
    </message>
    <message>
        <source>Statement clusters</source>
        <translation>Кластери тверджень</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Докази:</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>ще не оцінено</translation>
    </message>
    <message>
        <source>No claims have been marked yet.</source>
        <translation>Ще не позначено жодного твердження.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>Ще жоден фрагмент не має мовця.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>No statements have been linked across sources yet.</source>
        <translation>Ще жодне твердження не пов’язано між джерелами.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Твердження %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical environment; export HTML instead or use the Crossread window.</source>
        <translation>Для експорту в PDF потрібне графічне середовище; натомість експортуйте HTML або скористайтеся вікном Crossread.</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Не вдалося створити PDF.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionBar</name>
    <message>
        <source>Show the previous revision</source>
        <translation>Показати попередню редакцію</translation>
    </message>
    <message>
        <source>Show the next revision</source>
        <translation>Показати наступну редакцію</translation>
    </message>
    <message>
        <source>Revision shown</source>
        <translation>Показана редакція</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Порівняти…</translation>
    </message>
    <message>
        <source>Word diff against the previous revision, and how the annotations were re-anchored</source>
        <translation>Пословне порівняння з попередньою редакцією та те, як анотації було заново прив’язано</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Редакція %1</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Редакція %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Latest of %n revision(s)</source>
        <translation>
            <numerusform>Остання з %n редакції</numerusform>
            <numerusform>Остання з %n редакцій</numerusform>
            <numerusform>Остання з %n редакцій</numerusform>
        </translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Старіша редакція</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionCompareDialog</name>
    <message>
        <source>Compare Revisions</source>
        <translation>Порівняння редакцій</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Старіша редакція</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Новіша редакція</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Анотація</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Впевненість</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Редакція %1</translation>
    </message>
    <message>
        <source>This document has no other revision.</source>
        <translation>Цей документ не має інших редакцій.</translation>
    </message>
    <message>
        <source>%1 paragraph(s) reworded, %2 added, %3 removed; %4 word(s) added, %5 removed.</source>
        <translation>Абзаців переформульовано: %1, додано: %2, вилучено: %3; слів додано: %4, вилучено: %5.</translation>
    </message>
    <message numerus="yes">
        <source>not attached: found in %n place(s)</source>
        <translation>
            <numerusform>не прив’язано: знайдено в %n місці</numerusform>
            <numerusform>не прив’язано: знайдено в %n місцях</numerusform>
            <numerusform>не прив’язано: знайдено в %n місцях</numerusform>
        </translation>
    </message>
    <message>
        <source>not attached: no longer in the text</source>
        <translation>не прив’язано: у тексті більше немає</translation>
    </message>
    <message>
        <source>Annotations: %1 in place, %2 moved, %3 reworded, %4 ambiguous, %5 orphaned.</source>
        <translation>Анотації: на місці — %1, переміщено — %2, переформульовано — %3, неоднозначних — %4, осиротілих — %5.</translation>
    </message>
</context>
<context>
    <name>Crossread::RevisionImport</name>
    <message>
        <source>There is no document %1 to add a revision to.</source>
        <translation>Немає документа %1, до якого можна додати редакцію.</translation>
    </message>
    <message>
        <source>The file is identical to the latest revision of “%1”.</source>
        <translation>Файл ідентичний останній редакції «%1».</translation>
    </message>
</context>
<context>
    <name>Crossread::Schema</name>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Здебільшого правда</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Маніпуляція</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Здебільшого неправда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Не доведено</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>A checkable statement of fact</source>
        <translation>Твердження про факт, яке можна перевірити</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Who said it, and where</source>
        <translation>Хто це сказав і де</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Неперевірене</translation>
    </message>
    <message>
        <source>Stated without a source that can be checked</source>
        <translation>Заявлено без джерела, яке можна перевірити</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchDock</name>
    <message>
        <source>Untitled document</source>
        <translation>Документ без назви</translation>
    </message>
    <message>
        <source>any</source>
        <comment>date filter</comment>
        <translation>будь-яка</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Include other word forms</source>
        <translation>Враховувати інші форми слів</translation>
    </message>
    <message>
        <source>Search text, titles and notes</source>
        <translation>Шукати в тексті, назвах і нотатках</translation>
    </message>
    <message>
        <source>Words, &quot;exact phrases&quot;, prefix* and AND, OR, NOT with parentheses. Case and accents are ignored.</source>
        <translation>Слова, &quot;точні фрази&quot;, префікс* і AND, OR, NOT з дужками. Регістр і діакритичні знаки ігноруються.</translation>
    </message>
    <message>
        <source>Also find forms that share a word&apos;s stem, e.g. “liberate” finds “liberation” and “liberating” (uses the spelling dictionary).</source>
        <translation>Також знаходити форми зі спільною основою, напр. «звільнити» знаходить «звільнення» і «звільняючи» (використовує орфографічний словник).</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>до</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Усі видання</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Будь-який тег</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Слова для пошуку</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Опубліковано від</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Опубліковано до</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Стан пошуку</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Search in this field; at least one stays on.</source>
        <translation>Шукати в цьому полі; принаймні одне лишається увімкненим.</translation>
    </message>
    <message>
        <source>Search in article text</source>
        <translation>Шукати в тексті статті</translation>
    </message>
    <message>
        <source>Search in titles</source>
        <translation>Шукати в заголовках</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>Шукати в нотатках</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Шукати в:</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchEngine</name>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>Пошуковий запит задовгий (щонайбільше %1 символів).</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Початкова дата пізніша за кінцеву.</translation>
    </message>
    <message>
        <source>The search could not be understood. Put words with special characters in quotes, and use AND, OR, NOT and * only between or after words.</source>
        <translation>Не вдалося розібрати пошуковий запит. Візьміть слова зі спеціальними символами в лапки, а AND, OR, NOT і * використовуйте лише між словами або після них.</translation>
    </message>
    <message>
        <source>The search could not be run: the project&apos;s search index cannot be read.</source>
        <translation>Не вдалося виконати пошук: не вдається прочитати пошуковий індекс проєкту.</translation>
    </message>
</context>
<context>
    <name>Crossread::SearchResultsModel</name>
    <message>
        <source>Untitled document</source>
        <translation>Документ без назви</translation>
    </message>
</context>
<context>
    <name>Crossread::SetDocumentMetadataCommand</name>
    <message>
        <source>Edit details of “%1”</source>
        <translation>Змінити відомості про «%1»</translation>
    </message>
</context>
<context>
    <name>Crossread::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>e.g. Jana Novak</source>
        <translation>напр. Яна Новак</translation>
    </message>
    <message>
        <source>Recorded on the annotations you create, and named as reviewer in exports when no organisation is set</source>
        <translation>Зазначається в анотаціях, які ви створюєте, і як рецензент в експорті, якщо організацію не вказано</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Орфографія</translation>
    </message>
    <message>
        <source>&amp;Check the spelling of notes, rationales and document details</source>
        <translation>Перевіряти ор&amp;фографію нотаток, обґрунтувань і відомостей про документи</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Мова перевірки орфографії</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language name — dictionary code</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (не встановлено)</translation>
    </message>
    <message>
        <source>Words added with “Add to Dictionary”, one per line, shared by all languages</source>
        <translation>Слова, додані через «Додати до словника», по одному в рядку, спільні для всіх мов</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Показати &amp;теку</translation>
    </message>
    <message>
        <source>Open the folder that holds your word list</source>
        <translation>Відкрити теку з вашим списком слів</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>No Hunspell dictionaries are installed. Install one (e.g. the package hunspell-en-us) and reopen this dialog.</source>
        <translation>Не встановлено жодного словника Hunspell. Установіть словник (напр. пакет hunspell-uk) і знову відкрийте це вікно.</translation>
    </message>
    <message>
        <source>Personal word list:</source>
        <translation>Особистий список слів:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Largest file to import, in megabytes</source>
        <translation>Найбільший розмір файлу для імпорту, у мегабайтах</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Larger files are refused with a reason</source>
        <translation>Більші файли відхиляються з поясненням причини</translation>
    </message>
    <message>
        <source>&amp;Repair text damaged by PDF extraction (broken lines, stray blank lines)</source>
        <translation>&amp;Відновлювати текст, пошкоджений під час видобування з PDF (розірвані рядки, зайві порожні рядки)</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Найбільший &amp;файл:</translation>
    </message>
    <message>
        <source>This project (%1)</source>
        <translation>Цей проєкт (%1)</translation>
    </message>
    <message>
        <source>This project (none open)</source>
        <translation>Цей проєкт (жодного не відкрито)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Назва проєкту</translation>
    </message>
    <message>
        <source>The title of reports and exported annotation collections</source>
        <translation>Заголовок звітів та експортованих колекцій анотацій</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>e.g. Example Fact Check</source>
        <translation>напр. Example Fact Check</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview fact-checks</source>
        <translation>Зазначається як автор перевірок фактів ClaimReview</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Адреса організації</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the published review</source>
        <translation>Адреса опублікованої перевірки</translation>
    </message>
    <message>
        <source>Where the fact-check is published; each ClaimReview links to it</source>
        <translation>Де опубліковано перевірку фактів; кожен ClaimReview посилається на цю адресу</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>&amp;Назва проєкту:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>Organisation &amp;address:</source>
        <translation>&amp;Адреса організації:</translation>
    </message>
    <message>
        <source>Published &amp;review:</source>
        <translation>Опублікована &amp;перевірка:</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» не є вебадресою.</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Змінити параметри проєкту</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Мова звіту</translation>
    </message>
    <message>
        <source>The language of the built-in tags and ratings in reports, CSV and ClaimReview</source>
        <translation>Мова вбудованих тегів і оцінок у звітах, CSV і ClaimReview</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Як в інтерфейсі</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Мова звіту:</translation>
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
        <translation>Немає пропозицій</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Додати «%1» до словника</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionModel</name>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>who is quoted</comment>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
</context>
<context>
    <name>Crossread::SuggestionsDock</name>
    <message>
        <source>Suggestions</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Прийняти</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Прийняти в&amp;сі</translation>
    </message>
    <message>
        <source>Suggested annotations for this document. Enter accepts, Delete rejects.</source>
        <translation>Запропоновані анотації для цього документа. Enter — прийняти, Delete — відхилити.</translation>
    </message>
    <message>
        <source>The kind that &quot;Accept all&quot; accepts</source>
        <translation>Тип, який приймає «Прийняти всі»</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Прийняти пропозицію</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Відхилити пропозицію</translation>
    </message>
    <message>
        <source>Suggested annotations</source>
        <translation>Запропоновані анотації</translation>
    </message>
</context>
<context>
    <name>Crossread::TagManagerDialog</name>
    <message>
        <source>Tag Colour</source>
        <translation>Колір тегу</translation>
    </message>
    <message>
        <source>&amp;New Tag</source>
        <translation>&amp;Новий тег</translation>
    </message>
    <message>
        <source>Create a top-level tag</source>
        <translation>Створити тег верхнього рівня</translation>
    </message>
    <message>
        <source>New &amp;Subtag</source>
        <translation>Новий &amp;підтег</translation>
    </message>
    <message>
        <source>Create a tag inside the selected one</source>
        <translation>Створити тег усередині вибраного</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations (undoable)</source>
        <translation>Видалити вибраний тег і вилучити його з анотацій (можна скасувати)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Назва тегу</translation>
    </message>
    <message>
        <source>Choose the colour passages with this tag are painted in</source>
        <translation>Виберіть колір, яким позначатимуться фрагменти з цим тегом</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Колір тегу</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Батьківський тег</translation>
    </message>
    <message>
        <source>Nest the tag inside another one</source>
        <translation>Вкласти тег в інший</translation>
    </message>
    <message>
        <source>Shortcut key</source>
        <translation>Клавіша швидкого доступу</translation>
    </message>
    <message>
        <source>A single key that applies this tag to the selected text</source>
        <translation>Одна клавіша, що застосовує цей тег до виділеного тексту</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>На&amp;зва:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Батьківський:</translation>
    </message>
    <message>
        <source>Shortcut &amp;key:</source>
        <translation>Клаві&amp;ша:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Changes apply at once and can be undone with Edit ▸ Undo.</source>
        <translation>Зміни застосовуються одразу, їх можна скасувати через Зміни ▸ Скасувати.</translation>
    </message>
    <message>
        <source>Delete the selected tag and remove it from its annotations</source>
        <translation>Видалити вибраний тег і вилучити його з анотацій</translation>
    </message>
    <message>
        <source>Built-in tags cannot be deleted</source>
        <translation>Вбудовані теги не можна видалити</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Верхній рівень)</translation>
    </message>
    <message>
        <source>New subtag</source>
        <translation>Новий підтег</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новий тег</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s); it will be removed from them.</source>
        <translation>
            <numerusform>«%1» використовується в %n анотації; його буде вилучено з неї.</numerusform>
            <numerusform>«%1» використовується в %n анотаціях; його буде вилучено з них.</numerusform>
            <numerusform>«%1» використовується в %n анотаціях; його буде вилучено з них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” contains %n subtag(s).</source>
        <translation>
            <numerusform>«%1» містить %n підтег.</numerusform>
            <numerusform>«%1» містить %n підтеги.</numerusform>
            <numerusform>«%1» містить %n підтегів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it? You can undo this with Edit ▸ Undo.</source>
        <translation>Видалити? Це можна скасувати через Зміни ▸ Скасувати.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Видалити тег</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Тег повинен мати назву.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Тег із назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>The key %1 already applies “%2”.</source>
        <translation>Клавіша %1 уже застосовує «%2».</translation>
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
        <translation>Клавіша: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n annotation(s)</source>
        <translation>
            <numerusform>Використовується в %n анотації</numerusform>
            <numerusform>Використовується в %n анотаціях</numerusform>
            <numerusform>Використовується в %n анотаціях</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>keyboard shortcut of a tag</comment>
        <translation>Клавіша</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Timeline of claims by outlet</source>
        <translation>Хронологія тверджень за виданнями</translation>
    </message>
</context>
<context>
    <name>Crossread::TimelineWidget</name>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Timeline of claims and documents</source>
        <translation>Хронологія тверджень і документів</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>дата публікації невідома</translation>
    </message>
    <message>
        <source>First appearance of this claim</source>
        <translation>Перша поява цього твердження</translation>
    </message>
    <message numerus="yes">
        <source>Followed %1 after %n day(s)</source>
        <translation>
            <numerusform>%1: підхоплено через %n день</numerusform>
            <numerusform>%1: підхоплено через %n дні</numerusform>
            <numerusform>%1: підхоплено через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Also carried; first seen in %1 (dates incomplete)</source>
        <translation>Також опубліковано; уперше помічено в %1 (дати неповні)</translation>
    </message>
    <message>
        <source>No documents yet. Import articles to see when each outlet published.</source>
        <translation>Документів ще немає. Імпортуйте статті, щоб побачити, коли кожне видання їх опублікувало.</translation>
    </message>
    <message>
        <source>No publication dates known</source>
        <translation>Дати публікації невідомі</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Attribution phrase</source>
        <translation>Фраза атрибуції</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Hedge or anonymous source</source>
        <translation>Застереження або анонімне джерело</translation>
    </message>
    <message>
        <source>Loaded term</source>
        <translation>Оцінний термін</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файлу не існує.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Це тека, а не файл.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Не вдається прочитати файл: доступ заборонено.</translation>
    </message>
    <message>
        <source>The file is too large (%1; the limit is %2).</source>
        <translation>Файл завеликий (%1; обмеження — %2).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Файл не містить тексту.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>An identical file is already in the project.</source>
        <translation>Ідентичний файл уже є в проєкті.</translation>
    </message>
    <message>
        <source>The document could not be stored.</source>
        <translation>Не вдалося зберегти документ.</translation>
    </message>
    <message>
        <source>The document could not be stored: %1</source>
        <translation>Не вдалося зберегти документ: %1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>зображення PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>зображення JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>зображення GIF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>зображення WebP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>зображення TIFF</translation>
    </message>
    <message>
        <source>a ZIP archive (or an office document)</source>
        <translation>архів ZIP (або офісний документ)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архів gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архів 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архів RAR</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>архів xz</translation>
    </message>
    <message>
        <source>a PDF document (give it the .pdf extension to import it as PDF)</source>
        <translation>документ PDF (надайте йому розширення .pdf, щоб імпортувати як PDF)</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>програма (виконуваний файл ELF)</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>старий документ Microsoft Office</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>база даних SQLite</translation>
    </message>
    <message>
        <source>This is %1, not text.</source>
        <translation>Це %1, а не текст.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is binary data, not text.</source>
        <translation>Файл містить байти NUL: це двійкові дані, а не текст.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �.</source>
        <translation>
            <numerusform>%n недійсну послідовність байтів замінено на �.</numerusform>
            <numerusform>%n недійсні послідовності байтів замінено на �.</numerusform>
            <numerusform>%n недійсних послідовностей байтів замінено на �.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding could not be detected; %1 was assumed.</source>
        <translation>Не вдалося визначити кодування; прийнято %1.</translation>
    </message>
    <message>
        <source>Repaired text extracted from a PDF: %1 lines wrapped at about %2 characters joined into paragraphs (%3 breaks inside sentences, %4 of them across blank lines; %5 stray leading spaces). The original is kept in the project.</source>
        <translation>Відновлено текст, видобутий із PDF: %1 рядків, перенесених приблизно на %2 символі, об’єднано в абзаци (%3 розривів усередині речень, з них %4 через порожні рядки; %5 зайвих початкових пробілів). Оригінал збережено в проєкті.</translation>
    </message>
    <message>
        <source>The text looks extracted from a PDF (lines broken inside sentences); repair was switched off.</source>
        <translation>Схоже, текст видобуто з PDF (рядки розірвано всередині речень); відновлення вимкнено.</translation>
    </message>
    <message>
        <source>Front matter read as metadata and left out of the text.</source>
        <translation>Front matter прочитано як метадані й вилучено з тексту.</translation>
    </message>
    <message>
        <source>Markdown rendered to plain text.</source>
        <translation>Markdown перетворено на звичайний текст.</translation>
    </message>
    <message>
        <source>The HTML page could not be parsed.</source>
        <translation>Не вдалося розібрати сторінку HTML.</translation>
    </message>
    <message>
        <source>The page contains no article text.</source>
        <translation>Сторінка не містить тексту статті.</translation>
    </message>
    <message>
        <source>Article text extracted from the web page; navigation, scripts, comments and page furniture left out.</source>
        <translation>Текст статті видобуто з вебсторінки; навігацію, скрипти, коментарі та службові елементи сторінки пропущено.</translation>
    </message>
    <message>
        <source>This is not a PDF file (the PDF header is missing).</source>
        <translation>Це не файл PDF (немає заголовка PDF).</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>PDF пошкоджено, його не можна прочитати.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; remove the protection and import it again.</source>
        <translation>PDF захищено паролем; зніміть захист та імпортуйте знову.</translation>
    </message>
    <message>
        <source>The PDF contains no text (it may hold scanned images only).</source>
        <translation>PDF не містить тексту (можливо, лише скановані зображення).</translation>
    </message>
    <message numerus="yes">
        <source>Text of %n PDF page(s) extracted in reading order</source>
        <translation>
            <numerusform>Текст %n сторінки PDF видобуто в порядку читання</numerusform>
            <numerusform>Текст %n сторінок PDF видобуто в порядку читання</numerusform>
            <numerusform>Текст %n сторінок PDF видобуто в порядку читання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n running header, footer or page number line(s) dropped</source>
        <translation>
            <numerusform>; вилучено %n рядок колонтитулів чи номерів сторінок</numerusform>
            <numerusform>; вилучено %n рядки колонтитулів чи номерів сторінок</numerusform>
            <numerusform>; вилучено %n рядків колонтитулів чи номерів сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>; wrapped lines joined into paragraphs.</source>
        <translation>; перенесені рядки об’єднано в абзаци.</translation>
    </message>
    <message>
        <source>No title found in the file; the title is made from the file name.</source>
        <translation>У файлі не знайдено назви; назву утворено з імені файлу.</translation>
    </message>
    <message>
        <source>The text gives the date without a year; the year is taken from the file name.</source>
        <translation>Дату в тексті вказано без року; рік узято з імені файлу.</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Unlink same statement</source>
        <translation>Розірвати зв’язок «те саме твердження»</translation>
    </message>
    <message>
        <source>Link as same statement</source>
        <translation>Пов’язати як те саме твердження</translation>
    </message>
    <message>
        <source>Unlink supporting annotation</source>
        <translation>Розірвати зв’язок з анотацією, що підтверджує</translation>
    </message>
    <message>
        <source>Link as supporting</source>
        <translation>Пов’язати як підтвердження</translation>
    </message>
    <message>
        <source>Unlink contradicting annotation</source>
        <translation>Розірвати зв’язок з анотацією, що суперечить</translation>
    </message>
    <message>
        <source>Link as contradicting</source>
        <translation>Пов’язати як суперечність</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Видалити тег «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete tag “%1” from %n annotation(s)</source>
        <translation>
            <numerusform>Видалити тег «%1» з %n анотації</numerusform>
            <numerusform>Видалити тег «%1» з %n анотацій</numerusform>
            <numerusform>Видалити тег «%1» з %n анотацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSettingCommand</name>
    <message>
        <source>Change the rating scale</source>
        <translation>Змінити шкалу оцінок</translation>
    </message>
    <message>
        <source>Change setting “%1”</source>
        <translation>Змінити параметр «%1»</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Неперевірене</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Прийняти пропозицію</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Прийняти %n пропозицію</numerusform>
            <numerusform>Прийняти %n пропозиції</numerusform>
            <numerusform>Прийняти %n пропозицій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateEntityCommand</name>
    <message>
        <source>Edit speaker “%1”</source>
        <translation>Змінити мовця «%1»</translation>
    </message>
</context>
<context>
    <name>UpdateTagCommand</name>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Перейменувати тег «%1» на «%2»</translation>
    </message>
    <message>
        <source>Edit tag “%1”</source>
        <translation>Змінити тег «%1»</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Crossread: read articles side by side, annotate and fact-check them.</source>
        <translation>Crossread: читайте статті поруч, анотуйте й перевіряйте факти.</translation>
    </message>
    <message>
        <source>The project file to open (created if missing).</source>
        <translation>Файл проєкту, який слід відкрити (буде створено, якщо його немає).</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>Відкрити демонстраційний проєкт (створюється під час першого використання).</translation>
    </message>
    <message>
        <source>Render the window at 1600×1000 to FILE (PNG) and exit.</source>
        <translation>Відобразити вікно розміром 1600×1000 у FILE (PNG) і вийти.</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>Не вдається відкрити демонстраційний проєкт</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Не вдається створити проєкт</translation>
    </message>
    <message>
        <source>“%1” cannot be created.

%2</source>
        <translation>Не вдається створити «%1».

%2</translation>
    </message>
    <message>
        <source>Use the light or dark theme (light, dark).</source>
        <translation>Використовувати світлу або темну тему (light, dark).</translation>
    </message>
    <message>
        <source>Open the first N documents of the project side by side (1 to 6; the demo and the screenshot show 3).</source>
        <translation>Відкрити перші N документів проєкту поруч (від 1 до 6; демо та знімок екрана показують 3).</translation>
    </message>
    <message>
        <source>--compare takes a number from 1 to %1.</source>
        <translation>--compare приймає число від 1 до %1.</translation>
    </message>
</context>
</TS>
