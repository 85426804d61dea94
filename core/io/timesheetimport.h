#pragma once

// Time entries read from a CSV file: Minuta's own export, or what Toggl Track, Clockify and Kimai
// export, found by the names of the columns (English or Italian, any case):
//   date        date, start date, data
//   start       start, start time, from, inizio (a time, or a whole ISO date and time)
//   end         end, end time, to, fine         (optional with a duration)
//   end date    end date                        (optional: else the start day, or the next one)
//   duration    minutes, minuti, hours, ore, duration (decimal), duration, durata (h:mm[:ss] or a number of
//   hours) client      client, customer, cliente task        task, project, activity, attività (the first one
//   that is filled in) description description, notes, note, descrizione billable    billable, fatturabile
//   (yes/no, true/false, 1/0, sì/no; yes when absent)
// Dates are ISO (2026-11-02) unless a format is given (dd/MM/yyyy); times are 24-hour or with
// AM/PM, local to the user's time zone. Separators , ; and tab are recognised.
//
// A time that does not exist (skipped when the clocks go forward) is refused, never moved; a time
// that happens twice (when the clocks go back) is the later one, as timeutil::localInstant() reads it.
//
// It is all or nothing: one transaction, and any row that cannot be read, names a client that does
// not exist (unless clients may be created) or breaks a rule of the time log refuses the whole
// file, with the line and the column. Entries already in the file (same client, start and end as
// the row says) are skipped, so importing the same file twice adds nothing. Imported work is not
// billed yet. The file is read as it is stored, one row at a time: memory does not grow with it.

#include "storage/database.h"
#include "values/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace minuta {

class TimesheetImport
{
    Q_DECLARE_TR_FUNCTIONS(minuta::TimesheetImport)

public:
    struct Options
    {
        bool createClients = false; // add the clients the file names that do not exist yet
        bool dryRun = false;        // check everything and report, store nothing
        QString dateFormat;         // Qt's date format of the date columns; ISO when empty
    };

    struct Report
    {
        qint64 imported = 0;        // entries added (or that would be, in a dry run)
        qint64 skipped = 0;         // rows already in the file
        qint64 seconds = 0;         // the work imported
        QStringList createdClients; // (or that would be)
        QStringList warnings;       // overlaps with existing work, columns not used
    };

    TimesheetImport(const Database &db, const Clock &clock);

    Result<Report> importData(const QByteArray &csv, const Options &options) const;
    Result<Report> importFile(const QString &path, const Options &options) const;

private:
    Result<Report> importFrom(QIODevice &device, const Options &options) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace minuta
