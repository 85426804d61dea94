#pragma once

// The open Minuta file as the screens see it: the database, the clock, the undo stack, and a signal
// after every change so each screen refreshes what it shows. Screens reach core through the
// repositories made here; they never run SQL.

#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"
#include "calendar/planrepository.h"
#include "calendar/workcalendar.h"
#include "clients/clientrepository.h"
#include "invoicing/einvoice.h"
#include "invoicing/invoicerepository.h"
#include "invoicing/packrepository.h"
#include "invoicing/recurring.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "values/error.h"
#include "work/servicerepository.h"
#include "work/timeentryrepository.h"
#include "work/timerservice.h"
#include "work/unbilledwork.h"
#include "work/usagerepository.h"

#include <QLocale>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace minuta {
class Clock;
}

namespace minuta::ui {

class Command;

class Workspace : public QObject
{
    Q_OBJECT

public:
    enum Change {
        Clients = 0x01,
        Entries = 0x02,
        Timer = 0x04,
        Services = 0x08,
        Usage = 0x10,
        Invoices = 0x20,
        Settings = 0x40,
        Plans = 0x80,
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    Workspace(std::unique_ptr<Database> database, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() { return &m_undo; }
    // Numbers, money and dates for people are formatted with this.
    QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    ClientRepository clients() const { return {*m_database, m_clock}; }
    TimeEntryRepository entries() const { return {*m_database, m_clock}; }
    TimerService timer() const { return {*m_database, m_clock}; }
    ServiceRepository services() const { return {*m_database, m_clock}; }
    UsageRepository usage() const { return {*m_database, m_clock}; }
    InvoiceRepository invoices() const { return {*m_database, m_clock}; }
    EInvoices einvoices() const { return {*m_database, m_clock}; }
    BusinessRepository business() const { return {*m_database, m_clock}; }
    minuta::Settings settings() const { return minuta::Settings(*m_database); }
    TaxProfiles taxProfiles() const { return TaxProfiles(*m_database); }
    UnbilledWork unbilled() const { return {*m_database, m_clock}; }
    PlanRepository plans() const { return {*m_database, m_clock}; }
    WorkCalendar calendar() const { return {*m_database, m_clock}; }
    Reports reports() const { return {*m_database, m_clock}; }
    PackRepository packs() const { return {*m_database, m_clock}; }
    RecurringRepository recurring() const { return {*m_database, m_clock}; }

    // Runs an undoable action: applies it through core and, when core accepts it, puts it on the undo
    // stack. A refused action changes nothing and its error comes back.
    Result<void> run(Command *command);

    // Tells every screen that something changed.
    void notify(Changes changes);
    // Says an error that is nobody's answer in particular (an undo that core refused).
    void reportError(const QString &message);

    // Today in the user's time zone.
    QDate today() const;

Q_SIGNALS:
    void changed(minuta::ui::Workspace::Changes changes);
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    QUndoStack m_undo;
    QLocale m_locale;
};

} // namespace minuta::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(minuta::ui::Workspace::Changes)
