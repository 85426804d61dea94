#include "invoiceoutput.h"

#include "context.h"
#include "jsonformat.h"
#include "output.h"

#include "invoicing/invoicelabels.h"
#include "values/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace minuta::cli {

namespace {

QString statusWord(InvoiceStatus status, InvoiceKind kind, PaymentState payment)
{
    // An issued invoice tells how far it is paid; a credit note is not paid, and unpaid reads "issued".
    if (status != InvoiceStatus::Issued || kind == InvoiceKind::CreditNote || payment == PaymentState::Unpaid)
        return invoiceStatusName(status);
    return paymentStateName(payment);
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
                                            : json::basisPoints(l.taxRate.value_or(standard))},
            {QStringLiteral("nature"), l.nature},
            {QStringLiteral("fee"), l.isFee},
        });
    QJsonArray taxes;
    for (const invoicecalc::Tax &t : i.totals.taxes)
        taxes.append(QJsonObject{{QStringLiteral("name"), t.name(i.language())},
                                 {QStringLiteral("rate"), json::basisPoints(t.rate)},
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
                                         {QStringLiteral("rate"), json::basisPoints(t.rate)},
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
        {QStringLiteral("status"), invoiceStatus(i)},
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

} // namespace

QString invoiceStatus(const Invoice &invoice)
{
    return statusWord(invoice.status, invoice.kind, invoice.paymentState());
}

QString invoiceStatus(const InvoiceSummary &summary)
{
    return statusWord(summary.status, summary.kind, summary.paymentState);
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
    ctx.out
        << tr("%1 %2 (id %3), %4").arg(kind, i.number.value_or(tr("draft"))).arg(i.id).arg(invoiceStatus(i))
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

} // namespace minuta::cli
