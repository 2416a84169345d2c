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
    /* conch mode attributes (declare/typeset/local): assignments are evaluated arithmetically,
     * or converted to lower or upper case, as they are stored (vars_set, vars_array_set). */
    VAR_INTEGER = 1 << 2,
    VAR_LOWER = 1 << 3,
    VAR_UPPER = 1 << 4,
    /* The value is an array (vars_array): reported by vars_flags, set by vars_array_make. */
    VAR_ARRAY = 1 << 5,
    VAR_ASSOC = 1 << 6,
    /* declare name: known to declare -p (`declare -- name`) while still unset. */
    VAR_DECLARED = 1 << 7,
    VAR_DYNAMIC = 1 << 8, /* conch mode's RANDOM, SECONDS...: the value is computed when read
                             (shell/specials.c); unset removes the variable and the flag */
    /* conch mode's declare -n (bash): the value names another variable, which every vars_*
     * call below then acts on instead (reading, assigning, unsetting, arrays, attributes). */
    VAR_NAMEREF = 1 << 9,
};

/* Imports the environment at start-up (every variable exported) and sets the defaults
 * (IFS, PS1, PS2, PS4, OPTIND=1, PPID, PWD when it names the current directory; the first five
 * made when first looked up or listed, which nothing can tell from start-up). */
void vars_init(char **envp);

/* The value, or NULL if unset. Valid until the variable is next changed. */
const char *vars_get(const char *name);
/* Sets the value (adding flags; it never removes them). With `set -a` the variable is also
 * exported. Returns 0, or -1 after printing "conch: NAME: readonly variable" if readonly.
 * value NULL only adds flags (export x / readonly x without a value). */
int vars_set(const char *name, const char *value, unsigned flags);
/* Returns 0 (also if it was not set), or -1 after a message if readonly. */
int vars_unset(const char *name);
/* `unset` in conch mode (bash): when the innermost name is a local of a calling function, that
 * local goes and the variable it shadowed is visible again. */
int vars_unset_scoped(const char *name);
unsigned vars_flags(const char *name); /* 0 if unset and without attributes */
void vars_clear_flags(const char *name, unsigned flags); /* export -n style */


/* Name references (declare -n, local -n): these act on the reference itself. set makes name
 * one, naming target (NULL: none yet; the next assignment to name names it), and read-only
 * with readonly; 0, or -1 after a message (target not a variable name, or name itself). target returns what name refers to,
 * NULL when it is no reference. clear (declare +n) keeps the value as an ordinary one; unset
 * (unset -n) removes the reference. */
int vars_nameref_set(const char *name, const char *target, unsigned readonly);
const char *vars_nameref_target(const char *name);
void vars_nameref_clear(const char *name);
int vars_nameref_unset(const char *name);

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

/* ---- conch mode: arrays (shell/array.h) -------------------------------------------------------
 * An array is a kind of value: $a and vars_get("a") read element 0 (key "0" of an associative
 * array), and assigning a scalar to an array sets that element, as in bash. Arrays are never
 * exported. */
#include <stdint.h>
struct array;
/* The array, or NULL if name is unset or holds a scalar. Valid until the variable changes. */
const struct array *vars_array(const char *name);
/* Makes name an array (associative if assoc); a scalar value becomes element 0. Returns 0, or
 * -1 after a message (readonly, or an indexed array made associative or back). */
int vars_array_make(const char *name, bool assoc);
/* Replaces the whole value with arr (taking ownership; assoc decides the kind): name=(...). */
int vars_array_replace(const char *name, struct array *arr);
/* Sets one element (key for associative arrays, else index >= 0), making name an indexed
 * array if it is not an array. -i, -l and -u apply. Returns 0, or -1 after a message. */
int vars_array_set(const char *name, intmax_t index, const char *key, const char *value);
/* Unsets one element. Returns 0, or -1 after a message if readonly. */
int vars_array_unset(const char *name, intmax_t index, const char *key);
/* Removes flags (declare +i, +l, +u, +x); readonly cannot be removed: -1 after a message. */
int vars_remove_flags(const char *name, unsigned flags);

/* How exec/ evaluates `declare -i` assignments (installed by exec at start-up): 0 and *out
 * set, or -1 after a message. */
extern int (*vars_arith_hook)(const char *expr, intmax_t *out);

/* PIPESTATUS: the statuses of the last foreground pipeline, recorded by exec/ after each one
 * and turned into the array variable only when something reads it (vars_pipestatus_sync), so
 * a command costs two stores. */
extern int vars_pipestatus_one;
extern size_t vars_pipestatus_n;
static inline void vars_pipestatus_set_one(int status)
{
    vars_pipestatus_one = status;
    vars_pipestatus_n = 1;
}
void vars_pipestatus_set(const int *statuses, size_t n);
/* In conch mode, makes the variable PIPESTATUS hold the recorded statuses. */
void vars_pipestatus_sync(void);

/* Counts assignments and unsets of PATH: the command hash (exec/search.c) is forgotten when
 * it changes. */
extern unsigned vars_path_generation;

#endif
