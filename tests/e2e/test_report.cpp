// SPDX-License-Identifier: MIT
// The report as a clinician meets it: written by the real binary from a crafted history,
// then opened in a real browser (headless Chromium), printed to PDF, and checked by tidy.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"
#include "support/scan.h"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/chrono.h>

using namespace stretch::test;

namespace {

// Today, as the program sees it under TZ=Europe/Paris: `2026-12-02`.
std::string today_in_paris(CliFixture& f)
{
  const auto r = run_process({"/usr/bin/env", "TZ=Europe/Paris", "/bin/date", "+%F"}, {f.env});
  return r.out.substr(0, 10);
}

// The count of `what` in the bytes of `path`.
std::size_t count_in_file(const std::filesystem::path& path, std::string_view what)
{
  return count_of(read_text(path), what);
}

} // namespace

TEST_SUITE_BEGIN("e2e/report");

TEST_CASE("stretch report in Chromium: the figures in its DOM and a picture that is not blank and one or two printed pages" * doctest::test_suite("slow"))
{
  CliFixture f;
  f.env["TZ"] = "Europe/Paris";
  const std::string today = today_in_paris(f);
  const auto history = run_process({"/usr/bin/python3", (source_dir() / "tests/report/sample_history.py").string(), today},
                                   {f.env});
  REQUIRE(history.status == 0);
  f.env["STRETCH_HISTORY"] = f.home.write("history.tsv", history.out).string();
  const auto page = f.home.path() / "report.html";
  const auto written = f.run({"report", "-o", page.string()});
  REQUIRE(written.status == 0);
  CHECK(written.err == "stretch: the report of 66 sessions is in " + page.string() + "\n");
  const std::string html = read_text(page);
  CHECK(html.find("http") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);

  if (std::filesystem::exists("/usr/bin/tidy")) {
    const auto tidy = run_process({"/usr/bin/tidy", "-e", "-q", page.string()}, {f.env});
    CHECK_MESSAGE(tidy.status == 0, tidy.err);
  } else {
    MESSAGE("tidy is not installed (Debian: tidy): the HTML check is skipped");
  }
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    MESSAGE("chromium is not installed (Debian: chromium): the report's browser test is skipped");
    return;
  }
  auto browser_env = f.env;
  browser_env["PATH"] = "/usr/bin:/bin"; // its launcher is a shell script
  const std::vector<std::string> chromium{"/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                          "--hide-scrollbars"};
  const auto in_browser = [&](std::vector<std::string> more) {
    std::vector<std::string> argv = chromium;
    argv.insert(argv.end(), more.begin(), more.end());
    argv.push_back("file://" + page.string());
    return run_process(argv, {browser_env, f.home.path(), {}, 60'000});
  };

  const auto dom = in_browser({"--dump-dom"});
  REQUIRE(dom.status == 0);
  CHECK(dom.out.find("data-figure=\"sessions\">66<") != std::string::npos);
  CHECK(dom.out.find("data-figure=\"minutes\">753<") != std::string::npos);
  CHECK(dom.out.find("data-figure=\"numb-days\">6<") != std::string::npos);
  CHECK(dom.out.find("data-figure=\"stayed-days\">2<") != std::string::npos);
  CHECK(dom.out.find("data-figure=\"numb-days-30\">4 days (numbness stayed on 2 days)<") != std::string::npos);
  CHECK(count_of(dom.out, "<tr data-numb-day=") == 6);
  CHECK(dom.out.find("<td>Mid-run: numb feet</td>") != std::string::npos); // by its title

  const auto shot = f.home.path() / "report.png";
  REQUIRE(in_browser({"--window-size=900,1400", "--screenshot=" + shot.string()}).status == 0);
  const std::string png = read_text(shot);
  CHECK(png.starts_with("\x89PNG"));
  CHECK(png.size() > 40'000); // a blank page of that size is a few KB

  const auto pdf = f.home.path() / "report.pdf";
  REQUIRE(in_browser({"--no-pdf-header-footer", "--print-to-pdf=" + pdf.string()}).status == 0);
  const std::size_t pages = count_in_file(pdf, "/Type /Page") - count_in_file(pdf, "/Type /Pages");
  CHECK(pages >= 1);
  CHECK(pages <= 2);
}

TEST_CASE("stretch report of a hostile history: valid and inert HTML")
{
  CliFixture f;
  f.env["TZ"] = "UTC0";
  // A routine of the user's whose title is markup, and sessions whose names and questions are.
  f.sandbox.write(".config/stretch/routines/evil.stretch",
                  "title <script>alert(\"x\")</script> & 'friends'\nepisode numbness\nexercise E\n  rest 1s\n");
  const std::string today = run_process({"/bin/date", "-u", "+%F"}, {f.env}).out.substr(0, 10);
  f.env["STRETCH_HISTORY"] =
    f.home
      .write("history.tsv", "# stretch history, format 3\n" + today
                              + "T07:00:00Z\tevil\tdone\t90\t1\t1\tIs <b>it</b> \"gone\" & \\x1b]0\\;pwned\\x07?=no\tnumbness\t1\n"
                              + today + "T08:00:00Z\t<img src=x onerror=alert(1)>\tdone\t90\t1\t1\t-\t-\t1\n")
      .string();
  const auto r = f.run({"report"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("<script") == std::string::npos);
  CHECK(r.out.find("<img") == std::string::npos);
  CHECK(r.out.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos); // text, not an element
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;") != std::string::npos);
  CHECK(r.out.find("Is &lt;b&gt;it&lt;/b&gt; &quot;gone&quot; &amp; ^[]0;pwned^G? <b>no</b>") != std::string::npos);
  if (std::filesystem::exists("/usr/bin/tidy")) {
    const auto page = f.home.write("hostile.html", r.out);
    const auto tidy = run_process({"/usr/bin/tidy", "-e", "-q", page.string()}, {f.env});
    CHECK_MESSAGE(tidy.status == 0, tidy.err);
  }
}

TEST_SUITE_END();
