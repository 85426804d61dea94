#include "io/invoicesheet.h"

#include "invoicing/invoicewording.h"
#include "values/timeutil.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace minuta::invoicesheet {

namespace {

void paintText(QPainter &painter, const Item &item, qreal scale)
{
    painter.setPen(item.color);
    qreal y = item.rect.top() / scale;
    const qreal w = item.rect.width() / scale;
    for (const QString &paragraph : item.text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph.isEmpty() ? QStringLiteral(" ") : paragraph, item.font,
                           painter.device());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(item.align);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(w);
            line.setPosition(QPointF(0, y - item.rect.top() / scale));
            y += line.height();
        }
        layout.endLayout();
        layout.draw(&painter, QPointF(item.rect.left() / scale, item.rect.top() / scale));
    }
}

QImage loadLogo(const Image &logo, QSizeF box)
{
    QBuffer buffer;
    buffer.setData(logo.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (logo.mime == QLatin1String("image/svg+xml")) {
        // Vector logos are rendered sharp at four times their printed size.
        QSize size = reader.size();
        if (!size.isValid())
            size = QSize(400, 200);
        reader.setScaledSize(size.scaled((box * 4).toSize(), Qt::KeepAspectRatio));
    }
    return reader.read();
}

QString quantityText(const InvoiceLine &line, const QLocale &locale, const QString &language)
{
    if (line.seconds)
        return timeutil::formatDuration(*line.seconds) + QLatin1Char(' ')
               + invoicelabels::unitWord(QStringLiteral("h"), {}, *line.seconds == 3600, language);
    const QString q = line.quantity.format(locale);
    const QString unit = line.unit == QLatin1String("h")
                             ? invoicelabels::unitWord(line.unit, {}, line.quantity.milli() == 1000, language)
                             : line.unitForQuantity();
    return unit.isEmpty() ? q : q + QLatin1Char(' ') + unit;
}

QString rateText(const TaxRate &rate, const QLocale &locale)
{
    return rate.format(locale);
}

// "12-34-56" and "062-000": bank codes as their owners write them, when they are the digits expected.
QString grouped(const QString &code, int size, int group)
{
    QString digits;
    for (QChar c : code)
        if (c.isDigit())
            digits += c;
    if (digits.size() != size)
        return code;
    QStringList parts;
    for (int k = 0; k < size; k += group)
        parts << digits.mid(k, group);
    return parts.join(QLatin1Char('-'));
}

// The taxes of one rate: their common base and each component (CGST and SGST, GST and QST share it).
struct TaxGroup
{
    Money base;
    qint64 rate = 0; // thousandths of a percent, the components' sum
    QList<qsizetype> taxes;
};

QList<TaxGroup> taxGroups(const QList<invoicecalc::Tax> &taxes)
{
    QList<TaxGroup> groups;
    for (qsizetype k = 0; k < taxes.size(); ++k) {
        const invoicecalc::Tax &tax = taxes[k];
        TaxGroup *into = nullptr;
        for (TaxGroup &g : groups) {
            const bool hasComponent = std::any_of(g.taxes.begin(), g.taxes.end(), [&](qsizetype i) {
                return taxes[i].component == tax.component;
            });
            if (g.base == tax.base && !hasComponent) {
                into = &g;
                break;
            }
        }
        if (!into) {
            groups.append(TaxGroup{tax.base, 0, {}});
            into = &groups.last();
        }
        into->rate += tax.rate.milliPercent();
        into->taxes.append(k);
    }
    // The standard rate first.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const TaxGroup &a, const TaxGroup &b) { return a.rate > b.rate; });
    return groups;
}

} // namespace

// Québec prints its two registrations apart: the GST number (the VAT id) and the QST number.
QStringList InvoiceSheet::taxIds() const
{
    QStringList ids;
    if (!m_business.qstId.isEmpty()) {
        if (!m_business.vatId.isEmpty())
            ids << L(Label::GstNumber) + QLatin1Char(' ') + m_business.vatId;
        ids << L(Label::QstNumber) + QLatin1Char(' ') + m_business.qstId;
    } else if (!m_business.vatId.isEmpty()) {
        ids << m_profile.taxIdLabel(m_lang) + QLatin1Char(' ') + m_business.vatId;
    }
    return ids;
}

