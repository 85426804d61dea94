#include "values/exactmath.h"

#include <limits>

namespace minuta::exact {

namespace {

constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<qint64>::max());

quint64 magnitude(qint64 v)
{
    // Well defined for INT64_MIN as well: the conversion to unsigned is modular.
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

bool mulOverflows(quint64 a, quint64 b, quint64 &out)
{
    if (a != 0 && b > std::numeric_limits<quint64>::max() / a)
        return true;
    out = a * b;
    return false;
}

bool addOverflows(quint64 a, quint64 b, quint64 &out)
{
    if (b > std::numeric_limits<quint64>::max() - a)
        return true;
    out = a + b;
    return false;
}

std::optional<qint64> withSign(quint64 mag, bool negative)
{
    if (negative) {
        if (mag > kMaxMagnitude + 1)
            return std::nullopt;
        return mag == kMaxMagnitude + 1 ? std::numeric_limits<qint64>::min() : -qint64(mag);
    }
    if (mag > kMaxMagnitude)
        return std::nullopt;
    return qint64(mag);
}

} // namespace

std::optional<qint64> add(qint64 a, qint64 b)
{
    if ((b > 0 && a > std::numeric_limits<qint64>::max() - b)
        || (b < 0 && a < std::numeric_limits<qint64>::min() - b))
        return std::nullopt;
    return a + b;
}

std::optional<qint64> subtract(qint64 a, qint64 b)
{
    if ((b < 0 && a > std::numeric_limits<qint64>::max() + b)
        || (b > 0 && a < std::numeric_limits<qint64>::min() + b))
        return std::nullopt;
    return a - b;
}

std::optional<qint64> multiply(qint64 a, qint64 b)
{
    quint64 mag = 0;
    if (mulOverflows(magnitude(a), magnitude(b), mag))
        return std::nullopt;
    return withSign(mag, (a < 0) != (b < 0) && mag != 0);
}

std::optional<qint64> mulDivRound(qint64 a, qint64 b, qint64 d)
{
    if (d <= 0)
        return std::nullopt;
    const bool negative = (a < 0) != (b < 0);
    const quint64 ma = magnitude(a);
    const quint64 mb = magnitude(b);
    const quint64 md = quint64(d);

    // With a = qa·d + ra and b = qb·d + rb:
    // a·b/d = qa·qb·d + qa·rb + ra·qb + ra·rb/d, where only the last term has a fraction and
    // ra·rb < d² fits in 64 bits for every divisor we use (d < 2^32).
    const quint64 qa = ma / md, ra = ma % md;
    const quint64 qb = mb / md, rb = mb % md;
    quint64 t1 = 0, t2 = 0, t3 = 0, sum = 0;
    if (mulOverflows(qa, qb, t1) || mulOverflows(t1, md, t1) || mulOverflows(qa, rb, t2)
        || mulOverflows(ra, qb, t3) || addOverflows(t1, t2, sum) || addOverflows(sum, t3, sum))
        return std::nullopt;
    quint64 small = 0;
    if (mulOverflows(ra, rb, small))
        return std::nullopt;
    const quint64 whole = small / md;
    const quint64 rest = small % md;
    if (addOverflows(sum, whole, sum))
        return std::nullopt;
    if (rest != 0 && rest >= md - rest) // rest / d ≥ ½
        if (addOverflows(sum, 1, sum))
            return std::nullopt;
    return withSign(sum, negative && sum != 0);
}

qint64 pow10(int n)
{
    qint64 v = 1;
    for (int i = 0; i < n && i < 18; ++i)
        v *= 10;
    return v;
}

} // namespace minuta::exact
