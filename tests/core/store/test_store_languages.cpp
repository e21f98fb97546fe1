// SPDX-License-Identifier: MIT
// Issue #23: built-in tags and ratings are stored by key and labelled when shown, so a project
// works in every language; format 3 files written in any UI language migrate to keys.
#include "storetestutil.h"

#include "store/builtins.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::StringLiterals;

namespace {

class Languages : public StoreTest
{
protected:
    QString storedTagName(const QString& builtin) const
    {
        Database db(m_store->path(), Database::Mode::ReadOnly);
        Statement st(db, "SELECT name FROM tags WHERE builtin = ?");
        st.bind(1, builtin);
        return st.step() ? (st.isNull(0) ? u"NULL"_s : st.text(0)) : u"(none)"_s;
    }
    QString storedSetting(const char* key) const
    {
        Database db(m_store->path(), Database::Mode::ReadOnly);
        Statement st(db, "SELECT value FROM settings WHERE key = ?");
        st.bind(1, QString::fromLatin1(key));
        return st.step() ? st.text(0) : QString();
    }
};

TEST_F(Languages, ANewProjectStoresKeysAndNoTranslatedText)
{
    for (const QString& key : {u"claim"_s, u"attribution"_s, u"unverified"_s})
        EXPECT_EQ(storedTagName(key), u"NULL"_s) << key.toStdString();
    EXPECT_EQ(storedSetting("ratingScale"), uR"(["true","mostly-true","misleading","mostly-false","false","unproven"])"_s);
    // Without a translator the labels are the English source texts.
    EXPECT_EQ(m_store->builtinTag(u"claim"_s)->name, u"Claim"_s);
    EXPECT_EQ(m_store->builtinTag(u"claim"_s)->description, u"A checkable statement of fact"_s);
}

TEST_F(Languages, AVerdictIsTakenByKeyOrByItsLabelInAnyLanguage)
{
    const DocumentId doc = addDocument(u"A claim to rate."_s);
    const AnnotationId id = m_store->addAnnotation(doc, 0, 7, {claim()});
    for (const QString& given : {u"mostly-true"_s, u"Mostly true"_s, u"MOSTLY TRUE"_s, u"überwiegend WAHR"_s,
                                 u"Здебільшого правда"_s, u"здебільшого ПРАВДА"_s, u"대체로 사실"_s}) {
        ASSERT_TRUE(m_store->setVerdict(id, u""_s));
        ASSERT_TRUE(m_store->setVerdict(id, given)) << given.toStdString() << m_store->lastError().message.toStdString();
        EXPECT_EQ(m_store->annotation(id)->verdict, u"mostly-true"_s) << given.toStdString();
    }
    EXPECT_FALSE(m_store->setVerdict(id, u"Halb wahr"_s));
    EXPECT_TRUE(m_store->lastError().message.contains(u"Mostly true"_s)) << m_store->lastError().message.toStdString();
}

TEST_F(Languages, ATagIsFoundByKeyOrByItsDefaultNameInAnyLanguage)
{
    for (const QString& name : {u"claim"_s, u"Claim"_s, u"BEHAUPTUNG"_s, u"твердження"_s, u"주장"_s})
        EXPECT_EQ(m_store->tagByName(name).value_or(Tag{}).builtin, u"claim"_s) << name.toStdString();
    EXPECT_EQ(m_store->tagByName(u"Unbestätigt"_s).value_or(Tag{}).builtin, u"unverified"_s);
    EXPECT_FALSE(m_store->tagByName(u"Behauptungen"_s));
}

TEST_F(Languages, ARenamedBuiltinKeepsItsNameAndAnswersToItsKey)
{
    Tag t = *m_store->builtinTag(u"attribution"_s);
    t.name = u"Quelle"_s;
    ASSERT_TRUE(m_store->updateTag(t)) << m_store->lastError().message.toStdString();
    EXPECT_EQ(storedTagName(u"attribution"_s), u"Quelle"_s);
    EXPECT_EQ(m_store->builtinTag(u"attribution"_s)->name, u"Quelle"_s);
    EXPECT_EQ(m_store->tagByName(u"attribution"_s)->id, t.id);
    EXPECT_EQ(m_store->tagByName(u"Zuschreibung"_s)->id, t.id);
    // Undo restores the translated default, not a frozen copy of it.
    m_store->undoStack()->undo();
    EXPECT_EQ(storedTagName(u"attribution"_s), u"NULL"_s);
    // Naming it by a default of another language is not a rename.
    t.name = u"Атрибуція"_s;
    ASSERT_TRUE(m_store->updateTag(t));
    EXPECT_EQ(storedTagName(u"attribution"_s), u"NULL"_s);
}

TEST_F(Languages, AUserTagCannotTakeABuiltinsNameInAnyLanguage)
{
    for (const QString& name : {u"Claim"_s, u"behauptung"_s, u"미확인"_s, u"attribution"_s}) {
        EXPECT_EQ(m_store->addTag(Tag{0, name, Qt::blue, 0, {}, {}, {}}), 0) << name.toStdString();
        EXPECT_EQ(m_store->lastError().kind, StoreError::Kind::Invalid);
    }
    EXPECT_NE(m_store->addTag(Tag{0, u"Economy"_s, Qt::blue, 0, {}, {}, {}}), 0);
}

TEST_F(Languages, TheRatingScaleNamesBuiltinsByKeyAndKeepsUserEntries)
{
    ASSERT_TRUE(m_store->setRatingScale({u"Wahr"_s, u"Pants on fire"_s, u"거짓"_s}));
    EXPECT_EQ(m_store->ratingScale(), (QStringList{u"true"_s, u"Pants on fire"_s, u"false"_s}));
    // The same rating twice, in two languages, is one rating.
    EXPECT_FALSE(m_store->setRatingScale({u"False"_s, u"Falsch"_s}));
    const DocumentId doc = addDocument(u"A claim to rate."_s);
    const AnnotationId id = m_store->addAnnotation(doc, 0, 7, {claim()});
    ASSERT_TRUE(m_store->setVerdict(id, u"pants ON fire"_s));
    EXPECT_EQ(m_store->annotation(id)->verdict, u"Pants on fire"_s);
    EXPECT_EQ(Builtins::ratingLabel(u"Pants on fire"_s), u"Pants on fire"_s);
    EXPECT_EQ(Builtins::ratingLabel(u"false"_s), u"False"_s);
}

TEST(BuiltinLabels, AReportLanguageLabelsBuiltinsAndLeavesLiteralsAlone)
{
    const Builtins::Labels de(u"de_DE"_s);
    EXPECT_EQ(de.language(), u"de"_s);
    EXPECT_EQ(de.rating(u"mostly-true"_s), u"Überwiegend wahr"_s);
    EXPECT_EQ(de.tag(u"claim"_s), u"Behauptung"_s);
    EXPECT_EQ(de.rating(u"Pants on fire"_s), u"Pants on fire"_s);
    EXPECT_EQ(Builtins::Labels(u"ko"_s).rating(u"false"_s), u"거짓"_s);
    EXPECT_EQ(Builtins::Labels(u"en"_s).tag(u"unverified"_s), u"Unverified"_s);
    // Unknown or empty: the UI language (English here, no translator installed).
    EXPECT_EQ(Builtins::Labels(u"fr"_s).language(), QString());
    EXPECT_EQ(Builtins::Labels().rating(u"unproven"_s), u"Unproven"_s);
}

// ---- format 3 files written in each UI language ------------------------------

/// What Crossread 0.1 (format 3) wrote into a project created in one language.
struct V3Language
{
    const char* code;
    QStringList tags; // claim, attribution, unverified
    QStringList descriptions;
    QStringList scale; // true … unproven
};

V3Language v3Language(const QString& code)
{
    if (code == u"de"_s)
        return {"de",
                {u"Behauptung"_s, u"Zuschreibung"_s, u"Unbestätigt"_s},
                {u"Eine überprüfbare Tatsachenbehauptung"_s, u"Wer es gesagt hat, und wo"_s,
                 u"Ohne überprüfbare Quelle aufgestellt"_s},
                {u"Wahr"_s, u"Überwiegend wahr"_s, u"Irreführend"_s, u"Überwiegend falsch"_s, u"Falsch"_s, u"Unbewiesen"_s}};
    if (code == u"uk"_s)
        return {"uk",
                {u"Твердження"_s, u"Атрибуція"_s, u"Неперевірене"_s},
                {u"Твердження про факт, яке можна перевірити"_s, u"Хто це сказав і де"_s,
                 u"Заявлено без джерела, яке можна перевірити"_s},
                {u"Правда"_s, u"Здебільшого правда"_s, u"Маніпуляція"_s, u"Здебільшого неправда"_s, u"Неправда"_s,
                 u"Не доведено"_s}};
    if (code == u"ko"_s)
        return {"ko",
                {u"주장"_s, u"인용 출처"_s, u"미확인"_s},
                {u"검증 가능한 사실 진술"_s, u"누가, 어디서 말했는지"_s, u"확인할 수 있는 출처 없이 진술됨"_s},
                {u"사실"_s, u"대체로 사실"_s, u"오해의 소지"_s, u"대체로 거짓"_s, u"거짓"_s, u"입증되지 않음"_s}};
    return {"en",
            {u"Claim"_s, u"Attribution"_s, u"Unverified"_s},
            {u"A checkable statement of fact"_s, u"Who said it, and where"_s, u"Stated without a source that can be checked"_s},
            {u"True"_s, u"Mostly true"_s, u"Misleading"_s, u"Mostly false"_s, u"False"_s, u"Unproven"_s}};
}

class V3InEachLanguage : public ::testing::TestWithParam<const char*>
{
protected:
    /// tests/data/store/v3.crossread (written by format 3 in English) turned into the file format 3
    /// wrote in the language under test: translated built-ins, scale and verdicts, one claim
    /// rated "Mostly false", a user rating on the scale.
    QString v3File()
    {
        const V3Language lang = v3Language(QString::fromLatin1(GetParam()));
        const QString path = m_dir.filePath(u"v3-%1.crossread"_s.arg(QString::fromLatin1(lang.code)));
        EXPECT_TRUE(QFile::copy(dataPath(u"store/v3.crossread"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db(path, Database::Mode::ReadWrite);
        EXPECT_EQ(db.scalar("PRAGMA user_version"), 3);
        const QStringList keys{u"claim"_s, u"attribution"_s, u"unverified"_s};
        for (int i = 0; i < 3; ++i) {
            Statement st(db, "UPDATE tags SET name = ?, description = ? WHERE builtin = ?");
            st.bind(1, lang.tags[i]).bind(2, lang.descriptions[i]).bind(3, keys[i]);
            st.run();
        }
        QStringList scale = lang.scale;
        scale.append(u"Pants on fire"_s);
        {
            Statement st(db, "UPDATE settings SET value = ? WHERE key = 'ratingScale'");
            st.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(scale)).toJson(QJsonDocument::Compact)));
            st.run();
        }
        {
            Statement st(db, "UPDATE annotations SET verdict = ? WHERE verdict <> ''");
            st.bind(1, lang.scale[5]); // Unproven
            st.run();
        }
        {
            Statement st(db, "INSERT INTO claims (title, verdict, created, modified) VALUES ('Trapped soldiers', ?, 0, 0)");
            st.bind(1, lang.scale[3]); // Mostly false
            st.run();
        }
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_P(V3InEachLanguage, OpensWithBuiltinsByKeyAndUserTextKept)
{
    const QString path = v3File();
    ProjectStore store;
    StoreError error;
    ASSERT_TRUE(store.open(path, ProjectStore::OpenMode::ReadWrite, &error)) << error.message.toStdString();
    EXPECT_EQ(store.schemaVersion(), 4);
    EXPECT_TRUE(store.integrityProblems().isEmpty()) << store.integrityProblems().join(u'\n').toStdString();
    {
        Database db(path, Database::Mode::ReadOnly);
        EXPECT_EQ(db.scalar("SELECT count(*) FROM tags WHERE builtin IS NOT NULL AND name IS NULL"), 3);
        EXPECT_EQ(db.scalar("SELECT count(*) FROM tags WHERE builtin IS NOT NULL AND description IS NULL"), 3);
        // Every annotation kept its tags through the rebuilt table.
        EXPECT_EQ(db.scalar("SELECT count(*) FROM annotation_tags"), 3);
    }
    EXPECT_EQ(store.ratingScale(), (QStringList{u"true"_s, u"mostly-true"_s, u"misleading"_s, u"mostly-false"_s,
                                                 u"false"_s, u"unproven"_s, u"Pants on fire"_s}));
    // Labels in the viewer's language (English: no translator installed).
    EXPECT_EQ(store.builtinTag(u"claim"_s)->name, u"Claim"_s);
    EXPECT_EQ(store.builtinTag(u"unverified"_s)->description, u"Stated without a source that can be checked"_s);
    EXPECT_TRUE(store.tagByName(u"Casualties"_s));
    EXPECT_EQ(store.tags().size(), 5);
    const QList<Annotation> all = store.allAnnotations();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[1].verdict, u"unproven"_s);
    ASSERT_EQ(store.claims().size(), 1);
    EXPECT_EQ(store.claims().first().verdict, u"mostly-false"_s);
    // The English README's commands work on it.
    EXPECT_TRUE(store.setVerdict(all[0].id, u"Mostly true"_s)) << store.lastError().message.toStdString();
    EXPECT_EQ(store.tagByName(u"Claim"_s)->builtin, u"claim"_s);
    // The history format 3 wrote (its entries carry English labels) still undoes and redoes,
    // and what it writes back is stored by key.
    while (store.undoStack()->canRedo())
        store.undoStack()->redo();
    while (store.undoStack()->canUndo())
        store.undoStack()->undo();
    EXPECT_TRUE(store.documents().isEmpty());
    while (store.undoStack()->canRedo())
        store.undoStack()->redo();
    const QList<Annotation> again = store.allAnnotations();
    ASSERT_EQ(again.size(), 2);
    EXPECT_EQ(again[1].verdict, u"unproven"_s);
    EXPECT_EQ(again[0].verdict, u"mostly-true"_s);
}

TEST_P(V3InEachLanguage, ARenamedBuiltinStaysAsTheUserWroteIt)
{
    const QString path = v3File();
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("UPDATE tags SET name = 'Who said it', description = 'Our own words' WHERE builtin = 'attribution'");
    }
    ProjectStore store;
    ASSERT_TRUE(store.open(path));
    EXPECT_EQ(store.builtinTag(u"attribution"_s)->name, u"Who said it"_s);
    EXPECT_EQ(store.builtinTag(u"attribution"_s)->description, u"Our own words"_s);
    EXPECT_EQ(store.tagByName(u"attribution"_s)->name, u"Who said it"_s);
}

TEST_P(V3InEachLanguage, AUserTagNamedLikeABuiltinOfAnotherLanguageStaysEditable)
{
    const QString path = v3File();
    // Made before format 4: a user tag named like the built-in Unverified of another UI language.
    const QString foreign = QLatin1String(GetParam()) == "ko"_L1 ? u"Unbestätigt"_s : u"미확인"_s;
    {
        Database db(path, Database::Mode::ReadWrite);
        Statement st(db, "UPDATE tags SET name = ? WHERE name = 'Wounded'");
        st.bind(1, foreign);
        st.run();
    }
    ProjectStore store;
    ASSERT_TRUE(store.open(path));
    EXPECT_EQ(store.tags().size(), 5);
    std::optional<Tag> t;
    for (const Tag& candidate : store.tags()) {
        if (candidate.name == foreign)
            t = candidate;
    }
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->builtin.isEmpty());
    t->color = Qt::darkGreen;
    EXPECT_TRUE(store.updateTag(*t)) << store.lastError().message.toStdString();
    t->name = u"Behauptung"_s; // but it cannot take a built-in's name anew
    EXPECT_FALSE(store.updateTag(*t));
}

INSTANTIATE_TEST_SUITE_P(Format3, V3InEachLanguage, ::testing::Values("en", "de", "uk", "ko"),
                         [](const ::testing::TestParamInfo<const char*>& p) { return std::string(p.param); });

} // namespace
