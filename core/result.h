#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dealboard {

// Why an operation failed: callers map these to exit codes and dialogs.
enum class ErrorKind
{
    User,     // bad input: the user can correct it
    Refused,  // the database was refused; nothing was written
    Internal, // a database or I/O error that should not happen
};

struct Error
{
    ErrorKind kind = ErrorKind::User;
    QString message;
};

// An expected-style result: a value or an error with a message. No exceptions cross the
// event loop; every fallible core function returns one of these.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (x : repo.list().value())` must not read a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error userError(QString message)
{
    return Error{ErrorKind::User, std::move(message)};
}
inline Error refusal(QString message)
{
    return Error{ErrorKind::Refused, std::move(message)};
}
inline Error internalError(QString message)
{
    return Error{ErrorKind::Internal, std::move(message)};
}

} // namespace dealboard
