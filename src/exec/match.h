/* match.h — pattern matching notation (XCU 2.14) for `case` and ${x#pat} ${x%pat}.
 * Patterns come from expand_word_pattern (quoted characters escaped by backslash). */
#ifndef CONCH_EXEC_MATCH_H
#define CONCH_EXEC_MATCH_H

#include "lib/mbchar.h"
#include "shell/options.h"

#include <fnmatch.h>
#include <stdbool.h>

/* match_pattern in a multibyte locale, character by character. */
bool match_pattern_chars(const char *pat, const char *str);

/* conch mode's shopt options, as flags of match_pattern_flags. */
enum {
    MATCH_NOCASE = 1 << 0,  /* nocaseglob, nocasematch: letters match either case */
    MATCH_EXTGLOB = 1 << 1, /* extglob: ?(p|q) *(p|q) +(p|q) @(p|q) !(p|q) */
};
/* match_pattern with those options, character by character in any locale. */
bool match_pattern_flags(const char *pat, const char *str, unsigned flags);

/* The flags every pattern gets (extglob), and those of case and [[ == ]] (also nocasematch). */
static inline unsigned match_flags(void)
{
    return opt.extglob && options_extensions() ? MATCH_EXTGLOB : 0;
}
static inline unsigned match_case_flags(void)
{
    return match_flags() | (opt.nocasematch && options_extensions() ? MATCH_NOCASE : 0);
}

/* True if the whole of str matches pat (no special meaning for '/' or a leading '.'). In a
 * single-byte locale fnmatch() does exactly this, byte by byte; inline, because pattern
 * removal calls it once per cut point. */
static inline bool match_pattern(const char *pat, const char *str)
{
    unsigned flags = match_flags();
    if (flags)
        return match_pattern_flags(pat, str, flags);
    return mbchar_multi ? match_pattern_chars(pat, str) : fnmatch(pat, str, 0) == 0;
}

#endif
