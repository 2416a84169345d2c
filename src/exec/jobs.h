/* jobs.h — the job table (XCU 2.11): every pipeline or background command the shell starts is a
 * job with its processes, its process group and its text. The executor registers processes
 * here and waits through here; jobs/fg/bg/wait/kill/disown read and change it. */
#ifndef CONCH_JOBS_H
#define CONCH_JOBS_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include <termios.h>

enum proc_state { PROC_RUNNING, PROC_STOPPED, PROC_DONE };

struct process {
    pid_t pid;
    enum proc_state state;
    int wstatus;          /* last status from waitpid (valid when STOPPED or DONE) */
    char *text;           /* the stage's command text (unparse), malloc'd */
};

struct job {
    int id;               /* %n; 0 while the job is being built and not yet in the table */
    pid_t pgid;           /* its process group with job control on; 0 with it off */
    struct process *procs;
    int nprocs;
    char *text;           /* the whole command's text, for `jobs` (unparse), malloc'd */
    bool foreground;      /* being waited for by the shell right now */
    bool notified;        /* a state change has been reported */
    bool disowned;        /* removed from job control by `disown`; no SIGHUP sent */
    bool nohup;           /* `disown -h`: kept in the table, but no SIGHUP on exit */
    bool has_tmodes;      /* tmodes holds the terminal modes saved when the job stopped */
    struct termios tmodes;
    unsigned long last_active; /* bumped on start/stop/fg/bg: decides %+ and %- */
};

/* Starts a new job (not yet numbered). text is copied. */
struct job *jobs_new(const char *text);
/* Records a forked process of job j. own_group: it is in the job's own process group (job
 * control), of which the first pid is the pgid. */
void jobs_add_process(struct job *j, pid_t pid, const char *text, bool own_group);
/* Waits for a foreground job until it finishes or stops; with job control, gives it the terminal
 * first and takes the terminal back after. Returns the job's status (last stage's, or pipefail's
 * rule, 128+N for a signal). A finished foreground job is freed; a stopped one is numbered,
 * kept and reported ("[1]+  Stopped  text"). */
int jobs_wait_foreground(struct job *j);
/* Puts a started job in the table as a background job, numbers it, and sets $!.
 * Prints "[n] pid" when the shell is interactive. */
void jobs_background(struct job *j);

/* Reaps every child that changed state (waitpid with WNOHANG|WUNTRACED|WCONTINUED in a loop
 * until it returns 0 or ECHILD) and updates the table. Safe to call at any time outside a
 * signal handler; the SIGCHLD handler only sets trap_got_sigchld, and whoever sees the flag
 * (the prompt, exec_poll_signals, jobs_wait_event) calls this. */
void jobs_reap(void);
/* Reports jobs that finished or stopped since the last report ("[1]+  Done  text") and drops
 * finished ones. Called before each prompt (and right away with set -b). */
void jobs_notify(void);

/* Finds a job by spec (%n %+ %% %- %str %?str, or a plain number as %n); prints an error and
 * returns NULL for no such job or an ambiguous spec. who names the builtin in messages. */
struct job *jobs_find_spec(const char *spec, const char *who);
/* The job whose process pid is in it, or NULL. */
struct job *jobs_find_pid(pid_t pid);
/* Iteration in job-number order: jobs_first() / jobs_next(j); NULL at the end. */
struct job *jobs_first(void);
struct job *jobs_next(struct job *j);
/* Status of a job the way $? shows it. */
int jobs_status(const struct job *j);
bool jobs_is_done(const struct job *j);
bool jobs_is_stopped(const struct job *j);
/* Removes a job from the table and frees it. */
void jobs_remove(struct job *j);
/* Forgets the whole table without signalling anyone (in a subshell after fork). The parent's
 * numbered jobs stay visible, frozen, to jobs_first/jobs_next/jobs_find_spec until the
 * subshell starts a job of its own, so `jobs | cat` and $(jobs -p) list them (bash, yash);
 * they are never waited for. */
void jobs_forget_all(void);
/* '+' for the current job, '-' for the previous, ' ' otherwise (for `jobs` output). */
char jobs_mark(const struct job *j);

