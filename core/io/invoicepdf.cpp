#include "io/invoicepdf.h"

#include "invoicing/invoicelabels.h"
#include "invoicing/invoicewording.h"
#include "values/timeutil.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace minuta {

using invoicelabels::Label;

namespace {

constexpr qreal kMargin = 48; // points
constexpr qreal kFooter = 40;
const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kAccent(0x0f, 0x76, 0x6e);
const QColor kWarning(0xb9, 0x1c, 0x1c);

// One thing to draw on a page, in points.
struct Item
{
    enum Kind { Text, Rule, Fill, Picture } kind = Text;
    QRectF rect;
    QString text;
    QFont font;
    QColor color = kInk;
    Qt::Alignment align = Qt::AlignLeft;
    QImage image;
};

using Page = QList<Item>;

// Lays the document out on pages of a given size, with fonts measured at the PDF's resolution.
class Layout
{
public:
    Layout(QSizeF pageSize, QPaintDevice *device) : m_size(pageSize), m_device(device)
    {
        m_pages.append(Page());
        m_y = kMargin;
    }

    qreal width() const { return m_size.width() - 2 * kMargin; }
    qreal left() const { return kMargin; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }
    qreal bottom() const { return m_size.height() - kMargin - kFooter; }
    bool fits(qreal height) const { return m_y + height <= bottom(); }
    QList<Page> pages() const { return m_pages; }

    void newPage()
    {
        m_pages.append(Page());
        m_y = kMargin;
        if (m_onNewPage)
            m_onNewPage();
    }
    // Called at the top of each new page (the table header repeats this way).
    void setOnNewPage(std::function<void()> f) { m_onNewPage = std::move(f); }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        // No ligatures: "fiscale" must read back as f-i, not as one glyph, from the PDF's text.
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    // Height of `text` wrapped to `w` points.
    qreal textHeight(const QString &text, const QFont &f, qreal w) const
    {
        if (text.isEmpty())
            return 0;
        qreal height = 0;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph.isEmpty() ? QStringLiteral(" ") : paragraph, f, m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            const qreal scale = 72.0 / m_device->logicalDpiY();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(w / scale);
                height += line.height() * scale;
            }
            layout.endLayout();
        }
        return height;
    }

    qreal textWidth(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, m_device).horizontalAdvance(text) * 72.0 / m_device->logicalDpiX();
    }

    void text(const QRectF &r, const QString &t, const QFont &f, Qt::Alignment a = Qt::AlignLeft,
              QColor c = kInk)
    {
        Item item;
        item.kind = Item::Text;
        item.rect = r;
        item.text = t;
        item.font = f;
        item.align = a;
        item.color = c;
        m_pages.last().append(item);
    }

    void rule(qreal x, qreal y, qreal w, QColor c = kRule)
    {
        Item item;
        item.kind = Item::Rule;
        item.rect = QRectF(x, y, w, 0);
        item.color = c;
        m_pages.last().append(item);
    }

    void fill(const QRectF &r, QColor c)
    {
        Item item;
        item.kind = Item::Fill;
        item.rect = r;
        item.color = c;
        m_pages.last().append(item);
    }

    void picture(const QRectF &r, const QImage &image)
    {
        Item item;
        item.kind = Item::Picture;
        item.rect = r;
        item.image = image;
        m_pages.last().append(item);
    }

    // A paragraph across the full width, starting a new page if it does not fit.
    void paragraph(const QString &t, const QFont &f, QColor c = kInk, qreal gapAfter = 6)
    {
        if (t.trimmed().isEmpty())
            return;
        const qreal h = textHeight(t, f, width());
        if (!fits(h))
            newPage();
        text(QRectF(left(), m_y, width(), h), t, f, Qt::AlignLeft, c);
        m_y += h + gapAfter;
    }

private:
    QSizeF m_size;
    QPaintDevice *m_device;
    QList<Page> m_pages;
    qreal m_y = 0;
    std::function<void()> m_onNewPage;
};

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

