/* compspec.h — programmable completion (conch mode, as bash's complete/compgen/compopt): the
 * completion specifications the `complete` builtin stores, and the matches one generates.
 * builtins/complete.c owns them; front/complete.c asks here at Tab. */
#ifndef CONCH_COMPSPEC_H
#define CONCH_COMPSPEC_H

#include <stdbool.h>

struct strvec;
struct compspec;

/* The -o options of a compspec (and of compopt). ORDER: opt_names in complete.c. */
enum compspec_opt {
    COMPOPT_BASHDEFAULT = 1 << 0,
    COMPOPT_DEFAULT = 1 << 1,
    COMPOPT_DIRNAMES = 1 << 2,
    COMPOPT_FILENAMES = 1 << 3,
    COMPOPT_NOQUOTE = 1 << 4,
    COMPOPT_NOSORT = 1 << 5,
    COMPOPT_NOSPACE = 1 << 6,
    COMPOPT_PLUSDIRS = 1 << 7,
};

/* The specification for a command word: by its full text, then by its basename; NULL when
 * there is none (the caller then tries compspec_special). */
struct compspec *compspec_find(const char *cmd);
/* -D (which 'D'), -E ('E') and -I ('I'): NULL when not set. */
struct compspec *compspec_special(char which);
/* The spec's -F function, or NULL. */
const char *compspec_function(const struct compspec *cs);
/* The spec's -o options. */
unsigned compspec_options(const struct compspec *cs);

/* Generates the matches of cs for word (bash's order: actions, -G, -W, -F, -C, then -X, -P and
 * -S). cmd and prev are $1 and $3 of a -F function; the caller has set COMP_WORDS and
 * friends. *opts starts as the spec's options and may be changed by compopt inside the
 * function. Returns 0, or -1 when a -F function or -C command could not run (a message was
 * printed), and 124 when a -F function returned 124 (bash: try again, the spec may have
 * changed). */
int compspec_generate(struct compspec *cs, const char *cmd, const char *word, const char *prev,
                      struct strvec *out, unsigned *opts);
/* Directory names starting with word (for -o dirnames and plusdirs). */
void compspec_add_dirs(const char *word, struct strvec *out);
/* The executable files in PATH whose names start with word (compgen -c; Tab's command names). */
void compspec_add_path_commands(const char *word, struct strvec *out);

#endif
