#pragma once

// What can be done to an invoice, from the list or from its window: issue, export the PDF, record a
// payment (received, or out of the client's credit), cancel with a credit note, record a refund of
// what a credit note owes back, delete a draft. Each asks what it must, calls core, tells the
// workspace, and returns a sentence for the status bar (empty when nothing happened).

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace minuta::ui {

class Workspace;

class InvoiceActions
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ui::InvoiceActions)

public:
    static QString issue(QWidget *parent, Workspace &workspace, qint64 invoiceId);
    // Before an Italian invoice is issued: what its electronic invoice would lack, listed, with the
    // client or the business settings opened at those fields until nothing lacks. False when the
    // user stops.
    static bool completeForEInvoice(QWidget *parent, Workspace &workspace, qint64 invoiceId);
    static QString exportPdf(QWidget *parent, Workspace &workspace, qint64 invoiceId, bool timesheet = false);
    // The Italian electronic invoice of an issued invoice or credit note, as FatturaPA XML under its
    // standard name.
    static QString exportEInvoice(QWidget *parent, Workspace &workspace, qint64 invoiceId);
    static QString recordPayment(QWidget *parent, Workspace &workspace, qint64 invoiceId);
    static QString cancel(QWidget *parent, Workspace &workspace, qint64 invoiceId);
    // Money given back to the client out of a credit note (or the cancelled invoice's credit note).
    static QString recordRefund(QWidget *parent, Workspace &workspace, qint64 creditNoteId);
    static QString deleteDraft(QWidget *parent, Workspace &workspace, qint64 invoiceId);
};

} // namespace minuta::ui
