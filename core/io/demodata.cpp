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
        p.business.address = QStringLiteral("14 Oldham Street");
        p.business.city = QStringLiteral("Manchester");
        p.business.postcode = QStringLiteral("M1 1JQ");
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
        p.business.address = QStringLiteral("Via Zamboni 12");
        p.business.postcode = QStringLiteral("40126");
        p.business.city = QStringLiteral("Bologna");
        p.business.state = QStringLiteral("BO");
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

// Writes the sample data, one part after the other, inside the caller's transaction. Every random
// choice comes from one generator in a fixed order: the same seed gives the same file.
class DemoWriter
{
public:
    DemoWriter(const Database &db, const Clock &clock, const DemoData::Options &options,
               DemoData::Summary &summary)
        : m_db(db)
        , m_clock(clock)
        , m_options(options)
        , m_summary(summary)
        , m_persona(persona(options.language))
        , m_currency(*Currency::fromCode(m_persona.currency))
        , m_random(options.seed)
        , m_zone(clock.timeZone())
        , m_now(clock.nowSecs())
        , m_today(timeutil::localDate(m_now, m_zone))
        , m_first(m_today.addMonths(-options.months))
    {}

    Result<void> setUpBusiness();
    Result<void> addClients();
    Result<void> addServices();
    // Working days up to today; today's work stops at the present, a realistic day at 18:30.
    QList<QDate> workdays() const;
    Result<void> logWork(const QList<QDate> &workdays);
    Result<void> startTimer();
    Result<void> planWork();
    Result<void> issueInvoices();

private:
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    Client sampleClient(int k, const Settings &settings) const;
    Result<void> logDay(QDate day, qint64 count, QSqlQuery &insertEntry);
    Result<void> logUsage(QDate day, QSqlQuery &insertUsage);
    QList<Plan> plannedWork() const;
    Result<void> invoiceMonth(QDate month, InvoiceRepository &invoices);

    const Database &m_db;
    const Clock &m_clock;
    const DemoData::Options &m_options;
    DemoData::Summary &m_summary;
    const Persona m_persona;
    const Currency m_currency;
    std::mt19937 m_random;
    const QTimeZone m_zone;
    const qint64 m_now;
    const QDate m_today;
    const QDate m_first;
    QList<Client> m_clients;
    QList<Service> m_catalog;
    qint64 m_lastEnd = 0;
};

Result<void> DemoWriter::setUpBusiness()
{
    Settings settings(m_db);
    BusinessDefaults d = *settings.businessDefaults();
    d.currency = m_currency;
    d.hourlyRate = Money(m_persona.rate, m_currency);
    d.billing = {15, RoundingMode::Up, 0};
    d.invoiceLanguage = m_persona.language;
    if (auto r = settings.setBusinessDefaults(d); !r)
        return r;
    if (auto r = BusinessRepository(m_db, m_clock).save(m_persona.business); !r)
        return r.error();
    return {};
}

