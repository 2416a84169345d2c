/* sig.h — the shell's one signal handler and what it records (flags the main loop polls, signals
 * whose trap action waits), dispositions as installed, signal names. Below trap.c and jobs. */
#ifndef CONCH_SIG_H
#define CONCH_SIG_H

#include <signal.h>
#include <stdbool.h>

/* ---- What the handler records (async-signal-safe; the handler does nothing else) ------------ */
/* Set by the handler, read and cleared by the main loop. (Their trap_ names are older than
 * this module; the front end reads them too.) */
extern volatile sig_atomic_t trap_pending;     /* some trapped signal arrived: trap_run_pending */
extern volatile sig_atomic_t trap_got_sigchld; /* a child changed state: jobs_reap() */
extern volatile sig_atomic_t trap_got_sigint;  /* SIGINT arrived while the shell waited */
/* Per signal: an arrival is recorded in sig_caught (and trap_pending set) only when
 * sig_trapped says the signal has a trap action. trap.c keeps sig_trapped in step with its
 * actions and clears sig_caught as it runs them. */
extern volatile sig_atomic_t sig_trapped[NSIG];
extern volatile sig_atomic_t sig_caught[NSIG];
/* The shell catches SIGINT and SIGHUP for its own sake (an interactive shell; trap.c sets it).
 * A SIGHUP without a trap action then goes on to sig_hangup_hook, and the shell dies of it
 * as if it had not been caught. */
extern volatile sig_atomic_t sig_interactive;
/* Passes a hang-up on to the jobs; must be async-signal-safe. NULL: nothing to pass it to.
 * jobs.c installs it with its first job. */
extern void (*sig_hangup_hook)(void);
/* The lowest signal number whose trap action is waiting to run, or 0 (for `wait`'s 128+N).
 * SIGCHLD does not count: a CHLD trap must not make `wait` give up on the children. */
int sig_pending_trap(void);

/* ---- Dispositions as installed (trap.c decides which) --------------------------------------- */
/* DISP_ENTRY, only as sig_set_disp's argument: what the signal was set to on entry to the
 * shell (DISP_IGN or DISP_DFL). */
enum sig_disp { DISP_DFL, DISP_IGN, DISP_CATCH, DISP_ENTRY };
/* What sigaction last set for signo: read from the system the first time it is asked (the
 * disposition on entry: DISP_IGN or DISP_DFL), then what sig_set_disp set. */
enum sig_disp sig_disp(int signo);
/* Whether signo was SIG_IGN on entry to the shell. */
bool sig_ignored_on_entry(int signo);
/* Whether conch has read or set signo's disposition yet. While it has not, the signal is as it
 * was on entry: a loop over every signal can skip it without a system call. */
bool sig_known(int signo);
/* Makes d signo's disposition, unless it already is: DISP_CATCH installs the handler, which
 * restarts interrupted system calls for SIGCHLD only (a trapped signal must interrupt `read`
 * and blocking waits so its action runs soon, XCU wait). DISP_ENTRY puts back the entry
 * disposition, and costs nothing for a signal never read. Async-signal-safe (sigaction only):
 * also used between fork and exec. */
void sig_set_disp(int signo, enum sig_disp d);

/* ---- Names ---------------------------------------------------------------------------------- */
/* Signal number for "INT", "SIGINT", "2", "EXIT" (0); -1 if unknown. */
int sig_number(const char *name);
/* "INT" for 2, "EXIT" for 0; NULL if unknown. */
const char *sig_name(int signo);

#endif