// Logo and business on the left, title, number and dates on the right.
void InvoiceSheet::drawHeader()
{
    const qreal leftY = drawBusiness();
    const qreal rightY = drawTitleAndDates();
    m_layout.setY(qMax(leftY, rightY) + 18);
}

// Returns where the business's column ends.
qreal InvoiceSheet::drawBusiness()
{
    qreal leftY = m_layout.y();
    if (m_content.logo) {
        const QSizeF box(150, 60);
        const QImage image = loadLogo(*m_content.logo, box);
        if (!image.isNull()) {
            const QSizeF size = QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
            m_layout.picture(QRectF(QPointF(m_X, leftY), size), image);
            leftY += size.height() + 10;
        }
    }
    const qreal leftW = m_W * 0.55;
    const auto leftLine = [&](const QString &text, const QFont &f, QColor c = kInk) {
        if (text.isEmpty())
            return;
        const qreal h = m_layout.textHeight(text, f, leftW);
        m_layout.text(QRectF(m_X, leftY, leftW, h), text, f, Qt::AlignLeft, c);
        leftY += h;
    };
    leftLine(m_business.name, m_layout.font(12, true));
    leftLine(m_business.addressLines().join(QLatin1Char('\n')), m_body);
    for (const QString &id : m_taxIds)
        leftLine(id, m_body);
    if (!m_business.fiscalCode.isEmpty())
        leftLine(L(Label::FiscalCode) + QLatin1Char(' ') + m_business.fiscalCode, m_body);
    QStringList contacts;
    if (!m_business.email.isEmpty())
        contacts << m_business.email;
    if (!m_business.phone.isEmpty())
        contacts << m_business.phone;
    leftLine(contacts.join(QStringLiteral(" · ")), m_body, kMuted);
    return leftY;
}

// Returns where the title's column ends.
qreal InvoiceSheet::drawTitleAndDates()
{
    const qreal rightX = m_X + m_W * 0.58;
    const qreal rightW = m_W * 0.42;
    qreal rightY = m_layout.y();
    const bool draft = m_inv.status == InvoiceStatus::Draft;
    const QString title = draft                                   ? L(Label::Draft)
                          : m_inv.kind == InvoiceKind::CreditNote ? L(Label::CreditNote)
                                                                  : m_profile.title(m_lang);
    const QFont titleFont = m_layout.font(20, true);
    const qreal titleH = m_layout.textHeight(title, titleFont, rightW);
    m_layout.text(QRectF(rightX, rightY, rightW, titleH), title, titleFont, Qt::AlignRight,
                  draft ? kWarning : kAccent);
    rightY += titleH + 4;
    const auto rightPair = [&](const QString &label, const QString &value, const QFont &f) {
        const qreal h = qMax(m_layout.textHeight(value, f, rightW * 0.6),
                             m_layout.textHeight(label, m_body, rightW * 0.4));
        m_layout.text(QRectF(rightX, rightY, rightW * 0.4, h), label, m_body, Qt::AlignLeft, kMuted);
        m_layout.text(QRectF(rightX + rightW * 0.4, rightY, rightW * 0.6, h), value, f, Qt::AlignRight);
        rightY += h + 1;
    };
    if (draft)
        rightPair(QString(), L(Label::DraftNotice), m_layout.font(8, true));
    rightPair(L(Label::Number), m_inv.number.value_or(QStringLiteral("—")), m_layout.font(10, true));
    rightPair(L(Label::IssueDate), date(m_inv.issueDate), m_body);
    if (m_inv.kind == InvoiceKind::Invoice)
        rightPair(L(Label::DueDate), date(m_inv.dueDate), m_body);
    if (m_inv.periodFrom && m_inv.periodTo)
        rightPair(L(Label::Period),
                  shortDate(*m_inv.periodFrom) + QStringLiteral(" – ") + shortDate(*m_inv.periodTo), m_body);
    const bool indian =
        m_business.country == QLatin1String("IN") || m_profile.id.startsWith(QLatin1String("in-"));
    if (indian) {
        const QString place = invoicelabels::indianPlaceOfSupply(m_client.state, m_client.gstin);
        if (!place.isEmpty())
            rightPair(L(Label::PlaceOfSupply), place, m_body);
    }
    return rightY;
}

