#include "clients/clientrepository.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/taxid.h"
#include "values/validation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace minuta {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, contact_name, email, phone, address, country, vat_id, fiscal_code, currency, language, "
    "hourly_rate, increment_minutes, rounding, minimum_minutes, payment_terms_days, withholding, color, "
    "notes, archived, created_at, updated_at, tax_profile_id, reverse_charge, recipient_code, pec, state, "
    "gstin, postcode, city");

Client fromRow(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.contactName = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.address = q.value(5).toString();
    c.country = q.value(6).toString();
    c.vatId = q.value(7).toString();
    c.fiscalCode = q.value(8).toString();
    c.currency = Currency::fromCode(q.value(9).toString()).value_or(Currency());
    c.language = q.value(10).toString();
    if (const auto rate = sql::optionalInt(q.value(11)))
        c.hourlyRate = Money(*rate, c.currency);
    c.billing.incrementMinutes = q.value(12).toInt();
    c.billing.rounding = roundingModeFromName(q.value(13).toString()).value_or(RoundingMode::Up);
    c.billing.minimumMinutes = q.value(14).toInt();
    c.paymentTermsDays = q.value(15).toInt();
    c.withholding = q.value(16).toBool();
    c.color = q.value(17).toString();
    c.notes = q.value(18).toString();
    c.archived = q.value(19).toBool();
    c.createdAt = q.value(20).toLongLong();
    c.updatedAt = q.value(21).toLongLong();
    c.taxProfileId = q.value(22).toString();
    c.reverseCharge = q.value(23).toBool();
    c.recipientCode = q.value(24).toString();
    c.pec = q.value(25).toString();
    c.state = q.value(26).toString();
    c.gstin = q.value(27).toString();
    c.postcode = q.value(28).toString();
    c.city = q.value(29).toString();
    return c;
}

} // namespace

ClientRepository::ClientRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

QString ClientRepository::nameKey(const QString &name)
{
    return validation::normalizedName(name).toCaseFolded();
}

Result<Client> ClientRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto ran = sql::exec(q, QStringLiteral("SELECT %1 FROM client WHERE id = ?").arg(kColumns), {id});
        !ran)
        return ran.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no client with id %1.").arg(id),
                     QStringLiteral("client"));
    return fromRow(q);
}

Result<QList<Client>> ClientRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = includeArchived ? QString() : QStringLiteral(" WHERE archived = 0");
    if (auto ran = sql::exec(
            q,
            QStringLiteral("SELECT %1 FROM client%2 ORDER BY archived, name_key, id").arg(kColumns, where));
        !ran)
        return ran.error();
    QList<Client> clients;
    while (q.next())
        clients.append(fromRow(q));
    return clients;
}

Result<Client> ClientRepository::find(QStringView nameOrId) const
{
    const QString text = nameOrId.trimmed().toString();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Say which client: a name or an id."),
                     QStringLiteral("client"));
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = get(id);
        if (byId || byId.error().code() != ErrorCode::NotFound)
            return byId;
    }
    QSqlQuery q(m_db);
    if (auto ran =
            sql::exec(q,
                      QStringLiteral("SELECT %1 FROM client WHERE name_key = ? ORDER BY archived, id DESC")
                          .arg(kColumns),
                      {nameKey(text)});
        !ran)
        return ran.error();
    QList<Client> matches;
    while (q.next())
        matches.append(fromRow(q));
    if (matches.isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no client called “%1”.").arg(text),
                     QStringLiteral("client"));
    if (!matches.first().archived || matches.size() == 1)
        return matches.first();
    return Error(ErrorCode::Conflict,
                 tr("Several archived clients are called “%1”; use the id instead.").arg(text),
                 QStringLiteral("client"));
}

