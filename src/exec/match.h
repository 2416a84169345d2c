/* match.h — pattern matching notation (XCU 2.14) for `case` and ${x#pat} ${x%pat}.
 * Patterns come from expand_word_pattern (quoted characters escaped by backslash). */
#ifndef CONCH_EXEC_MATCH_H
#define CONCH_EXEC_MATCH_H

#include <stdbool.h>

/* True if the whole of str matches pat (no special meaning for '/' or a leading '.'). */
bool match_pattern(const char *pat, const char *str);

#endif
