#include "jsonformat.h"

#include "values/timeutil.h"

#include <QJsonArray>

namespace minuta::cli::json {

QJsonObject money(const Money &amount)
{
    return {{QStringLiteral("amount"), amount.minorUnits()},
            {QStringLiteral("currency"), amount.currency().code()}};
}

QJsonValue money(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(money(*amount)) : QJsonValue(QJsonValue::Null);
}

QString instant(qint64 secs, const QTimeZone &zone)
{
    return timeutil::toIsoLocal(secs, zone);
}

QJsonValue basisPoints(const TaxRate &rate)
{
    // Thousandths of a percent to basis points.
    if (rate.milliPercent() % 10 == 0)
        return qint64(rate.milliPercent() / 10);
    return double(rate.milliPercent()) / 10.0;
}

QJsonObject client(const Client &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("contact"), c.contactName},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("postcode"), c.postcode},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("country"), c.country},
        {QStringLiteral("vatId"), c.vatId},
        {QStringLiteral("fiscalCode"), c.fiscalCode},
        {QStringLiteral("currency"), c.currency.code()},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("hourlyRate"), money(c.hourlyRate)},
        {QStringLiteral("incrementMinutes"), c.billing.incrementMinutes},
        {QStringLiteral("rounding"), roundingModeName(c.billing.rounding)},
        {QStringLiteral("minimumMinutes"), c.billing.minimumMinutes},
        {QStringLiteral("paymentTermsDays"), c.paymentTermsDays},
        {QStringLiteral("withholding"), c.withholding},
        {QStringLiteral("taxProfile"),
         c.taxProfileId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.taxProfileId)},
        {QStringLiteral("reverseCharge"), c.reverseCharge},
        {QStringLiteral("recipientCode"), c.recipientCode},
        {QStringLiteral("pec"), c.pec},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("gstin"), c.gstin},
        {QStringLiteral("color"), c.color},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("archived"), c.archived},
    };
}

QJsonObject entry(const TimeEntry &e, const QTimeZone &zone, qint64 now)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), e.clientId}, {QStringLiteral("name"), e.clientName}}},
        {QStringLiteral("task"), e.task},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("start"), instant(e.start, zone)},
        {QStringLiteral("end"), e.end ? QJsonValue(instant(*e.end, zone)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("running"), e.isRunning()},
        {QStringLiteral("durationSeconds"), e.durationSeconds(now)},
        {QStringLiteral("billable"), e.billable},
        {QStringLiteral("rateOverride"), money(e.rateOverride)},
        {QStringLiteral("billed"), e.isBilled()},
        {QStringLiteral("invoiceId"), e.invoiceId ? QJsonValue(*e.invoiceId) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject service(const Service &s)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("unit"), s.unit},
        {QStringLiteral("unitPlural"), s.unitPlural},
        {QStringLiteral("sac"), s.sac},
        {QStringLiteral("unitPrice"), money(s.unitPrice)},
        {QStringLiteral("taxRate"),
         s.taxRate ? QJsonValue(s.taxRate->toPlainString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("active"), s.active},
    };
}

QJsonObject usage(const Usage &u, const QTimeZone &zone)
{
    return {
        {QStringLiteral("id"), u.id},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), u.clientId}, {QStringLiteral("name"), u.clientName}}},
        {QStringLiteral("service"), QJsonObject{{QStringLiteral("id"), u.serviceId},
                                                {QStringLiteral("name"), u.serviceName},
                                                {QStringLiteral("unit"), u.unit}}},
        {QStringLiteral("at"), instant(u.at, zone)},
        {QStringLiteral("quantity"), u.quantity.toPlainString()},
        {QStringLiteral("quantityThousandths"), u.quantity.milli()},
        {QStringLiteral("note"), u.note},
        {QStringLiteral("billed"), u.isBilled()},
    };
}

QJsonObject unbilled(const UnbilledWork::Report &r, const QTimeZone &zone)
{
    const billing::Statement &s = r.statement;
    QJsonArray time;
    for (const billing::TimeLine &line : s.time) {
        time.append(QJsonObject{
            {QStringLiteral("entryId"), line.entryId},
            {QStringLiteral("start"), instant(line.start, zone)},
            {QStringLiteral("end"), instant(line.end, zone)},
            {QStringLiteral("task"), line.task},
            {QStringLiteral("description"), line.description},
            {QStringLiteral("rawSeconds"), line.rawSeconds},
            {QStringLiteral("billedSeconds"), line.billedSeconds},
            {QStringLiteral("rate"), money(line.rate.perHour)},
            {QStringLiteral("rateSource"), billing::rateSourceName(line.rate.source)},
            {QStringLiteral("amount"), money(line.amount)},
        });
    }
    QJsonArray usage;
    for (const billing::UsageLine &line : s.usage) {
        usage.append(QJsonObject{
            {QStringLiteral("usageId"), line.usageId},
            {QStringLiteral("at"), instant(line.at, zone)},
            {QStringLiteral("service"), QJsonObject{{QStringLiteral("id"), line.serviceId},
                                                    {QStringLiteral("name"), line.serviceName},
                                                    {QStringLiteral("unit"), line.unit}}},
            {QStringLiteral("note"), line.note},
            {QStringLiteral("quantity"), line.quantity.toPlainString()},
            {QStringLiteral("quantityThousandths"), line.quantity.milli()},
            {QStringLiteral("unitPrice"), money(line.unitPrice)},
            {QStringLiteral("priceSource"), billing::priceSourceName(line.priceSource)},
            {QStringLiteral("taxRate"),
             line.taxRate ? QJsonValue(line.taxRate->toPlainString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("amount"), money(line.amount)},
        });
    }
    return {
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), r.client.id}, {QStringLiteral("name"), r.client.name}}},
        {QStringLiteral("currency"), s.currency.code()},
        {QStringLiteral("from"),
         r.from ? QJsonValue(r.from->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), r.to ? QJsonValue(r.to->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("time"), time},
        {QStringLiteral("usage"), usage},
        {QStringLiteral("totals"),
         QJsonObject{
             {QStringLiteral("rawSeconds"), s.rawSeconds},
             {QStringLiteral("billedSeconds"), s.billedSeconds},
             {QStringLiteral("time"), money(s.timeAmount)},
             {QStringLiteral("usage"), money(s.usageAmount)},
             {QStringLiteral("total"), money(s.total)},
         }},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
    };
}

} // namespace minuta::cli::json