void InvoiceSheet::drawClient()
{
    QStringList lines;
    lines << m_client.name;
    if (!m_client.contactName.isEmpty())
        lines << m_client.contactName;
    lines << m_client.addressLines();
    if (!m_client.country.isEmpty() && m_client.country != m_business.country)
        lines << invoicelabels::countryName(m_client.country, m_lang);
    if (!m_client.vatId.isEmpty())
        lines << m_profile.taxIdLabel(m_lang) + QLatin1Char(' ') + m_client.vatId;
    if (!m_client.gstin.isEmpty() && m_client.gstin != m_client.vatId)
        lines << L(Label::Gstin) + QLatin1Char(' ') + m_client.gstin;
    if (!m_client.fiscalCode.isEmpty())
        lines << L(Label::FiscalCode) + QLatin1Char(' ') + m_client.fiscalCode;
    if (!m_client.recipientCode.isEmpty())
        lines << L(Label::RecipientCode) + QLatin1Char(' ') + m_client.recipientCode;
    if (!m_client.pec.isEmpty())
        lines << L(Label::Pec) + QLatin1Char(' ') + m_client.pec;
    const QString text = lines.join(QLatin1Char('\n'));
    const qreal boxW = m_W * 0.5;
    const qreal h = m_layout.textHeight(text, m_body, boxW - 16);
    m_layout.fill(QRectF(m_X, m_layout.y(), boxW, h + 26), QColor(0xf3, 0xf4, 0xf6));
    m_layout.text(QRectF(m_X + 8, m_layout.y() + 6, boxW - 16, 10), L(Label::BillTo).toUpper(), m_heading,
                  Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + 8, m_layout.y() + 19, boxW - 16, h), text, m_body);
    m_layout.advance(h + 26 + 18);
}

void InvoiceSheet::drawLinesHeader()
{
    const qreal descW = m_W - kQuantityW - kPriceW - kTaxW - kAmountW;
    const qreal y = m_layout.y();
    m_layout.text(QRectF(m_X, y, descW, 12), L(Label::Description), m_heading, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + descW, y, kQuantityW, 12), L(Label::Quantity), m_heading, Qt::AlignRight,
                  kMuted);
    m_layout.text(QRectF(m_X + descW + kQuantityW, y, kPriceW, 12), L(Label::UnitPrice), m_heading,
                  Qt::AlignRight, kMuted);
    m_layout.text(QRectF(m_X + descW + kQuantityW + kPriceW, y, kTaxW, 12), L(Label::Tax), m_heading,
                  Qt::AlignRight, kMuted);
    m_layout.text(QRectF(m_X + m_W - kAmountW, y, kAmountW, 12), L(Label::Amount), m_heading, Qt::AlignRight,
                  kMuted);
    m_layout.rule(m_X, y + 14, m_W, kInk);
    m_layout.advance(20);
}

// The lines, with their header on every page.
void InvoiceSheet::drawLines()
{
    m_layout.setOnNewPage([this] { drawLinesHeader(); });
    drawLinesHeader();
    const TaxRate standard = m_profile.standardRate();
    for (const InvoiceLine &line : m_inv.lines)
        drawLine(line, standard);
    m_layout.setOnNewPage(nullptr);
    m_layout.advance(8);
}

void InvoiceSheet::drawLine(const InvoiceLine &line, const TaxRate &standard)
{
    const qreal descW = m_W - kQuantityW - kPriceW - kTaxW - kAmountW;
    const QString sac = line.sac.isEmpty() ? QString() : L(Label::Sac) + QLatin1Char(' ') + line.sac;
    const qreal descH = qMax(m_layout.textHeight(line.description, m_body, descW - 8), qreal(11));
    const qreal sacH = sac.isEmpty() ? 0 : m_layout.textHeight(sac, m_small, descW - 8) + 1;
    const QString quantity = quantityText(line, m_locale, m_lang);
    const qreal h = std::max({descH + sacH, m_layout.textHeight(quantity, m_body, kQuantityW), qreal(11)});
    if (!m_layout.fits(h + 8))
        m_layout.newPage();
    const qreal y = m_layout.y();
    const TaxRate rate = line.taxRate.value_or(standard);
    const bool untaxed =
        m_inv.reverseCharge || rate.milliPercent() == 0 || line.nature == invoicecalc::ExpenseNature;
    m_layout.text(QRectF(m_X, y, descW - 8, descH), line.description, m_body);
    if (!sac.isEmpty())
        m_layout.text(QRectF(m_X, y + descH + 1, descW - 8, sacH), sac, m_small, Qt::AlignLeft, kMuted);
    m_layout.text(QRectF(m_X + descW, y, kQuantityW, h), quantity, m_body, Qt::AlignRight);
    m_layout.text(QRectF(m_X + descW + kQuantityW, y, kPriceW, h), line.unitPrice.formatNumber(m_locale),
                  m_body, Qt::AlignRight);
    m_layout.text(QRectF(m_X + descW + kQuantityW + kPriceW, y, kTaxW, h),
                  // The e-invoice's Natura code means something to Italian readers only.
                  untaxed ? (line.nature.isEmpty() || m_lang != QLatin1String("it") ? L(Label::ExemptLine)
                                                                                    : line.nature)
                          : rateText(rate, m_locale),
                  m_body, Qt::AlignRight, kMuted);
    m_layout.text(QRectF(m_X + m_W - kAmountW, y, kAmountW, h), line.amount.formatNumber(m_locale), m_body,
                  Qt::AlignRight);
    m_layout.rule(m_X, y + h + 4, m_W);
    m_layout.advance(h + 8);
}

