// The Italian e-invoice from the command line: `invoice xml` writes a file the official schema
// accepts, which an independent reader (xmllint --xpath) finds to hold the totals `invoice show
// --json` gives.

#include "clirunner.h"

#include "qtprinters.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// xmllint, as a reader of its own: `--schema` validation, or the text an XPath finds.
QProcess::ExitStatus lint(const QStringList &args, QString *output, int *code)
{
    QProcess p;
    p.start(s("xmllint"), args);
    if (!p.waitForFinished(60000)) {
        *output = s("xmllint did not run (Debian: apt-get install libxml2-utils): ") + p.errorString();
        *code = -1;
        return QProcess::CrashExit;
    }
    *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    *code = p.exitCode();
    return p.exitStatus();
}

QString valid(const QString &path)
{
    QString out;
    int code = 0;
    lint({s("--noout"), s("--nonet"), s("--schema"),
          s(MINUTA_SOURCE_DIR "/tests/data/fatturapa/FatturaPA_v1.2.2.xsd"), path},
         &out, &code);
    return code == 0 ? QString() : out;
}

QString xpath(const QString &path, const QString &expression)
{
    QString out;
    int code = 0;
    lint({s("--xpath"), expression, path}, &out, &code);
    return code == 0 ? out : s("(xmllint: ") + out + s(")");
}

// A figure in cents: "1268.80" is 126880.
qint64 cents(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return text.left(dot).toLongLong() * 100
           + (text.startsWith(QLatin1Char('-')) ? -1 : 1) * text.mid(dot + 1).toLongLong();
}

class CliEInvoice : public CliFileTest
{
protected:
    CliEInvoice() : CliFileTest("einvoice.sqlite") {}

    void SetUp() override
    {
        ok({s("business"),       s("set"),
            s("--name"),         s("Giulia Rossi"),
            s("--address"),      s("Via Zamboni 12"),
            s("--postcode"),     s("40126"),
            s("--city"),         s("Bologna"),
            s("--province"),     s("BO"),
            s("--country"),      s("IT"),
            s("--vat-id"),       s("IT01234567897"),
            s("--fiscal-code"),  s("RSSGLI80A41A944K"),
            s("--iban"),         s("IT60X0542811101000000123456"),
            s("--tax-profile"),  s("it-ordinario"),
            s("--contribution"), s("4"),
            s("--currency"),     s("EUR")});
        ok({s("settings"), s("--rate"), s("30.00")});
        // An address written whole, as before addresses had parts: split when the file is written.
        ok({s("client"), s("add"), s("--name"), s("ACME Srl"), s("--withholding"), s("--language"), s("it"),
            s("--country"), s("IT"), s("--address"), s("Via Roma 1\\n20121 Milano (MI)"), s("--vat-id"),
            s("IT00743110157"), s("--recipient-code"), s("M5UXCR1")});
        // 1,000.00 of fees: four entries of 8h20m.
        for (const char *day : {"02", "03", "04", "05"})
            ok({s("log"), s("--client"), s("ACME Srl"), s("--start"), s("2026-11-%1T09:00").arg(s(day)),
                s("--minutes"), s("500")});
    }

    QString issued(const char *client = "ACME Srl")
    {
        const QString id = ok({s("invoice"), s("draft"), s("--client"), s(client), s("--from"),
                               s("2026-11-01"), s("--to"), s("2026-11-30"), s("--group"), s("total")});
        ok({s("invoice"), s("issue"), id});
        return id;
    }
};

} // namespace

