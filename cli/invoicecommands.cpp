// minuta-cli invoice draft | add-line | remove-line | edit | show | list | issue | pay | refund | cancel |
// delete | pdf | xml

#include "commands.h"
#include "context.h"
#include "invoiceoutput.h"
#include "output.h"

#include "business/business.h"
#include "clients/clientrepository.h"
#include "invoicing/einvoice.h"
#include "invoicing/invoicerepository.h"
#ifdef MINUTA_CLI_DRAWS
#include "io/invoicepdf.h"

#include <QBuffer>
#endif
#include "values/decimal.h"
#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

Result<Invoice> findInvoice(Context &ctx, Database &db, const QString &text, const QString &field)
{
    auto id = ctx.id(text, field);
    if (!id) {
        // A number works too: "2026/001".
        auto list = InvoiceRepository(db, ctx.clock).list();
        if (list)
            for (const InvoiceSummary &s : *list)
                if (s.number && *s.number == text)
                    return InvoiceRepository(db, ctx.clock).get(s.id);
        return Error(ErrorCode::NotFound, tr("There is no invoice “%1”.").arg(text), field);
    }
    return InvoiceRepository(db, ctx.clock).get(*id);
}

Result<Invoice> invoiceArgument(Context &ctx, Database &db, const QCommandLineParser &p)
{
    return findInvoice(ctx, db, p.positionalArguments().value(0), QStringLiteral("invoice"));
}

Result<std::optional<QDate>> optionalDate(Context &ctx, const QCommandLineParser &p, const char *name)
{
    if (!p.isSet(QString::fromLatin1(name)))
        return std::optional<QDate>();
    auto d = ctx.date(p.value(QString::fromLatin1(name)), QString::fromLatin1(name));
    if (!d)
        return d.error();
    return std::optional<QDate>(*d);
}

int invoiceDraft(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("invoice draft"),
            QStringLiteral("--client CLIENT [--from DATE] [--to DATE] [--group entry|day|task|total]"),
            tr("Makes a draft invoice from the client's unbilled work in the period and prints its id."),
            {option("client", tr("The client, by name or id."), "CLIENT"),
             option("from", tr("First day of the period."), "DATE"),
             option("to", tr("Last day of the period, included."), "DATE"),
             option("group", tr("Time lines: one per entry, day, task, or one in total."), "HOW"),
             option("date", tr("Issue date (default: today)."), "DATE"),
             option("empty", tr("Start a blank draft when there is nothing to bill.")),
             Context::forceOption()},
            args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“invoice draft” takes options only."));
    if (!p.isSet(QStringLiteral("client")))
        return ctx.usageError(tr("“invoice draft” needs --client."));
    InvoiceRepository::DraftRequest request;
    if (p.isSet(QStringLiteral("group"))) {
        const auto grouping = groupingFromName(p.value(QStringLiteral("group")));
        if (!grouping)
            return ctx.failure(Error(ErrorCode::InvalidInput,
                                     tr("--group: write entry, day, task or total, not “%1”.")
                                         .arg(p.value(QStringLiteral("group"))),
                                     QStringLiteral("group")));
        request.grouping = *grouping;
    }
    for (auto [name, target] : {std::pair{"from", &request.from}, std::pair{"to", &request.to},
                                std::pair{"date", &request.issueDate}}) {
        auto d = optionalDate(ctx, p, name);
        if (!d)
            return ctx.failure(d.error());
        *target = *d;
    }
    request.allowEmpty = p.isSet(QStringLiteral("empty"));
    request.unusualDate = Context::unusualDates(p);
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
    if (!client)
        return ctx.failure(client.error());
    request.clientId = client->id;
    auto drafted = InvoiceRepository(**db, ctx.clock).createDraft(request);
    if (!drafted)
        return ctx.failure(drafted.error());
    if (ctx.json)
        printInvoice(ctx, drafted->invoice);
    else
        ctx.out << drafted->invoice.id << '\n';
    for (const QString &warning : drafted->warnings)
        ctx.warn(warning);
    return ExitOk;
}