// The totals, in the order they are computed: each rate's VAT base and its tax, then what bears no
// VAT and why; beside them, on an invoice in another currency, the same in euros.
QList<TotalRow> InvoiceSheet::totalRows() const
{
    const invoicecalc::Totals &t = m_inv.totals;
    const std::optional<invoicecalc::EuroFigures> &euro = t.euro;
    const auto euroMoney = [&](const Money &m) { return euro ? money(m) : QString(); };
    const bool italianBusiness =
        m_business.country == QLatin1String("IT") || m_profile.id.startsWith(QLatin1String("it-"));
    QList<TotalRow> rows;
    rows.append({L(Label::Subtotal), money(t.lines)});
    if (!t.discount.isZero())
        rows.append({L(Label::Discount), money(*t.discount.negated())});
    if (!t.contribution.isZero())
        rows.append({m_profile.contributionName(m_lang) + QLatin1Char(' ')
                         + rateText(m_inv.contributionRate, m_locale),
                     money(t.contribution)});
    for (const TaxGroup &g : taxGroups(t.taxes)) {
        const qsizetype first = g.taxes.first();
        rows.append({L(Label::TaxableAt).arg(rateText(TaxRate::fromMilliPercent(g.rate), m_locale)),
                     money(g.base),
                     euro && first < euro->taxes.size() ? euroMoney(euro->taxes[first].base) : QString()});
        for (qsizetype k : g.taxes) {
            const invoicecalc::Tax &tax = t.taxes[k];
            rows.append({tax.name(m_lang) + QLatin1Char(' ') + rateText(tax.rate, m_locale),
                         money(tax.amount),
                         euro && k < euro->taxes.size() ? euroMoney(euro->taxes[k].amount) : QString()});
        }
    }
    for (const invoicecalc::Untaxed &u : t.outside) {
        // Where no tax exists at all (a US business) there is nothing to explain.
        if (u.nature.isEmpty() && m_profile.taxes.isEmpty())
            continue;
        rows.append({invoicelabels::natureReason(u.nature, m_lang, italianBusiness), money(u.amount),
                     t.outside.size() == 1 ? euroMoney(euro ? euro->untaxed : Money()) : QString()});
    }
    if (!t.stampDuty.isZero() && t.stampDutyCharged)
        rows.append({L(Label::StampDuty), money(t.stampDuty)});
    rows.append({L(Label::Total), money(t.total), euro ? euroMoney(euro->total) : QString(), true});
    if (!t.withholding.isZero()) {
        rows.append({m_profile.withholdingName(m_lang) + QLatin1Char(' ')
                         + rateText(m_profile.withholdingRate, m_locale) + QLatin1Char(' ') + L(Label::On)
                         + QLatin1Char(' ') + t.withholdingBase.formatNumber(m_locale),
                     money(*t.withholding.negated())});
        rows.append({L(Label::AmountDue), money(t.due), euro ? euroMoney(euro->due) : QString(), true});
    }
    if (!m_inv.payments.isEmpty()) {
        rows.append({L(Label::Paid), money(m_inv.paid)});
        rows.append({L(Label::Balance), money(m_inv.balance), QString(), true});
    }
    if (!t.stampDuty.isZero() && !t.stampDutyCharged)
        rows.append({L(Label::StampDutyBorne), money(t.stampDuty), QString(), false, true});
    return rows;
}

