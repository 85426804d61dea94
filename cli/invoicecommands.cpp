// minuta-cli business set | show; tax-profiles; invoice draft | add-line | remove-line | edit | show | list |
// issue | pay | refund | cancel | delete | pdf

#include "commands.h"
#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicelabels.h"
#include "invoicing/invoicerepository.h"
#include "io/invoicepdf.h"
#include "values/decimal.h"
#include "values/timeutil.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QString statusText(const Invoice &i, QDate today)
{
    if (i.status == InvoiceStatus::Draft)
        return QStringLiteral("draft");
    if (i.status == InvoiceStatus::Cancelled)
        return QStringLiteral("cancelled");
    if (i.kind == InvoiceKind::CreditNote)
        return QStringLiteral("issued");
    Q_UNUSED(today);
    switch (i.paymentState()) {
    case PaymentState::Paid:
        return QStringLiteral("paid");
    case PaymentState::PartlyPaid:
        return QStringLiteral("partly_paid");
    case PaymentState::Unpaid:
        break;
    }
    return QStringLiteral("issued");
}

QString summaryStatus(const InvoiceSummary &s)
{
    if (s.status == InvoiceStatus::Draft)
        return QStringLiteral("draft");
    if (s.status == InvoiceStatus::Cancelled)
        return QStringLiteral("cancelled");
    if (s.kind == InvoiceKind::CreditNote)
        return QStringLiteral("issued");
    if (s.paymentState == PaymentState::Paid)
        return QStringLiteral("paid");
    if (s.paymentState == PaymentState::PartlyPaid)
        return QStringLiteral("partly_paid");
    return QStringLiteral("issued");
}

QJsonValue basisPoints(const TaxRate &rate)
{
    // Thousandths of a percent to basis points: 22 % is 2200, Québec's 9.975 % is 997.5.
    if (rate.milliPercent() % 10 == 0)
        return qint64(rate.milliPercent() / 10);
    return double(rate.milliPercent()) / 10.0;
}