QCommandLineOption exchangeRateOption()
{
    return option("exchange-rate",
                  tr("Units of the invoice's currency per euro on its date, such as 1.0823 (USD): an Italian "
                     "business states the VAT in euros too."),
                  "RATE");
}

// --exchange-rate as millionths of the currency per euro; nothing when not given.
Result<std::optional<qint64>> exchangeRate(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("exchange-rate")))
        return std::optional<qint64>();
    decimal::Options options;
    options.decimals = 6;
    options.field = QStringLiteral("exchange-rate");
    auto rate = decimal::parsePlain(p.value(QStringLiteral("exchange-rate")), options);
    if (!rate)
        return Error(rate.error().code(), QStringLiteral("--exchange-rate: ") + rate.error().message(),
                     rate.error().field());
    if (*rate <= 0)
        return Error(ErrorCode::InvalidInput, tr("--exchange-rate: the rate must be more than zero."),
                     QStringLiteral("exchange-rate"));
    return std::optional<qint64>(*rate);
}

int invoiceAddLine(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("invoice add-line"),
            QStringLiteral("ID --description TEXT --qty Q --price P [--unit U] [--tax-rate PCT]"),
            tr("Adds a line by hand to a draft."),
            {option("description", tr("What the line bills."), "TEXT"),
             option("qty", tr("Quantity, up to three decimals."), "Q"), option("unit", tr("Unit."), "UNIT"),
             option("price", tr("Unit price, such as 25.00."), "P"),
             option("tax-rate", tr("Tax rate in percent when it differs from the standard one."), "PCT"),
             option("nature", tr("FatturaPA Natura of an untaxed line (N1…N7)."), "CODE"),
             option(
                 "expense",
                 tr("An expense paid in the client's name: outside VAT (N1, art. 15 DPR 633/72), the pension "
                    "contribution, the withholding and the discount. With --tax-rate above 0 it is a cost "
                    "billed on with VAT instead.")),
             option("discounted", tr("The invoice's discount reaches this expense too."))},
            args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“invoice add-line” needs the invoice's id."));
    if (!p.isSet(QStringLiteral("description")) || !p.isSet(QStringLiteral("qty"))
        || !p.isSet(QStringLiteral("price")))
        return ctx.usageError(tr("“invoice add-line” needs --description, --qty and --price."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    InvoiceLine line;
    line.description = p.value(QStringLiteral("description"));
    auto qty = ctx.quantity(p.value(QStringLiteral("qty")), QStringLiteral("qty"));
    if (!qty)
        return ctx.failure(qty.error());
    line.quantity = *qty;
    line.unit = p.value(QStringLiteral("unit"));
    auto price = ctx.money(p.value(QStringLiteral("price")), invoice->currency, QStringLiteral("price"));
    if (!price)
        return ctx.failure(price.error());
    line.unitPrice = *price;
    if (p.isSet(QStringLiteral("tax-rate"))) {
        auto rate = ctx.percent(p.value(QStringLiteral("tax-rate")), QStringLiteral("tax-rate"));
        if (!rate)
            return ctx.failure(rate.error());
        line.taxRate = *rate;
    }
    line.nature = p.value(QStringLiteral("nature"));
    line.isFee = !p.isSet(QStringLiteral("expense"));
    line.discountable = line.isFee || p.isSet(QStringLiteral("discounted"));
    auto updated = InvoiceRepository(**db, ctx.clock).addLine(invoice->id, line);
    if (!updated)
        return ctx.failure(updated.error());
    if (ctx.json)
        printInvoice(ctx, *updated);
    else
        ctx.out << updated->lines.last().id << '\n';
    return ExitOk;
}

int invoiceRemoveLine(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice remove-line"), QStringLiteral("ID LINE"),
                   tr("Removes a line from a draft; the work it billed is free again."), {}, args, code))
        return code;
    if (p.positionalArguments().size() != 2)
        return ctx.usageError(tr("“invoice remove-line” needs the invoice's id and the line's id."));
    auto line = ctx.id(p.positionalArguments().at(1), QStringLiteral("line"));
    if (!line)
        return ctx.failure(line.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    auto updated = InvoiceRepository(**db, ctx.clock).removeLine(invoice->id, *line);
    if (!updated)
        return ctx.failure(updated.error());
    printInvoice(ctx, *updated);
    return ExitOk;
}

int invoiceEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice edit"), QStringLiteral("ID [OPTIONS]"), tr("Changes a draft."),
                   {option("date", tr("Issue date; the due date moves with it."), "DATE"),
                    option("due", tr("Due date."), "DATE"),
                    option("discount", tr("A discount amount, such as 50.00."), "AMOUNT"),
                    option("discount-percent", tr("A discount in percent of the lines."), "PCT"),
                    option("notes", tr("Notes printed on the invoice."), "TEXT"), exchangeRateOption(),
                    Context::forceOption()},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“invoice edit” needs the invoice's id."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    InvoiceRepository::DraftChanges changes;
    auto issueDate = optionalDate(ctx, p, "date");
    auto dueDate = optionalDate(ctx, p, "due");
    if (!issueDate)
        return ctx.failure(issueDate.error());
    if (!dueDate)
        return ctx.failure(dueDate.error());
    changes.issueDate = *issueDate;
    changes.dueDate = *dueDate;
    changes.unusualDate = Context::unusualDates(p);
    if (p.isSet(QStringLiteral("discount"))) {
        auto amount =
            ctx.money(p.value(QStringLiteral("discount")), invoice->currency, QStringLiteral("discount"));
        if (!amount)
            return ctx.failure(amount.error());
        changes.discountAmount = *amount;
    }
    if (p.isSet(QStringLiteral("discount-percent"))) {
        auto rate =
            ctx.percent(p.value(QStringLiteral("discount-percent")), QStringLiteral("discount-percent"));
        if (!rate)
            return ctx.failure(rate.error());
        changes.discountPercent = *rate;
    }
    if (p.isSet(QStringLiteral("notes")))
        changes.notes = p.value(QStringLiteral("notes")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    auto rate = exchangeRate(p);
    if (!rate)
        return ctx.failure(rate.error());
    changes.exchangeRate = *rate;
    auto updated = InvoiceRepository(**db, ctx.clock).updateDraft(invoice->id, changes);
    if (!updated)
        return ctx.failure(updated.error());
    printInvoice(ctx, *updated);
    return ExitOk;
}

int invoiceShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice show"), QStringLiteral("ID"),
                   tr("Shows an invoice with its lines, taxes and totals (by id or number)."), {}, args,
                   code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“invoice show” needs the invoice's id or number."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    printInvoice(ctx, *invoice);
    return ExitOk;
}