Client DemoWriter::sampleClient(int k, const Settings &settings) const
{
    const Persona &p = m_persona;
    Client c = *settings.newClient();
    c.name = k < p.clients.size()
                 ? p.clients[k]
                 : QStringLiteral("%1 %2").arg(p.clients[k % p.clients.size()]).arg(k / p.clients.size() + 1);
    c.color = QString::fromLatin1(kColors[k % 10]);
    c.country = p.business.country;
    c.address = QStringLiteral("%1 Market Street").arg(k + 1);
    c.city = QStringLiteral("Springfield");
    if (c.country == QLatin1String("IT")) {
        // An Italian invoice needs the buyer's address and VAT number: a made-up one with a valid
        // check digit.
        c.address = QStringLiteral("Via Roma %1").arg(k + 1);
        c.postcode = QStringLiteral("20121");
        c.city = QStringLiteral("Milano");
        c.state = QStringLiteral("MI");
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
        c.hourlyRate = Money(p.rate + 700, m_currency);
    c.billing.incrementMinutes = k % 2 ? 15 : 6;
    return c;
}

Result<void> DemoWriter::addClients()
{
    Settings settings(m_db);
    ClientRepository clients(m_db, m_clock);
    for (int k = 0; k < m_options.clients; ++k) {
        auto added = clients.add(sampleClient(k, settings));
        if (!added)
            return added.error();
        m_clients.append(*added);
    }
    m_summary.clients = int(m_clients.size());
    return {};
}

Result<void> DemoWriter::addServices()
{
    ServiceRepository services(m_db, m_clock);
    for (const auto &seed : m_persona.services) {
        Service s;
        s.name = QString::fromUtf8(seed.name);
        s.unit = QString::fromUtf8(seed.unit);
        s.unitPlural = QString::fromUtf8(seed.unitPlural);
        s.unitPrice = Money(seed.price, m_currency);
        auto added = services.add(s);
        if (!added)
            return added.error();
        m_catalog.append(*added);
    }
    return {};
}

QList<QDate> DemoWriter::workdays() const
{
    QList<QDate> days;
    for (QDate day = m_first; day <= m_today; day = day.addDays(1))
        if (day.dayOfWeek() <= 5 && (day < m_today || m_options.entries == 0))
            days.append(day);
    return days;
}

// Work: fast inserts, everything finished and in the past.
Result<void> DemoWriter::logWork(const QList<QDate> &workdays)
{
    QSqlQuery insertEntry(storage::connection(m_db));
    insertEntry.prepare(
        QStringLiteral("INSERT INTO time_entry (client_id, task, description, start_at, end_at, "
                       "billable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertUsage(storage::connection(m_db));
    insertUsage.prepare(
        QStringLiteral("INSERT INTO usage_record (client_id, service_id, at, quantity_milli, note, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)"));
    // Asked-for entries spread evenly: each day gets its share of the total, to the last day.
    const qint64 entries = m_options.entries;
    const qint64 days = workdays.size();
    for (qint64 index = 0; index < days; ++index) {
        const QDate &day = workdays[index];
        const qint64 count =
            entries > 0 ? entries * (index + 1) / days - entries * index / days : 3 + pick(5);
        if (auto logged = logDay(day, count, insertEntry); !logged)
            return logged;
        if (auto logged = logUsage(day, insertUsage); !logged)
            return logged;
    }
    return {};
}

Result<void> DemoWriter::logDay(QDate day, qint64 count, QSqlQuery &insertEntry)
{
    const Persona &p = m_persona;
    const bool realistic = m_options.entries == 0;
    qint64 at = timeutil::startOfDay(day, m_zone) + 8 * 3600 + 30 * 60 + pick(4) * 15 * 60;
    const qint64 dayEnd = qMin(m_now, timeutil::startOfDay(day, m_zone) + 18 * 3600 + 30 * 60);
    const qint64 slot = count > 0 ? qMin<qint64>(150 * 60, (14 * 3600) / count) : 0;
    for (qint64 k = 0; k < count; ++k) {
        const qint64 length =
            !realistic ? qMax<qint64>(60, slot - 60) : (10 + pick(12) * 10) * 60 + pick(60) * 60;
        if (realistic && at + length > dayEnd)
            break;
        const Client &c = m_clients[pick(int(m_clients.size()))];
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
            return sql::toError(insertEntry.lastError(), DemoData::tr("Sample work could not be stored"));
        ++m_summary.entries;
        m_lastEnd = at + length;
        at += length + (!realistic ? 60 : pick(4) * 15 * 60);
    }
    return {};
}

// Now and then, units logged at five in the afternoon.
Result<void> DemoWriter::logUsage(QDate day, QSqlQuery &insertUsage)
{
    if (!(pick(3) == 0 && timeutil::startOfDay(day, m_zone) + 17 * 3600 < m_now))
        return {};
    const Client &c = m_clients[pick(int(m_clients.size()))];
    const Service &s = m_catalog[pick(int(m_catalog.size()))];
    insertUsage.bindValue(0, c.id);
    insertUsage.bindValue(1, s.id);
    insertUsage.bindValue(2, timeutil::startOfDay(day, m_zone) + 17 * 3600);
    insertUsage.bindValue(3, qint64(1 + pick(s.unit.startsWith(QLatin1String("pag")) ? 120 : 15)) * 1000);
    insertUsage.bindValue(4, m_now);
    insertUsage.bindValue(5, m_now);
    if (!insertUsage.exec())
        return sql::toError(insertUsage.lastError(), DemoData::tr("Sample usage could not be stored"));
    ++m_summary.usage;
    return {};
}

// During working hours, the timer runs on something begun after the last entry ended.
Result<void> DemoWriter::startTimer()
{
    const qint64 sinceMidnight = m_now - timeutil::startOfDay(m_today, m_zone);
    if (!(m_options.entries == 0 && m_today.dayOfWeek() <= 5 && sinceMidnight > 9 * 3600
          && sinceMidnight < 18 * 3600 && m_lastEnd + 5 * 60 < m_now - 60))
        return {};
    const qint64 start = qMax(m_lastEnd + 5 * 60, m_now - (20 + pick(40)) * 60);
    const Client &c = m_clients[pick(int(m_clients.size()))];
    QSqlQuery running(storage::connection(m_db));
    running.prepare(QStringLiteral("INSERT INTO time_entry (client_id, task, description, start_at, "
                                   "billable, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"));
    running.addBindValue(c.id);
    running.addBindValue(m_persona.tasks[0]);
    running.addBindValue(m_persona.notes[0]);
    running.addBindValue(qMin(start, m_now - 60));
    running.addBindValue(m_now);
    running.addBindValue(m_now);
    if (!running.exec())
        return sql::toError(running.lastError(), DemoData::tr("Sample work could not be stored"));
    ++m_summary.entries;
    return {};
}

// A weekly review and a monthly run since the start, a deadline two weeks ahead, a call tomorrow, a
// fortnight's newsletters.
QList<Plan> DemoWriter::plannedWork() const
{
    const Persona &p = m_persona;
    const auto at = [&](QDate day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), m_zone).toSecsSinceEpoch();
    };
    const QDate monday = m_first.addDays(1 - m_first.dayOfWeek());
    // Working days only: the next one after `day` (or `day` itself with `orSame`).
    const auto workday = [](QDate day, bool orSame) {
        QDate next = orSame ? day : day.addDays(1);
        while (next.dayOfWeek() > 5)
            next = next.addDays(1);
        return next;
    };
    const QDate tuesdayTwoWeeksAgo = m_today.addDays(2 - m_today.dayOfWeek() - 14);
    QList<Plan> seeds;
    Plan review;
    review.clientId = m_clients[0].id;
    review.title = p.plans[0];
    review.start = at(monday.addDays(7), 8, 30);
    review.minutes = 45;
    review.repeat = Repeat::Weekly;
    seeds << review;
    Plan payroll;
    payroll.clientId = m_clients[1].id;
    payroll.title = p.plans[1];
    payroll.start = at(QDate(m_first.year(), m_first.month(), 25), 14, 0);
    payroll.minutes = 120;
    payroll.repeat = Repeat::Monthly;
    payroll.due = QDate(m_first.year(), m_first.month(), 27);
    seeds << payroll;
    Plan vat;
    vat.clientId = m_clients[2].id;
    vat.title = p.plans[2];
    vat.start = at(workday(m_today.addDays(3), true), 10, 0);
    vat.minutes = 180;
    vat.due = workday(m_today.addDays(14), true);
    seeds << vat;
    Plan call;
    call.clientId = m_clients[3].id;
    call.title = p.plans[3];
    call.start = at(workday(m_today, false), 15, 0);
    call.minutes = 30;
    seeds << call;
    Plan newsletter;
    newsletter.clientId = m_clients[0].id;
    newsletter.title = p.plans[4];
    newsletter.start = at(tuesdayTwoWeeksAgo, 11, 0);
    newsletter.minutes = 90;
    newsletter.repeat = Repeat::Weekly;
    newsletter.until = tuesdayTwoWeeksAgo.addDays(35);
    newsletter.due = tuesdayTwoWeeksAgo.addDays(1);
    seeds << newsletter;
    return seeds;
}

// Planned work, the past occurrences done.
Result<void> DemoWriter::planWork()
{
    if (m_options.entries != 0 || m_clients.size() < 4)
        return {};
    PlanRepository repository(m_db, m_clock);
    for (const Plan &seed : plannedWork()) {
        auto added = repository.add(seed);
        if (!added)
            return added.error();
        for (const QDate &day : plans::occurrenceDays(*added, m_zone, m_first, m_today.addDays(-1)))
            if (auto marked = repository.setDone(added->id, day, true); !marked)
                return marked;
    }
    return {};
}

// Invoices for each finished month, issued early in the next; older ones paid.
Result<void> DemoWriter::issueInvoices()
{
    if (!m_options.invoices || m_options.entries != 0)
        return {};
    InvoiceRepository invoices(m_db, m_clock);
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (QDate month(m_first.year(), m_first.month(), 1); month < thisMonth; month = month.addMonths(1))
        if (auto issued = invoiceMonth(month, invoices); !issued)
            return issued;
    return {};
}

Result<void> DemoWriter::invoiceMonth(QDate month, InvoiceRepository &invoices)
{
    const QDate end = month.addMonths(1).addDays(-1);
    QDate issueDate = month.addMonths(1).addDays(1);
    if (issueDate > m_today)
        issueDate = m_today;
    for (const Client &c : std::as_const(m_clients)) {
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
        ++m_summary.invoices;
        const qint64 age = issueDate.daysTo(m_today);
        if (age > 45 || (age > 20 && pick(3) > 0)) {
            const QDate paidOn = qMin(m_today, issueDate.addDays(10 + pick(25)));
            if (auto paid = invoices.addPayment(issued->id, paidOn, issued->totals.due); !paid)
                return paid.error();
        }
    }
    return {};
}

} // namespace

