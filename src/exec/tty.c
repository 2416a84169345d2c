/* tty.c — the terminal under job control (XCU 2.11; glibc manual "Implementing a Job Control
 * Shell"): set-up, tcsetpgrp hand-overs, the shell's saved modes, suspend. Used by reap.c. */
#include "config.h"

#include "exec/jobs.h"
#include "exec/jobs_int.h"
#include "exec/explain.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/error.h"
#include "lib/fd.h"
#include "shell/shell.h"

int jobs_tty_fd = -1;

static pid_t shell_pgid;         /* our process group once job control is set up */
static pid_t original_pgid;      /* the terminal's process group before that */
static struct termios shell_tmodes;
static bool have_shell_tmodes;

/* ---- The terminal (XCU 2.11; glibc manual "Implementing a Job Control Shell") ----------- */

/* tcsetpgrp from a background process group raises SIGTTOU unless it is blocked: a shell
 * with set -m in a script does not ignore it. */
void tty_give(pid_t pgid)
{
    if (jobs_tty_fd < 0 || pgid <= 0)
        return;
    sigset_t ttou, old;
    sigemptyset(&ttou);
    sigaddset(&ttou, SIGTTOU);
    sigprocmask(SIG_BLOCK, &ttou, &old);
    int rc = tcsetpgrp(jobs_tty_fd, pgid);
    EXPLAIN(explain_tcsetpgrp(pgid, rc, errno));
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* The children of a job take the terminal themselves before they exec (exec_fork, spawn.c);
 * this covers the parent reaching its wait first. Once the terminal has left the shell's
 * group it is not taken back: the job may already have given it to a job of its own (a script
 * run with set -m, whose child would then stop on SIGTTOU when it touched the terminal). */
void tty_give_if_ours(pid_t pgid)
{
    if (jobs_tty_fd >= 0 && tcgetpgrp(jobs_tty_fd) == shell_pgid)
        tty_give(pgid);
}

void tty_give_to_job(const struct job *j)
{
    /* The job's modes first, while the shell still owns the terminal: tcsetattr from the
     * background raises SIGTTOU, which tty_give only blocks around tcsetpgrp, and a
     * non-interactive shell with set -m does not ignore it (it would stop for good). */
    if (j->has_tmodes && jobs_tty_fd >= 0) {
        int rc = tcsetattr(jobs_tty_fd, TCSADRAIN, &j->tmodes);
        EXPLAIN(explain_tcsetattr(j, rc));
    }
    tty_give(j->pgid);
}

void tty_take_back(struct job *j, bool stopped, int wstatus)
{
    if (jobs_tty_fd < 0)
        return;
    if (stopped) {
        j->has_tmodes = tcgetattr(jobs_tty_fd, &j->tmodes) == 0;
        EXPLAIN(explain_tcgetattr(j, j->has_tmodes ? 0 : -1));
    }
    tty_give(shell_pgid);
    /* A job that stopped or was killed may have left the terminal in its own modes: put
     * ours back. One that exited normally keeps its changes (that is how `stty` works). */
    if ((stopped || WIFSIGNALED(wstatus)) && have_shell_tmodes) {
        int rc = tcsetattr(jobs_tty_fd, TCSADRAIN, &shell_tmodes);
        EXPLAIN(explain_tcsetattr(NULL, rc));
    } else if (!stopped)
        have_shell_tmodes = tcgetattr(jobs_tty_fd, &shell_tmodes) == 0;
}

/* A shell started (or continued) in the background must not take the terminal from the job
 * that has it (glibc manual, "Initializing the Shell"). Like a background job reading the
 * terminal, it stops itself with SIGTTIN (to its whole process group, with the default action
 * even where the shell ignores SIGTTIN) until its parent continues it in the foreground.
 * Bounded by max_stops, in case SIGTTIN cannot stop us (an orphaned process group, or a parent
 * that ignores it for us). 0: in the foreground; -1: tcgetpgrp failed (errno says why); 1:
 * still in the background after max_stops stops. At start-up (control_setup) and after
 * `suspend` (jobs_suspend_shell). */
enum { MAX_TTIN_STOPS = 50 };
static int wait_for_foreground(int max_stops)
{
    for (int stops = 0;; stops++) {
        pid_t fg = tcgetpgrp(jobs_tty_fd);
        if (fg < 0)
            return -1;
        if (fg == getpgrp())
            return 0;
        if (stops == max_stops)
            return 1;
        struct sigaction dfl, old;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(SIGTTIN, &dfl, &old);
        kill(-getpgrp(), SIGTTIN);
        sigaction(SIGTTIN, &old, NULL);
    }
}

/* quiet: for set -m in a script (jobs_control_ensure): no messages, and no waiting to be put
 * in the foreground either (a background script keeps its process groups but not the tty). */
static int control_setup(bool quiet)
{
    if (jobs_tty_fd < 0) {
        int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd < 0 && isatty(STDIN_FILENO))
            fd = dup(STDIN_FILENO);
        if (fd < 0 && isatty(STDERR_FILENO))
            fd = dup(STDERR_FILENO);
        if (fd < 0) {
            if (!quiet)
                error_msg("can't access tty; job control turned off");
            return -1;
        }
        /* Out of the way of user redirections (XCU 2.7 lets scripts use 0-9). */
        int high = fd_dup_high(fd);
        close(fd);
        if (high < 0) {
            if (!quiet)
                error_errno("job control: cannot keep the terminal open");
            return -1;
        }
        jobs_tty_fd = high;
    }
    int fg = wait_for_foreground(quiet ? 0 : MAX_TTIN_STOPS);
    if (fg != 0) {
        if (!quiet && fg < 0)
            error_errno("cannot get the terminal's process group");
        else if (!quiet)
            error_msg("cannot become the terminal's foreground process group");
        goto fail;
    }
    original_pgid = getpgrp();
    /* Our own process group; a session leader already is one (setpgid then fails). */
    if (getpgrp() != getpid() && setpgid(0, 0) < 0) {
        if (!quiet)
            error_errno("cannot create a process group");
        goto fail;
    }
    shell_pgid = getpgrp();
    tty_give(shell_pgid);
    have_shell_tmodes = tcgetattr(jobs_tty_fd, &shell_tmodes) == 0;
    return 0;
fail:
    close(jobs_tty_fd);
    jobs_tty_fd = -1;
    return -1;
}

