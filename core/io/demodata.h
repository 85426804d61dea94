#pragma once

// Realistic sample data for a new, empty file: clients, months of logged work and usage, invoices
// issued and paid. For trying Minuta out, for screenshots, and at scale for benchmarks.

#include "values/error.h"

#include <QCoreApplication>
#include <QString>

namespace minuta {

class Clock;
class Database;

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(minuta::DemoData)

public:
    struct Options
    {
        int months = 4; // of history before today
        int clients = 8;
        qint64 entries = 0; // 0: a realistic day's worth each working day; more for benchmarks
        QString language = QStringLiteral("it"); // "it": Giulia in Bologna; "en": Sam in Manchester
        bool invoices = true;                    // issue and pay invoices for the past months
        quint32 seed = 2026;
    };

    struct Summary
    {
        int clients = 0;
        qint64 entries = 0;
        qint64 usage = 0;
        int invoices = 0;
    };

    // Fills an empty file; a file that already has clients is refused.
    static Result<Summary> generate(const Database &db, const Clock &clock, const Options &options);
};

} // namespace minuta
