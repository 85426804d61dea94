#include "invoiceactions.h"

#include "clientdialog.h"
#include "fielderrors.h"
#include "filedialogs.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "workspace.h"

#include "invoicing/einvoice.h"
#include "io/invoicepdf.h"
#include "values/clock.h"
#include "values/decimal.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

constexpr auto kChanged = Workspace::Invoices | Workspace::Entries | Workspace::Usage;

} // namespace

bool InvoiceActions::completeForEInvoice(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    for (;;) {
        auto invoice = workspace.invoices().get(invoiceId);
        if (!invoice)
            return false;
        if (invoice->parties.business.country != QLatin1String("IT"))
            return true;
        const QList<einvoice::Missing> lacking = einvoice::missing(*invoice);
        if (lacking.isEmpty())
            return true;
        QList<Error> ofClient;
        QList<Error> ofBusiness;
        QStringList said;
        for (const einvoice::Missing &m : lacking) {
            said << QStringLiteral("• ") + m.message;
            const QString inClient = clientfield::unprefixed(m.field);
            if (!inClient.isEmpty())
                ofClient << Error(ErrorCode::InvalidInput, m.message, inClient);
            else if (m.field != QLatin1String("lines") && m.field != QLatin1String("currency")
                     && m.field != QLatin1String("invoice"))
                ofBusiness << Error(ErrorCode::InvalidInput, m.message, m.field);
        }
        QList<QPair<QMessageBox::StandardButton, QString>> buttons;
        if (!ofClient.isEmpty())
            buttons.append({QMessageBox::Yes, tr("Edit Client…")});
        if (!ofBusiness.isEmpty())
            buttons.append({QMessageBox::Open, tr("Business Settings…")});
        buttons.append({QMessageBox::Cancel, tr("Cancel")});
        const auto answer = MessageBox::choose(
            parent, tr("The Electronic Invoice Is Not Complete"),
            tr("An Italian invoice is sent as an electronic invoice, and this one would lack:")
                + QStringLiteral("\n\n") + said.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + tr("Complete these details, then issue the invoice."),
            buttons, buttons.first().first);
        if (answer == QMessageBox::Yes && !ofClient.isEmpty()) {
            ClientDialog dialog(workspace, invoice->parties.client, parent);
            dialog.showProblems(ofClient);
            if (dialog.exec() != QDialog::Accepted)
                return false;
        } else if (answer == QMessageBox::Open && !ofBusiness.isEmpty()) {
            SettingsDialog dialog(workspace, parent);
            dialog.showProblems(ofBusiness);
            if (dialog.exec() != QDialog::Accepted)
                return false;
        } else {
            return false;
        }
    }
}

