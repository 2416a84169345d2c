/* mbchar.h — characters of the current locale's codeset (XCU 2.5.3 LC_CTYPE), for every
 * module that walks text by character: expansion, pattern matching, field splitting, read, printf. */
#ifndef CONCH_LIB_MBCHAR_H
#define CONCH_LIB_MBCHAR_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* True when LC_CTYPE has characters longer than one byte (MB_CUR_MAX > 1). Kept in a variable
 * because MB_CUR_MAX is a function call in glibc and byte loops test it often; the shell's
 * locale module refreshes it with mbchar_refresh() after every setlocale(). */
extern bool mbchar_multi;

void mbchar_refresh(void);

/* Bytes of the character starting at s, of which n (>= 1) are readable. A byte that does not
 * start a valid, complete character is one character by itself (as in bash), so no walk can
 * stall or run past n. Always 1 when !mbchar_multi. */
size_t mbchar_len(const char *s, size_t n);

/* Like mbchar_len, and stores the character's value in *wc. An invalid byte b gets a value
 * that no valid character has (0xDC00 + b, a lone surrogate), so it equals only itself. */
size_t mbchar_decode(const char *s, size_t n, wchar_t *wc);

/* A Unicode code point as UTF-8 in buf, for the \uHHHH escapes of $'...', echo -e and printf,
 * which conch writes as UTF-8 whatever the locale (bash writes them in the locale's codeset,
 * or as the escape in the C locale). Returns the length; 0 for surrogates and values past
 * U+10FFFF, which have no encoding. */
size_t mbchar_utf8(char buf[4], unsigned long c);

/* The number of characters in s[0..n). */
size_t mbchar_count(const char *s, size_t n);

/* A set of characters given as a string (IFS, for field splitting and read). Marks its
 * single-byte characters in table (which the caller cleared) and returns true when the set
 * must be searched by character: a multibyte locale and a byte >= 0x80 in set (a lone \247
 * must not match inside ç, C3 A7). */
bool mbchar_set_table(const char *set, bool table[256]);
/* True if the k-byte character c is one of the characters of set. */
bool mbchar_set_has(const char *set, const char *c, size_t k);

#endif
