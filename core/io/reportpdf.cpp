#include "io/reportpdf.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace minuta {

namespace {

// Points of the page that hold text: A4 less 15 mm margins.
constexpr qreal kMarginMm = 15.0;

void insertTable(QTextCursor &cursor, const ReportDocument::Table &table)
{
    QTextCharFormat heading;
    heading.setFontPointSize(12);
    heading.setFontWeight(QFont::Bold);
    QTextBlockFormat spaced;
    spaced.setTopMargin(14);
    spaced.setBottomMargin(4);
    cursor.insertBlock(spaced);
    cursor.insertText(table.heading, heading);
    if (table.rows.isEmpty()) {
        QTextCharFormat muted;
        muted.setForeground(QColor(0x6b, 0x72, 0x80));
        cursor.insertBlock();
        cursor.insertText(ReportPdf::tr("Nothing in this period."), muted);
        return;
    }
    const int columns = int(table.header.size());
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xd1, 0xd5, 0xdb));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setHeaderRowCount(1); // repeated on every page
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *t = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
    QTextCharFormat head;
    head.setFontWeight(QFont::Bold);
    head.setFontPointSize(8.5);
    QTextCharFormat body;
    body.setFontPointSize(8.5);
    const auto fill = [&](int row, const QStringList &cells, const QTextCharFormat &charFormat) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(row, c);
            QTextCursor cellCursor = cell.firstCursorPosition();
            QTextBlockFormat align;
            align.setAlignment(table.rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft);
            cellCursor.setBlockFormat(align);
            cellCursor.insertText(cells.value(c), charFormat);
            if (row == 0) {
                QTextTableCellFormat shade;
                shade.setBackground(QColor(0xf3, 0xf4, 0xf6));
                cell.setFormat(shade);
            }
        }
    };
    fill(0, table.header, head);
    for (int r = 0; r < table.rows.size(); ++r)
        fill(r + 1, table.rows[r], body);
    cursor.movePosition(QTextCursor::End);
    if (!table.totals.isEmpty()) {
        QTextCharFormat totals;
        totals.setFontWeight(QFont::Bold);
        totals.setFontPointSize(9);
        cursor.insertBlock();
        cursor.insertText(table.totals, totals);
    }
}

} // namespace

Result<void> ReportPdf::write(const ReportDocument &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()),
                     QStringLiteral("output"));
    int pictures = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Minuta"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setDocumentMargin(0);
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        QTextCursor cursor(&document);
        QTextCharFormat title;
        title.setFontPointSize(16);
        title.setFontWeight(QFont::Bold);
        cursor.insertText(report.title, title);
        if (!report.subtitle.isEmpty()) {
            QTextCharFormat muted;
            muted.setForeground(QColor(0x4b, 0x55, 0x63));
            cursor.insertBlock();
            cursor.insertText(report.subtitle, muted);
        }
        for (const ReportDocument::Table &table : report.tables)
            insertTable(cursor, table);
        const qreal textWidth = writer.pageLayout().paintRect(QPageLayout::Point).width();
        for (const QImage &picture : report.pictures) {
            if (picture.isNull())
                continue;
            cursor.insertBlock();
            QTextImageFormat image;
            const QString name = QStringLiteral("picture%1").arg(pictures++);
            document.addResource(QTextDocument::ImageResource, QUrl(name), picture);
            image.setName(name);
            // As wide as the text, keeping its proportions.
            image.setWidth(textWidth);
            image.setHeight(textWidth * picture.height() / qMax(1, picture.width()));
            cursor.insertImage(image);
        }
        // print() lays the document out on the writer's pages and numbers them.
        document.print(&writer);
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()),
                     QStringLiteral("output"));
    return {};
}

} // namespace minuta