QString InvoiceActions::issue(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    if (!completeForEInvoice(parent, workspace, invoiceId))
        return {};
    auto invoice = workspace.invoices().get(invoiceId);
    if (!invoice)
        return invoice.error().message();
    const auto answer = MessageBox::question(
        parent, tr("Issue the Invoice?"),
        tr("The invoice for %1 (%2) gets the next number and can no longer change; its work is marked as "
           "billed.")
            .arg(invoice->parties.client.name, invoice->totals.total.format(workspace.locale())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return {};

    // An Italian business states the VAT in euros too: the rate of the day, proposed from the last one.
    std::optional<qint64> rate;
    if (invoice->parties.business.country == QLatin1String("IT")
        && invoice->currency.code() != QLatin1String("EUR")) {
        const QLocale locale = workspace.locale();
        QString text =
            invoice->exchangeRate ? decimal::format(*invoice->exchangeRate, 6, locale, 4) : QString();
        for (;;) {
            bool ok = false;
            text = QInputDialog::getText(
                parent, tr("Exchange Rate"),
                tr("How many %1 make one euro on %2? The invoice also states its taxable amounts and VAT in "
                   "euros.")
                    .arg(invoice->currency.code(), locale.toString(invoice->issueDate, QLocale::ShortFormat)),
                QLineEdit::Normal, text, &ok);
            if (!ok)
                return {};
            decimal::Options options;
            options.decimals = 6;
            options.field = QStringLiteral("exchangeRate");
            auto parsed = decimal::parse(text, locale, options);
            if (parsed && *parsed > 0) {
                rate = *parsed;
                break;
            }
            MessageBox::warning(parent, tr("Exchange Rate"),
                                parsed ? tr("The exchange rate must be more than zero.")
                                       : parsed.error().message());
        }
    }

    auto issued = workspace.invoices().issue(invoiceId, std::nullopt, validation::UnusualDate::Refuse, rate);
    if (!issued && !clientfield::unprefixed(issued.error().field()).isEmpty()) {
        // The law wants something of the buyer: open the client at that field, then try again.
        const auto edit = MessageBox::question(parent, tr("The invoice was not issued"),
                                               issued.error().message() + QStringLiteral("\n\n")
                                                   + tr("Complete the client's details now?"),
                                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (edit != QMessageBox::Yes)
            return {};
        ClientDialog dialog(workspace, invoice->parties.client, parent);
        const Error error = issued.error();
        dialog.errors()->show(Error(error.code(), error.message(), clientfield::unprefixed(error.field())),
                              nullptr);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        issued = workspace.invoices().issue(invoiceId, std::nullopt, validation::UnusualDate::Refuse, rate);
    }
    if (!issued) {
        MessageBox::warning(parent, tr("The invoice was not issued"), issued.error().message());
        return {};
    }
    workspace.notify(kChanged | Workspace::Clients);
    QString done = tr("Issued invoice %1.").arg(*issued->number);
    const QStringList missing = InvoiceRepository::missingBuyerDetails(*issued);
    if (!missing.isEmpty())
        done += QLatin1Char(' ') + missing.join(QLatin1Char(' '));
    return done;
}

QString InvoiceActions::exportEInvoice(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    EInvoices einvoices = workspace.einvoices();
    auto name = einvoices.fileNameFor(invoiceId);
    if (!name)
        return name.error().message();
    const QString path = FileDialogs::exportFileName(parent, tr("Export Electronic Invoice"),
                                                     QStringLiteral("invoices/xmlFolder"), *name,
                                                     tr("FatturaPA files (*.xml)"), QStringLiteral("xml"));
    if (path.isEmpty())
        return {};
    auto file = einvoices.exportInvoice(invoiceId);
    if (!file) {
        MessageBox::warning(parent, tr("The electronic invoice was not saved"), file.error().message());
        return {};
    }
    // The name proposed is the one the file gets; should another program have taken that progressive
    // meanwhile, the file goes in the same folder under the name it was given.
    const QFileInfo chosen(path);
    const QString target = chosen.fileName() == *name ? chosen.absolutePath() : path;
    auto saved = file->save(target);
    if (!saved) {
        MessageBox::warning(parent, tr("The electronic invoice was not saved"), saved.error().message());
        return {};
    }
    workspace.notify(Workspace::Invoices);
    return tr("Saved %1. Send it through your intermediary or the Fatture e Corrispettivi portal.")
        .arg(QDir::toNativeSeparators(*saved));
}

QString InvoiceActions::exportPdf(QWidget *parent, Workspace &workspace, qint64 invoiceId, bool timesheet)
{
    auto invoices = workspace.invoices();
    auto invoice = invoices.get(invoiceId);
    if (!invoice)
        return invoice.error().message();
    const QString path = FileDialogs::exportFileName(
        parent, tr("Export Invoice as PDF"), QStringLiteral("invoices/pdfFolder"),
        InvoiceRepository::defaultFileName(*invoice), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return {};

    InvoicePdf::Content content;
    content.invoice = *invoice;
    content.zone = workspace.clock().timeZone();
    if (!invoice->parties.business.logoSha256.isEmpty())
        if (auto logo = workspace.business().image(invoice->parties.business.logoSha256))
            content.logo = *logo;
    if (timesheet)
        if (auto work = invoices.billedWork(invoiceId))
            content.timesheet = *work;
    auto written = InvoicePdf::write(content, path);
    if (!written) {
        MessageBox::warning(parent, tr("The PDF was not saved"), written.error().message());
        return {};
    }
    if (MessageBox::question(parent, tr("PDF Saved"),
                             tr("“%1” is saved. Open it now?").arg(QFileInfo(path).fileName()),
                             QMessageBox::Open | QMessageBox::Close, QMessageBox::Open)
        == QMessageBox::Open)
        FileDialogs::openUrl(QUrl::fromLocalFile(path));
    return tr("Saved %1.").arg(QDir::toNativeSeparators(path));
}

QString InvoiceActions::recordPayment(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    auto invoice = workspace.invoices().get(invoiceId);
    if (!invoice)
        return invoice.error().message();
    const QLocale locale = workspace.locale();
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("paymentDialog"));
    dialog.setWindowTitle(tr("Record a Payment"));
    auto *date = new QDateEdit(workspace.today(), &dialog);
    date->setDisplayFormat(format::dateFieldFormat(locale));
    date->setCalendarPopup(true);
    date->setMaximumDate(workspace.today());
    date->setMinimumDate(invoice->issueDate);
    auto *amount = new QLineEdit(invoice->balance.formatNumber(locale), &dialog);
    amount->setAccessibleName(tr("Amount"));
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("Bank transfer"));
    // The client's credit notes that still owe them money in this currency can pay it instead.
    auto *source = new QComboBox(&dialog);
    source->setObjectName(QStringLiteral("paidWith"));
    source->addItem(tr("Money received"), qint64(0));
    InvoiceFilter credits;
    credits.clientId = invoice->clientId;
    credits.kind = InvoiceKind::CreditNote;
    if (auto list = workspace.invoices().list(credits))
        for (const InvoiceSummary &s : *list)
            if (s.owedBack.minorUnits() > 0 && s.owedBack.currency() == invoice->currency)
                source->addItem(
                    tr("Credit of %1 (%2 left)").arg(s.number.value_or(QString()), s.owedBack.format(locale)),
                    s.id);
    QObject::connect(source, &QComboBox::currentIndexChanged, &dialog, [&, source, amount] {
        // What the credit can pay: the smaller of what is left and what the invoice asks.
        const qint64 id = source->currentData().toLongLong();
        if (id == 0)
            return;
        if (auto credit = workspace.invoices().get(id))
            amount->setText(
                Money(qMin(credit->owedBack.minorUnits(), invoice->balance.minorUnits()), invoice->currency)
                    .formatNumber(locale));
    });
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(look::errorStyle());
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Invoice %1 for %2: %3 still due.")
                                .arg(invoice->number.value_or(QString()), invoice->parties.client.name,
                                     invoice->balance.format(locale)),
                            &dialog));
    if (source->count() > 1)
        form->addRow(tr("&Paid with:"), source);
    form->addRow(tr("&Received on:"), date);
    form->addRow(tr("&Amount (%1):").arg(invoice->currency.code()), amount);
    form->addRow(tr("&Note:"), note);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QString result;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto money = Money::parse(amount->text(), invoice->currency, locale);
        const qint64 credit = source->currentData().toLongLong();
        auto paid =
            !money   ? Result<Invoice>(money.error())
            : credit ? workspace.invoices().applyCredit(invoiceId, credit, *money, date->date(), note->text())
                     : workspace.invoices().addPayment(invoiceId, date->date(), *money, note->text());
        if (!paid) {
            error->setText(paid.error().message());
            error->show();
            amount->setFocus();
            return;
        }
        result = paid->paymentState() == PaymentState::Paid
                     ? tr("Invoice %1 is paid.").arg(*paid->number)
                     : tr("Payment recorded; %1 still due.").arg(paid->balance.format(locale));
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    workspace.notify(Workspace::Invoices);
    return result;
}