int invoiceList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice list"), QStringLiteral("[--client CLIENT] [--status STATUS]"),
                   tr("Lists invoices and credit notes, newest first."),
                   {option("client", tr("Only this client's invoices."), "CLIENT"),
                    option("status", tr("draft, issued, unpaid, overdue, paid or cancelled."), "STATUS")},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“invoice list” takes options only."));
    InvoiceFilter filter;
    QString wanted;
    if (p.isSet(QStringLiteral("status"))) {
        wanted = p.value(QStringLiteral("status"));
        if (wanted == QLatin1String("draft"))
            filter.status = InvoiceStatus::Draft;
        else if (wanted == QLatin1String("issued"))
            filter.status = InvoiceStatus::Issued;
        else if (wanted == QLatin1String("cancelled"))
            filter.status = InvoiceStatus::Cancelled;
        else if (wanted == QLatin1String("unpaid"))
            filter.onlyUnpaid = true;
        else if (wanted == QLatin1String("overdue"))
            filter.onlyOverdue = true;
        else if (wanted != QLatin1String("paid"))
            return ctx.failure(
                Error(ErrorCode::InvalidInput,
                      tr("--status: write draft, issued, unpaid, overdue, paid or cancelled, not “%1”.")
                          .arg(wanted),
                      QStringLiteral("status")));
    }
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    if (p.isSet(QStringLiteral("client"))) {
        auto client = ClientRepository(**db, ctx.clock).find(p.value(QStringLiteral("client")));
        if (!client)
            return ctx.failure(client.error());
        filter.clientId = client->id;
    }
    auto list = InvoiceRepository(**db, ctx.clock).list(filter);
    if (!list)
        return ctx.failure(list.error());
    QList<InvoiceSummary> shown;
    for (const InvoiceSummary &s : *list)
        if (wanted != QLatin1String("paid") || invoiceStatus(s) == QLatin1String("paid"))
            shown.append(s);
    if (ctx.json) {
        QJsonArray array;
        for (const InvoiceSummary &s : shown)
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("kind"), invoiceKindName(s.kind)},
                {QStringLiteral("number"), s.number ? QJsonValue(*s.number) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), invoiceStatus(s)},
                {QStringLiteral("overdue"), s.overdue},
                {QStringLiteral("client"),
                 QJsonObject{{QStringLiteral("id"), s.clientId}, {QStringLiteral("name"), s.clientName}}},
                {QStringLiteral("currency"), s.total.currency().code()},
                {QStringLiteral("issueDate"), s.issueDate.toString(Qt::ISODate)},
                {QStringLiteral("dueDate"), s.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("total"), s.total.minorUnits()},
                {QStringLiteral("due"), s.due.minorUnits()},
                {QStringLiteral("paid"), s.paid.minorUnits()},
                {QStringLiteral("balance"), s.balance.minorUnits()},
                {QStringLiteral("credit"), s.owedBack.minorUnits()},
            });
        ctx.printJson(array);
        return ExitOk;
    }
    if (shown.isEmpty()) {
        ctx.out << tr("No invoices.") << '\n';
        return ExitOk;
    }
    TextTable table({tr("Id"), tr("Number"), tr("Date"), tr("Client"), tr("Total"), tr("Balance"), tr("Cur."),
                     tr("Status")},
                    {Align::Right, Align::Left, Align::Left, Align::Left, Align::Right, Align::Right});
    for (const InvoiceSummary &s : shown) {
        QString status = invoiceStatus(s);
        if (s.kind == InvoiceKind::CreditNote)
            status = tr("credit note");
        if (s.overdue)
            status += tr(", overdue");
        table.addRow({QString::number(s.id), s.number.value_or(QStringLiteral("—")),
                      s.issueDate.toString(Qt::ISODate), s.clientName, s.total.formatNumber(ctx.locale),
                      s.balance.formatNumber(ctx.locale), s.total.currency().code(), status});
    }
    table.print(ctx.out);
    return ExitOk;
}

