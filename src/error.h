// SPDX-License-Identifier: MIT
// The error types that the core throws and `main` catches once, at the top.
#pragma once

#include <stdexcept>

namespace stretch {

/// A failure the user can act on, printed as `stretch: error: WHAT` with exit status 1.
class Error : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/// A mistake on the command line (a bad option value, an unknown side): exit status 2.
class UsageError : public Error
{
public:
  using Error::Error;
};

} // namespace stretch
