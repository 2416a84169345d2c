/* lang.h — the shell's locale follows its LANG and LC_* variables (XCU 2.5.3, 8.2).
 * vars.c calls lang_changed() when one of them is assigned or unset; main.c calls lang_init(). */
#ifndef CONCH_LANG_H
#define CONCH_LANG_H

#include <stdbool.h>

/* Sets the locale from the environment the shell started with; before it, lang_changed() is
 * ignored (importing the environment would otherwise redo the work once per variable). */
void lang_init(void);

/* True if name is LANG or LC_*, the variables that decide the locale. */
bool lang_is_locale_var(const char *name);

/* Counts the changes, for the Readline glue to notice one at the next prompt. */
extern unsigned lang_generation;

/* name (a locale variable) was assigned or unset: recomputes every category from the shell's
 * variables, exported or not. */
void lang_changed(const char *name);

#endif
