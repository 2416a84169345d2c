/* builtins.h — the builtin utilities: one file per builtin in builtins/, one table (table.c).
 * The executor looks a command name up here after functions (special builtins before them). */
#ifndef CONCH_BUILTINS_H
#define CONCH_BUILTINS_H

#include <stdbool.h>
#include <stddef.h>

/* argv[0] is the builtin's name; argv[argc] == NULL. Returns the exit status. A builtin may set
 * sh.flow (break, continue, return, exit). Output goes through stdio (stdout), which the
 * executor flushes after every builtin so redirections and pipes see it in order. */
typedef int builtin_fn(int argc, char **argv);

enum builtin_flags {
    BUILTIN_SPECIAL = 1 << 0,   /* XCU 2.15: errors exit a non-interactive shell; found before
                                   functions; their assignments persist */
    BUILTIN_INTRINSIC = 1 << 1, /* POSIX 2024 intrinsic utility: found before the PATH search */
    /* The executor's questions, so that exec/ knows builtins by their flags, never by name: */
    BUILTIN_KEEPS_REDIRS = 1 << 2,  /* exec: with no command, its redirections stay in the shell,
                                       and with one, its assignments are exported to it */
    BUILTIN_RUNS_COMMAND = 1 << 3,  /* command: its first operand is a command name whose flags
                                       apply (`command exec >f`) */
    BUILTIN_CMDSUB_INLINE = 1 << 4, /* echo, printf: only writes stdout, so `$(echo ...)` may run
                                       in the shell without a fork (cmdsub.c) */
    BUILTIN_EXTENSION = 1 << 5,     /* conch mode only (declare, shopt, ...): in POSIX mode the
                                       name is no builtin, and a command of that name is searched
                                       for in PATH, as before the extension existed */
    BUILTIN_OPTION_ASSIGNS = 1 << 6, /* printf: an option (-v) assigns a variable, so `$(...)`
                                        runs it inline only when no option is given */
};

struct builtin {
    const char *name;
    builtin_fn *fn;
    unsigned flags;
    const char *usage; /* one line: "cd [-L|-P] [-e] [dir]" */
    const char *help;  /* a short paragraph for `help NAME` */
};

/* The builtin with that name in the current mode, or NULL (a BUILTIN_EXTENSION one is NULL in
 * POSIX mode). With struct builtin and its flags, this is all exec/ may use here: the table is
 * the one seam through which a lower layer finds an upper one by looking, not calling
 * (src/README; tests/layers.py rejects other builtin_* calls in exec/). */
const struct builtin *builtin_find(const char *name);
/* The builtin with that name whatever the mode (for `help`), or NULL. */
const struct builtin *builtin_find_any(const char *name);
/* Iterates over the table in name order (for `help` and completion); NULL after the last. */
const struct builtin *builtin_at(int index);

/* Shared option parsing: like getopt(3) but reentrant and with conch's messages.
 * Returns the option letter, -1 at the end of options (after "--" or the first operand), or '?'
 * after printing "conch: NAME: -X: invalid option" and the usage line (callers return 2). */
struct builtin_opts {
    int index;        /* next argv index; starts at 1 */
    const char *arg;  /* option argument for letters followed by ':' in the spec */
    int sub;          /* position inside a group like -abc (internal) */
};
int builtin_getopt(struct builtin_opts *o, int argc, char **argv, const char *spec);
/* For builtins whose options start with + as well as - (declare, typeset, local, compopt):
 * the option word at argv[*i], or NULL at the first operand; after "--", *i is moved past it.
 * Loop: for (const char *a; (a = builtin_signed_option(argc, argv, &i)); i++). */
const char *builtin_signed_option(int argc, char **argv, int *i);
/* For builtins that take no options: skips a leading "--" and returns the index of the first
 * operand, or -1 after builtin_getopt's "invalid option" message (callers return 2). */
