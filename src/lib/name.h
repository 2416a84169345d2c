/* name.h — XBD 3.216 Name: what the token filter, variables, expansions, unparse and the
 * builtins all mean by a NAME. Letters, digits and underscore of the portable character set
 * only (not isalpha(), which follows the locale), not starting with a digit. */
#ifndef CONCH_NAME_H
#define CONCH_NAME_H

#include <stdbool.h>
#include <stddef.h>

static inline bool name_start_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool name_char(char c) { return name_start_char(c) || (c >= '0' && c <= '9'); }

/* True if the len bytes at s are a NAME. */
static inline bool is_name(const char *s, size_t len)
{
    if (len == 0 || !name_start_char(s[0]))
        return false;
    for (size_t i = 1; i < len; i++)
        if (!name_char(s[i]))
            return false;
    return true;
}

#endif