// The totals in a box on the right, the exchange rate above them on an invoice in another currency.
void InvoiceSheet::drawTotals()
{
    const QList<TotalRow> rows = totalRows();
    const std::optional<invoicecalc::EuroFigures> &euro = m_inv.totals.euro;
    const qreal valueW = 90;
    const qreal euroW = euro ? 84 : 0;
    const qreal boxW = qMin(m_W, euro ? qreal(400) : qreal(310));
    const qreal boxX = m_X + m_W - boxW;
    const qreal labelW = boxW - valueW - euroW - 6;
    QString rateLine;
    if (euro)
        rateLine = L(Label::ExchangeRate) + QStringLiteral(": ")
                   + L(Label::ExchangeRateOn)
                         .arg(invoicelabels::exchangeRate(euro->exchangeRate, m_locale),
                              m_inv.currency.code(), date(m_inv.issueDate));
    qreal needed = euro ? m_layout.textHeight(rateLine, m_small, boxW) + 18 : 0;
    for (const TotalRow &row : rows)
        needed += m_layout.textHeight(row.label, row.strong ? m_bodyBold : m_body, labelW) + 5;
    if (!m_layout.fits(needed))
        m_layout.newPage();
    if (euro) {
        const qreal h = m_layout.textHeight(rateLine, m_small, boxW);
        m_layout.text(QRectF(boxX, m_layout.y(), boxW, h), rateLine, m_small, Qt::AlignRight, kMuted);
        m_layout.advance(h + 4);
        m_layout.text(QRectF(boxX + labelW + 6, m_layout.y(), valueW, 12), m_inv.currency.code(), m_heading,
                      Qt::AlignRight, kMuted);
        m_layout.text(QRectF(boxX + boxW - euroW, m_layout.y(), euroW, 12), L(Label::InEuro), m_heading,
                      Qt::AlignRight, kMuted);
        m_layout.advance(14);
    }
    for (const TotalRow &row : rows) {
        const QFont f = row.strong ? m_layout.font(10, true) : m_body;
        const QColor c = row.muted ? kMuted : kInk;
        const qreal h = m_layout.textHeight(row.label, f, labelW);
        if (row.strong)
            m_layout.rule(boxX, m_layout.y() - 2, boxW, kInk);
        m_layout.text(QRectF(boxX, m_layout.y(), labelW, h), row.label, f, Qt::AlignLeft, c);
        m_layout.text(QRectF(boxX + labelW + 6, m_layout.y(), valueW, h), row.value, f, Qt::AlignRight, c);
        if (euro && !row.euro.isEmpty())
            m_layout.text(QRectF(boxX + boxW - euroW, m_layout.y(), euroW, h), row.euro, f, Qt::AlignRight,
                          c);
        m_layout.advance(h + 5);
    }
    m_layout.advance(14);
}

// Payment, notes and what the law wants said.
void InvoiceSheet::drawPaymentAndNotes()
{
    if (m_inv.kind == InvoiceKind::CreditNote && m_inv.creditedNumber)
        m_layout.paragraph(L(Label::CreditNoteFor).arg(*m_inv.creditedNumber, date(m_inv.creditedIssueDate)),
                           m_body, kInk, 12);
    else if (m_inv.kind == InvoiceKind::Invoice && !m_inv.totals.due.isZero())
        drawBankDetails();
    if (!m_inv.notes.isEmpty()) {
        m_layout.paragraph(L(Label::Notes).toUpper(), m_heading, kMuted, 3);
        m_layout.paragraph(m_inv.notes, m_body, kInk, 12);
    }
    drawLegalNotes();
}