QJsonObject invoiceJson(const Invoice &i, QDate today)
{
    QJsonArray lines;
    const TaxRate standard = i.parties.profile.standardRate();
    for (const InvoiceLine &l : i.lines)
        lines.append(QJsonObject{
            {QStringLiteral("id"), l.id},
            {QStringLiteral("kind"), lineKindName(l.kind)},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity.toPlainString()},
            {QStringLiteral("seconds"), l.seconds ? QJsonValue(*l.seconds) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("unitPrice"), l.unitPrice.minorUnits()},
            {QStringLiteral("amount"), l.amount.minorUnits()},
            {QStringLiteral("taxRate"), i.reverseCharge || !l.nature.isEmpty()
                                            ? QJsonValue(0)
                                            : basisPoints(l.taxRate.value_or(standard))},
            {QStringLiteral("nature"), l.nature},
            {QStringLiteral("fee"), l.isFee},
        });
    QJsonArray taxes;
    for (const invoicecalc::Tax &t : i.totals.taxes)
        taxes.append(QJsonObject{{QStringLiteral("name"), t.name(i.language())},
                                 {QStringLiteral("rate"), basisPoints(t.rate)},
                                 {QStringLiteral("base"), t.base.minorUnits()},
                                 {QStringLiteral("amount"), t.amount.minorUnits()}});
    QJsonArray outside;
    for (const invoicecalc::Untaxed &u : i.totals.outside)
        outside.append(QJsonObject{{QStringLiteral("nature"), u.nature},
                                   {QStringLiteral("amount"), u.amount.minorUnits()}});
    QJsonValue euro(QJsonValue::Null);
    if (const auto &e = i.totals.euro) {
        QJsonArray euroTaxes;
        for (const invoicecalc::Tax &t : e->taxes)
            euroTaxes.append(QJsonObject{{QStringLiteral("name"), t.name(i.language())},
                                         {QStringLiteral("rate"), basisPoints(t.rate)},
                                         {QStringLiteral("base"), t.base.minorUnits()},
                                         {QStringLiteral("amount"), t.amount.minorUnits()}});
        euro = QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("taxes"), euroTaxes},
                           {QStringLiteral("untaxed"), e->untaxed.minorUnits()},
                           {QStringLiteral("tax"), e->tax.minorUnits()},
                           {QStringLiteral("total"), e->total.minorUnits()},
                           {QStringLiteral("due"), e->due.minorUnits()}};
    }
    QJsonArray payments;
    for (const Payment &p : i.payments)
        payments.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                        {QStringLiteral("amount"), p.amount.minorUnits()},
                        {QStringLiteral("note"), p.note},
                        {QStringLiteral("fromCredit"), p.creditNoteNumber ? QJsonValue(*p.creditNoteNumber)
                                                                          : QJsonValue(QJsonValue::Null)}});
    QJsonArray refunds;
    for (const Refund &r : i.refunds)
        refunds.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                                   {QStringLiteral("amount"), r.amount.minorUnits()},
                                   {QStringLiteral("note"), r.note}});
    const invoicecalc::Totals &t = i.totals;
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("kind"), invoiceKindName(i.kind)},
        {QStringLiteral("number"), i.number ? QJsonValue(*i.number) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), statusText(i, today)},
        {QStringLiteral("overdue"), i.isOverdue(today)},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), i.clientId}, {QStringLiteral("name"), i.parties.client.name}}},
        {QStringLiteral("currency"), i.currency.code()},
        {QStringLiteral("language"), i.language()},
        {QStringLiteral("taxProfile"), i.taxProfileId},
        {QStringLiteral("reverseCharge"), i.reverseCharge},
        {QStringLiteral("issueDate"), i.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("dueDate"), i.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("periodFrom"),
         i.periodFrom ? QJsonValue(i.periodFrom->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("periodTo"),
         i.periodTo ? QJsonValue(i.periodTo->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("creditedInvoice"),
         i.creditedNumber ? QJsonValue(*i.creditedNumber) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("creditNote"),
         i.creditNoteId ? QJsonValue(*i.creditNoteId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("taxes"), taxes},
        {QStringLiteral("outside_vat"), outside},
        // Units of the currency per euro, as a plain decimal: "1.082300".
        {QStringLiteral("exchange_rate"),
         i.exchangeRate ? QJsonValue(invoicelabels::exchangeRate(*i.exchangeRate, QLocale::c()))
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("euro"), euro},
        {QStringLiteral("payments"), payments},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("totals"),
         QJsonObject{
             {QStringLiteral("lines"), t.lines.minorUnits()},
             {QStringLiteral("discount"), t.discount.minorUnits()},
             {QStringLiteral("net"), t.net.minorUnits()},
             {QStringLiteral("contribution"), t.contribution.minorUnits()},
             {QStringLiteral("tax"), t.tax.minorUnits()},
             {QStringLiteral("withholding"), t.withholding.minorUnits()},
             {QStringLiteral("stamp_duty"), t.stampDuty.minorUnits()},
             {QStringLiteral("stamp_duty_charged"), t.stampDutyCharged},
             {QStringLiteral("total"), t.total.minorUnits()},
             {QStringLiteral("due"), t.due.minorUnits()},
             {QStringLiteral("paid"), i.paid.minorUnits()},
             {QStringLiteral("balance"), i.balance.minorUnits()},
             // A credit note: what the client had paid on the cancelled invoice, what of it was given
             // back or used on later invoices, and the credit still owed back to them.
             {QStringLiteral("carried_paid"), i.carriedPaid.minorUnits()},
             {QStringLiteral("refunded"), i.refunded.minorUnits()},
             {QStringLiteral("credit_used"), i.creditUsed.minorUnits()},
             {QStringLiteral("credit"), i.owedBack.minorUnits()},
         }},
    };
}

