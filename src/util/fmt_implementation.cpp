// SPDX-License-Identifier: MIT
// fmt's implementation, compiled once for the whole program. Including fmt's headers with
// FMT_HEADER_ONLY would compile it into every file (twice the build time), and linking
// the shared libfmt would cost start-up time; this file gives the library's own functions,
// and the instantiations that stretch uses, to the static core library instead.
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template auto decimal_point_impl(locale_ref) -> char;
template locale_ref::locale_ref(const std::locale& loc);
template auto locale_ref::get<std::locale>() const -> std::locale;

} // namespace detail
FMT_END_NAMESPACE
