// SPDX-License-Identifier: MIT
// A value or what says why there is none: a message for the user (what low-level functions
// return), or a typed failure that the caller puts in words of its own.
#pragma once

#include <concepts>
#include <string>
#include <utility>
#include <variant>

namespace stretch::util {

/// The failure side of an `Expected`: a message for the user.
struct Unexpected
{
  std::string message;
};

/// Holds either a `T` or a `Failure` (by default an `Unexpected` message); test it with
/// `operator bool`.
template<typename T, typename Failure = Unexpected> class Expected
{
public:
  Expected(T value) : m_value(std::move(value)) {}
  Expected(Failure failure) : m_value(std::move(failure)) {}

  explicit operator bool() const { return m_value.index() == 0; }
  const T& operator*() const { return std::get<0>(m_value); }
  T& operator*() { return std::get<0>(m_value); }
  const T* operator->() const { return &std::get<0>(m_value); }

  /// Why there is no value; only valid when the `Expected` holds none.
  const Failure& failure() const { return std::get<1>(m_value); }

  /// The message; only valid when the `Expected` holds no value.
  const std::string& error() const
    requires std::same_as<Failure, Unexpected>
  {
    return std::get<1>(m_value).message;
  }

private:
  std::variant<T, Failure> m_value;
};

} // namespace stretch::util