int jobs_control_init(void)
{
    return control_setup(false);
}

bool jobs_control_ensure(void)
{
    static bool tried;
    if (tried || jobs_tty_fd >= 0 || !jobs_control_active())
        return false;
    tried = true;
    return control_setup(true) == 0;
}

void jobs_control_end(void)
{
    if (jobs_tty_fd < 0 || sh.subshell)
        return;
    if (original_pgid > 0 && original_pgid != shell_pgid)
        tty_give(original_pgid);
}

/* ---- Suspending ------------------------------------------------------------------------- */

int jobs_suspend_shell(void)
{
    if (jobs_tty_fd >= 0 && have_shell_tmodes)
        tcgetattr(jobs_tty_fd, &shell_tmodes);
    fflush(stdout);
    fflush(stderr);
    /* SIGSTOP cannot be ignored: whoever started us (a parent shell) sees us stop and takes
     * the terminal back. When continued, wait to be in the foreground again as at start-up. */
    if (kill(getpid(), SIGSTOP) < 0) {
        error_errno("suspend");
        return 1;
    }
    if (jobs_tty_fd >= 0 && jobs_control_active()) {
        wait_for_foreground(MAX_TTIN_STOPS);
        tty_give(shell_pgid);
        if (have_shell_tmodes)
            tcsetattr(jobs_tty_fd, TCSADRAIN, &shell_tmodes);
    }
    return 0;
}