Result<DemoData::Summary> DemoData::generate(const Database &db, const Clock &clock, const Options &options)
{
    if (options.months < 1 || options.months > 240 || options.clients < 1 || options.clients > 500
        || options.entries < 0 || options.entries > 20'000'000)
        return Error(ErrorCode::InvalidInput,
                     tr("Ask for 1 to 240 months, 1 to 500 clients and up to 20 million entries."));
    auto existing = ClientRepository(db, clock).list(true);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error(ErrorCode::Conflict,
                     tr("Sample data only goes into an empty file; this one already has clients."));

    Summary summary;
    auto done = inTransaction(storage::connection(db), [&]() -> Result<void> {
        DemoWriter demo(db, clock, options, summary);
        if (auto r = demo.setUpBusiness(); !r)
            return r;
        if (auto r = demo.addClients(); !r)
            return r;
        if (auto r = demo.addServices(); !r)
            return r;
        const QList<QDate> workdays = demo.workdays();
        if (workdays.isEmpty())
            return {};
        if (auto r = demo.logWork(workdays); !r)
            return r;
        if (auto r = demo.startTimer(); !r)
            return r;
        if (auto r = demo.planWork(); !r)
            return r;
        return demo.issueInvoices();
    });
    if (!done)
        return done.error();
    return summary;
}

} // namespace minuta