// Every bank detail the business gave, each with its name as the client's bank knows it.
void InvoiceSheet::drawBankDetails()
{
    QList<std::pair<QString, QString>> bank;
    const auto add = [&](Label label, const QString &value) {
        if (!value.trimmed().isEmpty())
            bank.append({L(label), value.trimmed()});
    };
    add(Label::Iban, m_business.iban);
    add(Label::Bic, m_business.bic);
    add(Label::SortCode, m_business.sortCode.isEmpty() ? QString() : grouped(m_business.sortCode, 6, 2));
    add(Label::Bsb, m_business.bsb.isEmpty() ? QString() : grouped(m_business.bsb, 6, 3));
    add(Label::RoutingNumber, m_business.routingNumber);
    add(Label::InstitutionNumber, m_business.institution);
    add(Label::TransitNumber, m_business.transit);
    add(Label::Ifsc, m_business.ifsc);
    add(Label::AccountNumber, m_business.accountNumber);
    const bool transfer = !bank.isEmpty();
    add(Label::Upi, m_business.upi);
    m_layout.paragraph(L(Label::PaymentDetails).toUpper(), m_heading, kMuted, 3);
    m_layout.paragraph((transfer ? L(Label::PayByTransfer) : L(Label::PayBy)).arg(date(m_inv.dueDate)),
                       m_body, kInk, 3);
    qreal labelW = 0;
    for (const auto &[label, value] : std::as_const(bank))
        labelW = qMax(labelW, m_layout.textWidth(label, m_body));
    labelW += 12;
    for (const auto &[label, value] : std::as_const(bank)) {
        const qreal h = m_layout.textHeight(value, m_body, m_W - labelW);
        if (!m_layout.fits(h))
            m_layout.newPage();
        m_layout.text(QRectF(m_X, m_layout.y(), labelW, h), label, m_body, Qt::AlignLeft, kMuted);
        m_layout.text(QRectF(m_X + labelW, m_layout.y(), m_W - labelW, h), value, m_body);
        m_layout.advance(h + 1);
    }
    if (!m_business.paymentNotes.trimmed().isEmpty()) {
        m_layout.advance(3);
        m_layout.paragraph(L(Label::OtherWaysToPay), m_body, kMuted, 1);
        m_layout.paragraph(m_business.paymentNotes.trimmed(), m_body, kInk, 1);
    }
    m_layout.advance(11);
}

void InvoiceSheet::drawLegalNotes()
{
    const invoicecalc::Totals &t = m_inv.totals;
    invoicewording::Case wordingCase;
    wordingCase.businessCountry = m_business.country;
    wordingCase.clientCountry = m_client.country;
    wordingCase.clientHasVatId = !m_client.vatId.trimmed().isEmpty();
    wordingCase.taxProfileId = m_profile.id;
    wordingCase.language = m_lang;
    QStringList legal = invoicewording::legalNotes(
        wordingCase, m_inv.reverseCharge, m_profile.legalNote(m_lang), m_profile.reverseChargeNote(m_lang));
    if (!t.stampDuty.isZero() && m_business.virtualStampDuty)
        legal << L(Label::StampDutyVirtual) + QStringLiteral(" (") + money(t.stampDuty) + QLatin1Char(')');
    // In Italy the invoice is the electronic one (FatturaPA) the SdI delivers; the PDF is a copy.
    if (m_business.country == QLatin1String("IT") && m_inv.status != InvoiceStatus::Draft)
        legal << L(Label::CourtesyCopy);
    for (const QString &note : std::as_const(legal))
        m_layout.paragraph(note, m_small, kMuted, 4);
}

static void paintItem(QPainter &painter, const Item &item, qreal scale)
{
    const QRectF r(item.rect.left() / scale, item.rect.top() / scale, item.rect.width() / scale,
                   item.rect.height() / scale);
    switch (item.kind) {
    case Item::Text:
        painter.setFont(item.font);
        paintText(painter, item, scale);
        break;
    case Item::Rule:
        painter.setPen(QPen(item.color, 0.6 / scale));
        painter.drawLine(r.topLeft(), r.topRight());
        break;
    case Item::Fill:
        painter.fillRect(r, item.color);
        break;
    case Item::Picture:
        painter.drawImage(r, item.image);
        break;
    }
}

int InvoiceSheet::paint(QPainter &painter, QPdfWriter &writer, QSizeF size) const
{
    const QList<Page> pages = m_layout.pages();
    const qreal scale = 72.0 / writer.logicalDpiX();
    const QFont footerFont = m_layout.font(7);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const Item &item : pages[p])
            paintItem(painter, item, scale);
        // Footer: who issued it, and page x of y.
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        const QRectF footer(kMargin / scale, (size.height() - kMargin) / scale,
                            (size.width() - 2 * kMargin) / scale, 14 / scale);
        QStringList who{m_business.name};
        who << m_taxIds;
        if (m_inv.number)
            who << *m_inv.number;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, who.join(QStringLiteral(" · ")));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         L(Label::Page).arg(p + 1).arg(pages.size()));
    }
    return int(pages.size());
}

} // namespace minuta::invoicesheet
