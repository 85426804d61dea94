#include "values/error.h"

namespace minuta {

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Overflow:
        return QStringLiteral("overflow");
    case ErrorCode::Unusual:
        return QStringLiteral("unusual");
    case ErrorCode::CurrencyMismatch:
        return QStringLiteral("currency-mismatch");
    case ErrorCode::NotADatabase:
        return QStringLiteral("not-a-database");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case ErrorCode::SchemaTooOld:
        return QStringLiteral("schema-too-old");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Database:
        return QStringLiteral("database");
    }
    return QStringLiteral("unknown");
}

} // namespace minuta