TEST_F(CliEInvoice, TheFileIsValidAndHoldsTheTotalsTheInvoiceShows)
{
    const QString id = issued();
    const QString out = dir.file(s("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QJsonObject result = json({s("invoice"), s("xml"), id, s("-o"), out}).toObject();
    const QJsonArray written = result[s("written")].toArray();
    ASSERT_EQ(written.size(), 1);
    const QString xml = written[0].toObject()[s("path")].toString();
    EXPECT_EQ(QFileInfo(xml).fileName(), s("ITRSSGLI80A41A944K_00001.xml"));
    EXPECT_EQ(QFileInfo(xml).absolutePath(), QFileInfo(out).absoluteFilePath());
    EXPECT_EQ(valid(xml), QString());

    // What `invoice show --json` says, read back from the file by xmllint.
    const QJsonObject shown = json({s("invoice"), s("show"), id}).toObject();
    const QJsonObject totals = shown[s("totals")].toObject();
    const QString body = s("/*[local-name()='FatturaElettronica']/FatturaElettronicaBody");
    EXPECT_EQ(
        cents(xpath(xml, body + s("/DatiGenerali/DatiGeneraliDocumento/ImportoTotaleDocumento/text()"))),
        totals[s("total")].toInteger());
    EXPECT_EQ(cents(xpath(
                  xml, body + s("/DatiGenerali/DatiGeneraliDocumento/DatiRitenuta/ImportoRitenuta/text()"))),
              totals[s("withholding")].toInteger());
    EXPECT_EQ(cents(xpath(xml, body
                                   + s("/DatiGenerali/DatiGeneraliDocumento/DatiCassaPrevidenziale/"
                                       "ImportoContributoCassa/text()"))),
              totals[s("contribution")].toInteger());
    EXPECT_EQ(cents(xpath(xml, body + s("/DatiBeniServizi/DatiRiepilogo/Imposta/text()"))),
              totals[s("tax")].toInteger());
    EXPECT_EQ(cents(xpath(xml, body + s("/DatiPagamento/DettaglioPagamento/ImportoPagamento/text()"))),
              totals[s("due")].toInteger());
    EXPECT_EQ(xpath(xml, body + s("/DatiGenerali/DatiGeneraliDocumento/Numero/text()")),
              shown[s("number")].toString());
    // The client's address, written whole, in its parts.
    const QString buyer =
        s("/*[local-name()='FatturaElettronica']/FatturaElettronicaHeader/CessionarioCommittente/Sede");
    EXPECT_EQ(xpath(xml, buyer + s("/CAP/text()")), s("20121"));
    EXPECT_EQ(xpath(xml, buyer + s("/Comune/text()")), s("Milano"));
    EXPECT_EQ(xpath(xml, buyer + s("/Provincia/text()")), s("MI"));

    // Exported again, the same file under the same name.
    const QByteArray first = readAll(xml);
    EXPECT_EQ(ok({s("invoice"), s("xml"), id, s("-o"), xml}), QDir::toNativeSeparators(xml));
    EXPECT_EQ(readAll(xml), first);
}

TEST_F(CliEInvoice, ThePdfAttachedInsideIsTheInvoicesOwnAndTheFileStaysValid)
{
    const QString id = issued();
    const QString out = dir.file(s("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString xml = ok({s("invoice"), s("xml"), id, s("-o"), out, s("--attach-pdf")});
    EXPECT_EQ(QFileInfo(xml).fileName(), s("ITRSSGLI80A41A944K_00001.xml"));
    EXPECT_EQ(valid(xml), QString());

    const QString attached = s("/*[local-name()='FatturaElettronica']/FatturaElettronicaBody/Allegati");
    EXPECT_EQ(xpath(xml, attached + s("/NomeAttachment/text()")), s("ITRSSGLI80A41A944K_00001.pdf"));
    EXPECT_EQ(xpath(xml, attached + s("/FormatoAttachment/text()")), s("PDF"));
    const QByteArray pdf = QByteArray::fromBase64(xpath(xml, attached + s("/Attachment/text()")).toLatin1());
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(16).toStdString();

    // The same PDF as `invoice pdf` writes, but for the moment of writing kept in its metadata.
    const QString alone = dir.file(s("alone.pdf"));
    ok({s("invoice"), s("pdf"), id, s("-o"), alone});
    EXPECT_NEAR(double(pdf.size()), double(readAll(alone).size()), 64.0);

    // Without --attach-pdf, the same name and no attachment.
    const QString plain = ok({s("invoice"), s("xml"), id, s("-o"), out});
    EXPECT_EQ(plain, xml);
    EXPECT_FALSE(readAll(plain).contains("<Allegati>"));
}

TEST_F(CliEInvoice, APeriodIsExportedWholeAndWhatCannotBeWrittenIsNamed)
{
    const QString first = issued();
    // An invoice issued while the business was British: in the period, but no e-invoice.
    ok({s("business"), s("set"), s("--country"), s("GB"), s("--tax-profile"), s("uk-vat"), s("--vat-id"),
        s("GB123456789"), s("--currency"), s("GBP")});
    ok({s("client"), s("add"), s("--name"), s("Bianchi Ltd"), s("--country"), s("GB"), s("--address"),
        s("1 Main Street"), s("--city"), s("London"), s("--currency"), s("GBP")});
    ok({s("log"), s("--client"), s("Bianchi Ltd"), s("--start"), s("2026-11-10T09:00"), s("--minutes"),
        s("60")});
    const QString second = issued("Bianchi Ltd");
    ok({s("business"), s("set"), s("--country"), s("IT"), s("--tax-profile"), s("it-ordinario"),
        s("--vat-id"), s("IT01234567897"), s("--currency"), s("EUR")});
    const QString out = dir.file(s("accountant"));
    ASSERT_TRUE(QDir().mkpath(out));
    const CliRun r =
        run({s("invoice"), s("xml"), s("--from"), s("2026-12-01"), s("--to"), s("2026-12-31"), s("-o"), out});
    EXPECT_EQ(r.exitCode, 1) << "one was not written";
    EXPECT_TRUE(r.err.contains(s("Only an Italian business issues FatturaPA e-invoices")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s("1 e-invoice written, 1 not written"))) << r.err.toStdString();
    const QStringList files = QDir(out).entryList(QDir::Files);
    EXPECT_EQ(files, QStringList{s("ITRSSGLI80A41A944K_00001.xml")});

    Q_UNUSED(first)
    Q_UNUSED(second)
}

TEST_F(CliEInvoice, ARefusalChangesNothingAndADraftIsNoEInvoice)
{
    const QString draft = ok({s("invoice"), s("draft"), s("--client"), s("ACME Srl"), s("--from"),
                              s("2026-11-01"), s("--to"), s("2026-11-30")});
    refused({s("invoice"), s("xml"), draft, s("-o"), dir.path()}, s("A draft is not an e-invoice yet"));
    // An Italian invoice is the e-invoice: what the file would lack stops it from being issued.
    ok({s("business"), s("set"), s("--postcode"), s(""), s("--address"), s("Via Zamboni 12")});
    refused({s("invoice"), s("issue"), draft}, s("The business's postcode (CAP, five digits) is missing."));
    refused({s("invoice"), s("xml"), draft, s("-o"), dir.path()}, s("A draft is not an e-invoice yet"));
    EXPECT_EQ(QDir(dir.path()).entryList({s("*.xml")}, QDir::Files), QStringList());
    refused({s("invoice"), s("xml"), s("--from"), s("2026-12-01"), s("--to"), s("2026-12-31")},
            s("writes into a folder"), 2);
}
