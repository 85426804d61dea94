#include "clientspage.h"

#include "clientdialog.h"
#include "clientlistmodel.h"
#include "commands/archiveclientcommand.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "packdialog.h"
#include "recurringdialog.h"
#include "workspace.h"

#include "io/packstatement.h"
#include "io/packstatementpdf.h"
#include "values/timeutil.h"

#include <utility>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.toUpper(), parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ClientsPage::ClientsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ClientListModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(tr("Show archived"), this))
    , m_list(new QListView(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("clientsPage"));
    m_new = new QAction(look::icon(QStringLiteral("add")), tr("&New Client…"), this);
    // The shortcut belongs to the Work menu's action, which works from every section; a second
    // action with the same keys would make both ambiguous.
    m_new->setToolTip(tr("Add a client (Ctrl+Shift+N)"));
    connect(m_new, &QAction::triggered, this, &ClientsPage::newClient);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setAccessibleName(tr("Clients"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setSpacing(1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showArchived, &QCheckBox::toggled, m_model, &ClientListModel::setShowArchived);

    auto *newButton = new QPushButton(m_new->icon(), tr("New Client…"), this);
    newButton->setToolTip(m_new->toolTip());
    connect(newButton, &QPushButton::clicked, m_new, &QAction::trigger);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_showArchived);
    leftLayout->addWidget(newButton);

    // The client's page.
    m_detailsPage = new QWidget(this);
    m_title = new QLabel(m_detailsPage);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(m_detailsPage);
    m_details->setObjectName(QStringLiteral("clientDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unbilled = new QLabel(m_detailsPage);
    m_unbilled->setObjectName(QStringLiteral("clientUnbilled"));
    m_unbilled->setTextFormat(Qt::PlainText);
    QFont unbilledFont = m_unbilled->font();
    unbilledFont.setPointSizeF(unbilledFont.pointSizeF() * 1.5);
    unbilledFont.setBold(true);
    m_unbilled->setFont(unbilledFont);
    m_unbilledDetail = new QLabel(m_detailsPage);
    m_unbilledDetail->setTextFormat(Qt::PlainText);
    m_drafted = new QLabel(m_detailsPage);
    m_drafted->setObjectName(QStringLiteral("clientDrafted"));
    m_drafted->setTextFormat(Qt::PlainText);
    m_drafted->setWordWrap(true);
    m_drafted->setStyleSheet(look::warningStyle());
    m_month = new QLabel(m_detailsPage);
    m_month->setObjectName(QStringLiteral("clientMonth"));
    m_month->setTextFormat(Qt::PlainText);
    m_lastInvoice = new QLabel(m_detailsPage);
    m_lastInvoice->setObjectName(QStringLiteral("clientLastInvoice"));
    m_lastInvoice->setTextFormat(Qt::PlainText);
    m_balance = new QLabel(m_detailsPage);
    m_balance->setObjectName(QStringLiteral("clientBalance"));
    m_balance->setTextFormat(Qt::PlainText);
    m_balance->setWordWrap(true);
    m_packs = new QWidget(m_detailsPage);
    m_packs->setObjectName(QStringLiteral("clientPacks"));
    auto *packsLayout = new QVBoxLayout(m_packs);
    packsLayout->setContentsMargins(0, 0, 0, 0);
    packsLayout->setSpacing(6);
    m_noPacks = new QLabel(tr("None in use. A pack of hours, units or credit is drawn down by the work it "
                              "covers."),
                           m_detailsPage);
    m_noPacks->setObjectName(QStringLiteral("clientNoPacks"));
    m_noPacks->setWordWrap(true);
    m_sellPack = new QPushButton(look::icon(QStringLiteral("add")), tr("Sell a Pack…"), m_detailsPage);
    m_sellPack->setObjectName(QStringLiteral("clientSellPack"));
    m_sellPack->setToolTip(tr("Sell the client prepaid hours, units or credit, once or every period"));
    connect(m_sellPack, &QPushButton::clicked, this, &ClientsPage::sellPack);
    m_fees = new QWidget(m_detailsPage);
    m_fees->setObjectName(QStringLiteral("clientFees"));
    auto *feesLayout = new QVBoxLayout(m_fees);
    feesLayout->setContentsMargins(0, 0, 0, 0);
    feesLayout->setSpacing(6);
    m_noFees = new QLabel(m_detailsPage);
    m_noFees->setObjectName(QStringLiteral("clientNoFees"));
    m_noFees->setWordWrap(true);
    m_addFee = new QPushButton(look::icon(QStringLiteral("add")), tr("Add a Recurring Fee…"), m_detailsPage);
    m_addFee->setObjectName(QStringLiteral("clientAddFee"));
    m_addFee->setToolTip(tr("Bill the client a fixed fee every week, month, quarter or year"));
    connect(m_addFee, &QPushButton::clicked, this, &ClientsPage::addFee);
    m_edit = new QPushButton(look::icon(QStringLiteral("edit")), tr("Edit…"), m_detailsPage);
    m_archive = new QPushButton(m_detailsPage);
    m_invoice = new QPushButton(look::icon(QStringLiteral("section-invoices")), tr("Invoice Unbilled Work…"),
                                m_detailsPage);
    m_invoice->setObjectName(QStringLiteral("clientInvoiceButton"));
    connect(m_edit, &QPushButton::clicked, this, &ClientsPage::editCurrent);
    connect(m_archive, &QPushButton::clicked, this, &ClientsPage::toggleArchived);
    connect(m_invoice, &QPushButton::clicked, this, [this] { Q_EMIT invoiceRequested(currentClientId()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    auto *detailsLayout = new QVBoxLayout(m_detailsPage);
    detailsLayout->setContentsMargins(20, 8, 12, 8);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_details);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("Not billed yet"), m_detailsPage));
    detailsLayout->addWidget(m_unbilled);
    detailsLayout->addWidget(m_unbilledDetail);
    detailsLayout->addWidget(m_drafted);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_invoice, 0, Qt::AlignLeft);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("Prepaid packs"), m_detailsPage));
    detailsLayout->addWidget(m_packs);
    detailsLayout->addWidget(m_noPacks);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_sellPack, 0, Qt::AlignLeft);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("Recurring fees"), m_detailsPage));
    detailsLayout->addWidget(m_fees);
    detailsLayout->addWidget(m_noFees);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_addFee, 0, Qt::AlignLeft);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("This month"), m_detailsPage));
    detailsLayout->addWidget(m_month);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("Last invoice"), m_detailsPage));
    detailsLayout->addWidget(m_lastInvoice);
    detailsLayout->addSpacing(14);
    detailsLayout->addWidget(heading(tr("Balance"), m_detailsPage));
    detailsLayout->addWidget(m_balance);
    detailsLayout->addStretch();
    detailsLayout->addLayout(buttons);

    m_empty = new EmptyState(
        look::icon(QStringLiteral("section-clients")), tr("No clients yet"),
        tr("Add the people and companies you work for, with their rates and how they are billed."), this);
    m_empty->setObjectName(QStringLiteral("clientsEmpty"));
    m_empty->addAction(m_new);
    // Packs and fees make the page long: it scrolls rather than squeezing its rows.
    m_detailsScroll = new QScrollArea(this);
    m_detailsScroll->setObjectName(QStringLiteral("clientPageScroll"));
    m_detailsScroll->setWidget(m_detailsPage);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_detailsScroll);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClientsPage::showCurrent);
    // A reload keeps the chosen client chosen (or picks the one just added, once it is listed).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingId == 0)
            m_pendingId = currentClientId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 wanted = std::exchange(m_pendingId, 0);
        if (wanted != 0)
            selectClient(wanted);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        showCurrent();
    });
    connect(&workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes & (Workspace::Entries | Workspace::Invoices | Workspace::Usage | Workspace::Settings))
            showCurrent();
    });
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

