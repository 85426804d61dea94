#include "testdatabase.h"

#include "business/business.h"
#include "invoicing/invoicerepository.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace minuta::test {

TestDatabase::TestDatabase() : m_path(m_dir.file(QStringLiteral("test.sqlite")))
{
    reopen();
}

void TestDatabase::close()
{
    m_db.reset();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::Options options;
    options.clock = &m_clock;
    auto opened = Database::open(m_path, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message().toStdString();
        return;
    }
    m_db = std::move(opened.value());
}

QStringList wrongLocalKeys(const Database &db, const QTimeZone &zone)
{
    QStringList wrong;
    for (const auto &[table, instant] :
         {std::pair{"time_entry", "start_at"}, std::pair{"usage_record", "at"}}) {
        QSqlQuery q(storage::connection(db));
        if (!q.exec(QStringLiteral("SELECT id, %1, local_month, local_day FROM %2")
                        .arg(QLatin1String(instant), QLatin1String(table)))) {
            wrong << QStringLiteral("%1 cannot be read").arg(QLatin1String(table));
            continue;
        }
        while (q.next()) {
            const QDate day = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), zone).date();
            const qint64 month = day.year() * 100 + day.month();
            const qint64 days = QDate(1970, 1, 1).daysTo(day);
            if (q.value(2).isNull() || q.value(3).isNull() || q.value(2).toLongLong() != month
                || q.value(3).toLongLong() != days)
                wrong << QStringLiteral("%1 %2: %3/%4, expected %5/%6")
                             .arg(QLatin1String(table), q.value(0).toString(), q.value(2).toString(),
                                  q.value(3).toString())
                             .arg(month)
                             .arg(days);
        }
    }
    return wrong;
}

qint64 issueInvoice(TestDatabase &t, qint64 clientId, std::optional<QDate> from, std::optional<QDate> to)
{
    BusinessRepository business(t.db(), t.clock());
    BusinessProfile profile = business.get().value();
    if (profile.name.isEmpty()) {
        profile.name = QStringLiteral("Test Business");
        EXPECT_TRUE(business.save(profile).ok());
    }
    InvoiceRepository invoices(t.db(), t.clock());
    InvoiceRepository::DraftRequest request;
    request.clientId = clientId;
    request.from = from;
    request.to = to;
    auto drafted = invoices.createDraft(request);
    if (!drafted) {
        ADD_FAILURE() << drafted.error().message().toStdString();
        return 0;
    }
    auto issued = invoices.issue(drafted->invoice.id);
    if (!issued) {
        ADD_FAILURE() << issued.error().message().toStdString();
        return 0;
    }
    return issued->id;
}

bool execSql(const Database &db, const QString &statement)
{
    QSqlQuery q(storage::connection(db));
    return q.exec(statement);
}

QVariant sqlValue(const Database &db, const QString &query)
{
    QSqlQuery q(storage::connection(db));
    if (!q.exec(query) || !q.next())
        return {};
    return q.value(0);
}

QString fingerprint(const Database &db)
{
    QString out;
    QSqlQuery tables(storage::connection(db));
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        out += QStringLiteral("[%1]\n").arg(table);
        QSqlQuery rows(storage::connection(db));
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(sql::quoteIdentifier(table)));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString fingerprint(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (!db)
        return QStringLiteral("cannot open: ") + db.error().message();
    return fingerprint(**db);
}

BusinessProfile italianBusiness(BusinessProfile b)
{
    b.name = QStringLiteral("Giulia Rossi");
    b.address = QStringLiteral("Via Zamboni 12\n40126 Bologna");
    b.country = QStringLiteral("IT");
    b.taxProfileId = QStringLiteral("it-ordinario");
    b.contributionRate = TaxRate::fromPercent(4);
    return b;
}

Client italianClient(const QString &name)
{
    Client c;
    c.name = name;
    c.address = QStringLiteral("Via Roma 1\n20121 Milano");
    c.vatId = QStringLiteral("IT00743110157");
    c.currency = *Currency::fromCode(u"EUR");
    return c;
}

} // namespace minuta::test
