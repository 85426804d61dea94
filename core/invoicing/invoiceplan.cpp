#include "invoicing/invoiceplan.h"

#include "invoicing/invoicecalc.h"
#include "invoicing/invoicelabels.h"
#include "values/timeutil.h"

#include <map>
#include <set>

namespace minuta::invoiceplan {

namespace {

constexpr qsizetype kMaxDescription = 1000;

QString period(QDate from, QDate to, const QLocale &locale)
{
    if (from == to)
        return lineDate(from, locale);
    return lineDate(from, locale) + QStringLiteral(" – ") + lineDate(to, locale);
}

// What the work was: its task and description, else the one the business gives to all its work.
QString what(const QString &task, const QString &description, const QString &fallback)
{
    const QString d = description.simplified();
    if (!task.isEmpty() && !d.isEmpty())
        return task + QStringLiteral(": ") + d;
    if (!task.isEmpty())
        return task;
    return d.isEmpty() ? fallback : d;
}

QString bounded(QString text)
{
    if (text.size() > kMaxDescription)
        text = text.left(kMaxDescription - 1) + QChar(0x2026);
    return text;
}

Result<Money> sum(const QList<Money> &amounts, Currency currency)
{
    Money total = Money::zero(currency);
    for (const Money &m : amounts) {
        auto next = total.plus(m);
        if (!next)
            return next.error();
        total = *next;
    }
    return total;
}

} // namespace

QString lineDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, locale.territory() == QLocale::UnitedStates ? QStringLiteral("MMM d, yyyy")
                                                                             : QStringLiteral("d MMM yyyy"));
}

QString defaultNature(const InvoiceLine &line, bool reverseCharge, const TaxProfile &profile)
{
    if (!line.nature.isEmpty())
        return line.nature;
    const bool zeroRate = line.taxRate && line.taxRate->milliPercent() == 0;
    if (!line.isFee && (!line.taxRate || zeroRate))
        return invoicecalc::ExpenseNature;
    if (reverseCharge)
        return QStringLiteral("N2.1");
    if (profile.standardRate().milliPercent() == 0 || zeroRate)
        return profile.exemptNature;
    return QString();
}

Result<invoicecalc::Totals> totalsOf(const Invoice &invoice)
{
    return invoicecalc::compute(inputOf(invoice));
}

invoicecalc::Input inputOf(const Invoice &invoice)
{
    invoicecalc::Input in;
    in.currency = invoice.currency;
    for (const InvoiceLine &line : invoice.lines)
        in.lines.append({line.amount, line.taxRate, line.isFee, line.discountable, line.nature});
    in.discountPercent = invoice.discountPercent;
    in.discountAmount =
        invoice.discountAmount.isValid() ? invoice.discountAmount : Money::zero(invoice.currency);
    in.profile = invoice.parties.profile;
    in.contributionRate = invoice.contributionRate;
    in.clientWithholds = invoice.withholding;
    in.reverseCharge = invoice.reverseCharge;
    in.stampDutyCharged = invoice.parties.business.stampDutyCharged;
    in.exchangeRate = invoice.exchangeRate;
    return in;
}

