#include "business/taxprofile.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace minuta {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, title_en, title_it, tax_id_label_en, tax_id_label_it, withholding_rate, withholding_name_en, "
    "withholding_name_it, contribution_name_en, contribution_name_it, stamp_duty, stamp_duty_threshold, "
    "stamp_duty_charged, legal_note_en, legal_note_it, reverse_charge_note_en, reverse_charge_note_it, "
    "exempt_nature, builtin");

TaxProfile fromRow(const QSqlQuery &q)
{
    TaxProfile p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.titleEn = q.value(2).toString();
    p.titleIt = q.value(3).toString();
    p.taxIdLabelEn = q.value(4).toString();
    p.taxIdLabelIt = q.value(5).toString();
    p.withholdingRate = TaxRate::fromMilliPercent(q.value(6).toLongLong());
    p.withholdingNameEn = q.value(7).toString();
    p.withholdingNameIt = q.value(8).toString();
    p.contributionNameEn = q.value(9).toString();
    p.contributionNameIt = q.value(10).toString();
    p.stampDutyMinor = q.value(11).toLongLong();
    p.stampDutyThresholdMinor = q.value(12).toLongLong();
    p.stampDutyCharged = q.value(13).toBool();
    p.legalNoteEn = q.value(14).toString();
    p.legalNoteIt = q.value(15).toString();
    p.reverseChargeNoteEn = q.value(16).toString();
    p.reverseChargeNoteIt = q.value(17).toString();
    p.exemptNature = q.value(18).toString();
    p.builtin = q.value(19).toBool();
    return p;
}

bool isItalian(const QString &language)
{
    return language == QLatin1String("it");
}

} // namespace

TaxRate TaxProfile::standardRate() const
{
    qint64 total = 0;
    for (const TaxComponent &tax : taxes)
        total += tax.rate.milliPercent();
    return TaxRate::fromMilliPercent(total);
}

QString TaxProfile::displayName() const
{
    // The names the presets are seeded with (resources/migrations), as the translations know them.
    static const char *const seeded[][2] = {
        {"generic", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "No tax")},
        {"it-ordinario", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Italy, ordinary VAT scheme")},
        {"it-forfettario", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Italy, flat-rate scheme (forfettario)")},
        {"uk-vat", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "United Kingdom, VAT")},
        {"au-gst", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Australia, GST")},
        {"ca-gst", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Canada, GST")},
        {"ca-hst-on", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Canada, HST (Ontario)")},
        {"ca-qc", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "Canada, GST and QST (Québec)")},
        {"in-gst-intra",
         QT_TRANSLATE_NOOP("minuta::TaxProfiles", "India, GST within the state (CGST + SGST)")},
        {"in-gst-inter", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "India, GST between states (IGST)")},
        {"us", QT_TRANSLATE_NOOP("minuta::TaxProfiles", "United States, no sales tax")},
    };
    if (builtin)
        for (const auto &[seededId, seededName] : seeded)
            if (id == QLatin1String(seededId) && name == QString::fromUtf8(seededName))
                return QCoreApplication::translate("minuta::TaxProfiles", seededName);
    return name;
}

QString TaxProfile::taxIdLabel(const QString &language) const
{
    return isItalian(language) ? taxIdLabelIt : taxIdLabelEn;
}

QString TaxProfile::withholdingName(const QString &language) const
{
    return isItalian(language) ? withholdingNameIt : withholdingNameEn;
}

QString TaxProfile::contributionName(const QString &language) const
{
    return isItalian(language) ? contributionNameIt : contributionNameEn;
}

QString TaxProfile::legalNote(const QString &language) const
{
    return isItalian(language) ? legalNoteIt : legalNoteEn;
}

QString TaxProfile::reverseChargeNote(const QString &language) const
{
    return isItalian(language) ? reverseChargeNoteIt : reverseChargeNoteEn;
}

Result<void> TaxProfile::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!idPattern.match(id).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     TaxProfiles::tr("A tax profile's id is made of lower-case letters, digits and dashes."),
                     taxprofilefield::Id);
    if (auto r =
            validation::checkRequired(name, taxprofilefield::Name, TaxProfiles::tr("The profile's name"));
        !r)
        return r;
    if (auto r =
            validation::checkText(name, 200, taxprofilefield::Name, TaxProfiles::tr("The profile's name"));
        !r)
        return r;
    for (const TaxComponent &tax : taxes) {
        if (tax.nameEn.trimmed().isEmpty() || tax.nameIt.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, TaxProfiles::tr("Every tax needs a name."),
                         taxprofilefield::Taxes);
        if (tax.rate.milliPercent() < 0 || tax.rate.milliPercent() > TaxRate::Hundred)
            return Error(ErrorCode::InvalidInput, TaxProfiles::tr("Tax rates are between 0 and 100 %."),
                         taxprofilefield::Taxes);
    }
    if (standardRate().milliPercent() > TaxRate::Hundred)
        return Error(ErrorCode::InvalidInput, TaxProfiles::tr("The taxes together exceed 100 %."),
                     taxprofilefield::Taxes);
    if (withholdingRate.milliPercent() < 0 || withholdingRate.milliPercent() > TaxRate::Hundred)
        return Error(ErrorCode::InvalidInput, TaxProfiles::tr("The withholding rate is between 0 and 100 %."),
                     taxprofilefield::Withholding);
    if (stampDutyMinor < 0 || stampDutyThresholdMinor < 0)
        return Error(ErrorCode::InvalidInput, TaxProfiles::tr("Stamp duty amounts cannot be negative."),
                     taxprofilefield::StampDuty);
    return {};
}

