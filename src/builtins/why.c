/* why.c — the why builtin (conch mode, a teaching aid): explains an exit status, or a job's last
 * change as the job table of exec/jobs.h holds it, using the signal table of sigdesc.h. */
#include "config.h"

#include "builtins/builtins.h"
#include "builtins/sigdesc.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "shell/shell.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static void explain_signal(int sig, const char *how)
{
    const struct sigdesc *d = sigdesc_find(sig);
    printf("  %s signal %d, SIG%s (%s)\n", how, sig, sig_name(sig), strsignal(sig));
    if (d) {
        printf("  usually sent by: %s\n", d->sender);
        printf("  default action: %s%s\n", sigdesc_action_word(d->action),
               d->catchable ? "" : " (it cannot be caught, blocked or ignored)");
    }
}

/* XCU 2.8.2: 126 found but not executable, 127 not found, > 128 killed by a signal; the rest
 * is each utility's own business (XCU 1.4 "Utility Description Defaults": 0 success, >0 error;
 * 2 is the usual usage error). */
static void explain_status(long st)
{
    printf("%ld: ", st);
    if (st < 0 || st > 255) {
        printf("not a possible exit status: a status is 0 to 255 (exit %ld gives %ld)\n", st,
               st & 0xff);
        return;
    }
    if (st == 0) {
        puts("success: the command did what it was asked (a test or condition held)");
        return;
    }
    if (st == 1) {
        puts("failure: a general error, or a false answer (false, grep found nothing, test said no)");
        return;
    }
    if (st == 2) {
        puts("usage or syntax error: bad options or operands, or a line the shell could not parse");
        return;
    }
    if (st == 126) {
        puts("found but could not run: not executable (permission denied), a directory, or a bad format");
        return;
    }
    if (st == 127) {
        puts("command not found: no function, builtin, or file of that name in PATH");
        return;
    }
    if (st > 128 && st - 128 < NSIG && sig_name((int)(st - 128))) {
        int sig = (int)(st - 128);
        const struct sigdesc *d = sigdesc_find(sig);
        if (d && d->action == SIGACT_STOP) {
            printf("128+%d: a job stopped by SIG%s (the shell gives a stopped job this status)\n",
                   sig, sig_name(sig));
            explain_signal(sig, "stopped by");
        } else {
            printf("128+%d: killed by SIG%s\n", sig, sig_name(sig));
            explain_signal(sig, "killed by");
        }
        return;
    }
    if (st >= 128) {
        printf("above 128 but no signal %ld: the command chose it itself (exit %ld)\n", st - 128, st);
        return;
    }
    puts("failure, meaning defined by the command (see its manual): the shell only knows it is not 0");
}

static void explain_process(const struct process *p)
{
    printf("  process %ld (%s): ", (long)p->pid, p->text);
    int st = p->wstatus;
    if (p->state == PROC_RUNNING) {
        puts("running (no change seen yet)");
    } else if (p->state == PROC_STOPPED) {
        printf("stopped by SIG%s\n", sig_name(WSTOPSIG(st)) ? sig_name(WSTOPSIG(st)) : "?");
    } else if (WIFSIGNALED(st)) {
        printf("killed by SIG%s%s, status %d\n",
               sig_name(WTERMSIG(st)) ? sig_name(WTERMSIG(st)) : "?",
               WCOREDUMP(st) ? " (core dumped)" : "", 128 + WTERMSIG(st));
    } else if (WIFEXITED(st)) {
        printf("exited with status %d\n", WEXITSTATUS(st));
    } else {
        puts("finished");
    }
}

static int explain_job(const char *spec)
{
    jobs_reap();
    struct job *j = jobs_find_spec(spec, "why");
    if (!j)
        return 1;
    const char *what = jobs_is_done(j) ? "finished" : jobs_is_stopped(j) ? "stopped" : "running";
    printf("job [%d] (%s) is %s, status %d\n", j->id, j->text, what, jobs_status(j));
    for (int i = 0; i < j->nprocs; i++)
        explain_process(&j->procs[i]);
    if (jobs_is_done(j) || jobs_is_stopped(j))
        explain_status(jobs_status(j));
    return 0;
}

int builtin_why(int argc, char **argv)
{
    int first = builtin_operands(argc, argv);
    if (first < 0)
        return 2;
    if (argc - first > 1)
        return builtin_usage_error("why", "too many arguments");
    int status = 0;
    if (first == argc) {
        explain_status(sh.last_status);
    } else if (argv[first][0] == '%') {
        status = explain_job(argv[first]);
    } else {
        char *end;
        errno = 0;
        long st = strtol(argv[first], &end, 10);
        if (!*argv[first] || *end || errno)
            return builtin_usage_error("why", "%s: not an exit status or a job", argv[first]);
        explain_status(st);
    }
    return builtin_flush("why") ? 1 : status;
}
