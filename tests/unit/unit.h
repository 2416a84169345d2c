/* unit.h — the few macros the C unit tests in tests/unit/ share: CHECK a condition, then
 * unit_done() prints the `N passed, N failed` line that make check-summary counts. */
#ifndef CONCH_UNIT_H
#define CONCH_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

/* Counts one check; on failure names the file, line and the condition's text. */
#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) {                                                                   \
            unit_passed++;                                                            \
        } else {                                                                      \
            unit_failed++;                                                            \
            printf("not ok - %s:%d: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                             \
    } while (0)

/* Strings compared with both shown when they differ (NULL allowed on either side). */
#define CHECK_STR(got, want)                                                          \
    do {                                                                              \
        const char *g_ = (got), *w_ = (want);                                         \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                        \
            unit_passed++;                                                            \
        } else {                                                                      \
            unit_failed++;                                                            \
            printf("not ok - %s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,      \
                   __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");          \
        }                                                                             \
    } while (0)

/* Exit status for main: 0 if every check passed (automake's harness: 1 is a failure). */
static inline int unit_done(void)
{
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}

#endif
