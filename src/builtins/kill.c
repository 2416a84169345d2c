/* kill.c — the kill builtin (XCU kill): signals processes or jobs of exec/jobs.h, and lists
 * signal names from exec/sig.h (kill -l). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/explain.h"
#include "exec/jobs.h"
#include "exec/sig.h"
#include "builtins/sigdesc.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "shell/options.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(const char *why)
{
    return builtin_usage_error("kill", "%s", why);
}

/* kill -l [exit_status|name...]: names for numbers (an exit status 128+N names N), numbers
 * for names; without operands every signal name, one per line. */
static int list(int argc, char **argv, int i)
{
    if (i >= argc) {
        for (int s = 1; s < NSIG; s++)
            if (sig_name(s))
                puts(sig_name(s));
        return builtin_flush("kill");
    }
    int status = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (isdigit((unsigned char)*a)) {
            char *end;
            errno = 0;
            long n = strtol(a, &end, 10);
            if (!*end && !errno && n > 128 && n <= 128 + NSIG)
                n -= 128;
            const char *name = !*end && !errno && n > 0 && n < NSIG ? sig_name((int)n) : NULL;
            if (name) {
                puts(name);
                continue;
            }
        } else {
            int n = sig_number(a);
            if (n > 0) {
                printf("%d\n", n);
                continue;
            }
        }
        error_msg("kill: %s: invalid signal specification", a);
        status = 1;
    }
    return builtin_flush("kill") ? 1 : status;
}

/* kill -L (conch mode, a teaching aid): the signal table, one signal a line, with what the
 * kernel does by default, whether a process can catch it, and who usually sends it. With
 * operands, or in POSIX mode, -L is -l (as in bash). */
static int table(void)
{
    printf("%3s %-8s %-10s %-6s %s\n", "NUM", "NAME", "DEFAULT", "CATCH", "USUALLY SENT BY");
    for (int s = 1; s < NSIG; s++) {
        const struct sigdesc *d = sigdesc_find(s);
        if (!d || !sig_name(s))
            continue;
        printf("%3d %-8s %-10s %-6s %s\n", s, sig_name(s), sigdesc_action_word(d->action),
               d->catchable ? "yes" : "no", d->sender);
    }
    return builtin_flush("kill");
}

/* kill(target, sig), narrated; then CONT when the receiver may be stopped, since a stopped
 * process cannot act on TERM or HUP until it runs again (as bash does). Returns kill's result,
 * errno as kill left it. */
static int send_signal(pid_t target, int sig, bool maybe_stopped, const char *why)
{
    int rc = kill(target, sig);
    int err = errno;
    EXPLAIN(explain_kill(target, sig, rc, err, why));
    if (rc == 0 && maybe_stopped && (sig == SIGTERM || sig == SIGHUP)) {
        int cont = kill(target, SIGCONT);
        EXPLAIN(explain_kill(target, SIGCONT, cont, errno,
                             "kill builtin: a stopped process must run to act on the signal"));
    }
    errno = err;
    return rc;
}

/* conch mode, a job started without job control: each of its processes still running. Its
 * stop may not have been reaped yet (kill -STOP %1; kill %1), so every one may be stopped: to
 * a running process CONT does nothing. */
static int signal_processes(struct job *j, const char *spec, int sig)
{
    int status = 0;
    for (int i = 0; i < j->nprocs; i++) {
        struct process *p = &j->procs[i];
        if (p->state == PROC_DONE)
            continue;
        if (send_signal(p->pid, sig, true, "kill builtin: a job without its own process group") < 0
            && errno != ESRCH) {
            error_msg("kill: %s: %s", spec, strerror(errno));
            status = 1;
        }
    }
    return status;
}

static int signal_job(const char *spec, int sig)
{
    struct job *j = jobs_find_spec(spec, "kill");
    if (!j)
        return 1;
    /* Without job control the job has no process group of its own (it shares ours).
     * POSIX mode keeps the 2017 reading of XCU kill, where a job ID "identifies a background
     * process group": nothing to signal (yash; dash tries the group and fails). conch mode
     * signals the job's processes one by one, as bash, mksh and ksh93 do, and as POSIX.1-2024
     * allows, since job IDs there name any background job. */
    if (j->pgid <= 0) {
        if (!options_extensions()) {
            error_msg("kill: %s: not a job-controlled job", spec);
            return 1;
        }
        return signal_processes(j, spec, sig);
    }
    if (send_signal(-j->pgid, sig, jobs_is_stopped(j), "kill builtin") < 0) {
        error_msg("kill: %s: %s", spec, strerror(errno));
        return 1;
    }
    return 0;
}

static int signal_pid(const char *arg, int sig)
{
    const char *digits = arg[0] == '-' ? arg + 1 : arg;
    char *end;
    errno = 0;
    long pid = strtol(arg, &end, 10);
    if (!isdigit((unsigned char)*digits) || *end || errno || pid != (pid_t)pid) {
        error_msg("kill: %s: arguments must be process or job IDs", arg);
        return 1;
    }
    int rc = kill((pid_t)pid, sig);
    EXPLAIN(explain_kill((pid_t)pid, sig, rc, errno, "kill builtin"));
    if (rc < 0) {
        error_msg("kill: (%s) - %s", arg, strerror(errno));
        return 1;
    }
    return 0;
}

int builtin_kill(int argc, char **argv)
{
    int sig = SIGTERM;
    int i = 1;
    if (i < argc && argv[i][0] == '-' && argv[i][1]) {
        const char *a = argv[i];
        if (!strcmp(a, "-L") && i + 1 >= argc && options_extensions())
            return table();
        if (!strcmp(a, "-l") || !strcmp(a, "-L"))
            return list(argc, argv, i + 1);
        const char *name = NULL;
        if (!strcmp(a, "-s") || !strcmp(a, "-n")) {
            if (i + 1 >= argc) {
                return usage("option requires an argument");
            }
            name = argv[i + 1];
            i += 2;
        } else if (!strcmp(a, "--")) {
            i++;
        } else {
            name = a + 1; /* -TERM, -SIGTERM, -9 */
            i++;
        }
        if (name) {
            sig = sig_number(name);
            if (sig < 0) {
                error_msg("kill: %s: invalid signal specification", name);
                return 1;
            }
            if (i < argc && !strcmp(argv[i], "--"))
                i++;
        }
    }
    if (i >= argc)
        return usage("no process or job given");
    int status = 0;
    for (; i < argc; i++) {
        if (argv[i][0] == '%')
            status |= signal_job(argv[i], sig);
        else
            status |= signal_pid(argv[i], sig);
    }
    return status;
}