int invoiceIssueOrCancel(Context &ctx, const QStringList &args, bool cancel)
{
    const QString command = cancel ? QStringLiteral("invoice cancel") : QStringLiteral("invoice issue");
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, command, QStringLiteral("ID [--date DATE]"),
            cancel
                ? tr("Cancels an issued invoice with a credit note and prints the credit note's number; its "
                     "work can be billed again.")
                : tr("Issues a draft: gives it the next number (printed), freezes it and marks its work "
                     "billed."),
            cancel ? QList<QCommandLineOption>{option("date", tr("Issue date (default: today)."), "DATE")}
                   : QList<QCommandLineOption>{option("date", tr("Issue date (default: today)."), "DATE"),
                                               exchangeRateOption(), Context::forceOption()},
            args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“%1” needs the invoice's id.").arg(command));
    auto date = optionalDate(ctx, p, "date");
    if (!date)
        return ctx.failure(date.error());
    auto rate = exchangeRate(p);
    if (!rate)
        return ctx.failure(rate.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    InvoiceRepository repository(**db, ctx.clock);
    auto done = cancel ? repository.cancel(invoice->id, *date)
                       : repository.issue(invoice->id, *date, Context::unusualDates(p), *rate);
    if (!done)
        return ctx.failure(done.error());
    if (!cancel)
        for (const QString &missing : InvoiceRepository::missingBuyerDetails(*done))
            ctx.warn(missing);
    if (ctx.json)
        printInvoice(ctx, *done);
    else
        ctx.out << done->number.value_or(QString()) << '\n';
    return ExitOk;
}

int invoicePay(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("invoice pay"),
            QStringLiteral("ID --amount AMOUNT [--date DATE] [--note TEXT] [--from-credit CREDIT-NOTE]"),
            tr("Records a payment of an issued invoice, received or out of the client's credit."),
            {option("amount", tr("The amount received, such as 500.00."), "AMOUNT"),
             option("date", tr("When it arrived (default: today)."), "DATE"),
             option("note", tr("A note."), "TEXT"),
             option("from-credit",
                    tr("Pay out of the credit a credit note owes the client (its id or number, or the "
                       "cancelled invoice's) rather than with new money."),
                    "CREDIT-NOTE"),
             Context::forceOption()},
            args, code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("amount")))
        return ctx.usageError(tr("“invoice pay” needs the invoice's id and --amount."));
    auto date = optionalDate(ctx, p, "date");
    if (!date)
        return ctx.failure(date.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    auto amount = ctx.money(p.value(QStringLiteral("amount")), invoice->currency, QStringLiteral("amount"));
    if (!amount)
        return ctx.failure(amount.error());
    const QDate day = date->value_or(timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone()));
    InvoiceRepository repository(**db, ctx.clock);
    auto paid = [&]() -> Result<Invoice> {
        if (!p.isSet(QStringLiteral("from-credit")))
            return repository.addPayment(invoice->id, day, *amount, p.value(QStringLiteral("note")),
                                         Context::unusualDates(p));
        auto credit =
            findInvoice(ctx, **db, p.value(QStringLiteral("from-credit")), QStringLiteral("from-credit"));
        if (!credit)
            return credit.error();
        return repository.applyCredit(invoice->id, credit->id, *amount, day, p.value(QStringLiteral("note")));
    }();
    if (!paid)
        return ctx.failure(paid.error());
    printInvoice(ctx, *paid);
    return ExitOk;
}

