/* vars.h — shell variables and their attributes (XCU 2.5.3), with function-local scopes.
 * Everything that reads or writes a variable goes through here; special parameters ($?, $@ ...)
 * are not variables and live in shell.h. */
#ifndef CONCH_VARS_H
#define CONCH_VARS_H

#include <stdbool.h>
#include <stddef.h>

/* The search path used when PATH is unset: given to PATH at start-up when the environment has
 * none (dash, bash and mksh do the same, so `echo "$PATH"` shows what is searched), and searched
 * if a script unsets it later (exec/search.c). */
#define VARS_DEFAULT_PATH "/usr/local/bin:/usr/bin:/bin"

enum var_flags {
    VAR_EXPORT = 1 << 0,
    VAR_READONLY = 1 << 1,
    VAR_DYNAMIC = 1 << 2, /* conch mode's RANDOM, SECONDS...: the value is computed when read
                             (shell/specials.c); unset removes the variable and the flag */
};

/* Imports the environment at start-up (every variable exported) and sets the defaults
 * (IFS, PS1, PS2, PS4, OPTIND=1, PPID, PWD when it names the current directory). */
void vars_init(char **envp);

/* The value, or NULL if unset. Valid until the variable is next changed. */
const char *vars_get(const char *name);
/* Sets the value (adding flags; it never removes them). With `set -a` the variable is also
 * exported. Returns 0, or -1 after printing "conch: NAME: readonly variable" if readonly.
 * value NULL only adds flags (export x / readonly x without a value). */
int vars_set(const char *name, const char *value, unsigned flags);
/* Returns 0 (also if it was not set), or -1 after a message if readonly. */
int vars_unset(const char *name);
unsigned vars_flags(const char *name); /* 0 if unset and without attributes */
void vars_clear_flags(const char *name, unsigned flags); /* export -n style */


/* The environment for exec: "NAME=value" of every exported, set variable. The array and its
 * strings stay valid until the next vars_* change; cached between changes. */
char **vars_environ(void);
/* The same for executing the utility at path: in conch mode with _=path first (as bash). */
char **vars_environ_for(const char *path);

/* Function-local scopes for `local` (dash semantics: a local shadows until the function returns).
 * vars_scope_pop restores every variable made local in the innermost scope. */
void vars_scope_push(void);
void vars_scope_pop(void);
/* Makes name local to the innermost function scope (keeping its current value, as dash does).
 * Returns -1 with a message if there is no function scope. */
int vars_make_local(const char *name);
/* A scope for the prefix assignments of a builtin or utility (XCU 2.9.1.1): `local` looks
 * through it to the function's scope. Popped with vars_scope_pop. */
void vars_scope_push_temporary(void);
/* Saves name in the innermost scope, whatever its kind, to be restored when it is popped. */
void vars_make_temporary(const char *name);

/* Calls fn for every variable with all of `flags` set (0: all variables), sorted by name.
 * value is NULL for a variable with attributes but no value. For `set`, `export -p`, `readonly -p`. */
void vars_foreach(unsigned flags, void (*fn)(const char *name, const char *value, unsigned flags, void *ctx),
                  void *ctx);

/* Writes value quoted for re-input ('...' with '\'' for quotes) to stdout (for set/export -p). */
void vars_print_quoted(const char *value);

/* Counts assignments and unsets of PATH: the command hash (exec/search.c) is forgotten when
 * it changes. */
extern unsigned vars_path_generation;

#endif
