/* match.h — pattern matching notation (XCU 2.14) for `case` and ${x#pat} ${x%pat}.
 * Patterns come from expand_word_pattern (quoted characters escaped by backslash). */
#ifndef CONCH_EXEC_MATCH_H
#define CONCH_EXEC_MATCH_H

#include "lib/mbchar.h"

#include <fnmatch.h>
#include <stdbool.h>

/* match_pattern in a multibyte locale, character by character. */
bool match_pattern_chars(const char *pat, const char *str);

/* True if the whole of str matches pat (no special meaning for '/' or a leading '.'). In a
 * single-byte locale fnmatch() does exactly this, byte by byte; inline, because pattern
 * removal calls it once per cut point. */
static inline bool match_pattern(const char *pat, const char *str)
{
    return mbchar_multi ? match_pattern_chars(pat, str) : fnmatch(pat, str, 0) == 0;
}

#endif
