#pragma once

// A Minuta file in a temporary folder, opened with a test clock, plus a fingerprint of its whole
// contents to prove a refused write changed nothing.

#include "business/business.h"
#include "clients/client.h"
#include "storage/database.h"
#include "testclock.h"
#include "testfiles.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <memory>
#include <optional>

namespace minuta::test {

class TestDatabase
{
public:
    TestDatabase();
    Database &db() { return *m_db; }
    TestClock &clock() { return m_clock; }
    const TestClock &clock() const { return m_clock; }
    QString path() const { return m_path; }
    // Closes and reopens the file, as after a restart.
    void reopen();
    void close();

private:
    TempDir m_dir;
    TestClock m_clock;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Bills the client's unbilled work in the period on an invoice that is issued; returns its id.
qint64 issueInvoice(TestDatabase &t, qint64 clientId, std::optional<QDate> from = std::nullopt,
                    std::optional<QDate> to = std::nullopt);

// Giulia Rossi of Bologna, in Italy's ordinary VAT scheme with the 4 % INPS contribution, on top of `b`.
BusinessProfile italianBusiness(BusinessProfile b);
// A client an Italian invoice can be issued to: an address in Milan and a valid VAT number; in euros.
Client italianClient(const QString &name);

// SQL run on the file beneath core, for what a test sets up or looks at that no command does (a
// table that fills pages, a count of rows): whether SQLite ran the statement.
bool execSql(const Database &db, const QString &statement);
// The first column of the first row a query returns; invalid when it fails or returns no row.
QVariant sqlValue(const Database &db, const QString &query);

// The rows whose local month and day (which the file keeps, format 6) are not those of their instant
// in `zone`, computed here with Qt: "time_entry 12: 202603/20541, expected 202604/20542"; then
// wrongDayFigures(). Empty when every key and figure is right and none is missing.
QStringList wrongLocalKeys(const Database &db, const QTimeZone &zone);
// The rows of figures per day and month (format 7) that are not what the entries and units under
// their keys add up to, priced here by billing's own functions; and the figures that are missing.
QStringList wrongDayFigures(const Database &db);

// Every row of every table, in a stable order: equal fingerprints mean equal contents.
QString fingerprint(const Database &db);
// Same, for a file on disk (opened read-only).
QString fingerprint(const QString &path);

} // namespace minuta::test