int builtin_operands(int argc, char **argv);
/* `type` searching the list path instead of $PATH (NULL: $PATH), for `command -p -V`. */
int builtin_type_in(int argc, char **argv, const char *path);
/* Prints "conch: NAME: msg" style usage error and the usage line; returns 2. */
int builtin_usage_error(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Flushes stdout; on a write error prints "conch: NAME: write error: REASON", clears the error
 * and returns 1 (else 0). Builtins that print call it last so their status reflects the error. */
int builtin_flush(const char *name);
/* The editor fc runs without -e (and the line editor's edit-and-execute-command): FCEDIT,
 * then in conch mode EDITOR and vi, in POSIX mode ed. */
const char *builtin_fc_editor(void);
struct strbuf;
/* Runs editor (NULL: builtin_fc_editor()) on a temporary file holding text, as a command of the
 * shell; text becomes what the file holds afterwards, final newlines dropped (empty when the
 * editor failed). Returns the editor's status, or 1 after reporting a file error. */
int builtin_fc_edit(const char *editor, struct strbuf *text);
/* The backslash escapes of echo and printf's %b (printf.c): appends s to out with \a \b \e \f \n
 * \r \t \v \\ \0ddd \ddd interpreted. Returns false at \c (the caller prints nothing more). */
bool builtin_expand_escapes(struct strbuf *out, const char *s);
/* conch mode (bash's echo -e and printf %b): those plus \E, \xHH, \uHHHH and \UHHHHHHHH. */
bool builtin_expand_escapes_ext(struct strbuf *out, const char *s);
/* \xHH, \uHHHH or \UHHHHHHHH at s, just after the backslash (*s is x, u or U): appends the
 * byte, or the character as UTF-8, and returns the escape's length after the backslash; 0
 * when no hex digit follows (the escape then stays as written, as in bash). */
size_t builtin_hex_escape(struct strbuf *out, const char *s);

/* One function per builtin, each in builtins/NAME.c (ORDER: the table in table.c names each).
 * Owners: execution-centric ones are built on exec.h, job ones on jobs.h. */
builtin_fn builtin_colon, builtin_true, builtin_false, builtin_echo, builtin_printf, builtin_test,
    builtin_cd, builtin_pwd, builtin_export, builtin_readonly, builtin_unset, builtin_set,
    builtin_shift, builtin_read, builtin_local, builtin_type, builtin_hash, builtin_alias,
    builtin_unalias, builtin_umask, builtin_times, builtin_getopts, builtin_ulimit, builtin_help;
/* The directory stack (builtins/pushd.c; conch mode). */
builtin_fn builtin_pushd, builtin_popd, builtin_dirs;
/* Control flow and execution (builtins/flow.c, exec.c, command.c, eval.c, dot.c). */
builtin_fn builtin_break, builtin_continue, builtin_return, builtin_exit, builtin_exec,
    builtin_command, builtin_eval, builtin_dot;
/* Traps and jobs (builtins/trap.c, jobs.c, fg.c, bg.c, wait.c, kill.c, disown.c). */
builtin_fn builtin_trap, builtin_jobs, builtin_fg, builtin_bg, builtin_wait, builtin_kill,
    builtin_disown;
builtin_fn builtin_suspend; /* builtins/suspend.c */
builtin_fn builtin_builtin; /* builtins/builtin.c (conch mode) */
builtin_fn builtin_shopt;   /* builtins/shopt.c (conch mode) */
/* conch mode: declare and typeset (builtins/declare.c, also behind local), mapfile and
 * readarray (mapfile.c). */
builtin_fn builtin_declare, builtin_mapfile;
int declare_main(int argc, char **argv, bool is_local);
/* For listings (declare -p, set): a value as bash quotes it, an array as ([0]="x" ...). */
struct array;
void declare_add_value(struct strbuf *sb, const char *value);
void declare_add_array(struct strbuf *sb, const struct array *arr);
/* Teaching aids (conch mode): builtins/ptree.c, why.c; kill -L and jobs -v live in kill.c and
 * jobs.c. */
builtin_fn builtin_ptree, builtin_why;
/* History and login (builtins/fc.c, history.c, logout.c; the list is front/hist.c, reached
 * through shell/histlist.h). */
builtin_fn builtin_fc, builtin_history, builtin_logout;
builtin_fn builtin_let; /* builtins/let.c, conch mode */
builtin_fn builtin_caller; /* builtins/caller.c, conch mode */
/* Programmable completion (builtins/complete.c, conch mode; compspec.h for the line editor). */
builtin_fn builtin_complete, builtin_compgen, builtin_compopt;

#endif