int invoiceRefund(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice refund"),
                   QStringLiteral("ID --amount AMOUNT [--date DATE] [--note TEXT]"),
                   tr("Records money given back to the client out of a credit note (by its id or number, or "
                      "the cancelled invoice's) and shows the credit note."),
                   {option("amount", tr("The amount given back, such as 200.00."), "AMOUNT"),
                    option("date", tr("When it was given back (default: today)."), "DATE"),
                    option("note", tr("A note."), "TEXT")},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("amount")))
        return ctx.usageError(tr("“invoice refund” needs the credit note's id and --amount."));
    auto date = optionalDate(ctx, p, "date");
    if (!date)
        return ctx.failure(date.error());
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    auto amount = ctx.money(p.value(QStringLiteral("amount")), invoice->currency, QStringLiteral("amount"));
    if (!amount)
        return ctx.failure(amount.error());
    auto refunded =
        InvoiceRepository(**db, ctx.clock)
            .addRefund(invoice->id,
                       date->value_or(timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone())),
                       *amount, p.value(QStringLiteral("note")));
    if (!refunded)
        return ctx.failure(refunded.error());
    printInvoice(ctx, *refunded);
    return ExitOk;
}

int invoiceDelete(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("invoice delete"), QStringLiteral("ID"),
            tr("Deletes a draft; its work is free to bill again. Issued invoices are cancelled instead."), {},
            args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“invoice delete” needs the invoice's id."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    auto deleted = InvoiceRepository(**db, ctx.clock).deleteDraft(invoice->id);
    if (!deleted)
        return ctx.failure(deleted.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), deleted->id}});
    else
        ctx.out << tr("Deleted draft %1.").arg(deleted->id) << '\n';
    return ExitOk;
}

#ifdef MINUTA_CLI_DRAWS
// What the PDF of `invoice` shows: the invoice, in the clock's zone, with the business's logo.
InvoicePdf::Content pdfContent(Context &ctx, Database &db, const Invoice &invoice)
{
    InvoicePdf::Content content;
    content.invoice = invoice;
    content.zone = ctx.clock.timeZone();
    if (!invoice.parties.business.logoSha256.isEmpty()) {
        auto logo = BusinessRepository(db, ctx.clock).image(invoice.parties.business.logoSha256);
        if (logo)
            content.logo = *logo;
    }
    return content;
}
#endif

