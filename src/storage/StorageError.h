#pragma once

#include <QString>

#include <stdexcept>

namespace attain::storage {

/// A failed database operation; the message is for logs and error dialogs.
/// Thrown inside a Transaction, it rolls the whole command back.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace attain::storage