qint64 ClientsPage::currentClientId() const
{
    return m_list->currentIndex().data(ClientListModel::IdRole).toLongLong();
}

void ClientsPage::selectClient(qint64 id)
{
    const QModelIndex source = m_model->indexOfClient(id);
    if (source.isValid())
        m_list->setCurrentIndex(m_proxy->mapFromSource(source));
    else
        m_pendingId = id; // added a moment ago: the list reloads on the next turn of the event loop
}

QString ClientsPage::detailsText() const
{
    return QStringList{m_title->text(),   m_details->text(), m_unbilled->text(),    m_unbilledDetail->text(),
                       m_drafted->text(), m_month->text(),   m_lastInvoice->text(), m_balance->text()}
        .join(QLatin1Char('\n'));
}

void ClientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showCurrent();
}

void ClientsPage::showCurrent()
{
    // The figures cost queries: a hidden page only notes that they are out of date.
    m_stale = !isVisible();
    if (m_stale)
        return;
    if (m_model->rowCount() == 0 && !m_showArchived->isChecked()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_detailsScroll);
    const qint64 id = currentClientId();
    auto client = m_workspace.clients().get(id);
    m_detailsPage->setEnabled(client.ok());
    if (!client) {
        m_title->setText(tr("Choose a client"));
        m_details->clear();
        m_unbilled->clear();
        m_unbilledDetail->clear();
        m_drafted->clear();
        m_month->clear();
        m_lastInvoice->clear();
        m_balance->clear();
        showPacks(Client(), {});
        showFees(Client());
        return;
    }
    const Client &c = *client;
    const QLocale locale = m_workspace.locale();
    m_title->setText(c.archived ? tr("%1 (archived)").arg(c.name) : c.name);
    QStringList lines;
    if (!c.contactName.isEmpty())
        lines << c.contactName;
    QStringList reach;
    if (!c.email.isEmpty())
        reach << c.email;
    if (!c.phone.isEmpty())
        reach << c.phone;
    if (!reach.isEmpty())
        lines << reach.join(QStringLiteral(" · "));
    if (const QStringList address = c.addressLines(); !address.isEmpty())
        lines << address.join(QStringLiteral(", "));
    if (!c.vatId.isEmpty())
        lines << tr("VAT number %1").arg(c.vatId);
    QString rate;
    if (c.hourlyRate) {
        rate = tr("%1 an hour").arg(c.hourlyRate->format(locale));
    } else {
        const auto defaults = m_workspace.settings().businessDefaults();
        rate = defaults && defaults->hourlyRate && defaults->hourlyRate->currency() == c.currency
                   ? tr("%1 an hour (the default rate)").arg(defaults->hourlyRate->format(locale))
                   : tr("No hourly rate yet");
    }
    lines << tr("%1 · billed in %n-minute steps, rounded %2 · pays in %3 days", nullptr,
                c.billing.incrementMinutes)
                 .arg(rate, c.billing.rounding == RoundingMode::Up        ? tr("up")
                            : c.billing.rounding == RoundingMode::Nearest ? tr("to the nearest")
                                                                          : tr("down"))
                 .arg(c.paymentTermsDays);
    if (c.withholding)
        lines << tr("Withholds tax (ritenuta d'acconto)");
    if (!c.notes.isEmpty())
        lines << c.notes;
    m_details->setText(lines.join(QLatin1Char('\n')));

    // Work a draft holds is neither unbilled (no other invoice may take it) nor billed (no invoice
    // with a number says so yet): it is drafted, until the draft is issued or deleted.
    InvoiceFilter drafts;
    drafts.clientId = c.id;
    drafts.status = InvoiceStatus::Draft;
    drafts.kind = InvoiceKind::Invoice;
    MoneyTotals drafted;
    int draftCount = 0;
    if (auto list = m_workspace.invoices().list(drafts))
        for (const InvoiceSummary &s : *list) {
            (void)drafted.add(s.total);
            ++draftCount;
        }
    m_drafted->setText(draftCount ? tr("%1 on %n draft(s) not issued yet: issue from Invoices to bill it.",
                                       nullptr, draftCount)
                                        .arg(drafted.format(locale))
                                  : QString());
    m_drafted->setVisible(draftCount > 0);

    // The client's packs, drawn once for both the list and what they cover of the unbilled work.
    auto packsOf = m_workspace.packs().ofClient(c);
    auto report = m_workspace.unbilled().forClient(c.id);
    if (report) {
        const billing::Statement &s = report->statement;
        const bool nothing = s.time.isEmpty() && s.usage.isEmpty();
        // What prepaid packs cover bills nothing: the figure is what an invoice would still ask.
        std::optional<CoveredShare> share;
        if (packsOf && !packsOf->coverage.packs.isEmpty())
            share = coveredShare(coveredParts(s, packsOf->coverage), c.currency);
        m_unbilled->setText(!nothing     ? (share ? share->billable : s.total).format(locale)
                            : draftCount ? tr("Nothing beyond the drafts.")
                                         : tr("Nothing: every piece of work is billed."));
        QStringList parts;
        if (!s.time.isEmpty())
            parts << tr("%1 h of work").arg(timeutil::formatDuration(s.billedSeconds));
        if (!s.usage.isEmpty())
            parts << tr("%n use(s) of services", nullptr, int(s.usage.size()));
        if (share && share->coveredSeconds > 0)
            parts << tr("%1 h covered by packs").arg(timeutil::formatDuration(share->coveredSeconds));
        if (share && share->heldSeconds > 0)
            parts << tr("%1 h held back: the pack is used up")
                         .arg(timeutil::formatDuration(share->heldSeconds));
        m_unbilledDetail->setText(parts.join(QStringLiteral(" · ")));
        m_unbilledDetail->setVisible(!nothing);
        m_invoice->setEnabled(!c.archived && (!s.time.isEmpty() || !s.usage.isEmpty()));
    }
    const QDate today = m_workspace.today();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    TimeEntryFilter month;
    month.clientId = c.id;
    month.from = timeutil::startOfDay(firstOfMonth, m_workspace.clock().timeZone());
    month.to = timeutil::startOfDay(firstOfMonth.addMonths(1), m_workspace.clock().timeZone());
    if (auto totals = m_workspace.entries().totals(month); totals && totals->count > 0)
        m_month->setText(tr("%1 h logged, %2 h billable")
                             .arg(timeutil::formatDuration(totals->seconds),
                                  timeutil::formatDuration(totals->billableSeconds)));
    else
        m_month->setText(tr("No time logged yet."));

    InvoiceFilter filter;
    filter.clientId = c.id;
    filter.kind = InvoiceKind::Invoice;
    auto invoices = m_workspace.invoices().list(filter);
    QString last = tr("None yet.");
    if (invoices) {
        for (const InvoiceSummary &s : *invoices) {
            if (s.status != InvoiceStatus::Issued)
                continue;
            last = tr("%1 of %2, %3 — %4")
                       .arg(*s.number, format::date(s.issueDate, locale), s.total.format(locale),
                            s.paymentState == PaymentState::Paid ? tr("paid")
                            : s.overdue ? tr("overdue, %1 still due").arg(s.balance.format(locale))
                                        : tr("%1 still due").arg(s.balance.format(locale)));
            break;
        }
    }
    m_lastInvoice->setText(last);
    // Open invoices less the credit owed back to the client, per currency.
    QStringList balances;
    if (auto list = m_workspace.reports().balances(c.id)) {
        for (const ClientBalance &b : *list) {
            QString text = b.balance.isNegative()
                               ? tr("%1 owed back to the client").arg(b.balance.negated()->format(locale))
                               : tr("%1 owed").arg(b.balance.format(locale));
            if (!b.due.isZero() && !b.credit.isZero())
                text += QLatin1Char(' ')
                        + tr("(%1 still due, less %2 of credit)")
                              .arg(b.due.format(locale), b.credit.format(locale));
            balances << text;
        }
    }
    m_balance->setText(balances.isEmpty() ? tr("Nothing owed either way.")
                                          : balances.join(QLatin1Char('\n')));
    showPacks(c, packsOf ? packsOf->current : QList<PackState>());
    showFees(c);
    m_archive->setText(c.archived ? tr("Restore") : tr("Archive"));
    m_archive->setToolTip(c.archived ? tr("Bring the client back to the lists")
                                     : tr("Hide the client from the lists; their history stays"));
}

