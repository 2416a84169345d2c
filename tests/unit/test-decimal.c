/* test-decimal.c — unit tests for decimal_format and decimal_text (src/lib/decimal.h), which
 * write $((...)) results, ${#x}, PPID, SHLVL and UID: the same text as printf's %jd, at both
 * ends of intmax_t. */
#include "config.h"

#include "lib/decimal.h"
#include "unit.h"

#include <inttypes.h>
#include <stdio.h>
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

int main(void)
{
    static const intmax_t cases[] = {0, 1, -1, 9, 10, -10, 99, 100, 32767, 1000000, -999999,
                                     INTMAX_MAX, INTMAX_MIN, INTMAX_MAX - 1, INTMAX_MIN + 1};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_one(cases[i]);
    return unit_done();
}