QString InvoiceActions::cancel(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    auto invoice = workspace.invoices().get(invoiceId);
    if (!invoice)
        return invoice.error().message();
    QString text =
        tr("Invoice %1 is cancelled by a credit note with a number of its own. Its work can then be "
           "billed again.")
            .arg(invoice->number.value_or(QString()));
    if (invoice->paid.minorUnits() > 0)
        text += QLatin1Char(' ')
                + tr("The %1 the client paid stays on the credit note, owed back to them: as a refund, or as "
                     "credit on a later invoice.")
                      .arg(invoice->paid.format(workspace.locale()));
    const auto answer = MessageBox::question(parent, tr("Cancel the Invoice?"), text,
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return {};
    auto credit = workspace.invoices().cancel(invoiceId);
    if (!credit) {
        MessageBox::warning(parent, tr("The invoice was not cancelled"), credit.error().message());
        return {};
    }
    workspace.notify(kChanged);
    return tr("Invoice %1 is cancelled by credit note %2.")
        .arg(invoice->number.value_or(QString()), *credit->number);
}

QString InvoiceActions::recordRefund(QWidget *parent, Workspace &workspace, qint64 creditNoteId)
{
    auto credit = workspace.invoices().creditNote(creditNoteId);
    if (!credit)
        return credit.error().message();
    const QLocale locale = workspace.locale();
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("refundDialog"));
    dialog.setWindowTitle(tr("Record a Refund"));
    auto *date = new QDateEdit(workspace.today(), &dialog);
    date->setDisplayFormat(format::dateFieldFormat(locale));
    date->setCalendarPopup(true);
    date->setMaximumDate(workspace.today());
    date->setMinimumDate(credit->issueDate);
    auto *amount = new QLineEdit(credit->owedBack.formatNumber(locale), &dialog);
    amount->setAccessibleName(tr("Amount"));
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("Bank transfer"));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(look::errorStyle());
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Credit note %1 owes %2 back to %3.")
                                .arg(credit->number.value_or(QString()), credit->owedBack.format(locale),
                                     credit->parties.client.name),
                            &dialog));
    form->addRow(tr("&Given back on:"), date);
    form->addRow(tr("&Amount (%1):").arg(credit->currency.code()), amount);
    form->addRow(tr("&Note:"), note);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QString result;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto money = Money::parse(amount->text(), credit->currency, locale);
        auto refunded = money ? workspace.invoices().addRefund(credit->id, date->date(), *money, note->text())
                              : Result<Invoice>(money.error());
        if (!refunded) {
            error->setText(refunded.error().message());
            error->show();
            amount->setFocus();
            return;
        }
        result = refunded->owedBack.isZero()
                     ? tr("Refund recorded; credit note %1 owes nothing more.").arg(*refunded->number)
                     : tr("Refund recorded; %1 still owed back.").arg(refunded->owedBack.format(locale));
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    workspace.notify(Workspace::Invoices);
    return result;
}

QString InvoiceActions::deleteDraft(QWidget *parent, Workspace &workspace, qint64 invoiceId)
{
    const auto answer = MessageBox::question(parent, tr("Delete the Draft?"),
                                             tr("The draft goes, and its work is free to be billed again."),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return {};
    auto deleted = workspace.invoices().deleteDraft(invoiceId);
    if (!deleted) {
        MessageBox::warning(parent, tr("The draft was not deleted"), deleted.error().message());
        return {};
    }
    workspace.notify(kChanged);
    return tr("Draft deleted.");
}

} // namespace minuta::ui
