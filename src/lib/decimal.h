/* decimal.h — integers written as decimal text, where the shell does it once per command of a
 * loop ($((...)) results, ${#x}, arithmetic assignments) or before the first command runs (PPID,
 * SHLVL, UID). Below everything; no state. */
#ifndef CONCH_DECIMAL_H
#define CONCH_DECIMAL_H

#include <limits.h>
#include <stdbool.h>
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

/* strtol(s, &end, 10) with *end == '\0' and no ERANGE: blanks (the C locale's isspace), a sign,
 * then only decimal digits. False, *out untouched, for anything else or a value outside long.
 * For operands and variables read before the first command (exit's status, SHLVL): strtol
 * would cost its lazy binding and those of errno and isdigit. */
static inline bool decimal_parse(const char *s, long *out)
{
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        s++;
    bool minus = *s == '-';
    s += minus || *s == '+';
    if (*s < '0' || *s > '9')
        return false;
    /* Counted downwards: LONG_MIN has no positive counterpart. */
    long n = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        int d = *s - '0';
        if (n < (LONG_MIN + d) / 10)
            return false;
        n = n * 10 - d;
    }
    if (*s || (!minus && n == LONG_MIN))
        return false;
    *out = minus ? n : -n;
    return true;
}

#endif
