/* mbchar.c — characters of the current locale's codeset (XCU 2.5.3 LC_CTYPE).
 * Below everything: expansion, patterns, splitting, read and printf ask it where characters end. */
#include "config.h"

#include "lib/mbchar.h"

#include <stdlib.h>
#include <string.h>

bool mbchar_multi;

void mbchar_refresh(void)
{
    mbchar_multi = MB_CUR_MAX > 1;
}

size_t mbchar_decode(const char *s, size_t n, wchar_t *wc)
{
    unsigned char b = (unsigned char)*s;
    if (!mbchar_multi || b < 0x80) {
        *wc = b;
        return 1;
    }
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t k = mbrtowc(wc, s, n, &st);
    /* (size_t)-1 invalid, -2 incomplete, 0 for a NUL inside the range: one byte either way. */
    if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
        *wc = (wchar_t)(0xDC00 + b);
        return 1;
    }
    return k;
}

size_t mbchar_len(const char *s, size_t n)
{
    wchar_t wc;
    return mbchar_decode(s, n, &wc);
}

size_t mbchar_utf8(char buf[4], unsigned long c)
{
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        if (c >= 0xD800 && c <= 0xDFFF)
            return 0;
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    if (c > 0x10FFFF)
        return 0;
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t mbchar_count(const char *s, size_t n)
{
    if (!mbchar_multi)
        return n;
    size_t count = 0;
    for (size_t i = 0; i < n; count++)
        i += mbchar_len(s + i, n - i);
    return count;
}

bool mbchar_set_table(const char *set, bool table[256])
{
    bool by_char = false;
    size_t n = strlen(set);
    for (size_t i = 0, k; i < n; i += k) {
        k = mbchar_len(set + i, n - i);
        if (k == 1)
            table[(unsigned char)set[i]] = true;
        if (mbchar_multi && (unsigned char)set[i] >= 0x80)
            by_char = true;
    }
    return by_char;
}

bool mbchar_set_has(const char *set, const char *c, size_t k)
{
    size_t n = strlen(set);
    for (size_t i = 0, m; i < n; i += m) {
        m = mbchar_len(set + i, n - i);
        if (m == k && memcmp(set + i, c, k) == 0)
            return true;
    }
    return false;
}
