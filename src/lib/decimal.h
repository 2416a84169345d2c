/* decimal.h — a long in decimal, as printf's %ld writes it, for the numbers the shell puts in
 * variables at start-up (PPID, SHLVL, UID): no printf machinery before the first command runs. */
#ifndef CONCH_DECIMAL_H
#define CONCH_DECIMAL_H

/* Room for any long: a sign, 19 digits, the NUL. */
enum { DECIMAL_SIZE = 21 };

/* Writes n at the end of buf and returns where its text starts (inside buf). LONG_MIN too: the
 * digits are taken from the negative value, which always exists. */
static inline char *decimal_long(char buf[DECIMAL_SIZE], long n)
{
    char *p = buf + DECIMAL_SIZE - 1;
    *p = '\0';
    long neg = n < 0 ? n : -n;
    do {
        *--p = (char)('0' - neg % 10);
        neg /= 10;
    } while (neg);
    if (n < 0)
        *--p = '-';
    return p;
}

#endif
