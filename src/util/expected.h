// SPDX-License-Identifier: MIT
// A value or the message that says why there is none: what low-level functions return.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace stretch::util {

/// The failure side of an `Expected`: a message for the user.
struct Unexpected
{
  std::string message;
};

/// Holds either a `T` or an `Unexpected` message; test it with `operator bool`.
template<typename T> class Expected
{
public:
  Expected(T value) : m_value(std::move(value)) {}
  Expected(Unexpected failure) : m_value(std::move(failure)) {}

  explicit operator bool() const { return m_value.index() == 0; }
  const T& operator*() const { return std::get<0>(m_value); }
  T& operator*() { return std::get<0>(m_value); }
  const T* operator->() const { return &std::get<0>(m_value); }

  /// The message; only valid when the `Expected` holds no value.
  const std::string& error() const { return std::get<1>(m_value).message; }

private:
  std::variant<T, Unexpected> m_value;
};

} // namespace stretch::util
