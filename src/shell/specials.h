/* specials.h — conch mode's special shell variables (as bash): RANDOM, SECONDS, EPOCH*, _,
 * CONCH_PID computed when read; UID, EUID, HOSTNAME, SHLVL... set at start-up (most of them
 * when first needed). Used by vars.c. */
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
void specials_materialize(void);

/* Byte by byte, not strcmp: a name that is not one of them differs in its second or third
 * byte, and this is asked at every lookup of an upper-case name that misses while they are
 * pending (inline for that reason). */
static inline bool specials_same(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static inline bool specials_is_name(const char *name)
{
    switch (name[0]) {
    case '_': return !name[1];
    case 'R': return specials_same(name, "RANDOM");
    case 'S': return specials_same(name, "SECONDS");
    case 'U': return specials_same(name, "UID");
    case 'O': return specials_same(name, "OSTYPE");
    case 'E':
        return specials_same(name, "EUID") || specials_same(name, "EPOCHSECONDS")
               || specials_same(name, "EPOCHREALTIME");
    case 'H': return specials_same(name, "HOSTNAME") || specials_same(name, "HOSTTYPE");
    case 'C': return specials_same(name, "CONCH_PID") || specials_same(name, "CONCH_VERSION");
    case 'B': return specials_same(name, "BASHPID");
    default: return false;
    }
}

/* vars.c calls these for a variable marked VAR_DYNAMIC, and for no other: the value of name
 * now (in buf or static storage, valid until the next call), and the assignment of value. */
const char *specials_value(const char *name, char buf[64]);
/* When the shell started (conch mode; SECONDS counts from it until assigned). */
#include <time.h>
time_t specials_start_time(void);
void specials_assigned(const char *name, const char *value);

/* The last argument of the simple command just run, for $_: a copy of arg, or arg itself
 * (malloc'd, or NULL for none) taken over (exec/simple.c). */
void specials_last_arg(const char *arg);
void specials_take_last_arg(char *arg);

#endif
