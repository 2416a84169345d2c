/* lang.h — the shell's locale follows its LANG and LC_* variables (XCU 2.5.3, 8.2).
 * vars.c calls lang_changed() when one of them is assigned or unset; main.c calls lang_init(). */
#ifndef CONCH_LANG_H
#define CONCH_LANG_H

#include <stdbool.h>

/* Sets the locale from the environment the shell started with; before it, lang_changed() is
 * ignored (importing the environment would otherwise redo the work once per variable). */
void lang_init(void);

/* LC_COLLATE, LC_NUMERIC, LC_TIME and LC_MONETARY are set when first needed: before strcoll,
 * regcomp, strtod, a floating-point or %' printf, strftime, Readline, or setlocale(cat, NULL),
 * call lang_need(). lang_deferred is its bits of the categories still to set. */
extern unsigned lang_deferred;
void lang_load_deferred(void);
static inline void lang_need(void)
{
    if (lang_deferred)
        lang_load_deferred();
}

/* True if name is LANG or LC_*, the variables that decide the locale. */
bool lang_is_locale_var(const char *name);

/* Counts the changes, for the Readline glue to notice one at the next prompt. */
extern unsigned lang_generation;

/* name (a locale variable) was assigned or unset: recomputes every category from the shell's
 * variables, exported or not. */
void lang_changed(const char *name);

#endif