void printInvoice(Context &ctx, const Invoice &i)
{
    const QDate today = timeutil::localDate(ctx.clock.nowSecs(), ctx.clock.timeZone());
    if (ctx.json) {
        ctx.printJson(invoiceJson(i, today));
        return;
    }
    const QLocale &loc = ctx.locale;
    const QString kind = i.kind == InvoiceKind::CreditNote ? tr("Credit note") : tr("Invoice");
    ctx.out << tr("%1 %2 (id %3), %4")
                   .arg(kind, i.number.value_or(tr("draft")))
                   .arg(i.id)
                   .arg(statusText(i, today))
            << (i.isOverdue(today) ? tr(", overdue") : QString()) << '\n';
    ctx.out << tr("Client: %1   Dates: %2, due %3   Profile: %4%5")
                   .arg(i.parties.client.name, i.issueDate.toString(Qt::ISODate),
                        i.dueDate.toString(Qt::ISODate), i.taxProfileId,
                        i.reverseCharge ? tr(", reverse charge") : QString())
            << "\n\n";
    TextTable table({tr("Line"), tr("Description"), tr("Qty"), tr("Price"), tr("Tax"), tr("Amount")},
                    {Align::Right, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
    const TaxRate standard = i.parties.profile.standardRate();
    for (const InvoiceLine &l : i.lines) {
        QString description = l.description;
        description.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (description.size() > 60)
            description = description.left(59) + QChar(0x2026);
        const QString qty =
            l.seconds ? timeutil::formatDuration(*l.seconds) + QStringLiteral(" h")
                      : l.quantity.format(loc)
                            + (l.unit.isEmpty() ? QString() : QLatin1Char(' ') + l.unitForQuantity());
        // A line that bears no tax shows why: RC, or its nature (N1 for an expense in the client's name).
        table.addRow({QString::number(l.id), description, qty, l.unitPrice.formatNumber(loc),
                      i.reverseCharge       ? QStringLiteral("RC")
                      : !l.nature.isEmpty() ? l.nature
                                            : l.taxRate.value_or(standard).format(loc),
                      l.amount.formatNumber(loc)});
    }
    if (!table.isEmpty()) {
        table.print(ctx.out);
        ctx.out << '\n';
    }
    const invoicecalc::Totals &t = i.totals;
    TextTable totals({QString(), QString()}, {Align::Left, Align::Right});
    if (!t.discount.isZero())
        totals.addRow({tr("Discount"), t.discount.negated()->formatNumber(loc)});
    totals.addRow({tr("Net"), t.net.formatNumber(loc)});
    if (!t.contribution.isZero())
        totals.addRow({i.parties.profile.contributionNameEn, t.contribution.formatNumber(loc)});
    for (const invoicecalc::Tax &tax : t.taxes)
        totals.addRow({tr("%1 %2 on %3").arg(tax.nameEn, tax.rate.format(loc), tax.base.formatNumber(loc)),
                       tax.amount.formatNumber(loc)});
    for (const invoicecalc::Untaxed &u : t.outside)
        totals.addRow({tr("Outside VAT (%1)").arg(u.nature.isEmpty() ? tr("untaxed") : u.nature),
                       u.amount.formatNumber(loc)});
    if (!t.stampDuty.isZero())
        totals.addRow({t.stampDutyCharged ? tr("Stamp duty") : tr("Stamp duty (not charged)"),
                       t.stampDuty.formatNumber(loc)});
    totals.addRow({tr("Total"), t.total.formatNumber(loc) + QLatin1Char(' ') + i.currency.code()});
    if (!t.withholding.isZero()) {
        totals.addRow({i.parties.profile.withholdingNameEn, t.withholding.negated()->formatNumber(loc)});
        totals.addRow({tr("Due"), t.due.formatNumber(loc) + QLatin1Char(' ') + i.currency.code()});
    }
    if (!i.payments.isEmpty()) {
        totals.addRow({tr("Paid"), i.paid.formatNumber(loc)});
        for (const Payment &p : i.payments)
            if (p.creditNoteNumber)
                totals.addRow(
                    {tr("  from credit note %1").arg(*p.creditNoteNumber), p.amount.formatNumber(loc)});
        totals.addRow({tr("Balance"), i.balance.formatNumber(loc) + QLatin1Char(' ') + i.currency.code()});
    }
    if (!i.carriedPaid.isZero()) {
        totals.addRow(
            {tr("Paid on %1").arg(i.creditedNumber.value_or(QString())), i.carriedPaid.formatNumber(loc)});
        for (const Refund &r : i.refunds)
            totals.addRow({tr("Refunded %1 (refund %2)").arg(r.date.toString(Qt::ISODate)).arg(r.id),
                           r.amount.negated()->formatNumber(loc)});
        if (!i.creditUsed.isZero())
            totals.addRow({tr("Used on later invoices"), i.creditUsed.negated()->formatNumber(loc)});
        totals.addRow(
            {tr("Credit owed back"), i.owedBack.formatNumber(loc) + QLatin1Char(' ') + i.currency.code()});
    }
    totals.printRows(ctx.out);
    if (i.exchangeRate && i.currency.code() != QLatin1String("EUR"))
        ctx.out << '\n'
                << tr("Exchange rate: 1 EUR = %1 %2")
                       .arg(invoicelabels::exchangeRate(*i.exchangeRate, loc), i.currency.code())
                << '\n';
    if (const auto &e = t.euro) {
        TextTable inEuro({QString(), QString()}, {Align::Left, Align::Right});
        for (const invoicecalc::Tax &tax : e->taxes)
            inEuro.addRow(
                {tr("%1 %2 on %3").arg(tax.nameEn, tax.rate.format(loc), tax.base.formatNumber(loc)),
                 tax.amount.formatNumber(loc)});
        if (!e->untaxed.isZero())
            inEuro.addRow({tr("Outside VAT"), e->untaxed.formatNumber(loc)});
        inEuro.addRow({tr("Total"), e->total.formatNumber(loc) + QStringLiteral(" EUR")});
        if (e->due != e->total)
            inEuro.addRow({tr("Due"), e->due.formatNumber(loc) + QStringLiteral(" EUR")});
        inEuro.printRows(ctx.out);
    }
}

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

Result<TaxRate> percentOption(const QCommandLineParser &p, const char *name)
{
    auto rate = TaxRate::parsePlain(p.value(QString::fromLatin1(name)), QString::fromLatin1(name));
    if (!rate)
        return Error(rate.error().code(),
                     QStringLiteral("--%1: %2").arg(QLatin1String(name), rate.error().message()),
                     rate.error().field());
    return rate;
}

// --- business ---

int businessShow(Context &ctx, const BusinessProfile &b, const BusinessDefaults &d)
{
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("address"), b.address},
            {QStringLiteral("country"), b.country},
            {QStringLiteral("vatId"), b.vatId},
            {QStringLiteral("fiscalCode"), b.fiscalCode},
            {QStringLiteral("iban"), b.iban},
            {QStringLiteral("bic"), b.bic},
            {QStringLiteral("email"), b.email},
            {QStringLiteral("phone"), b.phone},
            {QStringLiteral("logo"), !b.logoSha256.isEmpty()},
            {QStringLiteral("currency"), d.currency.code()},
            {QStringLiteral("paymentTermsDays"), d.paymentTermsDays},
            {QStringLiteral("numberPattern"), b.numberPattern},
            {QStringLiteral("creditNotePattern"), b.creditNotePattern},
            {QStringLiteral("taxProfile"), b.taxProfileId},
            {QStringLiteral("contributionRate"), b.contributionRate.toPlainString()},
            {QStringLiteral("regimeFiscale"), b.regimeFiscale},
            {QStringLiteral("stampDutyCharged"), b.stampDutyCharged},
            {QStringLiteral("serviceDescriptionEn"), b.serviceDescriptionEn},
            {QStringLiteral("serviceDescriptionIt"), b.serviceDescriptionIt},
            {QStringLiteral("state"), b.state},
            {QStringLiteral("qstId"), b.qstId},
            {QStringLiteral("sac"), b.sac},
            {QStringLiteral("sortCode"), b.sortCode},
            {QStringLiteral("accountNumber"), b.accountNumber},
            {QStringLiteral("routingNumber"), b.routingNumber},
            {QStringLiteral("institution"), b.institution},
            {QStringLiteral("transit"), b.transit},
            {QStringLiteral("bsb"), b.bsb},
            {QStringLiteral("ifsc"), b.ifsc},
            {QStringLiteral("upi"), b.upi},
            {QStringLiteral("paymentNotes"), b.paymentNotes},
        });
        return ExitOk;
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("Name"), b.name},
        {tr("Address"), QString(b.address).replace(QLatin1Char('\n'), QStringLiteral(", "))},
        {tr("Country"), b.country},
        {tr("VAT number"), b.vatId},
        {tr("Fiscal code"), b.fiscalCode},
        {tr("IBAN"), b.iban},
        {tr("BIC"), b.bic},
        {tr("Email"), b.email},
        {tr("Phone"), b.phone},
        {tr("Logo"), b.logoSha256.isEmpty() ? tr("none") : tr("yes")},
        {tr("Currency"), d.currency.code()},
        {tr("Payment terms"), QCoreApplication::translate("minuta::cli::InvoiceCommands", "%n day(s)",
                                                          nullptr, d.paymentTermsDays)},
        {tr("Numbers"), b.numberPattern},
        {tr("Credit notes"), b.creditNotePattern},
        {tr("Tax profile"), b.taxProfileId},
        {tr("Contribution"),
         b.contributionRate.milliPercent() == 0 ? tr("off") : b.contributionRate.format(ctx.locale)},
        {tr("Regime fiscale"), b.regimeFiscale},
        // Italian invoices only need stamp duty; elsewhere the line would only puzzle.
        {tr("Stamp duty"), b.country == QLatin1String("IT")
                               ? (b.stampDutyCharged ? tr("charged to the client") : tr("borne by you"))
                               : QString()},
        {tr("Service (English)"), b.serviceDescriptionEn},
        {tr("Service (Italian)"), b.serviceDescriptionIt},
        {tr("State"), b.state},
        {tr("QST number"), b.qstId},
        {tr("SAC"), b.sac},
        {tr("Sort code"), b.sortCode},
        {tr("Account number"), b.accountNumber},
        {tr("Routing number"), b.routingNumber},
        {tr("Institution"), b.institution},
        {tr("Transit"), b.transit},
        {tr("BSB"), b.bsb},
        {tr("IFSC"), b.ifsc},
        {tr("UPI"), b.upi},
        {tr("Other ways to pay"), QString(b.paymentNotes).replace(QLatin1Char('\n'), QStringLiteral(", "))},
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            ctx.out << QString(label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    if (b.name.isEmpty())
        ctx.out << '\n'
                << tr("Set at least your name and address before issuing invoices: minuta-cli business set "
                      "--name …")
                << '\n';
    return ExitOk;
}

