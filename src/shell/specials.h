/* specials.h — conch mode's special shell variables (as bash): RANDOM, SECONDS, EPOCH*, _,
 * CONCH_PID computed when read; UID, EUID, HOSTNAME, SHLVL... set at start-up. Used by vars.c. */
#ifndef CONCH_SPECIALS_H
#define CONCH_SPECIALS_H

#include <stdbool.h>

/* Creates the variables (conch mode only; POSIX mode leaves them ordinary and unset, as they
 * were). At start-up also counts SHLVL up; a later call (set +o posix) only adds those that
 * are not set. */
void specials_init(bool startup);

/* The variables specials_init leaves for later: while specials_pending, vars.c calls
 * specials_materialize (with allexport off, as it was then) when a name for which
 * specials_is_name holds is looked up and missing, and before it lists the table, so that
 * nothing can tell they were not made at start-up. */
extern bool specials_pending;
bool specials_is_name(const char *name);
void specials_materialize(void);

/* vars.c calls these for a variable marked VAR_DYNAMIC, and for no other: the value of name
 * now (in buf or static storage, valid until the next call), and the assignment of value. */
const char *specials_value(const char *name, char buf[64]);
void specials_assigned(const char *name, const char *value);

/* The last argument of the simple command just run, for $_: a copy of arg, or arg itself
 * (malloc'd, or NULL for none) taken over (exec/simple.c). */
void specials_last_arg(const char *arg);
void specials_take_last_arg(char *arg);

#endif