Result<Plan> plan(const Client &client, const BusinessProfile &business, const TaxProfile &profile,
                  const billing::Statement &whole, const Request &request, const Coverage *coverage)
{
    const QString language = client.language;
    const QLocale locale = invoicelabels::locale(language, client.country, business.country);
    const QString fallback = business.serviceDescription(language);

    // What the packs cover comes off the work: to lines of their own, at no charge.
    billing::Statement statement = whole;
    QStringList heldBack;
    struct CoveredTime
    {
        qint64 seconds = 0;
        QList<BilledEntry> entries;
    };
    struct CoveredUnits
    {
        qint64 packId = 0;
        billing::UsageLine usage; // the service, its unit and tax
        qint64 milli = 0;
        QList<BilledUsage> records;
    };
    std::map<qint64, CoveredTime> coveredTime; // by pack id
    QList<CoveredUnits> coveredUnits;
    std::set<qint64> partlyCovered; // usage records of which a pack covered a part
    // What each piece of work drew, by its id.
    const packs::DrawnByWork drawn =
        coverage ? packs::byWork(coverage->time, coverage->units) : packs::DrawnByWork();
    const auto packById = [&](qint64 id) -> const Pack * {
        for (const Pack &p : coverage->packs)
            if (p.id == id)
                return &p;
        return nullptr;
    };
    if (coverage) {
        const auto &time = drawn.time;
        const auto &units = drawn.units;
        QList<billing::TimeLine> lines;
        for (billing::TimeLine t : std::as_const(statement.time)) {
            const auto found = time.find(t.entryId);
            if (found == time.end() || !found->second->overagePack) {
                lines.append(t);
                continue;
            }
            const packs::TimeDrawn &d = *found->second;
            if (d.held) {
                heldBack.append(timeutil::formatDuration(t.billedSeconds) + QStringLiteral(" – ")
                                + lineDate(timeutil::localDate(t.start, request.zone), locale));
                continue;
            }
            // One link per entry and pack line: a pack may cover it from its minutes and its money.
            const auto coverTime = [&](qint64 packId, qint64 seconds) {
                CoveredTime &c = coveredTime[packId];
                c.seconds += seconds;
                if (!c.entries.isEmpty() && c.entries.last().entryId == t.entryId)
                    c.entries.last().billedSeconds += seconds;
                else
                    c.entries.append({t.entryId, seconds, Money::zero(client.currency)});
            };
            for (const auto &[packId, seconds] : d.seconds)
                coverTime(packId, seconds);
            qint64 rest = d.overageSeconds;
            // Seconds whose whole worth came out of a pack's money show on that pack's line.
            if (rest > 0 && !d.money.isEmpty() && d.overage.minorUnits() == 0) {
                coverTime(d.money.first().first, rest);
                rest = 0;
            }
            if (rest == 0)
                continue;
            const Pack *rule = packById(*d.overagePack);
            if (rule && rule->overage == packs::Overage::Rate && rule->overageRate)
                t.rate = {*rule->overageRate, t.rate.source};
            t.billedSeconds = rest;
            t.amount = d.overage;
            lines.append(t);
        }
        statement.time = lines;

        QList<billing::UsageLine> usage;
        for (billing::UsageLine u : std::as_const(statement.usage)) {
            const auto found = units.find(u.usageId);
            if (found == units.end() || !found->second->overagePack) {
                usage.append(u);
                continue;
            }
            const packs::UnitsDrawn &d = *found->second;
            if (d.held) {
                heldBack.append(u.quantity.format(locale) + QLatin1Char(' ') + u.serviceName
                                + QStringLiteral(" – ")
                                + lineDate(timeutil::localDate(u.at, request.zone), locale));
                continue;
            }
            const auto cover = [&](qint64 packId, Quantity quantity) {
                qsizetype at = -1;
                for (qsizetype k = 0; k < coveredUnits.size(); ++k)
                    if (coveredUnits[k].packId == packId && coveredUnits[k].usage.serviceId == u.serviceId)
                        at = k;
                if (at < 0) {
                    coveredUnits.append({packId, u, 0, {}});
                    at = coveredUnits.size() - 1;
                }
                coveredUnits[at].milli += quantity.milli();
                QList<BilledUsage> &records = coveredUnits[at].records;
                // One link per record and pack line: a pack may cover it from its units and its money.
                if (!records.isEmpty() && records.last().usageId == u.usageId)
                    records.last().quantity =
                        Quantity::fromMilli(records.last().quantity->milli() + quantity.milli());
                else
                    records.append({u.usageId, quantity, Money::zero(client.currency)});
            };
            for (const auto &[packId, quantity] : d.quantity)
                cover(packId, quantity);
            Quantity rest = d.overageQuantity;
            if (rest.isPositive() && !d.money.isEmpty() && d.overage.minorUnits() == 0) {
                cover(d.money.first().first, rest);
                rest = Quantity();
            }
            if (!rest.isPositive())
                continue;
            if (rest != u.quantity)
                partlyCovered.insert(u.usageId);
            u.quantity = rest;
            u.amount = d.overage;
            usage.append(u);
        }
        statement.usage = usage;
    }

    // Lines from the work, in the order it was done.
    struct Group
    {
        QStringList tasks;
        QString what; // one entry's own words
        QDate first;
        QDate last;
        qint64 seconds = 0;
        Money rate;
        QList<BilledEntry> entries;
    };
    QList<Group> groups;
    std::map<std::pair<QString, qint64>, qsizetype> index;
    for (const billing::TimeLine &t : statement.time) {
        const QDate day = timeutil::localDate(t.start, request.zone);
        QString key;
        switch (request.grouping) {
        case Grouping::Entry:
            key = QString::number(t.entryId);
            break;
        case Grouping::Day:
            key = day.toString(Qt::ISODate);
            break;
        case Grouping::Task:
            key = t.task.toCaseFolded();
            break;
        case Grouping::Total:
            break;
        }
        const auto found = index.find({key, t.rate.perHour.minorUnits()});
        qsizetype at = 0;
        if (found == index.end()) {
            at = groups.size();
            index[{key, t.rate.perHour.minorUnits()}] = at;
            Group g;
            g.first = g.last = day;
            g.rate = t.rate.perHour;
            g.what = what(t.task, t.description, fallback);
            groups.append(g);
        } else {
            at = found->second;
        }
        Group &g = groups[at];
        g.first = qMin(g.first, day);
        g.last = qMax(g.last, day);
        g.seconds += t.billedSeconds;
        g.entries.append({t.entryId, t.billedSeconds, t.amount});
        if (!t.task.isEmpty() && !g.tasks.contains(t.task))
            g.tasks.append(t.task);
    }

    const QString nature = defaultNature(InvoiceLine(), client.reverseCharge, profile);
    Plan plan;
    plan.warnings = statement.warnings;
    Invoice &i = plan.invoice;
    i.kind = InvoiceKind::Invoice;
    i.status = InvoiceStatus::Draft;
    i.clientId = client.id;
    i.currency = client.currency;
    i.issueDate = request.issueDate;
    i.dueDate = request.issueDate.addDays(client.paymentTermsDays);
    i.periodFrom = request.from;
    i.periodTo = request.to;
    i.grouping = request.grouping;
    i.taxProfileId = profile.id;
    i.reverseCharge = client.reverseCharge;
    i.withholding = client.withholding;
    i.contributionRate = business.contributionRate;
    i.discountAmount = Money::zero(client.currency);
    i.paid = i.balance = Money::zero(client.currency);
    if (client.currency.code() != QLatin1String("EUR"))
        i.exchangeRate = request.exchangeRate;
    i.parties = {business, client, profile};

    int position = 1;
    for (const Group &g : groups) {
        InvoiceLine line;
        line.kind = LineKind::Time;
        line.position = position++;
        switch (request.grouping) {
        case Grouping::Entry:
            line.description = g.what + QStringLiteral(" – ") + lineDate(g.first, locale);
            break;
        case Grouping::Day:
            line.description = (g.tasks.isEmpty() ? fallback : g.tasks.join(QStringLiteral(", ")))
                               + QStringLiteral(" – ") + lineDate(g.first, locale);
            break;
        case Grouping::Task:
            line.description = (g.tasks.isEmpty() ? fallback : g.tasks.first()) + QStringLiteral(" – ")
                               + period(g.first, g.last, locale);
            break;
        case Grouping::Total:
            line.description = fallback + QStringLiteral(" – ")
                               + period(request.from.value_or(g.first), request.to.value_or(g.last), locale);
            break;
        }
        line.description = bounded(line.description);
        line.seconds = g.seconds;
        line.quantity = Quantity::fromMilli((g.seconds * 1000 + 1800) / 3600);
        line.unit = QStringLiteral("h");
        line.unitPrice = g.rate;
        QList<Money> amounts;
        for (const BilledEntry &e : g.entries)
            amounts.append(e.amount);
        auto amount = sum(amounts, client.currency);
        if (!amount)
            return amount.error();
        line.amount = *amount;
        line.sac = business.sac;
        line.nature = nature;
        i.lines.append(line);
        plan.entries.append(g.entries);
        plan.usage.append(QList<BilledUsage>());
    }
    for (const auto &[packId, covered] : coveredTime) {
        const Pack *pack = packById(packId);
        if (!pack || covered.seconds == 0)
            continue;
        InvoiceLine line;
        line.kind = LineKind::Time;
        line.position = position++;
        line.description = packCoveredDescription(*pack, QString(), language, locale);
        line.seconds = covered.seconds;
        line.quantity = Quantity::fromMilli((covered.seconds * 1000 + 1800) / 3600);
        line.unit = QStringLiteral("h");
        line.unitPrice = line.amount = Money::zero(client.currency);
        line.sac = business.sac;
        line.nature = nature;
        line.packId = packId;
        line.packRole = PackRole::Covered;
        i.lines.append(line);
        plan.entries.append(covered.entries);
        plan.usage.append(QList<BilledUsage>());
    }

    // Usage: one line per service and price, its amount the sum of each use's.
    struct UsageGroup
    {
        InvoiceLine line;
        QList<BilledUsage> usage;
        qint64 milli = 0;
        QList<Money> amounts;
    };
    QList<UsageGroup> usageGroups;
    for (const billing::UsageLine &u : statement.usage) {
        qsizetype at = -1;
        for (qsizetype k = 0; k < usageGroups.size(); ++k) {
            const InvoiceLine &l = usageGroups[k].line;
            if (l.description == u.serviceName && l.unitPrice == u.unitPrice && l.taxRate == u.taxRate
                && l.unit == u.unit)
                at = k;
        }
        if (at < 0) {
            UsageGroup g;
            g.line.kind = LineKind::Usage;
            g.line.description = u.serviceName;
            g.line.unit = u.unit;
            g.line.unitPlural = u.unitPlural;
            g.line.sac = u.sac;
            g.line.unitPrice = u.unitPrice;
            g.line.taxRate = u.taxRate;
            usageGroups.append(g);
            at = usageGroups.size() - 1;
        }
        usageGroups[at].milli += u.quantity.milli();
        // A record partly covered by a pack bills the rest of it.
        if (partlyCovered.count(u.usageId))
            usageGroups[at].usage.append({u.usageId, u.quantity, u.amount});
        else
            usageGroups[at].usage.append({u.usageId, std::nullopt, std::nullopt});
        usageGroups[at].amounts.append(u.amount);
    }
    for (UsageGroup &g : usageGroups) {
        g.line.position = position++;
        g.line.quantity = Quantity::fromMilli(g.milli);
        auto amount = sum(g.amounts, client.currency);
        if (!amount)
            return amount.error();
        g.line.amount = *amount;
        g.line.nature = defaultNature(g.line, client.reverseCharge, profile);
        i.lines.append(g.line);
        plan.entries.append(QList<BilledEntry>());
        plan.usage.append(g.usage);
    }
    for (const CoveredUnits &c : std::as_const(coveredUnits)) {
        const Pack *pack = packById(c.packId);
        if (!pack)
            continue;
        InvoiceLine line;
        line.kind = LineKind::Usage;
        line.position = position++;
        line.description = packCoveredDescription(*pack, c.usage.serviceName, language, locale);
        line.unit = c.usage.unit;
        line.unitPlural = c.usage.unitPlural;
        line.sac = c.usage.sac;
        line.taxRate = c.usage.taxRate;
        line.quantity = Quantity::fromMilli(c.milli);
        line.unitPrice = line.amount = Money::zero(client.currency);
        line.nature = defaultNature(line, client.reverseCharge, profile);
        line.packId = c.packId;
        line.packRole = PackRole::Covered;
        i.lines.append(line);
        plan.entries.append(QList<BilledEntry>());
        plan.usage.append(c.records);
    }
    if (coverage) {
        plan.packsDrawn = !coverage->packs.isEmpty();
        const auto &time = drawn.time;
        const auto &units = drawn.units;
        // Only the work on the invoice's lines: held work is not, nor work billed at no time; work
        // no pack's day covers is, as plain work.
        std::set<qint64> onLines;
        std::set<qint64> usageOnLines;
        for (const QList<BilledEntry> &line : std::as_const(plan.entries))
            for (const BilledEntry &e : line)
                onLines.insert(e.entryId);
        for (const QList<BilledUsage> &line : std::as_const(plan.usage))
            for (const BilledUsage &u : line)
                usageOnLines.insert(u.usageId);
        for (const billing::TimeLine &t : whole.time) {
            if (!onLines.count(t.entryId))
                continue;
            const auto found = time.find(t.entryId);
            if (found == time.end() || !found->second->overagePack)
                plan.drawnTime.append(packs::TimeDrawn{t.entryId, {}, {}, 0, {}, std::nullopt, false});
            else if (!found->second->held)
                plan.drawnTime.append(*found->second);
        }
        for (const billing::UsageLine &u : whole.usage) {
            if (!usageOnLines.count(u.usageId))
                continue;
            const auto found = units.find(u.usageId);
            if (found == units.end() || !found->second->overagePack)
                plan.drawnUnits.append(packs::UnitsDrawn{u.usageId, {}, {}, {}, {}, std::nullopt, false});
            else if (!found->second->held)
                plan.drawnUnits.append(*found->second);
        }
    }
    if (!heldBack.isEmpty())
        plan.warnings.append(QCoreApplication::translate(
                                 "minuta::invoiceplan",
                                 "Held back, as the pack says to stop when it runs out: %1. Sell a new "
                                 "pack or change the pack's rule to bill it.")
                                 .arg(heldBack.join(QStringLiteral("; "))));

    auto totals = totalsOf(i);
    if (!totals)
        return totals.error();
    i.totals = *totals;
    return plan;
}

} // namespace minuta::invoiceplan
