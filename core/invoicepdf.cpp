#include "invoicepdf.h"

#include "invoicelabels.h"
#include "timeutil.h"

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

QString quantityText(const InvoiceLine &line, const QLocale &locale)
{
    if (line.seconds)
        return timeutil::formatDuration(*line.seconds) + QStringLiteral(" h");
    const QString q = line.quantity.format(locale);
    return line.unit.isEmpty() ? q : q + QLatin1Char(' ') + line.unit;
}

QString rateText(const TaxRate &rate, const QLocale &locale)
{
    return rate.format(locale);
}

} // namespace

Result<int> InvoicePdf::render(const Content &content, QIODevice *device)
{
    const Invoice &inv = content.invoice;
    const QString lang = inv.language();
    const BusinessProfile &business = inv.parties.business;
    const Client &client = inv.parties.client;
    const TaxProfile &profile = inv.parties.profile;
    const QLocale locale = invoicelabels::locale(lang, business.country);
    const auto L = [&](Label l) { return invoicelabels::text(l, lang); };
    const auto date = [&](QDate d) { return locale.toString(d, QStringLiteral("d MMMM yyyy")); };
    const auto money = [&](const Money &m) { return m.format(locale); };

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
    if (!business.vatId.isEmpty())
        leftLine(profile.taxIdLabel(lang) + QLatin1Char(' ') + business.vatId, body);
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
                  locale.toString(*inv.periodFrom, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ")
                      + locale.toString(*inv.periodTo, QStringLiteral("d MMM yyyy")),
                  body);
    layout.setY(qMax(leftY, rightY) + 18);

    // The client.
    {
        QStringList lines;
        lines << client.name;
        if (!client.contactName.isEmpty())
            lines << client.contactName;
        if (!client.address.isEmpty())
            lines << client.address;
        if (!client.country.isEmpty() && client.country != business.country) {
            const QString country = QLocale::territoryToString(QLocale::codeToTerritory(client.country));
            lines << (country.isEmpty() ? client.country : country);
        }
        if (!client.vatId.isEmpty())
            lines << profile.taxIdLabel(lang) + QLatin1Char(' ') + client.vatId;
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
    const qreal qtyW = 62, priceW = 74, taxW = 44, amountW = 78;
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
        const qreal h = qMax(layout.textHeight(line.description, body, descW - 8), qreal(11));
        if (!layout.fits(h + 8))
            layout.newPage();
        const qreal y = layout.y();
        const TaxRate rate = line.taxRate.value_or(standard);
        const bool untaxed = inv.reverseCharge || rate.milliPercent() == 0;
        layout.text(QRectF(X, y, descW - 8, h), line.description, body);
        layout.text(QRectF(X + descW, y, qtyW, h), quantityText(line, locale), body, Qt::AlignRight);
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

    // The totals, in the order they are computed.
    const invoicecalc::Totals &t = inv.totals;
    QList<std::tuple<QString, QString, bool>> rows;
    if (!t.discount.isZero()) {
        rows.append({L(Label::Subtotal), money(t.lines), false});
        rows.append({L(Label::Discount), money(*t.discount.negated()), false});
    }
    rows.append({L(Label::Net), money(t.net), false});
    if (!t.contribution.isZero())
        rows.append(
            {profile.contributionName(lang) + QLatin1Char(' ') + rateText(inv.contributionRate, locale),
             money(t.contribution), false});
    for (const invoicecalc::Tax &tax : t.taxes)
        rows.append({tax.name(lang) + QLatin1Char(' ') + rateText(tax.rate, locale) + QLatin1Char(' ')
                         + L(Label::On) + QLatin1Char(' ') + tax.base.formatNumber(locale),
                     money(tax.amount), false});
    if (!t.stampDuty.isZero() && t.stampDutyCharged)
        rows.append({L(Label::StampDuty), money(t.stampDuty), false});
    rows.append({L(Label::Total), money(t.total), true});
    if (!t.withholding.isZero()) {
        rows.append({profile.withholdingName(lang) + QLatin1Char(' ')
                         + rateText(profile.withholdingRate, locale) + QLatin1Char(' ') + L(Label::On)
                         + QLatin1Char(' ') + t.withholdingBase.formatNumber(locale),
                     money(*t.withholding.negated()), false});
        rows.append({L(Label::AmountDue), money(t.due), true});
    }
    if (!inv.payments.isEmpty()) {
        rows.append({L(Label::Paid), money(inv.paid), false});
        rows.append({L(Label::Balance), money(inv.balance), true});
    }
    {
        const qreal boxW = qMin(W, qreal(300));
        const qreal boxX = X + W - boxW;
        qreal needed = 0;
        for (const auto &[label, value, strong] : rows)
            needed += layout.textHeight(label, strong ? bodyBold : body, boxW - 96) + 5;
        if (!layout.fits(needed))
            layout.newPage();
        for (const auto &[label, value, strong] : rows) {
            const QFont f = strong ? layout.font(10, true) : body;
            const qreal h = layout.textHeight(label, f, boxW - 96);
            if (strong)
                layout.rule(boxX, layout.y() - 2, boxW, kInk);
            layout.text(QRectF(boxX, layout.y(), boxW - 96, h), label, f);
            layout.text(QRectF(boxX + boxW - 96, layout.y(), 96, h), value, f, Qt::AlignRight);
            layout.advance(h + 5);
        }
    }
    layout.advance(14);

    // Payment, notes and what the law wants said.
    if (inv.kind == InvoiceKind::CreditNote && inv.creditedNumber) {
        layout.paragraph(L(Label::CreditNoteFor).arg(*inv.creditedNumber, date(inv.creditedIssueDate)), body,
                         kInk, 12);
    } else if (inv.kind == InvoiceKind::Invoice && !t.due.isZero()) {
        layout.paragraph(L(Label::PaymentDetails).toUpper(), heading, kMuted, 3);
        QStringList payment;
        payment << L(Label::PayBy).arg(date(inv.dueDate));
        if (!business.iban.isEmpty())
            payment << L(Label::Iban) + QLatin1Char(' ') + business.iban
                           + (business.bic.isEmpty()
                                  ? QString()
                                  : QStringLiteral("   ") + L(Label::Bic) + QLatin1Char(' ') + business.bic);
        layout.paragraph(payment.join(QLatin1Char('\n')), body, kInk, 12);
    }
    if (!inv.notes.isEmpty()) {
        layout.paragraph(L(Label::Notes).toUpper(), heading, kMuted, 3);
        layout.paragraph(inv.notes, body, kInk, 12);
    }
    QStringList legal;
    if (inv.reverseCharge)
        legal << profile.reverseChargeNote(lang);
    else if (!profile.legalNote(lang).isEmpty())
        legal << profile.legalNote(lang);
    if (!t.stampDuty.isZero() && business.virtualStampDuty)
        legal << L(Label::StampDutyVirtual) + QStringLiteral(" (") + money(t.stampDuty) + QLatin1Char(')');
    for (const QString &note : std::as_const(legal))
        layout.paragraph(note, small, kMuted, 4);

    // The timesheet: every billed entry.
    if (!content.timesheet.isEmpty()) {
        layout.newPage();
        layout.paragraph(L(Label::Timesheet) + (inv.number ? QStringLiteral(" · ") + *inv.number : QString()),
                         layout.font(14, true), kAccent, 10);
        const qreal dateW = 70, timeW = 72, durW = 50, taskW = 90;
        const qreal noteW = W - dateW - timeW - durW - taskW;
        const auto header = [&]() {
            const qreal y = layout.y();
            layout.text(QRectF(X, y, dateW, 12), L(Label::Date), heading, Qt::AlignLeft, kMuted);
            layout.text(QRectF(X + dateW, y, timeW, 12), L(Label::Time), heading, Qt::AlignLeft, kMuted);
            layout.text(QRectF(X + dateW + timeW, y, durW, 12), L(Label::Duration), heading, Qt::AlignRight,
                        kMuted);
            layout.text(QRectF(X + dateW + timeW + durW + 10, y, taskW - 10, 12), L(Label::Task), heading,
                        Qt::AlignLeft, kMuted);
            layout.text(QRectF(X + W - noteW, y, noteW, 12), L(Label::Description), heading, Qt::AlignLeft,
                        kMuted);
            layout.rule(X, y + 14, W, kInk);
            layout.advance(20);
        };
        layout.setOnNewPage(header);
        header();
        qint64 total = 0;
        for (const TimeEntry &e : content.timesheet) {
            const qint64 seconds = e.durationSeconds(e.end.value_or(e.start));
            total += seconds;
            const QDateTime start = QDateTime::fromSecsSinceEpoch(e.start, content.zone);
            const QDateTime end = QDateTime::fromSecsSinceEpoch(e.end.value_or(e.start), content.zone);
            const qreal h = std::max({layout.textHeight(e.description, small, noteW),
                                      layout.textHeight(e.task, small, taskW - 10), qreal(10)});
            if (!layout.fits(h + 6))
                layout.newPage();
            const qreal y = layout.y();
            layout.text(QRectF(X, y, dateW, h), locale.toString(start.date(), QLocale::ShortFormat), small);
            layout.text(QRectF(X + dateW, y, timeW, h),
                        start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                            + end.toString(QStringLiteral("HH:mm")),
                        small);
            layout.text(QRectF(X + dateW + timeW, y, durW, h), timeutil::formatDuration(seconds), small,
                        Qt::AlignRight);
            layout.text(QRectF(X + dateW + timeW + durW + 10, y, taskW - 10, h), e.task, small);
            layout.text(QRectF(X + W - noteW, y, noteW, h), e.description, small);
            layout.rule(X, y + h + 2, W);
            layout.advance(h + 6);
        }
        layout.setOnNewPage(nullptr);
        layout.paragraph(L(Label::Hours) + QStringLiteral(": ") + timeutil::formatDuration(total), bodyBold);
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
        if (!business.vatId.isEmpty())
            who << profile.taxIdLabel(lang) + QLatin1Char(' ') + business.vatId;
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
