/* test-decimal.c — unit tests for decimal_format and decimal_text (src/lib/decimal.h), which
 * write $((...)) results, ${#x}, PPID, SHLVL and UID: the same text as printf's %jd, at both
 * ends of intmax_t; and decimal_parse, which reads exit's status and SHLVL as strtol does. */
#include "config.h"

#include "lib/decimal.h"
#include "unit.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check_one(intmax_t n)
{
    char buf[DECIMAL_MAX], want[48];
    snprintf(want, sizeof want, "%jd", n);
    size_t len = decimal_format(buf, n);
    CHECK_STR(buf, want);
    CHECK(len == strlen(want));
    CHECK_STR(decimal_text(buf, n), want);
}

/* decimal_parse accepts exactly what strtol reads whole without ERANGE, with the same value. */
static void check_parse(const char *s)
{
    char *end;
    errno = 0;
    long want = strtol(s, &end, 10);
    bool ok = end != s && !*end && errno == 0;
    long got = 12345;
    bool parsed = decimal_parse(s, &got);
    if (parsed != ok)
        fprintf(stderr, "decimal_parse(\"%s\") gives %d, strtol says %d\n", s, parsed, ok);
    CHECK(parsed == ok);
    CHECK(got == (ok ? want : 12345));
}

int main(void)
{
    static const char *const texts[] = {
        "0", "7", "-7", "+7", " 7", "\t\n\v\f\r 42", "-0", "007", "", " ", "-", "+", "--1", "+-1",
        "1 ", "1x", "x1", "0x10", "12345678901234567", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "99999999999999999999999", "-99999999999999999999999", "00000000000000000000000000001",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        check_parse(texts[i]);
    static const intmax_t cases[] = {0, 1, -1, 9, 10, -10, 99, 100, 32767, 1000000, -999999,
                                     INTMAX_MAX, INTMAX_MIN, INTMAX_MAX - 1, INTMAX_MIN + 1};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_one(cases[i]);
    return unit_done();
}