// One row of the totals: its words, the figure in the invoice's currency and, for an invoice in
// another currency, in euros.
struct TotalRow
{
    TotalRow(QString l, QString v, QString e = {}, bool s = false, bool m = false)
        : label(std::move(l)), value(std::move(v)), euro(std::move(e)), strong(s), muted(m)
    {}

    QString label;
    QString value;
    QString euro;
    bool strong;
    bool muted;
};

} // namespace

Result<int> InvoicePdf::render(const Content &content, QIODevice *device)
{
    const Invoice &inv = content.invoice;
    const QString lang = inv.language();
    const BusinessProfile &business = inv.parties.business;
    const Client &client = inv.parties.client;
    const TaxProfile &profile = inv.parties.profile;
    const QLocale locale = invoicelabels::locale(lang, client.country, business.country);
    const bool monthFirst = locale.territory() == QLocale::UnitedStates && lang != QLatin1String("it");
    const auto L = [&](Label l) { return invoicelabels::text(l, lang); };
    const auto date = [&](QDate d) {
        return locale.toString(d,
                               monthFirst ? QStringLiteral("MMMM d, yyyy") : QStringLiteral("d MMMM yyyy"));
    };
    const auto shortDate = [&](QDate d) {
        return locale.toString(d, monthFirst ? QStringLiteral("MMM d, yyyy") : QStringLiteral("d MMM yyyy"));
    };
    const auto money = [&](const Money &m) { return m.format(locale); };
    const bool italianBusiness =
        business.country == QLatin1String("IT") || profile.id.startsWith(QLatin1String("it-"));
    const bool indian =
        business.country == QLatin1String("IN") || profile.id.startsWith(QLatin1String("in-"));
    // Québec prints its two registrations apart: the GST number (the VAT id) and the QST number.
    const auto taxIds = [&]() {
        QStringList ids;
        if (!business.qstId.isEmpty()) {
            if (!business.vatId.isEmpty())
                ids << L(Label::GstNumber) + QLatin1Char(' ') + business.vatId;
            ids << L(Label::QstNumber) + QLatin1Char(' ') + business.qstId;
        } else if (!business.vatId.isEmpty()) {
            ids << profile.taxIdLabel(lang) + QLatin1Char(' ') + business.vatId;
        }
        return ids;
    }();

    QPdfWriter writer(device);
    writer.setResolution(600);
    const QPageSize pageSize(business.usesLetterPaper() ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("Minuta"));
    writer.setTitle(inv.number ? profile.title(lang) + QLatin1Char(' ') + *inv.number : L(Label::Draft));

    Layout layout(pageSize.size(QPageSize::Point), &writer);
    const qreal W = layout.width();
    const qreal X = layout.left();
    const QFont small = layout.font(7.5);
    const QFont body = layout.font(9);
    const QFont bodyBold = layout.font(9, true);
    const QFont heading = layout.font(8, true);

    // Header: logo and business on the left, title, number and dates on the right.
    qreal leftY = layout.y();
    if (content.logo) {
        const QSizeF box(150, 60);
        const QImage image = loadLogo(*content.logo, box);
        if (!image.isNull()) {
            const QSizeF size = QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
            layout.picture(QRectF(QPointF(X, leftY), size), image);
            leftY += size.height() + 10;
        }
    }
    const qreal leftW = W * 0.55;
    const auto leftLine = [&](const QString &text, const QFont &f, QColor c = kInk) {
        if (text.isEmpty())
            return;
        const qreal h = layout.textHeight(text, f, leftW);
        layout.text(QRectF(X, leftY, leftW, h), text, f, Qt::AlignLeft, c);
        leftY += h;
    };
    leftLine(business.name, layout.font(12, true));
    leftLine(business.address, body);
    for (const QString &id : taxIds)
        leftLine(id, body);
    if (!business.fiscalCode.isEmpty())
        leftLine(L(Label::FiscalCode) + QLatin1Char(' ') + business.fiscalCode, body);
    QStringList contacts;
    if (!business.email.isEmpty())
        contacts << business.email;
    if (!business.phone.isEmpty())
        contacts << business.phone;
    leftLine(contacts.join(QStringLiteral(" · ")), body, kMuted);

    const qreal rightX = X + W * 0.58;
    const qreal rightW = W * 0.42;
    qreal rightY = layout.y();
    const bool draft = inv.status == InvoiceStatus::Draft;
    const QString title = draft                                 ? L(Label::Draft)
                          : inv.kind == InvoiceKind::CreditNote ? L(Label::CreditNote)
                                                                : profile.title(lang);
    const QFont titleFont = layout.font(20, true);
    const qreal titleH = layout.textHeight(title, titleFont, rightW);
    layout.text(QRectF(rightX, rightY, rightW, titleH), title, titleFont, Qt::AlignRight,
                draft ? kWarning : kAccent);
    rightY += titleH + 4;
    const auto rightPair = [&](const QString &label, const QString &value, const QFont &f) {
        const qreal h =
            qMax(layout.textHeight(value, f, rightW * 0.6), layout.textHeight(label, body, rightW * 0.4));
        layout.text(QRectF(rightX, rightY, rightW * 0.4, h), label, body, Qt::AlignLeft, kMuted);
        layout.text(QRectF(rightX + rightW * 0.4, rightY, rightW * 0.6, h), value, f, Qt::AlignRight);
        rightY += h + 1;
    };
    if (draft)
        rightPair(QString(), L(Label::DraftNotice), layout.font(8, true));
    rightPair(L(Label::Number), inv.number.value_or(QStringLiteral("—")), layout.font(10, true));
    rightPair(L(Label::IssueDate), date(inv.issueDate), body);
    if (inv.kind == InvoiceKind::Invoice)
        rightPair(L(Label::DueDate), date(inv.dueDate), body);
    if (inv.periodFrom && inv.periodTo)
        rightPair(L(Label::Period),
                  shortDate(*inv.periodFrom) + QStringLiteral(" – ") + shortDate(*inv.periodTo), body);
    if (indian) {
        const QString place = invoicelabels::indianPlaceOfSupply(client.state, client.gstin);
        if (!place.isEmpty())
            rightPair(L(Label::PlaceOfSupply), place, body);
    }
    layout.setY(qMax(leftY, rightY) + 18);

    // The client.
    {
        QStringList lines;
        lines << client.name;
        if (!client.contactName.isEmpty())
            lines << client.contactName;
        if (!client.address.isEmpty())
            lines << client.address;
        if (!client.country.isEmpty() && client.country != business.country)
            lines << invoicelabels::countryName(client.country, lang);
        if (!client.vatId.isEmpty())
            lines << profile.taxIdLabel(lang) + QLatin1Char(' ') + client.vatId;
        if (!client.gstin.isEmpty() && client.gstin != client.vatId)
            lines << L(Label::Gstin) + QLatin1Char(' ') + client.gstin;
        if (!client.fiscalCode.isEmpty())
            lines << L(Label::FiscalCode) + QLatin1Char(' ') + client.fiscalCode;
        if (!client.recipientCode.isEmpty())
            lines << L(Label::RecipientCode) + QLatin1Char(' ') + client.recipientCode;
        if (!client.pec.isEmpty())
            lines << L(Label::Pec) + QLatin1Char(' ') + client.pec;
        const QString text = lines.join(QLatin1Char('\n'));
        const qreal boxW = W * 0.5;
        const qreal h = layout.textHeight(text, body, boxW - 16);
        layout.fill(QRectF(X, layout.y(), boxW, h + 26), QColor(0xf3, 0xf4, 0xf6));
        layout.text(QRectF(X + 8, layout.y() + 6, boxW - 16, 10), L(Label::BillTo).toUpper(), heading,
                    Qt::AlignLeft, kMuted);
        layout.text(QRectF(X + 8, layout.y() + 19, boxW - 16, h), text, body);
        layout.advance(h + 26 + 18);
    }

    // The lines, with their header on every page.
    const qreal qtyW = 66, priceW = 80, taxW = 44, amountW = 76;
    const qreal descW = W - qtyW - priceW - taxW - amountW;
    const auto tableHeader = [&]() {
        const qreal y = layout.y();
        layout.text(QRectF(X, y, descW, 12), L(Label::Description), heading, Qt::AlignLeft, kMuted);
        layout.text(QRectF(X + descW, y, qtyW, 12), L(Label::Quantity), heading, Qt::AlignRight, kMuted);
        layout.text(QRectF(X + descW + qtyW, y, priceW, 12), L(Label::UnitPrice), heading, Qt::AlignRight,
                    kMuted);
        layout.text(QRectF(X + descW + qtyW + priceW, y, taxW, 12), L(Label::Tax), heading, Qt::AlignRight,
                    kMuted);
        layout.text(QRectF(X + W - amountW, y, amountW, 12), L(Label::Amount), heading, Qt::AlignRight,
                    kMuted);
        layout.rule(X, y + 14, W, kInk);
        layout.advance(20);
    };
    layout.setOnNewPage(tableHeader);
    tableHeader();
    const TaxRate standard = profile.standardRate();
    for (const InvoiceLine &line : inv.lines) {
        const QString sac = line.sac.isEmpty() ? QString() : L(Label::Sac) + QLatin1Char(' ') + line.sac;
        const qreal descH = qMax(layout.textHeight(line.description, body, descW - 8), qreal(11));
        const qreal sacH = sac.isEmpty() ? 0 : layout.textHeight(sac, small, descW - 8) + 1;
        const QString quantity = quantityText(line, locale, lang);
        const qreal h = std::max({descH + sacH, layout.textHeight(quantity, body, qtyW), qreal(11)});
        if (!layout.fits(h + 8))
            layout.newPage();
        const qreal y = layout.y();
        const TaxRate rate = line.taxRate.value_or(standard);
        const bool untaxed =
            inv.reverseCharge || rate.milliPercent() == 0 || line.nature == invoicecalc::ExpenseNature;
        layout.text(QRectF(X, y, descW - 8, descH), line.description, body);
        if (!sac.isEmpty())
            layout.text(QRectF(X, y + descH + 1, descW - 8, sacH), sac, small, Qt::AlignLeft, kMuted);
        layout.text(QRectF(X + descW, y, qtyW, h), quantity, body, Qt::AlignRight);
        layout.text(QRectF(X + descW + qtyW, y, priceW, h), line.unitPrice.formatNumber(locale), body,
                    Qt::AlignRight);
        layout.text(QRectF(X + descW + qtyW + priceW, y, taxW, h),
                    // The e-invoice's Natura code means something to Italian readers only.
                    untaxed ? (line.nature.isEmpty() || lang != QLatin1String("it") ? L(Label::ExemptLine)
                                                                                    : line.nature)
                            : rateText(rate, locale),
                    body, Qt::AlignRight, kMuted);
        layout.text(QRectF(X + W - amountW, y, amountW, h), line.amount.formatNumber(locale), body,
                    Qt::AlignRight);
        layout.rule(X, y + h + 4, W);
        layout.advance(h + 8);
    }
    layout.setOnNewPage(nullptr);
    layout.advance(8);

    // The totals, in the order they are computed: each rate's VAT base and its tax, then what bears
    // no VAT and why; beside them, on an invoice in another currency, the same in euros.
    const invoicecalc::Totals &t = inv.totals;
    const std::optional<invoicecalc::EuroFigures> &euro = t.euro;
    const auto euroMoney = [&](const Money &m) { return euro ? money(m) : QString(); };
    QList<TotalRow> rows;
    rows.append({L(Label::Subtotal), money(t.lines)});
    if (!t.discount.isZero())
        rows.append({L(Label::Discount), money(*t.discount.negated())});
    if (!t.contribution.isZero())
        rows.append(
            {profile.contributionName(lang) + QLatin1Char(' ') + rateText(inv.contributionRate, locale),
             money(t.contribution)});
    for (const TaxGroup &g : taxGroups(t.taxes)) {
        const qsizetype first = g.taxes.first();
        rows.append({L(Label::TaxableAt).arg(rateText(TaxRate::fromMilliPercent(g.rate), locale)),
                     money(g.base),
                     euro && first < euro->taxes.size() ? euroMoney(euro->taxes[first].base) : QString()});
        for (qsizetype k : g.taxes) {
            const invoicecalc::Tax &tax = t.taxes[k];
            rows.append({tax.name(lang) + QLatin1Char(' ') + rateText(tax.rate, locale), money(tax.amount),
                         euro && k < euro->taxes.size() ? euroMoney(euro->taxes[k].amount) : QString()});
        }
    }
    for (const invoicecalc::Untaxed &u : t.outside) {
        // Where no tax exists at all (a US business) there is nothing to explain.
        if (u.nature.isEmpty() && profile.taxes.isEmpty())
            continue;
        rows.append({invoicelabels::natureReason(u.nature, lang, italianBusiness), money(u.amount),
                     t.outside.size() == 1 ? euroMoney(euro ? euro->untaxed : Money()) : QString()});
    }
    if (!t.stampDuty.isZero() && t.stampDutyCharged)
        rows.append({L(Label::StampDuty), money(t.stampDuty)});
    rows.append({L(Label::Total), money(t.total), euro ? euroMoney(euro->total) : QString(), true});
    if (!t.withholding.isZero()) {
        rows.append({profile.withholdingName(lang) + QLatin1Char(' ')
                         + rateText(profile.withholdingRate, locale) + QLatin1Char(' ') + L(Label::On)
                         + QLatin1Char(' ') + t.withholdingBase.formatNumber(locale),
                     money(*t.withholding.negated())});
        rows.append({L(Label::AmountDue), money(t.due), euro ? euroMoney(euro->due) : QString(), true});
    }
    if (!inv.payments.isEmpty()) {
        rows.append({L(Label::Paid), money(inv.paid)});
        rows.append({L(Label::Balance), money(inv.balance), QString(), true});
    }
    if (!t.stampDuty.isZero() && !t.stampDutyCharged)
        rows.append({L(Label::StampDutyBorne), money(t.stampDuty), QString(), false, true});
    {
        const qreal valueW = 90;
        const qreal euroW = euro ? 84 : 0;
        const qreal boxW = qMin(W, euro ? qreal(400) : qreal(310));
        const qreal boxX = X + W - boxW;
        const qreal labelW = boxW - valueW - euroW - 6;
        QString rateLine;
        if (euro)
            rateLine = L(Label::ExchangeRate) + QStringLiteral(": ")
                       + L(Label::ExchangeRateOn)
                             .arg(invoicelabels::exchangeRate(euro->exchangeRate, locale),
                                  inv.currency.code(), date(inv.issueDate));
        qreal needed = euro ? layout.textHeight(rateLine, small, boxW) + 18 : 0;
        for (const TotalRow &row : std::as_const(rows))
            needed += layout.textHeight(row.label, row.strong ? bodyBold : body, labelW) + 5;
        if (!layout.fits(needed))
            layout.newPage();
        if (euro) {
            const qreal h = layout.textHeight(rateLine, small, boxW);
            layout.text(QRectF(boxX, layout.y(), boxW, h), rateLine, small, Qt::AlignRight, kMuted);
            layout.advance(h + 4);
            layout.text(QRectF(boxX + labelW + 6, layout.y(), valueW, 12), inv.currency.code(), heading,
                        Qt::AlignRight, kMuted);
            layout.text(QRectF(boxX + boxW - euroW, layout.y(), euroW, 12), L(Label::InEuro), heading,
                        Qt::AlignRight, kMuted);
            layout.advance(14);
        }
        for (const TotalRow &row : std::as_const(rows)) {
            const QFont f = row.strong ? layout.font(10, true) : body;
            const QColor c = row.muted ? kMuted : kInk;
            const qreal h = layout.textHeight(row.label, f, labelW);
            if (row.strong)
                layout.rule(boxX, layout.y() - 2, boxW, kInk);
            layout.text(QRectF(boxX, layout.y(), labelW, h), row.label, f, Qt::AlignLeft, c);
            layout.text(QRectF(boxX + labelW + 6, layout.y(), valueW, h), row.value, f, Qt::AlignRight, c);
            if (euro && !row.euro.isEmpty())
                layout.text(QRectF(boxX + boxW - euroW, layout.y(), euroW, h), row.euro, f, Qt::AlignRight,
                            c);
            layout.advance(h + 5);
        }
    }
    layout.advance(14);

    // Payment, notes and what the law wants said.
    if (inv.kind == InvoiceKind::CreditNote && inv.creditedNumber) {
        layout.paragraph(L(Label::CreditNoteFor).arg(*inv.creditedNumber, date(inv.creditedIssueDate)), body,
                         kInk, 12);
    } else if (inv.kind == InvoiceKind::Invoice && !t.due.isZero()) {
        // Every bank detail the business gave, each with its name as the client's bank knows it.
        QList<std::pair<QString, QString>> bank;
        const auto add = [&](Label label, const QString &value) {
            if (!value.trimmed().isEmpty())
                bank.append({L(label), value.trimmed()});
        };
        add(Label::Iban, business.iban);
        add(Label::Bic, business.bic);
        add(Label::SortCode, business.sortCode.isEmpty() ? QString() : grouped(business.sortCode, 6, 2));
        add(Label::Bsb, business.bsb.isEmpty() ? QString() : grouped(business.bsb, 6, 3));
        add(Label::RoutingNumber, business.routingNumber);
        add(Label::InstitutionNumber, business.institution);
        add(Label::TransitNumber, business.transit);
        add(Label::Ifsc, business.ifsc);
        add(Label::AccountNumber, business.accountNumber);
        const bool transfer = !bank.isEmpty();
        add(Label::Upi, business.upi);
        layout.paragraph(L(Label::PaymentDetails).toUpper(), heading, kMuted, 3);
        layout.paragraph((transfer ? L(Label::PayByTransfer) : L(Label::PayBy)).arg(date(inv.dueDate)), body,
                         kInk, 3);
        qreal labelW = 0;
        for (const auto &[label, value] : std::as_const(bank))
            labelW = qMax(labelW, layout.textWidth(label, body));
        labelW += 12;
        for (const auto &[label, value] : std::as_const(bank)) {
            const qreal h = layout.textHeight(value, body, W - labelW);
            if (!layout.fits(h))
                layout.newPage();
            layout.text(QRectF(X, layout.y(), labelW, h), label, body, Qt::AlignLeft, kMuted);
            layout.text(QRectF(X + labelW, layout.y(), W - labelW, h), value, body);
            layout.advance(h + 1);
        }
        if (!business.paymentNotes.trimmed().isEmpty()) {
            layout.advance(3);
            layout.paragraph(L(Label::OtherWaysToPay), body, kMuted, 1);
            layout.paragraph(business.paymentNotes.trimmed(), body, kInk, 1);
        }
        layout.advance(11);
    }
    if (!inv.notes.isEmpty()) {
        layout.paragraph(L(Label::Notes).toUpper(), heading, kMuted, 3);
        layout.paragraph(inv.notes, body, kInk, 12);
    }
    invoicewording::Case wordingCase;
    wordingCase.businessCountry = business.country;
    wordingCase.clientCountry = client.country;
    wordingCase.clientHasVatId = !client.vatId.trimmed().isEmpty();
    wordingCase.taxProfileId = profile.id;
    wordingCase.language = lang;
    QStringList legal = invoicewording::legalNotes(wordingCase, inv.reverseCharge, profile.legalNote(lang),
                                                   profile.reverseChargeNote(lang));
    if (!t.stampDuty.isZero() && business.virtualStampDuty)
        legal << L(Label::StampDutyVirtual) + QStringLiteral(" (") + money(t.stampDuty) + QLatin1Char(')');
    for (const QString &note : std::as_const(legal))
        layout.paragraph(note, small, kMuted, 4);

    // The timesheet: every billed entry with its raw and billed time and what it bills, then the
    // units logged.
    if (!content.timesheet.isEmpty()) {
        layout.newPage();
        layout.paragraph(L(Label::Timesheet) + (inv.number ? QStringLiteral(" · ") + *inv.number : QString()),
                         layout.font(14, true), kAccent, 10);
        const auto timeOf = [&](const QDateTime &at) {
            return locale.toString(at.time(), QLocale::ShortFormat);
        };
        const auto dayOf = [&](const QDateTime &at) {
            return locale.toString(at.date(), QLocale::ShortFormat);
        };
        if (!content.timesheet.time.isEmpty()) {
            const qreal dateW = 56, timeW = 86, rawW = 52, billedW = 52, amountCol = 56, taskW = 70;
            const qreal noteW = W - dateW - timeW - rawW - billedW - amountCol - taskW - 20;
            const qreal rawX = X + dateW + timeW, billedX = rawX + rawW, amountX = billedX + billedW;
            const qreal taskX = amountX + amountCol + 10, noteX = taskX + taskW + 10;
            const auto header = [&]() {
                const qreal y = layout.y();
                layout.text(QRectF(X, y, dateW, 12), L(Label::Date), heading, Qt::AlignLeft, kMuted);
                layout.text(QRectF(X + dateW, y, timeW, 12), L(Label::Time), heading, Qt::AlignLeft, kMuted);
                layout.text(QRectF(rawX, y, rawW, 12), L(Label::Logged), heading, Qt::AlignRight, kMuted);
                layout.text(QRectF(billedX, y, billedW, 12), L(Label::Billed), heading, Qt::AlignRight,
                            kMuted);
                layout.text(QRectF(amountX, y, amountCol, 12), L(Label::Amount), heading, Qt::AlignRight,
                            kMuted);
                layout.text(QRectF(taskX, y, taskW, 12), L(Label::Task), heading, Qt::AlignLeft, kMuted);
                layout.text(QRectF(noteX, y, noteW, 12), L(Label::Description), heading, Qt::AlignLeft,
                            kMuted);
                layout.rule(X, y + 14, W, kInk);
                layout.advance(20);
            };
            layout.setOnNewPage(header);
            header();
            qint64 raw = 0, billed = 0;
            std::optional<Money> amount = Money::zero(inv.currency);
            for (const BilledTime &b : content.timesheet.time) {
                const TimeEntry &e = b.entry;
                const qint64 seconds = e.durationSeconds(e.end.value_or(e.start));
                raw += seconds;
                billed += b.billedSeconds;
                if (amount && b.amount) {
                    auto sum = amount->plus(*b.amount);
                    amount = sum ? std::optional<Money>(*sum) : std::nullopt;
                } else {
                    amount.reset();
                }
                const QDateTime start = QDateTime::fromSecsSinceEpoch(e.start, content.zone);
                const QDateTime end = QDateTime::fromSecsSinceEpoch(e.end.value_or(e.start), content.zone);
                const qreal h = std::max({layout.textHeight(e.description, small, noteW),
                                          layout.textHeight(e.task, small, taskW), qreal(10)});
                if (!layout.fits(h + 6))
                    layout.newPage();
                const qreal y = layout.y();
                layout.text(QRectF(X, y, dateW, h), dayOf(start), small);
                layout.text(QRectF(X + dateW, y, timeW, h), timeOf(start) + QStringLiteral("–") + timeOf(end),
                            small);
                layout.text(QRectF(rawX, y, rawW, h), timeutil::formatDuration(seconds), small,
                            Qt::AlignRight, kMuted);
                layout.text(QRectF(billedX, y, billedW, h), timeutil::formatDuration(b.billedSeconds), small,
                            Qt::AlignRight);
                layout.text(QRectF(amountX, y, amountCol, h),
                            b.amount ? b.amount->formatNumber(locale) : QString(), small, Qt::AlignRight);
                layout.text(QRectF(taskX, y, taskW, h), e.task, small);
                layout.text(QRectF(noteX, y, noteW, h), e.description, small);
                layout.rule(X, y + h + 2, W);
                layout.advance(h + 6);
            }
            layout.setOnNewPage(nullptr);
            if (!layout.fits(16))
                layout.newPage();
            const qreal y = layout.y();
            layout.text(QRectF(X, y, dateW + timeW, 12), L(Label::Hours), bodyBold);
            layout.text(QRectF(rawX - 10, y, rawW + 10, 12), timeutil::formatDuration(raw), bodyBold,
                        Qt::AlignRight, kMuted);
            layout.text(QRectF(billedX, y, billedW, 12), timeutil::formatDuration(billed), bodyBold,
                        Qt::AlignRight);
            if (amount)
                layout.text(QRectF(amountX, y, amountCol, 12), amount->formatNumber(locale), bodyBold,
                            Qt::AlignRight);
            layout.advance(16);
            layout.paragraph(
                L(Label::HoursTotals).arg(timeutil::formatDuration(raw), timeutil::formatDuration(billed)),
                small, kMuted, 14);
        }
        if (!content.timesheet.usage.isEmpty()) {
            layout.paragraph(L(Label::UnitsLogged), layout.font(11, true), kAccent, 6);
            const qreal dateW = 56, timeW = 50, serviceW = 150, qtyCol = 90;
            const qreal noteW = W - dateW - timeW - serviceW - qtyCol - 10;
            const auto header = [&]() {
                const qreal y = layout.y();
                layout.text(QRectF(X, y, dateW, 12), L(Label::Date), heading, Qt::AlignLeft, kMuted);
                layout.text(QRectF(X + dateW, y, timeW, 12), L(Label::Time), heading, Qt::AlignLeft, kMuted);
                layout.text(QRectF(X + dateW + timeW, y, serviceW, 12), L(Label::Service), heading,
                            Qt::AlignLeft, kMuted);
                layout.text(QRectF(X + dateW + timeW + serviceW, y, qtyCol, 12), L(Label::Quantity), heading,
                            Qt::AlignRight, kMuted);
                layout.text(QRectF(X + W - noteW, y, noteW, 12), L(Label::Notes), heading, Qt::AlignLeft,
                            kMuted);
                layout.rule(X, y + 14, W, kInk);
                layout.advance(20);
            };
            if (!layout.fits(40))
                layout.newPage();
            layout.setOnNewPage(header);
            header();
            for (const BilledUnits &u : content.timesheet.usage) {
                const QDateTime at = QDateTime::fromSecsSinceEpoch(u.at, content.zone);
                const QString quantity =
                    u.quantity.format(locale) + QLatin1Char(' ')
                    + invoicelabels::unitWord(u.unit, u.unitPlural, u.quantity.milli() == 1000, lang);
                const qreal h = std::max({layout.textHeight(u.note, small, noteW),
                                          layout.textHeight(u.service, small, serviceW - 6),
                                          layout.textHeight(quantity, small, qtyCol), qreal(10)});
                if (!layout.fits(h + 6))
                    layout.newPage();
                const qreal y = layout.y();
                layout.text(QRectF(X, y, dateW, h), dayOf(at), small);
                layout.text(QRectF(X + dateW, y, timeW, h), timeOf(at), small);
                layout.text(QRectF(X + dateW + timeW, y, serviceW - 6, h), u.service, small);
                layout.text(QRectF(X + dateW + timeW + serviceW, y, qtyCol, h), quantity, small,
                            Qt::AlignRight);
                layout.text(QRectF(X + W - noteW, y, noteW, h), u.note, small);
                layout.rule(X, y + h + 2, W);
                layout.advance(h + 6);
            }
            layout.setOnNewPage(nullptr);
        }
    }

    // Paint every page, now that their number is known.
    const QList<Page> pages = layout.pages();
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::Io, tr("The PDF could not be started."));
    const qreal scale = 72.0 / writer.logicalDpiX();
    const QFont footerFont = layout.font(7);
    const QSizeF size = pageSize.size(QPageSize::Point);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const Item &item : pages[p]) {
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
        // Footer: who issued it, and page x of y.
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        const QRectF footer(kMargin / scale, (size.height() - kMargin) / scale,
                            (size.width() - 2 * kMargin) / scale, 14 / scale);
        QStringList who{business.name};
        who << taxIds;
        if (inv.number)
            who << *inv.number;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, who.join(QStringLiteral(" · ")));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         L(Label::Page).arg(p + 1).arg(pages.size()));
    }
    painter.end();
    return int(pages.size());
}

Result<int> InvoicePdf::write(const Content &content, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error(ErrorCode::Io, tr("“%1” is a folder.").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("output"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("output"));
    auto pages = render(content, &file);
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("output"));
    return pages;
}

} // namespace minuta