Result<bool> ClientRepository::hasHistory(qint64 id) const
{
    auto found = sql::scalar(m_db,
                             QStringLiteral("SELECT EXISTS (SELECT 1 FROM time_entry WHERE client_id = ?) "
                                            "OR EXISTS (SELECT 1 FROM usage_record WHERE client_id = ?) "
                                            "OR EXISTS (SELECT 1 FROM pack WHERE client_id = ?) "
                                            "OR EXISTS (SELECT 1 FROM recurring_line WHERE client_id = ?)"),
                             {id, id, id, id});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<Client> ClientRepository::normalizedAndChecked(Client c) const
{
    c.name = validation::normalizedName(c.name);
    c.contactName = validation::cleanLine(c.contactName);
    c.email = c.email.trimmed();
    c.phone = validation::cleanLine(c.phone);
    c.address = validation::cleanText(c.address);
    c.country = c.country.trimmed().toUpper();
    c.vatId = taxid::normalize(c.vatId);
    c.fiscalCode = taxid::normalize(c.fiscalCode);
    c.language = c.language.trimmed().toLower();
    c.color = c.color.trimmed().toLower();
    c.notes = validation::cleanText(c.notes);
    c.taxProfileId = c.taxProfileId.trimmed();
    c.recipientCode = c.recipientCode.trimmed().toUpper();
    c.pec = c.pec.trimmed();
    c.state = validation::cleanLine(c.state);
    c.postcode = validation::cleanLine(c.postcode).toUpper();
    c.city = validation::cleanLine(c.city);
    if (c.country == QLatin1String("IT") && c.state.size() == 2) // a province: "bo" is BO
        c.state = c.state.toUpper();
    c.gstin = taxid::normalize(c.gstin);
    if (auto valid = c.validate(); !valid)
        return valid.error();
    if (!c.taxProfileId.isEmpty()) {
        auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tax_profile WHERE id = ?"),
                                  {c.taxProfileId});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() == 0)
            return Error(
                ErrorCode::NotFound,
                tr("There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.").arg(c.taxProfileId),
                clientfield::TaxProfile);
    }

    if (!c.archived) {
        auto taken =
            sql::scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM client WHERE name_key = ? AND archived = 0 "
                                       "AND id <> ?"),
                        {nameKey(c.name), c.id});
        if (!taken)
            return taken.error();
        if (taken->toLongLong() > 0)
            return Error(ErrorCode::Conflict, tr("There is already a client called “%1”.").arg(c.name),
                         clientfield::Name);
    }
    return c;
}

Result<void> ClientRepository::write(const Client &c, bool insert, bool keepId)
{
    static const QString columns = QStringLiteral(
        "name, name_key, contact_name, email, phone, address, country, vat_id, fiscal_code, currency, "
        "language, hourly_rate, increment_minutes, rounding, minimum_minutes, payment_terms_days, "
        "withholding, color, notes, archived, created_at, updated_at, tax_profile_id, reverse_charge, "
        "recipient_code, pec, state, gstin, postcode, city");
    const QVariantList values = {
        c.name,
        nameKey(c.name),
        c.contactName,
        c.email,
        c.phone,
        c.address,
        c.country,
        c.vatId,
        c.fiscalCode,
        c.currency.code(),
        c.language,
        c.hourlyRate ? QVariant(c.hourlyRate->minorUnits()) : QVariant(QMetaType::fromType<qint64>()),
        c.billing.incrementMinutes,
        roundingModeName(c.billing.rounding),
        c.billing.minimumMinutes,
        c.paymentTermsDays,
        c.withholding ? 1 : 0,
        c.color,
        c.notes,
        c.archived ? 1 : 0,
        c.createdAt,
        c.updatedAt,
        c.taxProfileId.isEmpty() ? QVariant() : QVariant(c.taxProfileId),
        c.reverseCharge ? 1 : 0,
        c.recipientCode,
        c.pec,
        c.state,
        c.gstin,
        c.postcode,
        c.city,
    };
    const QString placeholders = QStringLiteral("?") + QStringLiteral(", ?").repeated(values.size() - 1);
    QString statement;
    if (!insert)
        statement = QStringLiteral("UPDATE client SET (%1) = (%2) WHERE id = ?").arg(columns, placeholders);
    else if (keepId)
        statement = QStringLiteral("INSERT INTO client (id, %1) VALUES (?, %2)").arg(columns, placeholders);
    else
        statement = QStringLiteral("INSERT INTO client (%1) VALUES (%2)").arg(columns, placeholders);

    QSqlQuery q(m_db);
    if (!q.prepare(statement))
        return sql::toError(q.lastError(), tr("Could not save the client"));
    if (insert && keepId)
        sql::bind(q, c.id);
    for (const QVariant &v : values)
        sql::bind(q, v);
    if (!insert)
        sql::bind(q, c.id);
    if (!q.exec())
        return sql::toError(q.lastError(), tr("Could not save the client"));
    return {};
}

