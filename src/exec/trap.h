/* trap.h — signal dispositions and trap actions (XCU trap), over sig.h's handler and the
 * SIGCHLD/SIGINT flags the main loop polls. Actions run between commands (trap_run_pending). */
#ifndef CONCH_TRAP_H
#define CONCH_TRAP_H

#include <signal.h>
#include <stdbool.h>

/* trap_pending, trap_got_sigchld, trap_got_sigint; sig_number and sig_name. */
#include "exec/sig.h"

/* At start-up: unblock every signal. Which were ignored on entry (they stay ignored in a
 * non-interactive shell, XCU 2.11) is read when first needed (sig.c). */
void trap_init(void);
/* Installs the SIGCHLD handler if it is not yet: before the first child (exec_fork,
 * spawn_exec) and before exec (trap_reset_for_exec). */
void trap_catch_sigchld(void);
/* For an interactive shell: ignore SIGINT(handled)/SIGQUIT/SIGTERM, and with job control also
 * SIGTSTP, SIGTTIN, SIGTTOU. */
void trap_set_interactive(bool job_control);

/* Sets the action for signo (0 = EXIT): NULL resets to default, "" ignores. Returns 0, or -1
 * for a number that names no signal. KILL and STOP are accepted (and listed) but cannot take
 * effect (undefined in POSIX; dash and bash accept them silently). */
int trap_set(int signo, const char *action);
/* The action text or NULL if default. */
const char *trap_get(int signo);
/* Inside a trap action: true, with *status set to $? as it was when the innermost running
 * action began. `exit` without an operand uses it anywhere in the action, even in a function
 * the action calls (XCU exit: "the exit status of the command that executed immediately
 * before the trap action"); `return` passes same_level, for only when it is not inside a
 * function or dot script that the action itself started (dash does both so). */
bool trap_status_before(bool same_level, int *status);
/* Runs the actions of signals that arrived, preserving $?. Called between commands, also
 * between the commands of a trap action: another signal's action may run inside it, but a
 * signal that arrives while its own action runs waits until that action ends. */
void trap_run_pending(void);
/* Runs the EXIT trap once (exec_exit calls it). Run with sh.last_status set to the exit
 * status: it is preserved, unless the action runs `exit n` (then sh.flow is FLOW_EXIT and
 * sh.last_status is n), so exec_exit should exit with sh.last_status afterwards. */
void trap_run_exit(void);
/* In a subshell: traps with actions go back to default; ignored ones stay ignored (XCU 2.12).
 * The parent's trap texts stay readable for `trap` output inside $(trap) until one is set. */
void trap_reset_for_subshell(void);
/* A file run as a script after ENOEXEC (exec/execve.c) starts a new shell in this process:
 * like trap_reset_for_subshell, but the old traps are not listed by `trap`, and ignored
 * signals are treated as ignored on entry. */
void trap_reset_for_new_shell(void);
/* In a child about to exec: every signal the shell caught or ignored for itself (SIGINT,
 * SIGQUIT, SIGTSTP... when interactive) back to default, except those ignored on entry or by a
 * trap ''; unblocks everything. Async-signal-safe. */
void trap_reset_for_exec(void);
/* For a child started with vfork (exec/spawn.c), which may only make system calls: the
 * dispositions to change before execve so that the program starts with the signals a child of
 * exec_fork would have after trap_reset_for_exec (every caught signal to the default, so no
 * handler of ours can run in the borrowed memory once signals are unblocked). Asked for in
 * the parent; the child applies it with sigaction. Kept by trap.c, made again only after a
 * disposition or trap changed: valid until the next such change. */
struct trap_exec_plan {
    int n;
    struct {
        int signo;
        bool ignore; /* SIG_IGN; else SIG_DFL */
    } change[NSIG];
};
const struct trap_exec_plan *trap_plan_for_exec(void);
/* conch mode (bash): the ERR trap, which is no signal: NULL resets it, "" ignores, else the
 * action run when a command fails where set -e would make the shell exit. */
void trap_set_err(const char *action);
const char *trap_get_err(void);
/* exec_check_errexit's call: runs the ERR action with $? = status, unless the failure is in a
 * function (or the action itself) and set -E is off, as in bash. */
void trap_run_err(int status);
/* `trap` / `trap -p` listing in re-input form; with_defaults lists every signal (POSIX 2024). */
void trap_print(bool with_defaults);
/* One line of that listing for signo (0 = EXIT, -1 = ERR): nothing for a default action
 * unless with_default, then "trap -- - NAME" (`trap -p NAME`). */
void trap_print_one(int signo, bool with_default);
/* In the child of an asynchronous list without job control: SIGINT and SIGQUIT ignored
 * (XCU 2.11); exec keeps them ignored unless a trap command in the list changed them. */
void trap_ignore_for_async(void);

#endif
