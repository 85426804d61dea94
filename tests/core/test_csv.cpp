#include "io/csv.h"
#include "io/csvreader.h"

#include "qtprinters.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace minuta;

namespace {

const QList<QChar> separators = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};

// What starts a formula in a spreadsheet: the ASCII characters and their full-width forms.
const QString formulaStarts = QStringLiteral("=+-@\uFF1D\uFF0B\uFF0D\uFF20");

bool startsFormula(const QString &cell)
{
    const QString t = cell.trimmed();
    return !t.isEmpty()
           && (formulaStarts.contains(t.front()) || cell.front() == QLatin1Char('\t')
               || cell.front() == QLatin1Char('\r'));
}

// Texts a client, a task or a description may hold that a spreadsheet would run as formulas:
// at the start, after spaces, after each separator and after each line break.
QStringList dangerousTexts()
{
    QStringList texts;
    for (const QChar f : formulaStarts) {
        texts << f + QStringLiteral("1+1") << QStringLiteral("  ") + f + QStringLiteral("1+1");
        for (const QString &before :
             {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral(", "),
              QStringLiteral(";  "), QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n")})
            texts << QStringLiteral("a") + before + f + QStringLiteral("HYPERLINK(\"http://x\")");
    }
    texts << QStringLiteral("\tx") << QStringLiteral("\rx");
    return texts;
}

} // namespace

TEST(Csv, NoCellAnySpreadsheetMakesStartsAFormula)
{
    // A line as Minuta writes it, read by a spreadsheet set to split on a comma, a semicolon (the
    // Italian default) or a tab: no cell it makes starts a formula.
    for (const QString &text : dangerousTexts()) {
        const QByteArray line = csv::line({csv::text(text), csv::text(QStringLiteral("next"))});
        for (const QChar separator : separators) {
            QString error;
            const auto records = csv::parse(line, separator, &error);
            ASSERT_TRUE(error.isEmpty()) << line.toStdString();
            ASSERT_EQ(records.size(), 1) << "a line break inside a cell stays in it: " << line.toStdString();
            for (const QString &cell : records.first())
                EXPECT_FALSE(startsFormula(cell))
                    << "split on '" << QString(separator).toStdString() << "': " << line.toStdString();
        }
    }
}

TEST(Csv, CellsHoldingAnySeparatorAreQuotedSoTheyStayWhole)
{
    for (const QString &text : {QStringLiteral("Rossi, Bianchi"), QStringLiteral("Rossi; Bianchi"),
                                QStringLiteral("Rossi\tBianchi"), QStringLiteral("a;=1+1")}) {
        const QString written = csv::text(text);
        EXPECT_TRUE(written.startsWith(QLatin1Char('"')) && written.endsWith(QLatin1Char('"')))
            << written.toStdString();
        for (const QChar separator : separators) {
            const auto records = csv::parse(written.toUtf8(), separator);
            ASSERT_EQ(records.size(), 1);
            EXPECT_EQ(records.first(), QStringList{text}) << "split on " << QString(separator).toStdString();
        }
    }
    EXPECT_EQ(csv::text(QStringLiteral("Plain text")), QStringLiteral("Plain text"));
}

TEST(Csv, EverythingWrittenReadsBackAsItWas)
{
    QStringList texts = dangerousTexts();
    texts << QStringLiteral("'=already quoted") << QStringLiteral("''=twice") << QStringLiteral("'plain")
          << QStringLiteral("don't") << QStringLiteral("\"quoted\"") << QStringLiteral("Caffè ☕")
          << QString();
    for (const QString &text : std::as_const(texts)) {
        const QByteArray line = csv::line({csv::text(text), csv::number(QStringLiteral("-5"))});
        const auto records = csv::parse(line, QLatin1Char(','));
        ASSERT_EQ(records.size(), 1) << line.toStdString();
        ASSERT_EQ(records.first().size(), 2) << line.toStdString();
        EXPECT_EQ(csv::plainText(records.first().at(0)), text) << line.toStdString();
        EXPECT_EQ(records.first().at(1), QStringLiteral("-5"));
    }
}

TEST(Csv, NumbersAreWrittenAsNumbers)
{
    EXPECT_EQ(csv::number(QStringLiteral("-5")), QStringLiteral("-5"));
    EXPECT_EQ(csv::number(QStringLiteral("-1.50")), QStringLiteral("-1.50"));
    EXPECT_EQ(csv::number(QStringLiteral("+3")), QStringLiteral("+3"));
    EXPECT_EQ(csv::text(QStringLiteral("-5")), QStringLiteral("'-5")) << "text that looks like a formula";
}

TEST(Csv, LinesEndInLfCrlfOrALoneCrAndAreCountedAlike)
{
    QList<int> lines;
    auto records = csv::parse("a\rb\r\rc", QLatin1Char(','), nullptr, &lines);
    EXPECT_EQ(records,
              (QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}}));
    EXPECT_EQ(lines, (QList<int>{1, 2, 4}));

    lines.clear();
    records = csv::parse("a\r\nb\nc\r\n\r\nd\r", QLatin1Char(','), nullptr, &lines);
    EXPECT_EQ(records.size(), 4);
    EXPECT_EQ(lines, (QList<int>{1, 2, 3, 5}));

    lines.clear();
    records = csv::parse("\"one\rtwo\",x\r\"three\r\nfour\"\rz", QLatin1Char(','), nullptr, &lines);
    EXPECT_EQ(records, (QList<QStringList>{{QStringLiteral("one\rtwo"), QStringLiteral("x")},
                                           {QStringLiteral("three\r\nfour")},
                                           {QStringLiteral("z")}}));
    EXPECT_EQ(lines, (QList<int>{1, 3, 5}));
}

TEST(Csv, AReaderGivesTheSameRecordsHoweverTheFileIsCutIntoReads)
{
    // Far more than one read: accented letters, CRLFs and doubled quotes fall across the edges of
    // the reads somewhere.
    QByteArray data = "\xEF\xBB\xBFname,note\r\n";
    QList<QStringList> expected;
    for (int i = 0; i < 20000; ++i) {
        const QString name = QStringLiteral("Caffè %1").arg(i);
        const QString note = QStringLiteral("Detto \"sì\"\r\nperché ☕");
        data += csv::line({csv::text(name), csv::text(note)});
        expected << QStringList{name, note};
    }
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QLatin1Char(','));
    QStringList record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
    qsizetype n = 0;
    while (reader.next(record)) {
        ASSERT_LT(n, expected.size());
        ASSERT_EQ(record, expected.at(n)) << "record " << n;
        ASSERT_EQ(reader.line(), 2 + 2 * n);
        ++n;
    }
    EXPECT_EQ(n, expected.size());
    EXPECT_FALSE(reader.unterminated());
}

TEST(Csv, AQuotedFieldThatNeverEndsIsReported)
{
    QByteArray data = "a,b\n1,\"2\n3\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QLatin1Char(','));
    QStringList record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    EXPECT_TRUE(reader.unterminated());
    EXPECT_EQ(reader.line(), 2);
}