int invoicePdf(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("invoice pdf"), QStringLiteral("ID [-o FILE] [--timesheet]"),
                   tr("Writes the invoice as a PDF (default name: “<number> <client>.pdf” here)."),
                   {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("The PDF file to write."), QStringLiteral("FILE")),
                    option("timesheet", tr("Add pages listing every billed entry."))},
                   args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("“invoice pdf” needs the invoice's id."));
#ifndef MINUTA_CLI_DRAWS
    // minuta-cli hands the commands that draw to its drawing half (main.cpp) before they get here.
    return ctx.failure(Error(ErrorCode::Io, tr("Only minuta-cli-draw writes PDFs.")));
#else
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    InvoicePdf::Content content = pdfContent(ctx, **db, *invoice);
    if (p.isSet(QStringLiteral("timesheet"))) {
        auto work = InvoiceRepository(**db, ctx.clock).billedWork(invoice->id);
        if (!work)
            return ctx.failure(work.error());
        content.timesheet = *work;
    }
    const QString path = p.isSet(QStringLiteral("output")) ? p.value(QStringLiteral("output"))
                                                           : InvoiceRepository::defaultFileName(*invoice);
    auto pages = InvoicePdf::write(content, path);
    if (!pages)
        return ctx.failure(pages.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("pages"), *pages}});
    else
        ctx.out << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n';
    return ExitOk;
#endif
}

int invoiceXml(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(
            p, QStringLiteral("invoice xml"),
            QStringLiteral(
                "ID [-o FILE|FOLDER] [--attach-pdf] | --from DATE --to DATE -o FOLDER [--attach-pdf]"),
            tr("Writes an issued Italian invoice or credit note as a FatturaPA e-invoice (XML) for the "
               "Exchange System (SdI), unsigned, under its standard name IT<fiscal code>_<progressive>.xml "
               "(here, or in FOLDER); with --from and --to, every one issued in the period. Exporting again "
               "gives the same file."),
            {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                tr("The file to write, or the folder to write it in."),
                                QStringLiteral("PATH")),
             option("from", tr("First issue date of the period."), "DATE"),
             option("to", tr("Last issue date of the period, included."), "DATE"),
             option("attach-pdf", tr("Attach the invoice's PDF (a courtesy copy) inside the XML, for clients "
                                     "who open only the electronic invoice."))},
            args, code))
        return code;
    const bool attachPdf = p.isSet(QStringLiteral("attach-pdf"));
#ifndef MINUTA_CLI_DRAWS
    // minuta-cli hands the commands that draw to its drawing half (main.cpp) before they get here.
    if (attachPdf)
        return ctx.failure(Error(ErrorCode::Io, tr("Only minuta-cli-draw writes PDFs.")));