Result<Client> ClientRepository::add(Client client)
{
    client.id = 0;
    client.archived = false;
    auto checked = normalizedAndChecked(std::move(client));
    if (!checked)
        return checked.error();
    Client c = std::move(checked.value());
    c.createdAt = c.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Client> {
        if (auto written = write(c, true, false); !written)
            return written.error();
        auto id = sql::scalar(m_db, QStringLiteral("SELECT last_insert_rowid()"));
        if (!id)
            return id.error();
        c.id = id->toLongLong();
        return c;
    });
}

Result<Client> ClientRepository::update(Client client)
{
    auto existing = get(client.id);
    if (!existing)
        return existing.error();
    client.createdAt = existing->createdAt;
    client.archived = existing->archived;
    auto checked = normalizedAndChecked(std::move(client));
    if (!checked)
        return checked.error();
    Client c = std::move(checked.value());

    if (c.currency != existing->currency) {
        // Rates and prices of logged work are numbers in the old currency; reading them in a new one
        // would change what is owed.
        auto history = hasHistory(c.id);
        if (!history)
            return history.error();
        if (*history)
            return Error(ErrorCode::Conflict,
                         tr("The currency of “%1” cannot change because work is already logged in %2. "
                            "Add a new client for work in %3.")
                             .arg(existing->name, existing->currency.code(), c.currency.code()),
                         billingfield::Currency);
    }
    c.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Client> {
        if (c.currency != existing->currency) {
            QSqlQuery clear(m_db);
            if (auto r = sql::exec(
                    clear, QStringLiteral("DELETE FROM client_service_price WHERE client_id = ?"), {c.id});
                !r)
                return r.error();
        }
        if (auto written = write(c, false, false); !written)
            return written.error();
        return c;
    });
}

Result<Client> ClientRepository::setArchived(qint64 id, bool archived)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    Client c = existing.value();
    if (c.archived == archived)
        return c;
    c.archived = archived;
    if (!archived) {
        // Back among the active clients: its name must be free there.
        auto checked = normalizedAndChecked(c);
        if (!checked)
            return checked.error();
    }
    c.updatedAt = m_clock.nowSecs();
    return inTransaction(m_db, [&]() -> Result<Client> {
        QSqlQuery q(m_db);
        if (auto r =
                sql::exec(q, QStringLiteral("UPDATE client SET archived = ?, updated_at = ? WHERE id = ?"),
                          {archived ? 1 : 0, c.updatedAt, id});
            !r)
            return r.error();
        return c;
    });
}

Result<Client> ClientRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto history = hasHistory(id);
    if (!history)
        return history.error();
    if (*history)
        return Error(ErrorCode::Conflict,
                     tr("“%1” has logged work, so it is archived rather than deleted.").arg(existing->name),
                     QStringLiteral("client"));
    return inTransaction(m_db, [&]() -> Result<Client> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(q, QStringLiteral("DELETE FROM client WHERE id = ?"), {id}); !r)
            return r.error();
        return existing.value();
    });
}

Result<Client> ClientRepository::restore(const Client &client)
{
    auto checked = normalizedAndChecked(client);
    if (!checked)
        return checked.error();
    Client c = std::move(checked.value());
    return inTransaction(m_db, [&]() -> Result<Client> {
        if (auto written = write(c, true, true); !written)
            return written.error();
        return c;
    });
}

} // namespace minuta
