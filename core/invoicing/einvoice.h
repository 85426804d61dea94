#pragma once

// The Italian electronic invoice: an issued invoice (TD01) or credit note (TD04) of an Italian
// business as FatturaPA 1.2.2 XML (format FPR12, or FPA12 for a public administration), UTF-8 and
// unsigned, for the user's intermediary or the tax agency's portal to sign and send through the
// Exchange System (SdI). Its figures are the invoice's own, laid out so they add up as the SdI checks
// them: each summary's taxable amount is the sum of its lines plus the contribution at its rate, and
// its tax that amount at the rate.

#include "invoicing/invoice.h"
#include "values/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace minuta {

class Clock;
class Database;
namespace storage {
class Connection;
}

namespace einvoice {

// Something the XML needs that the invoice, the business or the client lacks. `field` names it as
// errors do: "postcode" for the business's, "client.postcode" for the client's, "invoice" for the
// invoice's own state.
struct Missing
{
    QString message;
    QString field;
};

// What stops the invoice from being written as FatturaPA, in the order of the file; empty when
// nothing does. A draft is checked as it would be issued.
QList<Missing> missing(const Invoice &invoice);

// The XML of an issued invoice or credit note that missing() passes, its file numbered `progressive`
// (five letters and digits); `pdf`, when given, goes in as an attachment (Allegati). The same
// invoice and progressive give the same bytes.
Result<QByteArray> write(const Invoice &invoice, const QString &progressive,
                         const std::optional<QByteArray> &pdf = std::nullopt);

// The file's standard name: IT<the business's fiscal code, or VAT number>_<progressive>.xml.
QString fileName(const BusinessProfile &business, const QString &progressive);

// The n-th progressive (from 1): five base-36 digits, 00001, 00002… 0000A…
QString progressive(qint64 n);

} // namespace einvoice

// An exported e-invoice: its file name and contents.
struct EInvoiceFile
{
    qint64 invoiceId = 0;
    QString fileName;
    QByteArray xml;

    // Writes the file whole or not at all: into `target` when it is a folder (under its standard
    // name), else as `target`. Returns the path written.
    Result<QString> save(const QString &target) const;
};

// The e-invoices of the open file: each issued invoice's progressive, given at its first export and
// kept, and when it was last exported.
class EInvoices
{
    Q_DECLARE_TR_FUNCTIONS(minuta::EInvoices)

public:
    EInvoices(const Database &db, const Clock &clock);

    // The XML of an issued Italian invoice or credit note, its progressive given on the first export
    // and the same ever after. Refused, changing nothing, with the first thing missing() finds.
    Result<EInvoiceFile> exportInvoice(qint64 invoiceId, const std::optional<QByteArray> &pdf = std::nullopt);

    // When the invoice was last exported as XML (UTC seconds); none when never.
    Result<std::optional<qint64>> lastExported(qint64 invoiceId) const;

    // The name its file has, or would have if it were exported now; nothing is stored.
    Result<QString> fileNameFor(qint64 invoiceId) const;

private:
    static Result<QString> nextProgressive(const storage::Connection &db);

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace minuta
