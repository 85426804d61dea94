#include "usagedialog.h"

#include "clientlistmodel.h"
#include "commands/addusagecommand.h"
#include "commands/editusagecommand.h"
#include "fielderrors.h"
#include "format.h"
#include "workspace.h"

#include "values/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace minuta::ui {

UsageDialog::UsageDialog(Workspace &workspace, std::optional<Usage> existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_client(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_quantity(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_when(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("usageDialog"));
    setWindowTitle(m_existing ? tr("Edit Usage") : tr("Log Units"));
    fillClientsAndServices();
    setUpFields();
    QFormLayout *form = buildForm();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UsageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_quantity->setFocus();
}

// The clients, those worked for most recently first, and the services.
void UsageDialog::fillClientsAndServices()
{
    auto clients = m_workspace.clients().list(m_existing.has_value());
    auto recent = m_workspace.entries().recentClientIds();
    QList<Client> ordered = clients ? *clients : QList<Client>();
    if (recent)
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Client &a, const Client &b) {
            const auto ia = recent->indexOf(a.id), ib = recent->indexOf(b.id);
            return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
        });
    for (const Client &c : std::as_const(ordered))
        m_client->addItem(ClientListModel::swatch(c.color), c.name, c.id);
    if (auto services = m_workspace.services().list(m_existing.has_value()))
        for (const Service &s : *services)
            m_service->addItem(s.name, s.id);
}

// The fields, with the usage's values, or now and one unit for new usage.
void UsageDialog::setUpFields()
{
    m_client->setAccessibleName(tr("Client"));
    m_service->setAccessibleName(tr("Service"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setPlaceholderText(tr("1"));
    const QTimeZone zone = m_workspace.clock().timeZone();
    const qint64 at = m_existing ? m_existing->at : m_workspace.clock().nowSecs();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at, zone);
    m_when->setDateTime(QDateTime(local.date(), local.time()));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(format::dateFieldFormat(m_workspace.locale()) + QLatin1Char(' ')
                             + format::timeFormat(m_workspace.locale()));
    m_when->setAccessibleName(tr("When"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(2000);
    if (m_existing) {
        m_client->setCurrentIndex(m_client->findData(m_existing->clientId));
        m_service->setCurrentIndex(m_service->findData(m_existing->serviceId));
        m_quantity->setText(m_existing->quantity.format(m_workspace.locale()));
        m_note->setText(m_existing->note);
    }
    updateUnit();
    connect(m_service, &QComboBox::currentIndexChanged, this, &UsageDialog::updateUnit);
}

QFormLayout *UsageDialog::buildForm()
{
    const auto row = [this](QWidget *widget, const char *name) {
        return m_errors->withErrorLine(this, QString::fromLatin1(name), widget);
    };
    auto *quantityRow = new QHBoxLayout;
    quantityRow->setContentsMargins(0, 0, 0, 0);
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_unit);
    quantityRow->addStretch();
    auto *quantityBox = new QWidget(this);
    quantityBox->setLayout(quantityRow);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), row(m_client, "client"));
    form->addRow(tr("&Service:"), row(m_service, "service"));
    form->addRow(tr("&Quantity:"), row(quantityBox, "quantity"));
    form->addRow(tr("&When:"), row(m_when, "at"));
    form->addRow(tr("&Note:"), row(m_note, "note"));
    return form;
}

void UsageDialog::updateUnit()
{
    auto service = m_workspace.services().get(m_service->currentData().toLongLong());
    m_unit->setText(service ? service->unit : QString());
}

Result<Usage> UsageDialog::usage() const
{
    Usage u = m_existing.value_or(Usage{});
    u.clientId = m_client->currentData().toLongLong();
    u.serviceId = m_service->currentData().toLongLong();
    auto quantity = Quantity::parse(m_quantity->text(), m_workspace.locale());
    if (!quantity)
        return quantity.error();
    u.quantity = *quantity;
    u.at = QDateTime(m_when->date(), m_when->time(), m_workspace.clock().timeZone()).toSecsSinceEpoch();
    u.note = m_note->text();
    return u;
}

void UsageDialog::accept()
{
    m_errors->clear();
    if (m_client->count() == 0 || m_service->count() == 0) {
        m_errors->show(Error(ErrorCode::InvalidInput, m_client->count() == 0
                                                          ? tr("Add a client first.")
                                                          : tr("Add a service to the catalog first.")),
                       m_generalError);
        return;
    }
    auto u = usage();
    Result<void> saved = u ? (m_existing ? m_workspace.run(new EditUsageCommand(m_workspace, *m_existing, *u))
                                         : m_workspace.run(new AddUsageCommand(m_workspace, *u)))
                           : Result<void>(u.error());
    if (!saved) {
        m_errors->show(saved.error(), m_generalError);
        return;
    }
    QDialog::accept();
}

} // namespace minuta::ui
