/* compat.h — library functions conch uses that some systems lack (configure checks each):
 * the replacements in compat.c take their place. Include after config.h, like any header. */
#ifndef CONCH_COMPAT_H
#define CONCH_COMPAT_H

#include <stddef.h>

#ifndef HAVE_STRCHRNUL
/* glibc, musl and the BSDs have it; not POSIX. */
#define strchrnul conch_strchrnul
char *conch_strchrnul(const char *s, int c);
#endif

#ifndef HAVE_MEMMEM
/* POSIX only since 2024. */
#define memmem conch_memmem
void *conch_memmem(const void *hay, size_t hlen, const void *needle, size_t nlen);
#endif

#endif
