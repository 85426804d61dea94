#include "packdialog.h"

#include "fielderrors.h"
#include "format.h"
#include "look.h"
#include "workspace.h"

#include "invoicing/packrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

QWidget *inRow(QWidget *parent, std::initializer_list<QWidget *> widgets, bool stretch = true)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        row->addWidget(w);
    if (stretch)
        row->addStretch();
    return box;
}

} // namespace

PackDialog::PackDialog(Workspace &workspace, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_name(new QLineEdit(this))
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_units(new QWidget(this))
    , m_addUnits(new QPushButton(tr("Another Service"), this))
    , m_amount(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_hasUntil(new QCheckBox(tr("Ends on:"), this))
    , m_until(new QDateEdit(this))
    , m_renew(new QComboBox(this))
    , m_rollover(new QSpinBox(this))
    , m_overage(new QComboBox(this))
    , m_overageRate(new QLineEdit(this))
    , m_elsewhere(new QCheckBox(tr("Already billed outside Minuta: no line on a draft invoice"), this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("packDialog"));
    setWindowTitle(tr("Sell a Pack to %1").arg(client.name));
    const QLocale locale = m_workspace.locale();
    const QString currency = client.currency.code();

    m_name->setPlaceholderText(tr("Optional, such as “Autumn”"));
    m_hours->setRange(0, 9999);
    m_hours->setSuffix(tr(" h"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    auto *unitsLayout = new QVBoxLayout(m_units);
    unitsLayout->setContentsMargins(0, 0, 0, 0);
    addUnitsRow();
    m_addUnits->setObjectName(QStringLiteral("addUnits"));
    m_addUnits->setIcon(look::icon(QStringLiteral("add")));
    m_addUnits->setToolTip(tr("Cover units of one more service"));
    m_addUnits->setFlat(true);
    connect(m_addUnits, &QPushButton::clicked, this, [this] { addUnitsRow(); });
    m_amount->setPlaceholderText(tr("none"));
    m_price->setPlaceholderText(Money(30000, client.currency).formatNumber(locale));
    const QDate today = m_workspace.today();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateFieldFormat(locale));
    }
    m_from->setDate(today);
    m_until->setDate(today.addMonths(3).addDays(-1));
    m_renew->addItem(tr("Does not renew"), renewalName(Renewal::None));
    m_renew->addItem(tr("Every week"), renewalName(Renewal::Weekly));
    m_renew->addItem(tr("Every month"), renewalName(Renewal::Monthly));
    m_renew->addItem(tr("Every quarter"), renewalName(Renewal::Quarterly));
    m_rollover->setRange(0, 9999);
    m_rollover->setSuffix(tr(" h"));
    m_rollover->setToolTip(tr("Unused hours carried into the next period, at most"));
    m_overage->addItem(tr("Bill it on the client's usual terms"), packs::overageName(packs::Overage::Client));
    m_overage->addItem(tr("Bill it at an hourly rate of:"), packs::overageName(packs::Overage::Rate));
    m_overage->addItem(tr("Hold it back and warn me"), packs::overageName(packs::Overage::Stop));
    if (client.hourlyRate)
        m_overageRate->setPlaceholderText(client.hourlyRate->formatNumber(locale));

    const auto row = [this](QWidget *widget, const char *name) {
        if (widget->objectName().isEmpty())
            widget->setObjectName(QString::fromLatin1(name));
        return m_errors->withErrorLine(this, QString::fromLatin1(name), widget);
    };
    m_hours->setObjectName(QStringLiteral("hours"));
    m_price->setObjectName(QStringLiteral("price"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_until->setObjectName(QStringLiteral("until"));
    m_overageRate->setObjectName(QStringLiteral("overageRate"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), row(m_name, "name"));
    form->addRow(tr("&Time:"), row(inRow(this, {m_hours, m_minutes}), "minutes"));
    auto *unitsBox = new QWidget(this);
    auto *unitsColumn = new QVBoxLayout(unitsBox);
    unitsColumn->setContentsMargins(0, 0, 0, 0);
    unitsColumn->setSpacing(2);
    unitsColumn->addWidget(m_units);
    unitsColumn->addWidget(m_addUnits, 0, Qt::AlignLeft);
    form->addRow(tr("&Units:"), row(unitsBox, "units"));
    form->addRow(tr("&Credit:"), row(inRow(this, {m_amount, new QLabel(currency, this)}, false), "amount"));
    form->addRow(tr("&Price:"), row(inRow(this, {m_price, new QLabel(currency, this)}, false), "price"));
    form->addRow(tr("&From:"), row(m_from, "from"));
    QWidget *untilRow = inRow(this, {m_hasUntil, m_until});
    untilRow->setObjectName(QStringLiteral("untilRow"));
    form->addRow(QString(), row(untilRow, "until"));
    form->addRow(tr("&Renews:"), row(m_renew, "renew"));
    form->addRow(tr("Carry &over:"), row(m_rollover, "rolloverCap"));
    form->addRow(tr("&Beyond it:"), row(inRow(this, {m_overage, m_overageRate}, false), "overage"));
    form->addRow(QString(), m_elsewhere);

    auto *note =
        new QLabel(tr("Work for %1 from the first day draws the pack down, oldest pack first; what it "
                      "covers shows on invoices at no charge.")
                       .arg(client.name),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sell"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QComboBox *box : {m_renew, m_overage})
        connect(box, &QComboBox::currentIndexChanged, this, &PackDialog::updateEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, this, &PackDialog::updateEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, &PackDialog::updateEnabled);
    updateEnabled();
}

PackDialog::PackDialog(Workspace &workspace, const Client &client, const PackState &existing, QWidget *parent)
    : PackDialog(workspace, client, parent)
{
    m_existing = existing;
    setWindowTitle(tr("Edit a Pack of %1").arg(client.name));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    fill(existing.pack);
}

void PackDialog::fill(const Pack &p)
{
    const QLocale locale = m_workspace.locale();
    m_name->setText(p.name);
    m_hours->setValue(int(p.minutes / 60));
    m_minutes->setValue(int(p.minutes % 60));
    for (qsizetype k = 0; k < p.units.size(); ++k) {
        if (k > 0)
            addUnitsRow();
        const UnitsRow &r = m_unitsRows[k];
        r.service->setCurrentIndex(qMax(0, r.service->findData(p.units[k].serviceId)));
        r.quantity->setText(p.units[k].quantity.format(locale));
    }
    if (p.amount)
        m_amount->setText(p.amount->formatNumber(locale));
    m_price->setText(p.price.formatNumber(locale));
    m_from->setDate(p.from);
    m_renew->setCurrentIndex(qMax(0, m_renew->findData(renewalName(p.renewal))));
    m_hasUntil->setChecked(p.until.has_value());
    if (p.until)
        m_until->setDate(*p.until);
    m_rollover->setValue(int(p.rolloverCapMinutes / 60));
    m_overage->setCurrentIndex(qMax(0, m_overage->findData(packs::overageName(p.overage))));
    if (p.overageRate)
        m_overageRate->setText(p.overageRate->formatNumber(locale));
    m_elsewhere->setChecked(p.billedElsewhere);
    // Where it was sold is settled when it was.
    m_elsewhere->setEnabled(false);
    updateEnabled();
}

void PackDialog::addUnitsRow(std::optional<qint64> serviceId, const QString &quantity)
{
    auto *row = new QWidget(m_units);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *service = new QComboBox(row);
    auto *amount = new QLineEdit(row);
    const bool first = m_unitsRows.isEmpty();
    service->setObjectName(first ? QStringLiteral("service")
                                 : QStringLiteral("service%1").arg(m_unitsRows.size() + 1));
    amount->setObjectName(first ? QStringLiteral("quantity")
                                : QStringLiteral("quantity%1").arg(m_unitsRows.size() + 1));
    service->addItem(tr("No units"), QVariant());
    if (auto services = m_workspace.services().list())
        for (const Service &s : *services)
            service->addItem(s.name, s.id);
    if (serviceId)
        service->setCurrentIndex(qMax(0, service->findData(*serviceId)));
    amount->setPlaceholderText(QStringLiteral("100"));
    amount->setText(quantity);
    amount->setAccessibleName(tr("Quantity"));
    layout->addWidget(service);
    layout->addWidget(amount);
    if (!first) {
        auto *remove = new QPushButton(look::icon(QStringLiteral("delete")), QString(), row);
        remove->setFlat(true);
        remove->setToolTip(tr("Leave this service out"));
        remove->setAccessibleName(tr("Remove"));
        layout->addWidget(remove);
        connect(remove, &QPushButton::clicked, this, [this, row] {
            for (qsizetype k = 0; k < m_unitsRows.size(); ++k)
                if (m_unitsRows[k].row == row)
                    m_unitsRows.removeAt(k);
            row->deleteLater();
        });
    }
    layout->addStretch();
    m_units->layout()->addWidget(row);
    m_unitsRows.append({row, service, amount});
    connect(service, &QComboBox::currentIndexChanged, this, &PackDialog::updateEnabled);
    if (!first)
        service->setFocus();
    updateEnabled();
}

void PackDialog::updateEnabled()
{
    const auto renewal = renewalFromName(m_renew->currentData().toString()).value_or(Renewal::None);
    // A retainer's period ends as it renews.
    if (renewal != Renewal::None) {
        m_hasUntil->setChecked(true);
        m_until->setDate(periodEnd(m_from->date(), renewal));
    }
    m_hasUntil->setEnabled(renewal == Renewal::None);
    m_until->setEnabled(renewal == Renewal::None && m_hasUntil->isChecked());
    m_rollover->setEnabled(renewal != Renewal::None);
    for (const UnitsRow &r : std::as_const(m_unitsRows))
        r.quantity->setEnabled(r.service->currentData().isValid());
    m_overageRate->setEnabled(m_overage->currentData().toString()
                              == packs::overageName(packs::Overage::Rate));
}

Result<Pack> PackDialog::pack() const
{
    const QLocale locale = m_workspace.locale();
    Pack p;
    p.clientId = m_client.id;
    p.name = m_name->text();
    p.minutes = qint64(m_hours->value()) * 60 + m_minutes->value();
    for (const UnitsRow &r : m_unitsRows) {
        if (!r.service->currentData().isValid())
            continue;
        auto quantity = Quantity::parse(r.quantity->text(), locale);
        if (!quantity)
            return Error(quantity.error().code(),
                         tr("%1: %2").arg(r.service->currentText(), quantity.error().message()),
                         QStringLiteral("units"));
        PackUnits u;
        u.serviceId = r.service->currentData().toLongLong();
        u.service = r.service->currentText();
        u.quantity = *quantity;
        for (const PackUnits &other : std::as_const(p.units))
            if (other.serviceId == u.serviceId)
                return Error(ErrorCode::InvalidInput,
                             tr("%1 is chosen twice; give its units once.").arg(u.service),
                             QStringLiteral("units"));
        p.units.append(u);
    }
    if (!m_amount->text().trimmed().isEmpty()) {
        auto amount = Money::parse(m_amount->text(), m_client.currency, locale);
        if (!amount)
            return Error(amount.error().code(), amount.error().message(), QStringLiteral("amount"));
        if (!amount->isZero())
            p.amount = *amount;
    }
    auto price = Money::parse(m_price->text(), m_client.currency, locale);
    if (!price)
        return Error(price.error().code(), price.error().message(), QStringLiteral("price"));
    p.price = *price;
    p.from = m_from->date();
    p.renewal = renewalFromName(m_renew->currentData().toString()).value_or(Renewal::None);
    if (m_hasUntil->isChecked())
        p.until = m_until->date();
    if (p.renewal != Renewal::None)
        p.rolloverCapMinutes = qint64(m_rollover->value()) * 60;
    p.overage = packs::overageFromName(m_overage->currentData().toString()).value_or(packs::Overage::Client);
    if (p.overage == packs::Overage::Rate) {
        auto rate = Money::parse(m_overageRate->text(), m_client.currency, locale);
        if (!rate)
            return Error(rate.error().code(), rate.error().message(), QStringLiteral("overage"));
        p.overageRate = *rate;
    }
    p.billedElsewhere = m_elsewhere->isChecked();
    return p;
}

void PackDialog::accept()
{
    m_errors->clear();
    auto p = pack();
    if (!p) {
        m_errors->show(p.error(), m_generalError);
        return;
    }
    if (m_existing)
        p->id = m_existing->pack.id;
    auto sold = m_existing ? m_workspace.packs().edit(*p) : m_workspace.packs().add(*p);
    if (!sold) {
        m_errors->show(sold.error(), m_generalError);
        return;
    }
    m_sold = *sold;
    m_workspace.notify(Workspace::Invoices | Workspace::Clients);
    QDialog::accept();
}

} // namespace minuta::ui
