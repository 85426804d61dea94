#pragma once

// Planned work: an appointment or a task for a client, with a start, an estimate, an optional
// deadline, once or repeating weekly or monthly. Repetitions keep the local time of day across
// daylight-saving changes; a monthly one on the 31st falls on the last day of shorter months.

#include "values/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace minuta {

enum class Repeat { None, Weekly, Monthly };

QString repeatName(Repeat repeat); // "none", "weekly", "monthly"
std::optional<Repeat> repeatFromName(QStringView name);

struct Plan
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString title;
    QString notes;
    qint64 start = 0; // the first occurrence, Unix seconds UTC
    int minutes = 60; // the estimate
    std::optional<QDate> due;
    Repeat repeat = Repeat::None;
    std::optional<QDate> until; // repeating plans only: the last local date an occurrence may fall on
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Filled in by reads.
    QString clientName;
    QString clientColor;
    QList<QDate> doneDays; // occurrences marked done (get() fills it; restore() puts it back)
};

// One occurrence of a plan on a day.
struct PlanOccurrence
{
    qint64 planId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString clientColor;
    QString title;
    QString notes;
    QDate day;        // local date
    qint64 start = 0; // Unix seconds UTC
    int minutes = 0;
    std::optional<QDate> due;
    Repeat repeat = Repeat::None;
    bool done = false;
};

namespace plans {

// The local dates a plan occurs on within [from, to], in order.
QList<QDate> occurrenceDays(const Plan &plan, const QTimeZone &zone, QDate from, QDate to);
// The instant the plan's occurrence on `day` starts: the first start's local time on that day (the
// next valid time when the clocks skip it).
qint64 occurrenceStart(const Plan &plan, const QTimeZone &zone, QDate day);

} // namespace plans

} // namespace minuta