#endif
    const bool period = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (period == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return ctx.usageError(tr("“invoice xml” needs an invoice's id, or --from and --to."));
    const QString target = p.value(QStringLiteral("output"));
    if (period && (target.isEmpty() || !QFileInfo(target).isDir()))
        return ctx.usageError(tr("“invoice xml --from … --to …” writes into a folder: give one that exists "
                                 "with -o."));
    auto db = ctx.openForWriting();
    if (!db)
        return ctx.failure(db.error());
    EInvoices einvoices(**db, ctx.clock);
    QList<qint64> ids;
    QHash<qint64, QString> numbers;
    if (period) {
        auto dates = ctx.dates(p);
        if (!dates)
            return ctx.failure(dates.error());
        if (!dates->from || !dates->to)
            return ctx.usageError(tr("Give both --from and --to."));
        InvoiceFilter filter;
        filter.from = dates->from;
        filter.to = dates->to;
        auto list = InvoiceRepository(**db, ctx.clock).list(filter);
        if (!list)
            return ctx.failure(list.error());
        for (const InvoiceSummary &summary : std::as_const(*list))
            if (summary.status != InvoiceStatus::Draft) {
                ids << summary.id;
                numbers.insert(summary.id, summary.number.value_or(QString()));
            }
    } else {
        auto invoice = invoiceArgument(ctx, **db, p);
        if (!invoice)
            return ctx.failure(invoice.error());
        ids << invoice->id;
    }
    QJsonArray written;
    QJsonArray refused;
    QStringList paths;
    for (const qint64 id : std::as_const(ids)) {
        std::optional<QByteArray> pdf;
#ifdef MINUTA_CLI_DRAWS
        if (attachPdf) {
            auto invoice = InvoiceRepository(**db, ctx.clock).get(id);
            if (!invoice)
                return ctx.failure(invoice.error());
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto pages = InvoicePdf::render(pdfContent(ctx, **db, *invoice), &buffer);
            if (!pages)
                return ctx.failure(pages.error());
            pdf = buffer.data();
        }
#endif
        auto file = einvoices.exportInvoice(id, pdf);
        Result<QString> path = file ? file->save(target) : Result<QString>(file.error());
        if (!path) {
            if (!period)
                return ctx.failure(path.error());
            // Every invoice of the period is accounted for: one that cannot be written is named.
            refused.append(QJsonObject{{QStringLiteral("invoice"), id},
                                       {QStringLiteral("number"), numbers.value(id)},
                                       {QStringLiteral("field"), path.error().field()},
                                       {QStringLiteral("message"), path.error().message()}});
            ctx.err << tr("Not written: %1").arg(path.error().message()) << '\n';
            continue;
        }
        written.append(QJsonObject{{QStringLiteral("invoice"), id},
                                   {QStringLiteral("path"), *path},
                                   {QStringLiteral("fileName"), file->fileName}});
        paths << QDir::toNativeSeparators(*path);
    }
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("written"), written}, {QStringLiteral("refused"), refused}});
    else
        for (const QString &path : std::as_const(paths))
            ctx.out << path << '\n';
    if (period && !ctx.json)
        ctx.err << QCoreApplication::translate("minuta::cli", "%n e-invoice(s) written", nullptr,
                                               int(written.size()))
                << (refused.isEmpty() ? QString()
                                      : QCoreApplication::translate("minuta::cli", ", %n not written",
                                                                    nullptr, int(refused.size())))
                << '\n';
    return refused.isEmpty() ? ExitOk : ExitFailure;
}

int invoiceIssue(Context &ctx, const QStringList &args)
{
    return invoiceIssueOrCancel(ctx, args, false);
}

int invoiceCancel(Context &ctx, const QStringList &args)
{
    return invoiceIssueOrCancel(ctx, args, true);
}

const Command kInvoiceCommands[] = {
    {"draft", QT_TRANSLATE_NOOP("minuta::cli", "Make a draft from unbilled work."), invoiceDraft},
    {"add-line", QT_TRANSLATE_NOOP("minuta::cli", "Add a line to a draft."), invoiceAddLine},
    {"remove-line", QT_TRANSLATE_NOOP("minuta::cli", "Remove a line from a draft."), invoiceRemoveLine},
    {"edit", QT_TRANSLATE_NOOP("minuta::cli", "Change a draft's dates, discount or notes."), invoiceEdit},
    {"show", QT_TRANSLATE_NOOP("minuta::cli", "Show an invoice."), invoiceShow},
    {"list", QT_TRANSLATE_NOOP("minuta::cli", "List invoices."), invoiceList},
    {"issue", QT_TRANSLATE_NOOP("minuta::cli", "Issue a draft with the next number."), invoiceIssue},
    {"pay", QT_TRANSLATE_NOOP("minuta::cli", "Record a payment."), invoicePay},
    {"refund", QT_TRANSLATE_NOOP("minuta::cli", "Record money given back out of a credit note."),
     invoiceRefund},
    {"cancel", QT_TRANSLATE_NOOP("minuta::cli", "Cancel an invoice with a credit note."), invoiceCancel},
    {"delete", QT_TRANSLATE_NOOP("minuta::cli", "Delete a draft."), invoiceDelete},
    {"pdf", QT_TRANSLATE_NOOP("minuta::cli", "Write the PDF."), invoicePdf},
    {"xml", QT_TRANSLATE_NOOP("minuta::cli", "Write the Italian e-invoice (FatturaPA XML)."), invoiceXml},
};

} // namespace

int runInvoice(Context &ctx, const QStringList &arguments)
{
    return ctx.runGroup(QStringLiteral("invoice"), kInvoiceCommands, arguments);
}

} // namespace minuta::cli
