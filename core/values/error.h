#pragma once

// The value-or-error convention of core: fallible calls return Result<T>, which holds either the
// value or an Error with a stable code and a translated message a person can read.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace minuta {

enum class ErrorCode {
    InvalidInput,     // a value the user gave is wrong; Error::field names it
    NotFound,         // the thing asked for does not exist
    Conflict,         // the request contradicts stored data (duplicate name, billed entry…)
    Overflow,         // a number left the range that can be represented exactly
    CurrencyMismatch, // money of two currencies met in one calculation
    NotADatabase,     // the file is not a SQLite database, or not a Minuta file
    Damaged,          // SQLite found the file malformed: it takes no write until a copy is restored
    SchemaTooNew,     // the file was written by a newer Minuta
    SchemaTooOld,     // the file needs an upgrade that this access mode cannot perform
    Locked,           // another process has the file open for writing
    Io,               // the file system refused (permissions, disk full…)
    Database,         // SQLite reported an error
    Unusual,          // a value that is allowed but most likely a slip; the caller may confirm it
};

class Error
{
public:
    Error(ErrorCode code, QString message, QString field = {})
        : m_code(code), m_message(std::move(message)), m_field(std::move(field))
    {}

    ErrorCode code() const { return m_code; }
    // Translated, for people: shown in dialogs, next to fields and on stderr.
    const QString &message() const { return m_message; }
    // The input field the error is about ("name", "start"…), empty when it is about no field.
    const QString &field() const { return m_field; }

    // A stable identifier of the code for machine output ("invalid-input").
    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_message;
    QString m_field;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // The value, or `fallback` when there is an error.
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace minuta