TaxProfiles::TaxProfiles(const Database &db) : m_db(db)
{}

Result<QList<TaxProfile>> TaxProfiles::list() const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(
            q, QStringLiteral("SELECT %1 FROM tax_profile ORDER BY builtin DESC, id").arg(kColumns));
        !r)
        return r.error();
    QList<TaxProfile> profiles;
    while (q.next())
        profiles.append(fromRow(q));
    QSqlQuery taxes(m_db);
    if (auto r =
            sql::exec(taxes, QStringLiteral("SELECT profile_id, name_en, name_it, rate FROM tax_profile_tax "
                                            "ORDER BY profile_id, position"));
        !r)
        return r.error();
    while (taxes.next())
        for (TaxProfile &p : profiles)
            if (p.id == taxes.value(0).toString())
                p.taxes.append({taxes.value(1).toString(), taxes.value(2).toString(),
                                TaxRate::fromMilliPercent(taxes.value(3).toLongLong())});
    return profiles;
}

Result<TaxProfile> TaxProfiles::get(const QString &id) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT %1 FROM tax_profile WHERE id = ?").arg(kColumns), {id});
        !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound,
                     tr("There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.").arg(id),
                     taxprofilefield::Choice);
    TaxProfile p = fromRow(q);
    QSqlQuery taxes(m_db);
    if (auto r = sql::exec(
            taxes,
            QStringLiteral("SELECT name_en, name_it, rate FROM tax_profile_tax WHERE profile_id = ? "
                           "ORDER BY position"),
            {id});
        !r)
        return r.error();
    while (taxes.next())
        p.taxes.append({taxes.value(0).toString(), taxes.value(1).toString(),
                        TaxRate::fromMilliPercent(taxes.value(2).toLongLong())});
    return p;
}

Result<TaxProfile> TaxProfiles::save(const TaxProfile &given)
{
    TaxProfile profile = given;
    profile.name = validation::normalizedName(profile.name);
    if (auto valid = profile.validate(); !valid)
        return valid.error();
    return inTransaction(m_db, [&]() -> Result<TaxProfile> {
        const QStringList columns = kColumns.split(QStringLiteral(", "));
        QStringList updates;
        for (const QString &column : columns.mid(1))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
        const QString placeholders = QStringLiteral("?") + QStringLiteral(", ?").repeated(columns.size() - 1);
        const QVariantList values = {
            profile.id,
            profile.name,
            profile.titleEn,
            profile.titleIt,
            profile.taxIdLabelEn,
            profile.taxIdLabelIt,
            profile.withholdingRate.milliPercent(),
            profile.withholdingNameEn,
            profile.withholdingNameIt,
            profile.contributionNameEn,
            profile.contributionNameIt,
            profile.stampDutyMinor,
            profile.stampDutyThresholdMinor,
            profile.stampDutyCharged ? 1 : 0,
            profile.legalNoteEn,
            profile.legalNoteIt,
            profile.reverseChargeNoteEn,
            profile.reverseChargeNoteIt,
            profile.exemptNature,
            profile.builtin ? 1 : 0,
        };
        QSqlQuery upsert(m_db);
        if (auto r = sql::exec(
                upsert,
                QStringLiteral("INSERT INTO tax_profile (%1) VALUES (%2) ON CONFLICT (id) DO UPDATE SET %3")
                    .arg(kColumns, placeholders, updates.join(QStringLiteral(", "))),
                values);
            !r)
            return r.error();
        QSqlQuery clear(m_db);
        if (auto r = sql::exec(clear, QStringLiteral("DELETE FROM tax_profile_tax WHERE profile_id = ?"),
                               {profile.id});
            !r)
            return r.error();
        int position = 1;
        for (const TaxComponent &tax : profile.taxes) {
            QSqlQuery insert(m_db);
            if (auto r = sql::exec(
                    insert,
                    QStringLiteral("INSERT INTO tax_profile_tax (profile_id, position, name_en, name_it, "
                                   "rate) VALUES (?, ?, ?, ?, ?)"),
                    {profile.id, position++, tax.nameEn, tax.nameIt, tax.rate.milliPercent()});
                !r)
                return r.error();
        }
        return get(profile.id);
    });
}

} // namespace minuta
