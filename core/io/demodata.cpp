#include "io/demodata.h"

#include "values/taxid.h"

#include "business/business.h"
#include "business/settings.h"
#include "calendar/planrepository.h"
#include "clients/clientrepository.h"
#include "invoicing/invoicerepository.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/timeutil.h"
#include "work/servicerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace minuta {

namespace {

struct Persona
{
    BusinessProfile business;
    QString currency;
    qint64 rate; // minor units an hour
    QStringList clients;
    QStringList tasks;
    QStringList notes;
    struct ServiceSeed
    {
        const char *name;
        const char *unit;
        qint64 price;
        const char *unitPlural;
    };
    QList<ServiceSeed> services;
    QStringList plans; // weekly review, monthly payroll, a one-off with a deadline, a call, the newsletter
    QString language;
};

Persona persona(const QString &language)
{
    Persona p;
    if (language == QLatin1String("en")) {
        p.business.name = QStringLiteral("Sam Taylor Virtual Assistance");
        p.business.address = QStringLiteral("14 Oldham Street\nManchester M1 1JQ");
        p.business.country = QStringLiteral("GB");
        p.business.vatId = QStringLiteral("GB123456789");
        p.business.email = QStringLiteral("sam@samtaylor-va.co.uk");
        p.business.iban = QStringLiteral("GB33BUKB20201555555555");
        p.business.taxProfileId = QStringLiteral("uk-vat");
        p.currency = QStringLiteral("GBP");
        p.rate = 3500;
        p.clients = {QStringLiteral("Northern Lights Design"), QStringLiteral("Hargreaves & Sons Solicitors"),
                     QStringLiteral("Dr Priya Nair"),          QStringLiteral("Bluebell Bakery"),
                     QStringLiteral("Kestrel Tech Ltd"),       QStringLiteral("Pennine Walking Tours"),
                     QStringLiteral("The Green Room Theatre"), QStringLiteral("Oakwood Estates"),
                     QStringLiteral("Marlowe Books"),          QStringLiteral("Atlas Freight")};
        p.tasks = {QStringLiteral("Email"),          QStringLiteral("Calendar"),
                   QStringLiteral("Calls"),          QStringLiteral("Bookkeeping"),
                   QStringLiteral("Social media"),   QStringLiteral("Research"),
                   QStringLiteral("Travel booking"), QStringLiteral("Data entry")};
        p.notes = {QStringLiteral("Cleared the inbox and flagged urgent replies"),
                   QStringLiteral("Rescheduled next week's meetings"),
                   QStringLiteral("Chased two overdue supplier invoices"),
                   QStringLiteral("Drafted the monthly newsletter"),
                   QStringLiteral("Booked train and hotel for the Leeds visit"),
                   QStringLiteral("Updated the client spreadsheet"),
                   QString(),
                   QString()};
        p.plans = {QStringLiteral("Inbox and diary review"), QStringLiteral("Payroll run"),
                   QStringLiteral("Quarterly VAT return"), QStringLiteral("Call about the new website"),
                   QStringLiteral("Newsletter")};
        p.services = {{"Call answering", "call", 150, "calls"},
                      {"Document scanning", "page", 20, "pages"},
                      {"Meeting room", "hour", 2500, "hours"},
                      {"Mail forwarding", "item", 200, "items"}};
    } else {
        p.business.name = QStringLiteral("Giulia Rossi – Segreteria virtuale");
        p.business.address = QStringLiteral("Via Zamboni 12\n40126 Bologna (BO)");
        p.business.country = QStringLiteral("IT");
        p.business.vatId = QStringLiteral("IT01234567897");
        p.business.fiscalCode = QStringLiteral("RSSMRA85T10A562S");
        p.business.email = QStringLiteral("giulia@segreteriarossi.it");
        p.business.iban = QStringLiteral("IT60X0542811101000000123456");
        p.business.taxProfileId = QStringLiteral("it-forfettario");
        p.business.contributionRate = TaxRate::fromPercent(4);
        p.business.regimeFiscale = QStringLiteral("RF19");
        p.currency = QStringLiteral("EUR");
        p.rate = 2800;
        p.clients = {QStringLiteral("Studio Legale Bianchi"), QStringLiteral("Ferretti Immobiliare"),
                     QStringLiteral("Dott.ssa Marta Conti"),  QStringLiteral("Bottega del Gusto"),
                     QStringLiteral("TechNova Srl"),          QStringLiteral("Agenzia Viaggi Sole"),
                     QStringLiteral("Associazione Aurora"),   QStringLiteral("Ottica Moretti"),
                     QStringLiteral("Fondazione Arte Viva"),  QStringLiteral("Carrozzeria Lodi")};
        p.tasks = {QStringLiteral("Email"),        QStringLiteral("Agenda"),
                   QStringLiteral("Telefonate"),   QStringLiteral("Fatturazione"),
                   QStringLiteral("Social media"), QStringLiteral("Ricerche"),
                   QStringLiteral("Prenotazioni"), QStringLiteral("Data entry")};
        p.notes = {QStringLiteral("Gestione casella e risposte urgenti"),
                   QStringLiteral("Riprogrammati gli appuntamenti"),
                   QStringLiteral("Solleciti a due fornitori"),
                   QStringLiteral("Bozza della newsletter mensile"),
                   QStringLiteral("Prenotati treno e albergo per Milano"),
                   QStringLiteral("Aggiornato il foglio clienti"),
                   QString(),
                   QString()};
        p.plans = {QStringLiteral("Revisione posta e agenda"), QStringLiteral("Elaborazione paghe"),
                   QStringLiteral("Liquidazione IVA trimestrale"), QStringLiteral("Chiamata sul nuovo sito"),
                   QStringLiteral("Newsletter")};
        p.services = {{"Risposta telefonica", "chiamata", 150, "chiamate"},
                      {"Scansione documenti", "pagina", 20, "pagine"},
                      {"Sala riunioni", "ora", 2500, "ore"},
                      {"Inoltro posta", "busta", 200, "buste"}};
    }
    p.language = language;
    return p;
}

const char *kColors[] = {"#2563eb", "#db2777", "#16a34a", "#d97706", "#7c3aed",
                         "#0891b2", "#dc2626", "#4d7c0f", "#c026d3", "#0f766e"};

} // namespace

