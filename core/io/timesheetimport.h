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
//   (yes/no, true/false, 1/0 in English, Italian, German, French, Spanish, Portuguese or Dutch, as
//   each tool writes them in the language of its export; yes when absent)
// Dates are ISO (2026-11-02, or 2026-1-2 without zeros) unless a format is given (dd/MM/yyyy, which
// also reads 2/1/2026); times are 24-hour (with or without seconds) or with AM/PM, local to the
// user's time zone. Separators , ; and tab are recognised. The file may be UTF-8 (with a byte-order
// mark or without), UTF-16, or Windows-1252 as Excel saves it: the encoding is found from its bytes.
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
#include "work/timeentry.h"

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
        bool dryRun = false;        // check everything and report, store nothing: every row refused is
                                    // listed (problems), and the first rows are shown (rows)
        QString dateFormat;         // Qt's date format of the date columns; ISO when empty
    };

    // A row as it would be imported, for a preview.
    struct Row
    {
        int line = 0;
        TimeEntry entry;        // without its client's id
        QString client;         // as the file names it
        bool newClient = false; // a client that is not in Minuta yet
        bool duplicate = false; // already in the file: skipped
    };

    // A row that cannot be imported, and why.
    struct Problem
    {
        int line = 0;
        QString message;
    };

    static constexpr int PreviewRows = 200;
    static constexpr int MaxProblems = 200;

    struct Report
    {
        qint64 imported = 0;        // entries added (or that would be, in a dry run)
        qint64 skipped = 0;         // rows already in the file
        qint64 seconds = 0;         // the work imported
        QStringList createdClients; // (or that would be)
        QStringList warnings;       // overlaps with existing work, columns not used
        QString encoding;           // the text's, as people know it: "UTF-8", "UTF-16", "Windows-1252"
        QString source;             // which program's export it looks like: "Toggl Track", "Clockify",
                                    // "Kimai", "Minuta", or empty
        QList<Row> rows;            // a dry run's first PreviewRows rows
        QList<Problem> problems;    // a dry run's refused rows (MaxProblems at most), by line
        qint64 refused = 0;         // how many rows a dry run refused in all
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