int business(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const int dispatched = ctx.groupDispatch(QStringLiteral("business"), sub,
                                             {{QStringLiteral("show"), tr("Show the business profile.")},
                                              {QStringLiteral("set"), tr("Change the business profile.")}});
    if (dispatched >= 0)
        return dispatched;
    const bool setting = sub == QLatin1String("set");
    QCommandLineParser p;
    int code = ExitOk;
    const QList<QCommandLineOption> options =
        setting ? QList<
            QCommandLineOption>{option("name", tr("Your business name, as on the invoices."), "NAME"),
                                option("address", tr("Address (\\n for new lines)."), "ADDRESS"),
                                option("country",
                                       tr("Country, two letters (IT, GB, US…); US and CA print on Letter "
                                          "paper."),
                                       "CC"),
                                option("vat-id", tr("VAT number (partita IVA, ABN, GSTIN…)."), "ID"),
                                option("fiscal-code", tr("Fiscal code."), "CF"),
                                option("iban", tr("IBAN for payments."), "IBAN"),
                                option("bic", tr("BIC of the bank."), "BIC"),
                                option("email", tr("Email."), "EMAIL"),
                                option("phone", tr("Phone."), "PHONE"),
                                option("logo", tr("A PNG, JPEG or SVG logo (\"none\" removes it)."), "FILE"),
                                option("currency", tr("The business's currency."), "CUR"),
                                option("terms", tr("Default payment terms of new clients, in days."), "DAYS"),
                                option("number-pattern",
                                       tr("Invoice numbers, such as {YYYY}/{N:3} or FT{YY}-{N}."), "P"),
                                option("credit-note-pattern",
                                       tr("Credit note numbers, such as NC-{YYYY}/{N:3}."), "P"),
                                option("tax-profile", tr("The tax profile (see “tax-profiles”)."), "ID"),
                                option("contribution",
                                       tr("Pension contribution (rivalsa) in percent; 0 turns it off."),
                                       "PCT"),
                                option("regime-fiscale",
                                       tr("FatturaPA regime: RF01 ordinario, RF19 forfettario."), "RF"),
                                option("stamp-duty-charged",
                                       tr("Italy: whether the client pays the stamp duty (marca da bollo) "
                                          "on invoices that need it: yes or no."),
                                       "YES|NO"),
                                option("service-description-en",
                                       tr("What an English invoice line says when the work has no task or "
                                          "description."),
                                       "TEXT"),
                                option("service-description-it", tr("The same for Italian invoices."),
                                       "TEXT"),
                                option("state",
                                       tr("State or province; India: the place of supply, such as "
                                          "Maharashtra."),
                                       "STATE"),
                                option("qst-id",
                                       tr("Canada (Québec): the QST registration number; the GST number "
                                          "goes in --vat-id."),
                                       "ID"),
                                option("sac",
                                       tr("India: the SAC code of time lines, 6 digits, such as 998599."),
                                       "SAC"),
                                option("sort-code", tr("UK: the bank's sort code, such as 12-34-56."),
                                       "CODE"),
                                option("account-number",
                                       tr("UK, US, Canada, Australia, India: the bank account number."),
                                       "NUMBER"),
                                option("routing-number", tr("US: the bank's routing number (ABA), 9 digits."),
                                       "NUMBER"),
                                option("institution", tr("Canada: the bank's institution number, 3 digits."),
                                       "NUMBER"),
                                option("transit", tr("Canada: the branch's transit number, 5 digits."),
                                       "NUMBER"),
                                option("bsb", tr("Australia: the BSB, 6 digits, such as 062-000."), "BSB"),
                                option("ifsc", tr("India: the branch's IFSC, such as HDFC0000123."), "IFSC"),
                                option("upi", tr("India: a UPI id to pay to, such as name@bank."), "ID"),
                                option("payment-notes",
                                       tr("Other ways to pay, printed on invoices: PayPal, a payment link… "
                                          "(\\n for new lines)."),
                                       "TEXT")}
                : QList<QCommandLineOption>{};
    if (!ctx.parse(p, setting ? QStringLiteral("business set") : QStringLiteral("business show"),
                   setting ? QStringLiteral("[OPTIONS]") : QString(),
                   setting ? tr("Changes the business profile; options not given stay as they are.")
                           : tr("Shows the business profile."),
                   options, args.mid(1), code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“business %1” takes options only.").arg(sub));
    auto db = setting ? ctx.openForWriting() : ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    BusinessRepository repository(**db, ctx.clock);
    Settings settings(**db);
    auto profile = repository.get();
    if (!profile)
        return ctx.failure(profile.error());
    auto defaults = settings.businessDefaults();
    if (!defaults)
        return ctx.failure(defaults.error());
    if (setting) {
        BusinessProfile b = *profile;
        BusinessDefaults d = *defaults;
        const auto text = [&](const char *name, QString &field) {
            if (p.isSet(QString::fromLatin1(name)))
                field = p.value(QString::fromLatin1(name));
        };
        text("name", b.name);
        text("country", b.country);
        text("vat-id", b.vatId);
        text("fiscal-code", b.fiscalCode);
        text("iban", b.iban);
        text("bic", b.bic);
        text("email", b.email);
        text("phone", b.phone);
        text("number-pattern", b.numberPattern);
        text("credit-note-pattern", b.creditNotePattern);
        text("tax-profile", b.taxProfileId);
        text("regime-fiscale", b.regimeFiscale);
        text("service-description-en", b.serviceDescriptionEn);
        text("service-description-it", b.serviceDescriptionIt);
        text("state", b.state);
        text("qst-id", b.qstId);
        text("sac", b.sac);
        text("sort-code", b.sortCode);
        text("account-number", b.accountNumber);
        text("routing-number", b.routingNumber);
        text("institution", b.institution);
        text("transit", b.transit);
        text("bsb", b.bsb);
        text("ifsc", b.ifsc);
        text("upi", b.upi);
        const auto lines = [&](const char *name, QString &field) {
            if (p.isSet(QString::fromLatin1(name)))
                field = p.value(QString::fromLatin1(name)).replace(QLatin1String("\\n"), QLatin1String("\n"));
        };
        lines("address", b.address);
        lines("payment-notes", b.paymentNotes);
        if (p.isSet(QStringLiteral("stamp-duty-charged"))) {
            auto charged = ctx.yesNo(p.value(QStringLiteral("stamp-duty-charged")),
                                     QStringLiteral("stamp-duty-charged"));
            if (!charged)
                return ctx.failure(charged.error());
            b.stampDutyCharged = *charged;
        }
        if (p.isSet(QStringLiteral("contribution"))) {
            auto rate = percentOption(p, "contribution");
            if (!rate)
                return ctx.failure(rate.error());
            b.contributionRate = *rate;
        }
        if (p.isSet(QStringLiteral("currency"))) {
            const auto currency = Currency::fromCode(p.value(QStringLiteral("currency")));
            if (!currency)
                return ctx.failure(Error(ErrorCode::InvalidInput,
                                         tr("--currency: “%1” is not an ISO 4217 currency code.")
                                             .arg(p.value(QStringLiteral("currency"))),
                                         QStringLiteral("currency")));
            d.currency = *currency;
            if (d.hourlyRate)
                d.hourlyRate = Money(d.hourlyRate->minorUnits(), *currency);
        }
        if (p.isSet(QStringLiteral("terms"))) {
            auto terms = ctx.integer(p.value(QStringLiteral("terms")), QStringLiteral("terms"), 0, 365);
            if (!terms)
                return ctx.failure(terms.error());
            d.paymentTermsDays = *terms;
        }
        QByteArray logo;
        if (p.isSet(QStringLiteral("logo")) && p.value(QStringLiteral("logo")) != QLatin1String("none")) {
            QFile file(p.value(QStringLiteral("logo")));
            if (!file.open(QIODevice::ReadOnly))
                return ctx.failure(Error(ErrorCode::Io,
                                         tr("--logo: “%1” cannot be read: %2")
                                             .arg(p.value(QStringLiteral("logo")), file.errorString()),
                                         QStringLiteral("logo")));
            logo = file.read(BusinessRepository::MaxLogoBytes + 1);
            if (auto readable = BusinessRepository::readLogo(logo); !readable)
                return ctx.failure(readable.error());
        }
        // Check everything before writing anything, then write it all or nothing. The profile is
        // checked by save(), first thing, once it has tidied what was typed (12-34-56 is a sort code).
        if (auto valid = d.validate(); !valid)
            return ctx.failure(valid.error());
        BusinessSetup setup{b, d, {}, {}};
        if (p.isSet(QStringLiteral("logo")))
            setup.logo = logo; // empty for --logo none: the logo goes
        auto written = repository.saveSetup(setup);
        if (!written)
            return ctx.failure(written.error());
        profile = repository.get();
        defaults = settings.businessDefaults();
        if (!profile || !defaults)
            return ctx.failure(profile ? defaults.error() : profile.error());
    }
    return businessShow(ctx, *profile, *defaults);
}

int taxProfiles(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = ExitOk;
    if (!ctx.parse(p, QStringLiteral("tax-profiles"), {}, tr("Lists the tax profiles and their rates."), {},
                   args, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("“tax-profiles” takes no arguments."));
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto profiles = TaxProfiles(**db).list();
    if (!profiles)
        return ctx.failure(profiles.error());
    if (ctx.json) {
        QJsonArray array;
        for (const TaxProfile &profile : *profiles) {
            QJsonArray taxes;
            for (const TaxComponent &t : profile.taxes)
                taxes.append(QJsonObject{{QStringLiteral("name"), t.nameEn},
                                         {QStringLiteral("rate"), basisPoints(t.rate)}});
            array.append(QJsonObject{{QStringLiteral("id"), profile.id},
                                     {QStringLiteral("name"), profile.name},
                                     {QStringLiteral("taxes"), taxes},
                                     {QStringLiteral("withholding"), basisPoints(profile.withholdingRate)},
                                     {QStringLiteral("stampDuty"), profile.stampDutyMinor},
                                     {QStringLiteral("builtin"), profile.builtin}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Id"), tr("Name"), tr("Taxes"), tr("Withholding"), tr("Stamp duty")});
    for (const TaxProfile &profile : *profiles) {
        QStringList taxes;
        for (const TaxComponent &t : profile.taxes)
            taxes << t.nameEn + QLatin1Char(' ') + t.rate.format(ctx.locale);
        table.addRow(
            {profile.id, profile.name, taxes.isEmpty() ? tr("none") : taxes.join(QStringLiteral(" + ")),
             profile.withholdingRate.milliPercent() ? profile.withholdingRate.format(ctx.locale) : QString(),
             profile.stampDutyMinor
                 ? Money(profile.stampDutyMinor, *Currency::fromCode(u"EUR")).formatNumber(ctx.locale)
                 : QString()});
    }
    table.print(ctx.out);
    return ExitOk;
}

// --- invoice ---

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
    options.field = QStringLiteral("exchangeRate");
    auto rate = decimal::parsePlain(p.value(QStringLiteral("exchange-rate")), options);
    if (!rate)
        return Error(rate.error().code(), QStringLiteral("--exchange-rate: ") + rate.error().message(),
                     rate.error().field());
    if (*rate <= 0)
        return Error(ErrorCode::InvalidInput, tr("--exchange-rate: the rate must be more than zero."),
                     QStringLiteral("exchangeRate"));
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
    auto qty = Quantity::parsePlain(p.value(QStringLiteral("qty")));
    if (!qty)
        return ctx.failure(Error(qty.error().code(), QStringLiteral("--qty: ") + qty.error().message(),
                                 qty.error().field()));
    line.quantity = *qty;
    line.unit = p.value(QStringLiteral("unit"));
    auto price = ctx.money(p.value(QStringLiteral("price")), invoice->currency, QStringLiteral("price"));
    if (!price)
        return ctx.failure(price.error());
    line.unitPrice = *price;
    if (p.isSet(QStringLiteral("tax-rate"))) {
        auto rate = percentOption(p, "tax-rate");
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
        auto rate = percentOption(p, "discount-percent");
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
        if (wanted != QLatin1String("paid") || summaryStatus(s) == QLatin1String("paid"))
            shown.append(s);
    if (ctx.json) {
        QJsonArray array;
        for (const InvoiceSummary &s : shown)
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("kind"), invoiceKindName(s.kind)},
                {QStringLiteral("number"), s.number ? QJsonValue(*s.number) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), summaryStatus(s)},
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
        QString status = summaryStatus(s);
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
    auto db = ctx.openForReading();
    if (!db)
        return ctx.failure(db.error());
    auto invoice = invoiceArgument(ctx, **db, p);
    if (!invoice)
        return ctx.failure(invoice.error());
    InvoicePdf::Content content;
    content.invoice = *invoice;
    content.zone = ctx.clock.timeZone();
    if (!invoice->parties.business.logoSha256.isEmpty()) {
        auto logo = BusinessRepository(**db, ctx.clock).image(invoice->parties.business.logoSha256);
        if (logo)
            content.logo = *logo;
    }
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
}

} // namespace

int runBusiness(Context &ctx, const QStringList &arguments)
{
    return business(ctx, arguments);
}

int runTaxProfiles(Context &ctx, const QStringList &arguments)
{
    return taxProfiles(ctx, arguments);
}

int runInvoice(Context &ctx, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const int dispatched =
        ctx.groupDispatch(QStringLiteral("invoice"), sub,
                          {{QStringLiteral("draft"), tr("Make a draft from unbilled work.")},
                           {QStringLiteral("add-line"), tr("Add a line to a draft.")},
                           {QStringLiteral("remove-line"), tr("Remove a line from a draft.")},
                           {QStringLiteral("edit"), tr("Change a draft's dates, discount or notes.")},
                           {QStringLiteral("show"), tr("Show an invoice.")},
                           {QStringLiteral("list"), tr("List invoices.")},
                           {QStringLiteral("issue"), tr("Issue a draft with the next number.")},
                           {QStringLiteral("pay"), tr("Record a payment.")},
                           {QStringLiteral("refund"), tr("Record money given back out of a credit note.")},
                           {QStringLiteral("cancel"), tr("Cancel an invoice with a credit note.")},
                           {QStringLiteral("delete"), tr("Delete a draft.")},
                           {QStringLiteral("pdf"), tr("Write the PDF.")}});
    if (dispatched >= 0)
        return dispatched;
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("draft"))
        return invoiceDraft(ctx, rest);
    if (sub == QLatin1String("add-line"))
        return invoiceAddLine(ctx, rest);
    if (sub == QLatin1String("remove-line"))
        return invoiceRemoveLine(ctx, rest);
    if (sub == QLatin1String("edit"))
        return invoiceEdit(ctx, rest);
    if (sub == QLatin1String("show"))
        return invoiceShow(ctx, rest);
    if (sub == QLatin1String("list"))
        return invoiceList(ctx, rest);
    if (sub == QLatin1String("issue") || sub == QLatin1String("cancel"))
        return invoiceIssueOrCancel(ctx, rest, sub == QLatin1String("cancel"));
    if (sub == QLatin1String("pay"))
        return invoicePay(ctx, rest);
    if (sub == QLatin1String("refund"))
        return invoiceRefund(ctx, rest);
    if (sub == QLatin1String("delete"))
        return invoiceDelete(ctx, rest);
    return invoicePdf(ctx, rest);
}

} // namespace minuta::cli
