/* test-match.c — unit tests for pattern matching notation (XCU 2.14, src/exec/match.c) as
 * `case` and ${x#pat} call it, in the C locale (fnmatch) and in UTF-8 (match_pattern_chars). */
#include "config.h"

#include "exec/match.h"
#include "lib/mbchar.h"
#include "unit.h"

#include <locale.h>
#include <stdbool.h>

static const struct {
    const char *pat, *str;
    bool match;
} cases[] = {
    /* XCU 2.14.1: ?, *, and escaped (quoted) characters */
    {"a?c", "abc", true},       {"a?c", "ac", false},      {"*", "", true},
    {"a*", "abc", true},        {"*c", "abc", true},       {"*b*", "abc", true},
    {"*d", "abc", false},       {"a\\*", "a*", true},      {"a\\*", "ab", false},
    {"\\?", "?", true},         {"\\?", "x", false},
    /* XCU 2.14.1 bracket expressions: ranges, negation with !, classes, ] first */
    {"[abc]", "b", true},       {"[a-c]x", "bx", true},    {"[!a-c]", "d", true},
    {"[!a-c]", "b", false},     {"[]]", "]", true},        {"[!]]", "]", false},
    {"[[:digit:]]*", "7up", true}, {"[[:alpha:]]", "1", false},
    {"[a\\]]", "]", true},
    /* an unclosed [ is an ordinary character */
    {"[ab", "[ab", true},       {"[ab", "a", false},
    /* the whole string must match; '/' and leading '.' are not special here (XCU 2.14.3 is
     * only for pathname expansion) */
    {"a", "ab", false},         {"*", ".hidden", true},    {"a*c", "a/b/c", true},
};

static int run_all(void)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool got = match_pattern(cases[i].pat, cases[i].str);
        if (got != cases[i].match) {
            printf("#   multibyte=%d: '%s' against '%s' gives %d\n", mbchar_multi,
                   cases[i].pat, cases[i].str, got);
            bad++;
        }
    }
    return bad;
}

int main(void)
{
    setlocale(LC_ALL, "C");
    mbchar_refresh();
    CHECK(!mbchar_multi);
    CHECK(run_all() == 0);

    /* The same table through conch's own matcher, and characters (not bytes) in UTF-8. */
    if (setlocale(LC_ALL, "C.UTF-8")) {
        mbchar_refresh();
        CHECK(mbchar_multi);
        CHECK(run_all() == 0);
        CHECK(match_pattern("?t?", "\xc3\xa9t\xc3\xa9"));   /* é t é: ? is one character */
        CHECK(!match_pattern("????", "\xc3\xa9t\xc3\xa9"));
        CHECK(match_pattern("[\xc3\xa0-\xc3\xaa]", "\xc3\xa9")); /* range by code point */
        CHECK(match_pattern("*\xc3\xa9", "t\xc3\xa9"));
        /* an invalid byte matches itself, and ? takes it as one character */
        CHECK(match_pattern("a?b", "a\xff" "b"));
        CHECK(match_pattern("a\xff", "a\xff"));
    } else {
        printf("# no C.UTF-8 locale: multibyte cases skipped\n");
    }
    return unit_done();
}
