// SPDX-License-Identifier: MIT
// Each saved page in tests/data/import/html has NAME.expected.txt beside it: the exact stored text,
// reviewed by a person. After a reviewed change of the extractor, refresh them with
//   CROSSREAD_REFRESH_GOLDEN=1 test_import --gtest_filter='*HtmlGolden*'
// and read the diff.
#include "htmlfixtures.h"
#include "importtestutil.h"
#include "testsupport.h"

using namespace Crossread;
using namespace Crossread::Test;

namespace {

class HtmlGolden : public ::testing::TestWithParam<QString>
{
};

TEST_P(HtmlGolden, StoredTextMatchesExpectedFile)
{
    const QString base = dataPath(QStringLiteral("import/html/") + GetParam());
    const PreparedDocument p = prepareOk(readFile(base + QStringLiteral(".html")), GetParam() + QStringLiteral(".html"));
    const QString expectedPath = base + QStringLiteral(".expected.txt");
    if (qEnvironmentVariableIntValue("CROSSREAD_REFRESH_GOLDEN") == 1) {
        QFile f(expectedPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(expectedPath);
        f.write(p.document.text.toUtf8() + '\n');
    }
    QString expected = QString::fromUtf8(readFile(expectedPath));
    ASSERT_FALSE(expected.isEmpty()) << "missing " << qPrintable(expectedPath);
    expected.chop(1); // the file ends with a newline; stored text does not
    EXPECT_EQ(p.document.text, expected);
}

INSTANTIATE_TEST_SUITE_P(Import, HtmlGolden, ::testing::ValuesIn(htmlFixtureNames()),
                         [](const ::testing::TestParamInfo<QString>& p) { return p.param.toStdString(); });

} // namespace