void ClientsPage::showPacks(const Client &client, const QList<PackState> &packs)
{
    // The rows are made anew each time: a handful of packs, shown when the client is.
    const QList<QWidget *> old = m_packs->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : old)
        delete w;
    m_sellPack->setEnabled(client.id != 0 && !client.archived);
    m_noPacks->setVisible(packs.isEmpty());
    m_packs->setVisible(!packs.isEmpty());
    const QLocale locale = m_workspace.locale();
    const int warnAt =
        m_workspace.settings().businessDefaults().value_or(BusinessDefaults{}).packWarningPercent;
    for (const PackState &s : std::as_const(packs)) {
        const Pack &p = s.pack;
        auto *row = new QWidget(m_packs);
        row->setObjectName(QStringLiteral("pack%1").arg(p.id));
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        // In the program's own words.
        const QString what = packContents(
            p, locale.language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en"), locale);
        QString days = p.until
                           ? tr("%1 to %2").arg(format::date(p.from, locale), format::date(*p.until, locale))
                           : tr("from %1").arg(format::date(p.from, locale));
        if (p.renewal != Renewal::None)
            days += QStringLiteral(" · ") + tr("renews");
        auto *title = new QLabel((p.name.isEmpty() ? what : p.name + QStringLiteral(": ") + what)
                                     + QStringLiteral(" · ") + days,
                                 row);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("packUsed"));
        bar->setRange(0, 1000);
        bar->setValue(qBound(0, s.usedPermille, 1000));
        bar->setTextVisible(false);
        bar->setMaximumHeight(10);
        bar->setAccessibleName(tr("Used"));
        auto *left = new QLabel(packLeft(s, locale), row);
        left->setObjectName(QStringLiteral("packLeft"));
        left->setTextFormat(Qt::PlainText);
        if (s.status == packs::Status::Exhausted || packs::pastThreshold(s.balance, warnAt))
            left->setStyleSheet(look::warningStyle());
        QString state =
            s.status == packs::Status::Exhausted ? tr("used up") : tr("%1 % used").arg(s.usedPermille / 10);
        if (s.balance.overageSeconds > 0)
            state += QStringLiteral(" · ")
                     + tr("%1 beyond it").arg(timeutil::formatDuration(s.balance.overageSeconds));
        if (p.billedElsewhere)
            state += QStringLiteral(" · ") + tr("billed elsewhere");
        else if (p.saleInvoiceId)
            state += QStringLiteral(" · ")
                     + (p.saleIssued() ? tr("invoice %1").arg(p.saleInvoiceNumber.value_or(QString()))
                                       : tr("on a draft invoice"));
        auto *status = new QLabel(state, row);
        status->setForegroundRole(QPalette::PlaceholderText);
        auto *statement = new QPushButton(tr("Statement…"), row);
        statement->setObjectName(QStringLiteral("packStatement"));
        statement->setToolTip(tr("Write the pack's statement for the client, in their language"));
        connect(statement, &QPushButton::clicked, this, [this, id = p.id] { writeStatement(id); });
        auto *change = new QPushButton(look::icon(QStringLiteral("edit")), tr("Edit…"), row);
        change->setObjectName(QStringLiteral("packEdit"));
        change->setToolTip(tr("Change what the pack covers, its price or its days"));
        change->setEnabled(!client.archived);
        connect(change, &QPushButton::clicked, this, [this, id = p.id] { editPack(id); });
        auto *close = new QPushButton(tr("Close…"), row);
        close->setObjectName(QStringLiteral("packClose"));
        close->setToolTip(tr("End the pack today: later work no longer draws on it"));
        connect(close, &QPushButton::clicked, this, [this, id = p.id] { closePack(id); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(change);
        buttons->addWidget(close);
        buttons->addWidget(statement);
        grid->addWidget(title, 0, 0, 1, 2);
        grid->addWidget(bar, 1, 0);
        grid->addWidget(left, 1, 1);
        grid->addWidget(status, 2, 0);
        grid->addLayout(buttons, 2, 1, Qt::AlignRight);
        grid->setColumnStretch(0, 1);
        m_packs->layout()->addWidget(row);
    }
}

void ClientsPage::showFees(const Client &client)
{
    const QList<QWidget *> old = m_fees->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : old)
        delete w;
    m_addFee->setEnabled(client.id != 0 && !client.archived);
    QList<RecurringLine> fees;
    m_noFees->setText(tr("None. A fixed fee, such as mailbox management every month, goes on the client's "
                         "draft invoice on each period's first day."));
    if (client.id != 0) {
        auto listed = m_workspace.recurring().list(client.id);
        if (listed)
            fees = *listed;
        else
            m_noFees->setText(listed.error().message());
    }
    m_noFees->setVisible(fees.isEmpty());
    m_fees->setVisible(!fees.isEmpty());
    const QLocale locale = m_workspace.locale();
    const QDate today = m_workspace.today();
    for (const RecurringLine &l : std::as_const(fees)) {
        auto *row = new QWidget(m_fees);
        row->setObjectName(QStringLiteral("fee%1").arg(l.id));
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        QString price = l.unitPrice.format(locale);
        if (l.quantity.milli() != 1000)
            price = tr("%1 × %2").arg(l.quantity.format(locale), price);
        QString every;
        switch (l.every) {
        case Every::Week:
            every = tr("%1 a week").arg(price);
            break;
        case Every::Month:
            every = tr("%1 a month").arg(price);
            break;
        case Every::Quarter:
            every = tr("%1 a quarter").arg(price);
            break;
        case Every::Year:
            every = tr("%1 a year").arg(price);
            break;
        }
        if (l.taxRate)
            every += QStringLiteral(" · ") + tr("tax %1").arg(l.taxRate->format(locale));
        auto *title = new QLabel(l.description + QStringLiteral(" · ") + every, row);
        title->setObjectName(QStringLiteral("feeTitle"));
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QString days = l.until
                           ? tr("%1 to %2").arg(format::date(l.from, locale), format::date(*l.until, locale))
                           : tr("from %1").arg(format::date(l.from, locale));
        const auto next = nextPeriod(l);
        if (!next)
            days += QStringLiteral(" · ") + tr("ended");
        else if (*next > today)
            days += QStringLiteral(" · ") + tr("next on %1").arg(format::date(*next, locale));
        else if (client.archived)
            days += QStringLiteral(" · ") + tr("waiting: the client is archived");
        else if (client.currency != l.unitPrice.currency())
            days +=
                QStringLiteral(" · ") + tr("waiting: the client now bills in %1").arg(client.currency.code());
        else
            days += QStringLiteral(" · ")
                    + tr("due from %1: goes on the draft within a minute").arg(format::date(*next, locale));
        auto *status = new QLabel(days, row);
        status->setObjectName(QStringLiteral("feeStatus"));
        status->setTextFormat(Qt::PlainText);
        status->setWordWrap(true);
        status->setForegroundRole(QPalette::PlaceholderText);
        auto *change = new QPushButton(look::icon(QStringLiteral("edit")), tr("Edit…"), row);
        change->setObjectName(QStringLiteral("feeEdit"));
        change->setToolTip(tr("Change the fee's price, description or last day"));
        change->setEnabled(!client.archived);
        connect(change, &QPushButton::clicked, this, [this, id = l.id] { editFee(id); });
        auto *remove = new QPushButton(look::icon(QStringLiteral("delete")), tr("Delete…"), row);
        remove->setObjectName(QStringLiteral("feeDelete"));
        remove->setToolTip(tr("Stop billing the fee; the lines it already put on invoices stay"));
        connect(remove, &QPushButton::clicked, this, [this, id = l.id] { deleteFee(id); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(change);
        buttons->addWidget(remove);
        grid->addWidget(title, 0, 0, 1, 2);
        grid->addWidget(status, 1, 0);
        grid->addLayout(buttons, 1, 1, Qt::AlignRight | Qt::AlignTop);
        grid->setColumnStretch(0, 1);
        m_fees->layout()->addWidget(row);
    }
}

void ClientsPage::addFee()
{
    auto client = m_workspace.clients().get(currentClientId());
    if (!client)
        return;
    RecurringDialog dialog(m_workspace, *client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RecurringLine &fee = dialog.saved();
    Q_EMIT message(fee.billedThrough
                       ? tr("Added the fee for %1; its periods so far are on a draft invoice, to issue from "
                            "Invoices.")
                             .arg(client->name)
                       : tr("Added the fee for %1.").arg(client->name));
    showCurrent();
}

void ClientsPage::editFee(qint64 feeId)
{
    auto fee = m_workspace.recurring().get(feeId);
    if (!fee) {
        MessageBox::warning(this, tr("The fee was not opened"), fee.error().message());
        return;
    }
    auto client = m_workspace.clients().get(fee->clientId);
    if (!client) {
        MessageBox::warning(this, tr("The fee was not opened"), client.error().message());
        return;
    }
    RecurringDialog dialog(m_workspace, *client, *fee, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(tr("Saved the fee for %1.").arg(client->name));
    showCurrent();
}

void ClientsPage::deleteFee(qint64 feeId)
{
    auto fee = m_workspace.recurring().get(feeId);
    if (!fee) {
        MessageBox::warning(this, tr("The fee was not deleted"), fee.error().message());
        return;
    }
    if (MessageBox::choose(this, tr("Delete the Recurring Fee"),
                           tr("Stop billing %1 “%2”? The lines it already put on invoices and drafts stay; "
                              "no new period is added.")
                               .arg(fee->clientName, fee->description),
                           {{QMessageBox::Yes, tr("Delete Fee")}, {QMessageBox::Cancel, tr("Cancel")}},
                           QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    auto removed = m_workspace.recurring().remove(feeId);
    if (!removed) {
        MessageBox::warning(this, tr("The fee was not deleted"), removed.error().message());
        return;
    }
    m_workspace.notify(Workspace::Clients);
    Q_EMIT message(tr("Deleted the fee “%1”.").arg(removed->description));
    showCurrent();
}

void ClientsPage::sellPack()
{
    auto client = m_workspace.clients().get(currentClientId());
    if (!client)
        return;
    PackDialog dialog(m_workspace, *client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PackState &sold = dialog.sold();
    Q_EMIT message(sold.pack.billedElsewhere || !sold.pack.saleInvoiceId
                       ? tr("Sold %1 a pack.").arg(client->name)
                       : tr("Sold %1 a pack; its sale is on a draft invoice, to issue from Invoices.")
                             .arg(client->name));
    showCurrent();
}

void ClientsPage::editPack(qint64 packId)
{
    auto state = m_workspace.packs().get(packId);
    if (!state) {
        MessageBox::warning(this, tr("The pack was not opened"), state.error().message());
        return;
    }
    auto client = m_workspace.clients().get(state->pack.clientId);
    if (!client) {
        MessageBox::warning(this, tr("The pack was not opened"), client.error().message());
        return;
    }
    PackDialog dialog(m_workspace, *client, *state, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(tr("Saved the pack of %1.").arg(client->name));
    showCurrent();
}

void ClientsPage::closePack(qint64 packId)
{
    auto state = m_workspace.packs().get(packId);
    if (!state) {
        MessageBox::warning(this, tr("The pack was not closed"), state.error().message());
        return;
    }
    const QLocale locale = m_workspace.locale();
    const auto answer = MessageBox::choose(
        this, tr("Close the Pack"),
        tr("Close %1's pack today? Work after today no longer draws on it; what it covered up to today "
           "stays covered, and what is left of it (%2) is not carried anywhere.")
            .arg(state->pack.clientName, packLeft(*state, locale)),
        {{QMessageBox::Yes, tr("Close Pack")}, {QMessageBox::Cancel, tr("Cancel")}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto closed = m_workspace.packs().close(packId);
    if (!closed) {
        MessageBox::warning(this, tr("The pack was not closed"), closed.error().message());
        return;
    }
    m_workspace.notify(Workspace::Invoices | Workspace::Clients);
    Q_EMIT message(tr("Closed the pack of %1.").arg(state->pack.clientName));
    showCurrent();
}

void ClientsPage::writeStatement(qint64 packId)
{
    auto statement = m_workspace.packs().statement(packId);
    if (!statement) {
        MessageBox::warning(this, tr("The statement was not written"), statement.error().message());
        return;
    }
    const QString suggested =
        QStringLiteral("%1 %2.pdf")
            .arg(statement->client.name, statement->state.pack.from.toString(Qt::ISODate));
    const QString path = FileDialogs::exportFileName(
        this, tr("Write the Pack's Statement"), QStringLiteral("packs/statementFolder"), suggested,
        tr("PDF documents (*.pdf);;CSV files (*.csv)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    Result<void> written;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(packstatement::csv(*statement)) < 0
            || !file.commit())
            written = Error(ErrorCode::Io, file.errorString());
    } else {
        written = packstatement::writePdf(*statement, path);
    }
    if (!written) {
        MessageBox::warning(this, tr("The statement was not written"), written.error().message());
        return;
    }
    Q_EMIT message(tr("Wrote the statement to %1.").arg(QDir::toNativeSeparators(path)));
}

void ClientsPage::newClient()
{
    ClientDialog dialog(m_workspace, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        selectClient(dialog.saved().id);
        Q_EMIT message(tr("Added %1.").arg(dialog.saved().name));
    }
}

void ClientsPage::editCurrent()
{
    auto client = m_workspace.clients().get(currentClientId());
    if (!client)
        return;
    ClientDialog dialog(m_workspace, *client, this);
    dialog.exec();
}

void ClientsPage::toggleArchived()
{
    auto client = m_workspace.clients().get(currentClientId());
    if (!client)
        return;
    if (auto r = m_workspace.run(new ArchiveClientCommand(m_workspace, client->id, !client->archived)); !r)
        MessageBox::warning(
            this, client->archived ? tr("The client was not restored") : tr("The client was not archived"),
            r.error().message());
    else
        Q_EMIT message(
            client->archived
                ? tr("%1 is back.").arg(client->name)
                : tr("Archived %1. Undo (Ctrl+Z) or “Show archived” brings them back.").arg(client->name));
}

} // namespace minuta::ui