Result<DemoData::Summary> DemoData::generate(const Database &db, const Clock &clock, const Options &options)
{
    if (options.months < 1 || options.months > 240 || options.clients < 1 || options.clients > 500
        || options.entries < 0 || options.entries > 20'000'000)
        return Error(ErrorCode::InvalidInput,
                     tr("Ask for 1 to 240 months, 1 to 500 clients and up to 20 million entries."));
    ClientRepository clients(db, clock);
    auto existing = clients.list(true);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error(ErrorCode::Conflict,
                     tr("Sample data only goes into an empty file; this one already has clients."));

    const Persona p = persona(options.language);
    const Currency currency = *Currency::fromCode(p.currency);
    std::mt19937 random(options.seed);
    const auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    const QTimeZone zone = clock.timeZone();
    const qint64 now = clock.nowSecs();
    const QDate today = timeutil::localDate(now, zone);
    const QDate first = today.addMonths(-options.months);
    Summary summary;

    auto done = inTransaction(storage::connection(db), [&]() -> Result<void> {
        Settings settings(db);
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = currency;
        d.hourlyRate = Money(p.rate, currency);
        d.billing = {15, RoundingMode::Up, 0};
        d.invoiceLanguage = p.language;
        if (auto r = settings.setBusinessDefaults(d); !r)
            return r;
        if (auto r = BusinessRepository(db, clock).save(p.business); !r)
            return r.error();

        QList<Client> made;
        for (int k = 0; k < options.clients; ++k) {
            Client c = *settings.newClient();
            c.name = k < p.clients.size() ? p.clients[k]
                                          : QStringLiteral("%1 %2")
                                                .arg(p.clients[k % p.clients.size()])
                                                .arg(k / p.clients.size() + 1);
            c.color = QString::fromLatin1(kColors[k % 10]);
            c.country = p.business.country;
            c.address = QStringLiteral("%1 Market Street\nSpringfield").arg(k + 1);
            if (c.country == QLatin1String("IT")) {
                // An Italian invoice needs the buyer's address and VAT number: a made-up one with a
                // valid check digit.
                c.address = QStringLiteral("Via Roma %1\n20121 Milano (MI)").arg(k + 1);
                const QString digits = QStringLiteral("%1").arg(1000000 + k, 10, 10, QLatin1Char('0'));
                for (int check = 0; check < 10 && c.vatId.isEmpty(); ++check) {
                    const QString candidate = digits + QString::number(check);
                    if (taxid::isValidItalianVat(candidate))
                        c.vatId = candidate;
                }
            }
            c.language = p.language;
            c.paymentTermsDays = k % 3 == 0 ? 60 : 30;
            if (k % 4 == 1)
                c.hourlyRate = Money(p.rate + 700, currency);
            c.billing.incrementMinutes = k % 2 ? 15 : 6;
            auto added = clients.add(c);
            if (!added)
                return added.error();
            made.append(*added);
        }
        summary.clients = int(made.size());

        ServiceRepository services(db, clock);
        QList<Service> catalog;
        for (const auto &seed : p.services) {
            Service s;
            s.name = QString::fromUtf8(seed.name);
            s.unit = QString::fromUtf8(seed.unit);
            s.unitPlural = QString::fromUtf8(seed.unitPlural);
            s.unitPrice = Money(seed.price, currency);
            auto added = services.add(s);
            if (!added)
                return added.error();
            catalog.append(*added);
        }

        // Work: fast inserts, everything finished and in the past.
        QSqlQuery insertEntry(storage::connection(db));
        insertEntry.prepare(
            QStringLiteral("INSERT INTO time_entry (client_id, task, description, start_at, end_at, "
                           "billable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery insertUsage(storage::connection(db));
        insertUsage.prepare(
            QStringLiteral("INSERT INTO usage_record (client_id, service_id, at, quantity_milli, note, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)"));
        // Working days up to today; today's work stops at the present, a realistic day at 18:30.
        QList<QDate> workdays;
        for (QDate day = first; day <= today; day = day.addDays(1))
            if (day.dayOfWeek() <= 5 && (day < today || options.entries == 0))
                workdays.append(day);
        qint64 lastEnd = 0;
        if (workdays.isEmpty())
            return {};
        // Asked-for entries spread evenly: each day gets its share of the total, to the last day.
        const qint64 days = workdays.size();
        for (qint64 index = 0; index < days; ++index) {
            const QDate &day = workdays[index];
            const qint64 count = options.entries > 0
                                     ? options.entries * (index + 1) / days - options.entries * index / days
                                     : 3 + pick(5);
            qint64 at = timeutil::startOfDay(day, zone) + 8 * 3600 + 30 * 60 + pick(4) * 15 * 60;
            const qint64 dayEnd = qMin(now, timeutil::startOfDay(day, zone) + 18 * 3600 + 30 * 60);
            const qint64 slot = count > 0 ? qMin<qint64>(150 * 60, (14 * 3600) / count) : 0;
            for (qint64 k = 0; k < count; ++k) {
                const qint64 length = options.entries > 0 ? qMax<qint64>(60, slot - 60)
                                                          : (10 + pick(12) * 10) * 60 + pick(60) * 60;
                if (options.entries == 0 && at + length > dayEnd)
                    break;
                const Client &c = made[pick(int(made.size()))];
                insertEntry.bindValue(0, c.id);
                insertEntry.bindValue(1, p.tasks[pick(int(p.tasks.size()))]);
                const QString note = p.notes[pick(int(p.notes.size()))];
                insertEntry.bindValue(2, note.isNull() ? QStringLiteral("") : note);
                insertEntry.bindValue(3, at);
                insertEntry.bindValue(4, at + length);
                insertEntry.bindValue(5, pick(12) == 0 ? 0 : 1);
                insertEntry.bindValue(6, at + length);
                insertEntry.bindValue(7, at + length);
                if (!insertEntry.exec())
                    return sql::toError(insertEntry.lastError(), tr("Sample work could not be stored"));
                ++summary.entries;
                lastEnd = at + length;
                at += length + (options.entries > 0 ? 60 : pick(4) * 15 * 60);
            }
            if (pick(3) == 0 && timeutil::startOfDay(day, zone) + 17 * 3600 < now) {
                const Client &c = made[pick(int(made.size()))];
                const Service &s = catalog[pick(int(catalog.size()))];
                insertUsage.bindValue(0, c.id);
                insertUsage.bindValue(1, s.id);
                insertUsage.bindValue(2, timeutil::startOfDay(day, zone) + 17 * 3600);
                insertUsage.bindValue(3, qint64(1 + pick(s.unit.startsWith(QLatin1String("pag")) ? 120 : 15))
                                             * 1000);
                insertUsage.bindValue(4, now);
                insertUsage.bindValue(5, now);
                if (!insertUsage.exec())
                    return sql::toError(insertUsage.lastError(), tr("Sample usage could not be stored"));
                ++summary.usage;
            }
        }

        // During working hours, the timer runs on something begun after the last entry ended.
        const qint64 sinceMidnight = now - timeutil::startOfDay(today, zone);
        if (options.entries == 0 && today.dayOfWeek() <= 5 && sinceMidnight > 9 * 3600
            && sinceMidnight < 18 * 3600 && lastEnd + 5 * 60 < now - 60) {
            const qint64 start = qMax(lastEnd + 5 * 60, now - (20 + pick(40)) * 60);
            const Client &c = made[pick(int(made.size()))];
            QSqlQuery running(storage::connection(db));
            running.prepare(QStringLiteral("INSERT INTO time_entry (client_id, task, description, start_at, "
                                           "billable, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"));
            running.addBindValue(c.id);
            running.addBindValue(p.tasks[0]);
            running.addBindValue(p.notes[0]);
            running.addBindValue(qMin(start, now - 60));
            running.addBindValue(now);
            running.addBindValue(now);
            if (!running.exec())
                return sql::toError(running.lastError(), tr("Sample work could not be stored"));
            ++summary.entries;
        }

        // Planned work: a weekly review and a monthly run since the start, a deadline two weeks
        // ahead, a call tomorrow, a fortnight's newsletters; the past ones done.
        if (options.entries == 0 && made.size() >= 4) {
            PlanRepository plans(db, clock);
            const auto at = [&](QDate day, int hour, int minute) {
                return QDateTime(day, QTime(hour, minute), zone).toSecsSinceEpoch();
            };
            const QDate monday = first.addDays(1 - first.dayOfWeek());
            // Working days only: the next one after `day` (or `day` itself with `orSame`).
            const auto workday = [](QDate day, bool orSame) {
                QDate next = orSame ? day : day.addDays(1);
                while (next.dayOfWeek() > 5)
                    next = next.addDays(1);
                return next;
            };
            const QDate tuesdayTwoWeeksAgo = today.addDays(2 - today.dayOfWeek() - 14);
            QList<Plan> seeds;
            Plan review;
            review.clientId = made[0].id;
            review.title = p.plans[0];
            review.start = at(monday.addDays(7), 8, 30);
            review.minutes = 45;
            review.repeat = Repeat::Weekly;
            seeds << review;
            Plan payroll;
            payroll.clientId = made[1].id;
            payroll.title = p.plans[1];
            payroll.start = at(QDate(first.year(), first.month(), 25), 14, 0);
            payroll.minutes = 120;
            payroll.repeat = Repeat::Monthly;
            payroll.due = QDate(first.year(), first.month(), 27);
            seeds << payroll;
            Plan vat;
            vat.clientId = made[2].id;
            vat.title = p.plans[2];
            vat.start = at(workday(today.addDays(3), true), 10, 0);
            vat.minutes = 180;
            vat.due = workday(today.addDays(14), true);
            seeds << vat;
            Plan call;
            call.clientId = made[3].id;
            call.title = p.plans[3];
            call.start = at(workday(today, false), 15, 0);
            call.minutes = 30;
            seeds << call;
            Plan newsletter;
            newsletter.clientId = made[0].id;
            newsletter.title = p.plans[4];
            newsletter.start = at(tuesdayTwoWeeksAgo, 11, 0);
            newsletter.minutes = 90;
            newsletter.repeat = Repeat::Weekly;
            newsletter.until = tuesdayTwoWeeksAgo.addDays(35);
            newsletter.due = tuesdayTwoWeeksAgo.addDays(1);
            seeds << newsletter;
            for (const Plan &seed : std::as_const(seeds)) {
                auto added = plans.add(seed);
                if (!added)
                    return added.error();
                for (const QDate &day : plans::occurrenceDays(*added, zone, first, today.addDays(-1)))
                    if (auto marked = plans.setDone(added->id, day, true); !marked)
                        return marked;
            }
        }

        // Invoices for each finished month, issued early in the next; older ones paid.
        if (options.invoices && options.entries == 0) {
            InvoiceRepository invoices(db, clock);
            QDate month(first.year(), first.month(), 1);
            const QDate thisMonth(today.year(), today.month(), 1);
            while (month < thisMonth) {
                const QDate end = month.addMonths(1).addDays(-1);
                QDate issueDate = month.addMonths(1).addDays(1);
                if (issueDate > today)
                    issueDate = today;
                for (const Client &c : std::as_const(made)) {
                    InvoiceRepository::DraftRequest r;
                    r.clientId = c.id;
                    r.from = month;
                    r.to = end;
                    r.grouping = Grouping::Task;
                    r.issueDate = issueDate;
                    auto drafted = invoices.createDraft(r);
                    if (!drafted)
                        continue; // nothing to bill for this client this month
                    auto issued = invoices.issue(drafted->invoice.id, issueDate);
                    if (!issued)
                        return issued.error();
                    ++summary.invoices;
                    const qint64 age = issueDate.daysTo(today);
                    if (age > 45 || (age > 20 && pick(3) > 0)) {
                        const QDate paidOn = qMin(today, issueDate.addDays(10 + pick(25)));
                        if (auto paid = invoices.addPayment(issued->id, paidOn, issued->totals.due); !paid)
                            return paid.error();
                    }
                }
                month = month.addMonths(1);
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}

} // namespace minuta
