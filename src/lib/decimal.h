/* decimal.h — integers written as decimal text, where the shell does it once per command of a
 * loop ($((...)) results, ${#x}, arithmetic assignments) or before the first command runs (PPID,
 * SHLVL, UID). Below everything; no state. */
#ifndef CONCH_DECIMAL_H
#define CONCH_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

/* Room for any intmax_t with its sign and the terminating NUL. */
enum { DECIMAL_MAX = 24 };

/* What snprintf("%jd") writes, without going through printf's format machinery (several
 * hundred instructions a number). Returns the length; buf is NUL-terminated. */
static inline size_t decimal_format(char buf[DECIMAL_MAX], intmax_t v)
{
    char tmp[DECIMAL_MAX];
    uintmax_t u = v < 0 ? -(uintmax_t)v : (uintmax_t)v; /* INTMAX_MIN too */
    size_t n = 0, k = 0;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[k++] = '-';
    while (n)
        buf[k++] = tmp[--n];
    buf[k] = '\0';
    return k;
}

/* decimal_format for an argument list: buf's text. */
static inline const char *decimal_text(char buf[DECIMAL_MAX], intmax_t v)
{
    decimal_format(buf, v);
    return buf;
}

#endif
