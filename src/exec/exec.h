/* exec.h — the executor: runs trees from parse/ (XCU 2.9) and is the read-parse-run loop.
 * Everything that runs commands (main, eval, ., command substitution, traps) comes through here. */
#ifndef CONCH_EXEC_H
#define CONCH_EXEC_H

#include <stdbool.h>
#include <stddef.h>

struct node;
struct parser;

enum exec_flags {
    /* This process may be replaced: the command is the last thing a subshell, `-c` string or
     * command substitution child will do, so an external command is exec'd without a fork. */
    EXEC_NOFORK = 1 << 0,
};

/* Called once at start-up (main.c), before anything else: raise the stack limit so deep
 * function recursion hits the nesting limit (sh.max_func_depth) long before it could overflow
 * the C stack. Children about to exec get the old limit back. */
void exec_raise_limits(void);

/* The descriptor of the script being read (main.c, or a file run for ENOEXEC): moved far
 * above what scripts use (to 255 when the limit allows, as bash does) and remembered, so that a
 * redirection onto it moves it first and <& or >& never hand it out. Returns the new descriptor,
 * which may change later: within exec/ read redir_script_fd again rather than keeping the
 * number (exec_int.h). Implemented in redir.c. */
int redir_keep_script_fd(int fd);
/* Closes the script descriptor, wherever it has moved since, if it is still open: for main.c
 * when the script is done. */
void redir_close_script_fd(void);

/* Runs a command tree; returns its exit status (also stored in sh.last_status) and leaves
 * sh.flow set for break/continue/return/exit/abort. Applies set -e, -x, -v, dumpast. */
int exec_node(struct node *n, unsigned flags);

/* The read-parse-run loop: reads commands from p and runs each until EOF, `exit`, or (in a
 * non-interactive shell) a syntax error, which exits with status 2. Returns the last status.
 * Used by main (script, -c, stdin, prompt), `.` and `eval`. Stops early when sh.flow is
 * FLOW_EXIT (callers check), or FLOW_RETURN for a dot script. */
int exec_parser(struct parser *p);
/* Parses and runs text (for eval, traps, -c): wraps parser_new_string + exec_parser. */
int exec_string(const char *text, const char *name);

/* Command substitution (XCU 2.6.3): runs body in a subshell, returns its standard output with
 * trailing newlines removed (malloc'd; NUL bytes dropped). The subshell's status is kept for
 * the command being expanded (one with no command name completes with it, XCU 2.9.1.1); $?
 * keeps the previous command's status meanwhile, as in dash. body may be NULL (empty). */
char *exec_cmdsub(struct node *body);
/* conch mode's <(body) (out false) and >(body) (out true): starts body in a child with a pipe
 * and returns the name of the shell's end, "/dev/fd/N" (malloc'd), or NULL after a message.
 * The descriptor stays open until exec_procsub_close is given a mark taken before. */
char *exec_procsub(struct node *body, bool out);
/* How many are open (procsub.c); read through the two functions below. */
extern size_t exec_procsub_open;
void exec_procsub_close_from(size_t mark);
/* Before a command: what exec_procsub_close(mark) after it closes down to. Inline: every
 * simple command asks, and almost never has anything to close. */
static inline size_t exec_procsub_mark(void) { return exec_procsub_open; }
/* Closes the substitutions opened since mark; their children are reaped when they finish. */
static inline void exec_procsub_close(size_t mark)
{
    if (exec_procsub_open > mark)
        exec_procsub_close_from(mark);
}

/* Leaves the shell: runs the EXIT trap, flushes stdout, restores the terminal, exits. */
void exec_exit(int status) __attribute__((noreturn));

/* In a child just after fork(): resets what a subshell must not inherit (traps other than
 * ignored ones, job table, interactive flag) and marks sh.subshell. */
void exec_enter_subshell(void);

/* Runs an already expanded command line, as the `command` builtin needs: argv[0] is looked up
 * like a simple command's name (XCU 2.9.1.4) under lookup (enum exec_lookup), without
 * assignments or redirections of its own. Returns the exit status. */
enum exec_lookup {
    EXEC_LOOKUP_NOFUNC = 1 << 0,    /* skip functions */
    EXEC_LOOKUP_NOSPECIAL = 1 << 1, /* special builtins lose their special properties */
    EXEC_LOOKUP_DEFPATH = 1 << 2,   /* search the standard PATH (confstr _CS_PATH), `command -p` */
};
int exec_argv(int argc, char **argv, unsigned lookup);
/* Replaces the process with the program at path (found by search_path), argv[0] being the
 * name as typed, with the exported variables as its environment; a file the kernel cannot run
 * (ENOEXEC) is run as a conch script instead. Returns only on failure, after a message: 126
 * (found but cannot run) or 127 (not found). For `exec` and for forked children. */
int exec_execve(const char *path, char **argv);

/* True when the C stack is nearly used up: deep recursion of any kind (functions, dot scripts,
 * eval, traps, nesting) reports an error instead of crashing (besides the sh.max_func_depth
 * count). When the hard limit forbids raising the stack limit (exec_raise_limits), a reserve
 * stays for the expansions, parsing and builtins of the deepest level. Inline: exec_node asks
 * for every command. exec_stack_room is 0 until exec_raise_limits has run. */
extern const char *exec_stack_base;
extern size_t exec_stack_room, exec_stack_slack;
static inline bool exec_stack_over(size_t slack)
{
    const char *here = __builtin_frame_address(0);
    return exec_stack_room && (size_t)(exec_stack_base - here) > exec_stack_room + slack;
}
static inline bool exec_stack_exhausted(void) { return exec_stack_over(0); }
/* The backstop in exec_node, for nesting no guard of its own covers: it allows
 * exec_stack_slack more (a quarter of the reserve), so that function calls, dot scripts and
 * eval, which check exec_stack_exhausted() at each level, always stop first and name what
 * recursed. */
static inline bool exec_stack_exhausted_backstop(void) { return exec_stack_over(exec_stack_slack); }

/* PATH search with the hash table (exec/search.c). Returns a malloc'd path, or NULL if not
 * found. Names containing '/' are returned as they are. */
char *search_path(const char *name);
/* The same in the list path instead of $PATH (NULL: $PATH), bypassing the hash table. */
char *search_path_in(const char *name, const char *path);
/* The standard PATH of confstr(_CS_PATH), for `command -p`; static storage. */
const char *search_default_path(void);
void search_hash_forget(void);           /* PATH changed, or `hash -r` */
void search_hash_print(void);            /* `hash` with no arguments */
int search_hash_add(const char *name);   /* `hash name`: 0, or 1 if not found */

#endif
