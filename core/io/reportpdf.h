#pragma once

// A report as a PDF: a title, then tables (a heading, a header row, rows, a totals line) and
// pictures (charts drawn by the app), page after page with "page x of y". Every text is laid out
// as text, never read as markup. Needs a QGuiApplication (fonts).

#include "values/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace minuta {

struct ReportDocument
{
    struct Table
    {
        QString heading;
        QStringList header;
        QList<QStringList> rows;
        QList<bool> rightAligned; // per column
        QString totals;           // a line under the table; empty: none
    };
    QString title;
    QString subtitle;
    QList<Table> tables;
    QList<QImage> pictures;
};

class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(minuta::ReportPdf)

public:
    // Writes the file atomically.
    static Result<void> write(const ReportDocument &report, const QString &path);
};

} // namespace minuta
