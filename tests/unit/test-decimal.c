/* test-decimal.c — unit tests for decimal_long (src/lib/decimal.h), which writes the numbers of
 * PPID, SHLVL, UID and EUID at start-up: the same text as printf's %ld, at both ends of long. */
#include "config.h"

#include "lib/decimal.h"
#include "unit.h"

#include <limits.h>
#include <stdio.h>

static void check_one(long n)
{
    char buf[DECIMAL_SIZE], want[32];
    snprintf(want, sizeof want, "%ld", n);
    const char *got = decimal_long(buf, n);
    CHECK_STR(got, want);
    CHECK(got >= buf && got < buf + DECIMAL_SIZE);
}

int main(void)
{
    static const long cases[] = {0, 1, -1, 9, 10, -10, 99, 100, 32767, 1000000, -999999,
                                 LONG_MAX, LONG_MIN, LONG_MAX - 1, LONG_MIN + 1};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_one(cases[i]);
    return unit_done();
}
