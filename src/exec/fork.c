/* fork.c — forking a process into a job: process groups, the terminal and signal resets
 * (XCU 2.11). Called by the executor for pipelines, async lists and subshells; feeds jobs.c. */
#include "config.h"

#include "exec/fork.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "exec/exec.h"
#include "exec/explain.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "shell/options.h"
#include "shell/shell.h"

/* XCU 2.11: with job control every job is its own process group, and a foreground job owns
 * the terminal. Both sides call setpgid so that whichever runs first makes it true before the
 * parent forks the next stage or signals the group (glibc manual, "Launching Jobs"). */
bool exec_fork_job_control(unsigned flags)
{
    bool jc = jobs_control_active() && !(flags & FORK_IN_SHELL_GROUP);
    /* set -m in an interactive shell started with +m: once the terminal is set up, the shell
     * ignores ^Z and the like for itself, as main.c has it do after jobs_control_init. */
    if (jc && jobs_control_ensure() && sh.interactive)
        trap_set_interactive(true);
    return jc;
}

pid_t exec_fork(struct job *j, unsigned flags, const char *text)
{
    bool foreground = flags & FORK_FOREGROUND, async = flags & FORK_ASYNC;
    bool jc = exec_fork_job_control(flags);
    trap_catch_sigchld();
    /* Buffered output must not be written twice, once by each process. */
    fflush(stdout);
    fflush(stderr);
    /* Signals wait until the child has its own dispositions: `cmd & kill -INT $!` must find
     * SIGINT already ignored, and a parent's trap handler must never run in the child. */
    EXPLAIN(explain_before_fork());
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    pid_t pid = fork();
    if (pid < 0) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        error_errno("fork");
        return -1;
    }
    if (pid == 0) {
        if (jc) {
            pid_t pgid = j->pgid ? j->pgid : getpid();
            int rc = setpgid(0, pgid);
            EXPLAIN(explain_setpgid(0, pgid, rc, errno));
            /* We are not in the foreground group yet, but SIGTTOU is blocked (above), so
             * the kernel lets us take the terminal. */
            if (foreground && !async && jobs_tty_fd >= 0) {
                rc = tcsetpgrp(jobs_tty_fd, pgid);
                EXPLAIN(explain_tcsetpgrp(pgid, rc, errno));
            }
        }
        /* From here on j belongs to the parent: exec_enter_subshell forgets the table. */
        exec_enter_subshell();
        if (async && !jc)
            trap_ignore_for_async();
        sigprocmask(SIG_SETMASK, &old, NULL);
        return 0;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    EXPLAIN(explain_fork(pid, text));
    if (jc) {
        pid_t pgid = j->pgid ? j->pgid : pid;
        int rc = setpgid(pid, pgid); /* EACCES once the child has exec'd: fine */
        EXPLAIN(explain_setpgid(pid, pgid, rc, errno));
    }
    jobs_add_process(j, pid, text, jc);
    return pid;
}

void exec_prepare_exec(void)
{
    trap_reset_for_exec();
}