/* fg and bg (glibc manual's continue_job): marks j running, makes it the current job and sends
 * SIGCONT (to its process group with job control). foreground: first gives it the terminal
 * with the modes saved when it stopped, then waits as jobs_wait_foreground and returns its
 * status. Background: returns 0 at once. */
int jobs_continue(struct job *j, bool foreground);
/* Sleeps until some child changes state (reaping it into the table) or, when interruptible,
 * a trapped signal arrives (or SIGINT in an interactive shell). Returns 0 after a state
 * change, the signal number if interrupted, -1 if the shell has no children at all.
 * No busy loop and no lost wakeup (SIGCHLD is blocked until sigsuspend). For `wait`. */
int jobs_wait_event(bool interruptible);
/* $?-style status of a process whose job is gone (reaped and dropped), or -1 if unknown:
 * `wait $!` after the job was reported. */
int jobs_saved_status(pid_t pid);
/* Forgets those statuses: `wait` without operands has collected every known child (bash). */
void jobs_forget_saved(void);
/* Makes j the most recently active job (for %+ and %-). */
void jobs_touch(struct job *j);
/* One `jobs` line: "[1]+  Running                 text &"; with_pids is `jobs -l`. */
void jobs_print(FILE *out, const struct job *j, bool with_pids);

/* Whether commands run here are jobs of their own under job control: set -m, and not in a
 * subshell (XCU 2.11). The one place that question is answered. */
bool jobs_control_active(void);

/* Job control set-up for an interactive shell (set -m): wait to be in the foreground, own
 * process group, take the terminal. Returns 0, or -1 (job control stays off) with a message. */
int jobs_control_init(void);
/* set -m in a script: exec_fork calls this before the first job; the first time, it sets up
 * the terminal as jobs_control_init does, but silently, and only if the shell is already in
 * the terminal's foreground. Without a terminal, jobs still get their own process groups.
 * True when it has just set up the terminal (then an interactive shell started with +m must
 * now ignore the job-control signals: trap_set_interactive). */
bool jobs_control_ensure(void);
/* The terminal file descriptor used for tcsetpgrp (-1 when there is none). */
extern int jobs_tty_fd;
/* Leaving the shell: gives the terminal back to the process group that had it before
 * jobs_control_init (exec_exit calls it). */
void jobs_control_end(void);

/* Leaving an interactive shell (`exit`, end of input): false after printing "There are stopped
 * jobs." the first time; true on a second attempt with no other command in between (the
 * read-parse-run loop bumps jobs_exit_generation for every other command). */
bool jobs_exit_check(void);
extern unsigned long jobs_exit_generation;
/* The suspend builtin: stops the shell with SIGSTOP; once continued in the foreground, takes
 * the terminal back with the shell's modes. Returns 0, or 1 after a message. */
int jobs_suspend_shell(void);
/* set -b while the shell sits at the prompt: call when the line editor wakes up from a signal
 * (e.g. poll() returning EINTR). Reaps; if a background job finished or stopped and was not
 * reported yet, writes a newline and the notices to stderr and returns true: the caller then
 * redraws its prompt and partial line (Readline: rl_on_new_line(); rl_redisplay()). Returns
 * false, having written nothing, otherwise or without set -b. */
bool jobs_notify_async(void);

/* set -o lazyreap (a teaching aid; exec/lazyreap.c). jobs_reap takes its statuses from
 * jobs_lazy_waitpid, which is waitpid(-1, st, WNOHANG|WUNTRACED|WCONTINUED) except while lazy
 * reaping is active: then a background job's finished processes are left as zombies. */
pid_t jobs_lazy_waitpid(int *st);
/* lazyreap is on, in the main shell, and no wait/jobs/fg/bg is running. */
bool jobs_lazy_active(void);
/* wait, jobs, fg and bg reap everything: pause(true) when they start, pause(false) at the end. */
void jobs_lazy_pause(bool pause);
/* Every job the shell tracks, the one in the foreground (id 0) included: the i-th, or NULL
 * past the last. Valid until the table changes. */
struct job *jobs_tracked(int i);

#endif
