/* lazyreap.c — `set -o lazyreap` (a teaching aid, conch mode): jobs_reap's waitpid, except that
 * a finished background job stays a zombie until wait, jobs, fg or bg, so ptree can show it. */
#include "config.h"

#include "exec/jobs.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>
#include <sys/wait.h>

#include "shell/options.h"
#include "shell/shell.h"

#define FLAGS (WNOHANG | WUNTRACED | WCONTINUED)

static int paused; /* wait, jobs, fg, bg are running: reap everything */

void jobs_lazy_pause(bool pause)
{
    paused += pause ? 1 : -1;
}

bool jobs_lazy_active(void)
{
    return opt.lazyreap && !paused && !sh.subshell;
}

/* waitid(WNOWAIT) looks at a child's next report without consuming it: the only way to tell a
 * finished process (left alone) from a stopped or continued one (reaped as usual). */
static bool has_exited(pid_t pid)
{
    siginfo_t si;
    memset(&si, 0, sizeof si);
    if (waitid(P_PID, (id_t)pid, &si, WEXITED | WSTOPPED | WCONTINUED | WNOHANG | WNOWAIT) != 0)
        return false;
    return si.si_pid == pid &&
           (si.si_code == CLD_EXITED || si.si_code == CLD_KILLED || si.si_code == CLD_DUMPED);
}

/* Like waitpid(-1, st, WNOHANG|WUNTRACED|WCONTINUED): a pid with its status, 0 when no child
 * has anything to report, -1 with errno. A plain waitpid(-1) would take the held zombies too,
 * so while some are held each process of the table is asked by its pid; children outside the
 * table (none while a job is held, in practice) wait until nothing is held. */
pid_t jobs_lazy_waitpid(int *st)
{
    if (!jobs_lazy_active())
        return waitpid(-1, st, FLAGS);
    bool held = false;
    struct job *j;
    for (int i = 0; (j = jobs_tracked(i)) != NULL; i++) {
        bool background = j->id > 0 && !j->foreground;
        for (int k = 0; k < j->nprocs; k++) {
            pid_t pid = j->procs[k].pid;
            if (j->procs[k].state == PROC_DONE)
                continue;
            if (background && has_exited(pid)) {
                held = true;
                continue;
            }
            pid_t r = waitpid(pid, st, FLAGS);
            if (r != 0 && !(r < 0 && errno == EINTR))
                return r;
        }
    }
    return held ? 0 : waitpid(-1, st, FLAGS);
}
