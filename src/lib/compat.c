/* compat.c — replacements for the library functions some systems lack (compat.h); compiled
 * always, empty where configure found the real ones. Below everything else. */
#include "config.h"

#include "lib/compat.h"

#include <string.h>

#ifndef HAVE_STRCHRNUL
char *conch_strchrnul(const char *s, int c)
{
    while (*s && *s != (char)c)
        s++;
    return (char *)s;
}
#endif

#ifndef HAVE_MEMMEM
void *conch_memmem(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
    const char *h = hay;
    if (nlen == 0)
        return (void *)h;
    for (size_t i = 0; nlen <= hlen && i <= hlen - nlen; i++)
        if (h[i] == *(const char *)needle && memcmp(h + i, needle, nlen) == 0)
            return (void *)(h + i);
    return NULL;
}
#endif

/* ISO C wants at least one declaration in a translation unit. */
typedef int compat_nonempty;
