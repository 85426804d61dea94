#pragma once

// Integer arithmetic that refuses to overflow, for money and quantities.

#include <QtGlobal>

#include <optional>

namespace minuta::exact {

std::optional<qint64> add(qint64 a, qint64 b);
std::optional<qint64> subtract(qint64 a, qint64 b);
std::optional<qint64> multiply(qint64 a, qint64 b);

// a × b ÷ d, computed exactly and rounded once, half away from zero (2.5 → 3, −2.5 → −3).
// d must be positive. Nothing when the result does not fit in a qint64; the intermediate
// product may exceed 64 bits.
std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 d);

// 10^n for 0 ≤ n ≤ 18.
qint64 pow10(int n);

} // namespace minuta::exact
