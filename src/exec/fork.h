/* fork.h — starting a child process that belongs to a job (exec/fork.c): the one place that
 * knows about process groups, the terminal and signal resets around fork (XCU 2.11). */
#ifndef CONCH_FORK_H
#define CONCH_FORK_H

#include <stdbool.h>
#include <sys/types.h>

struct job;

enum fork_flags {
    FORK_FOREGROUND = 1 << 0, /* the job takes the terminal (with job control) */
    FORK_ASYNC = 1 << 1,      /* an asynchronous list (XCU 2.9.3.1) */
    FORK_IN_SHELL_GROUP = 1 << 2, /* stays in the shell's process group even with job control:
                                   * a command substitution is part of the command expanding it */
};

/* Forks a process for job j; flags: enum fork_flags.
 * In the child (returns 0): with job control on (jobs_control_active(), and not
 * FORK_IN_SHELL_GROUP) joins the job's process group (setpgid, the first process founding it)
 * and, if FORK_FOREGROUND, takes the terminal (tcsetpgrp); calls exec_enter_subshell(); a
 * FORK_ASYNC child without job control gets SIGINT and SIGQUIT ignored (XCU 2.11) — stdin from
 * /dev/null is done by the caller as a redirection. In the parent: setpgid too (closing the
 * race), jobs_add_process. Returns the pid in the parent, 0 in the child, -1 after a message
 * if fork failed. */
pid_t exec_fork(struct job *j, unsigned flags, const char *text);

/* Whether a child for flags joins a process group of its own job (job control on, and not
 * FORK_IN_SHELL_GROUP). The first time with set -m in a script, sets up the terminal
 * (jobs_control_ensure). For exec_fork and exec/spawn.c, which must agree. */
bool exec_fork_job_control(unsigned flags);

/* In a child right before execve: signal dispositions back to what a new program expects
 * (trap_reset_for_exec). Async-signal-safe. */
void exec_prepare_exec(void);

#endif
