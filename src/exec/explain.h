/* explain.h — `set -o explain` / `set -o explainbrief`: one `~ ` line on the explain fd for each
 * process operation the executor makes (exec/fork.c, spawn.c, pipeline.c, reap.c, tty.c, kill). */
#ifndef CONCH_EXPLAIN_H
#define CONCH_EXPLAIN_H

#include <stdbool.h>
#include <sys/types.h>

#include "shell/options.h"

struct job;

/* Each site is one line: `EXPLAIN(explain_fork(pid, text));`. With the options off that is one
 * well-predicted test of a global, and the arguments are not even evaluated. */
#define EXPLAIN(call)                                                                              \
    do {                                                                                           \
        if (__builtin_expect(opt.explain, 0))                                                      \
            call;                                                                                  \
    } while (0)
#define EXPLAIN_BRIEF(call)                                                                        \
    do {                                                                                           \
        if (__builtin_expect(opt.explainbrief, 0))                                                 \
            call;                                                                                  \
    } while (0)

/* Where the lines go: the fd named by CONCH_EXPLAIN_FD at start-up, else standard error; and
 * which process is "the shell" (lines from any other process are prefixed `[PID] `). Called
 * once by main before any command runs. */
void explain_init(void);

/* Every function below formats into a buffer on its own stack and writes it with one write(2):
 * no malloc, no stdio, so the child of a fork or vfork may call them before execve. */

/* ---- Calls (set -o explain) ------------------------------------------------------------- */
/* Once per shell, before its first child: what the narration of a child cannot show. */
void explain_before_fork(void);
void explain_pipe(int r, int w, const char *writer, const char *reader);
void explain_fork(pid_t pid, const char *text);
/* err: 0 when the child exec'd path; else why it could not (the fork path runs it again). */
void explain_vfork(pid_t pid, const char *path, int err);
void explain_setpgid(pid_t pid, pid_t pgid, int rc, int err);
void explain_tcsetpgrp(pid_t pgid, int rc, int err);
void explain_dup2(int from, int to, int rc, int err);
void explain_execve(const char *path, char *const argv[]);
void explain_execve_failed(const char *path, int err);
void explain_waitpid(pid_t pid, int wstatus);
void explain_sigchld(void);
/* A signal the handler recorded, seen by the main loop; why: what the shell does about it. */
void explain_signal(int sig, const char *why);
void explain_tcgetattr(const struct job *j, int rc);
void explain_tcsetattr(const struct job *j, int rc);
/* why: the reason, shown after the call. */
void explain_kill(pid_t target, int sig, int rc, int err, const char *why);

/* The shell is exiting: what becomes of each job it leaves behind. */
void explain_exit_jobs(void);

/* ---- Jobs (set -o explainbrief) ---------------------------------------------------------- */
void explain_job_started(const struct job *j, bool foreground);
/* j's processes changed state after a waitpid (reap.c: state before and after). */
void explain_job_changed(const struct job *j, bool was_stopped, bool was_done);
void explain_job_continued(const struct job *j, bool foreground);

#endif
