#pragma once

// The invoice as a PDF: business header and logo, client, title and number, dates, the lines with a
// header on every page, each tax with its base, contribution, withholding, stamp duty, totals,
// payment details and the legal wording, "page x of y", and optionally a timesheet of every billed
// entry (raw and billed time, amount) and unit logged. Every word in the client's language; A4, or Letter for
// US and Canadian businesses. Text from the user is drawn as text, never read as markup. Needs a
// QGuiApplication (fonts).

#include "business/business.h"
#include "invoicing/billedwork.h"
#include "invoicing/invoice.h"
#include "values/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>

#include <optional>

namespace minuta {

class InvoicePdf
{
    Q_DECLARE_TR_FUNCTIONS(minuta::InvoicePdf)

public:
    struct Content
    {
        Invoice invoice;
        std::optional<Image> logo;
        BilledWork timesheet; // empty: no timesheet pages
        QTimeZone zone;       // for the timesheet's times
    };

    // Renders to `device` and returns the number of pages.
    static Result<int> render(const Content &content, QIODevice *device);
    // Writes the file atomically: it appears complete or not at all.
    static Result<int> write(const Content &content, const QString &path);
};

} // namespace minuta
