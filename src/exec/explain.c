/* explain.c — the narration of `set -o explain` and `set -o explainbrief`: called at each process
 * operation of the executor (fork.c, spawn.c, pipeline.c, reap.c, tty.c, kill) through explain.h. */
#include "config.h"

#include "exec/explain.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exec/jobs.h"
#include "exec/sig.h"

static int out_fd = STDERR_FILENO;
static pid_t shell_pid;

void explain_init(void)
{
    shell_pid = getpid();
    const char *fd = getenv("CONCH_EXPLAIN_FD");
    if (fd && *fd) {
        char *end;
        long n = strtol(fd, &end, 10);
        if (!*end && n >= 0 && n < 1024)
            out_fd = (int)n;
    }
    /* Forces the narration on from the start, so that whole test files can be run with it on
     * (its output sent elsewhere with CONCH_EXPLAIN_FD) and must behave exactly as without. */
    const char *force = getenv("CONCH_EXPLAIN");
    if (force && *force) {
        if (strcmp(force, "brief") == 0)
            opt.explainbrief = true;
        else
            opt.explain = true;
    }
}

/* ---- One line, built on the stack -------------------------------------------------------------
 * The trap avoided: snprintf and stdio after vfork run in the parent's memory (locks, buffers,
 * and under the sanitizers their interceptors); these few helpers touch only the line itself.
 * A line too long for the buffer is cut, never overflowed. */
enum { LINE_MAX_BYTES = 1024, CALL_WIDTH = 40 };
struct line {
    char b[LINE_MAX_BYTES];
    size_t n;
};

static void put_c(struct line *l, char c)
{
    if (l->n < sizeof l->b - 1)
        l->b[l->n++] = c;
}

static void put_s(struct line *l, const char *s)
{
    while (s && *s)
        put_c(l, *s++);
}

static void put_l(struct line *l, long v)
{
    char digits[24];
    int k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do
        digits[k++] = (char)('0' + u % 10);
    while ((u /= 10) && k < (int)sizeof digits);
    if (v < 0)
        put_c(l, '-');
    while (k)
        put_c(l, digits[--k]);
}

/* A C string literal as strace shows it: quotes, backslash escapes, octal for the rest. */
static void put_q(struct line *l, const char *s)
{
    put_c(l, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            put_c(l, '\\');
            put_c(l, (char)c);
        } else if (c == '\n') {
            put_s(l, "\\n");
        } else if (c == '\t') {
            put_s(l, "\\t");
        } else if (c < 32 || c >= 127) {
            put_c(l, '\\');
            put_c(l, (char)('0' + (c >> 6)));
            put_c(l, (char)('0' + ((c >> 3) & 7)));
            put_c(l, (char)('0' + (c & 7)));
        } else {
            put_c(l, (char)c);
        }
    }
    put_c(l, '"');
}

static void put_sig(struct line *l, int sig)
{
    const char *name = sig ? sig_name(sig) : NULL; /* 0 is "EXIT" to trap, kill(2) has 0 */
    if (name) {
        put_s(l, "SIG");
        put_s(l, name);
    } else {
        put_l(l, sig);
    }
}

/* The errno name strace prints (the usual ones; a number otherwise). */
static void put_err(struct line *l, int err)
{
    static const struct {
        int e;
        const char *name;
    } names[] = {{EACCES, "EACCES"}, {EPERM, "EPERM"}, {ESRCH, "ESRCH"}, {ENOENT, "ENOENT"},
                 {EBADF, "EBADF"},   {EINVAL, "EINVAL"}, {ENOTTY, "ENOTTY"}, {ENOEXEC, "ENOEXEC"},
                 {EMFILE, "EMFILE"}, {EAGAIN, "EAGAIN"}, {EINTR, "EINTR"}, {ENOMEM, "ENOMEM"}};
    put_s(l, " = -1 ");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].e == err) {
            put_s(l, names[i].name);
            return;
        }
    put_s(l, "errno ");
    put_l(l, err);
}

/* "~ " and, in any process but the shell itself, "[PID] ". */
static void start(struct line *l)
{
    l->n = 0;
    put_s(l, "~ ");
    pid_t me = getpid();
    if (me != shell_pid) {
        put_c(l, '[');
        put_l(l, me);
        put_s(l, "] ");
    }
}

/* The reason column: after the call, aligned when the call is short enough. */
static void why(struct line *l)
{
    size_t col = CALL_WIDTH + 2;
    put_c(l, ' ');
    while (l->n < col)
        put_c(l, ' ');
}

/* One write per line, so lines of processes writing at once never mix within a line. */
static void emit(struct line *l)
{
    if (l->n >= sizeof l->b - 1)
        l->n = sizeof l->b - 2;
    l->b[l->n++] = '\n';
    int saved = errno;
    size_t off = 0;
    while (off < l->n) {
        ssize_t w = write(out_fd, l->b + off, l->n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    errno = saved;
}

/* The command name in a job or stage text: its first word. */
static void put_first_word(struct line *l, const char *text)
{
    for (; text && *text && *text != ' ' && *text != '\t'; text++)
        put_c(l, *text);
}

void explain_before_fork(void)
{
    static bool said;
    if (said)
        return;
    said = true;
    struct line l;
    start(&l);
    put_s(&l, "(a child speaks here until its execve; once execve succeeds the process is that "
              "program and nothing of conch is left in it to speak)");
    emit(&l);
}

/* ---- Calls ---------------------------------------------------------------------------------- */

void explain_pipe(int r, int w, const char *writer, const char *reader)
{
    struct line l;
    start(&l);
    put_s(&l, "pipe() = [");
    put_l(&l, r);
    put_s(&l, ", ");
    put_l(&l, w);
    put_c(&l, ']');
    why(&l);
    put_first_word(&l, writer);
    put_s(&l, " writes fd ");
    put_l(&l, w);
    put_s(&l, ", ");
    put_first_word(&l, reader);
    put_s(&l, " reads fd ");
    put_l(&l, r);
    emit(&l);
}

void explain_fork(pid_t pid, const char *text)
{
    struct line l;
    start(&l);
    put_s(&l, "fork() = ");
    put_l(&l, pid);
    why(&l);
    put_l(&l, pid);
    if (text && *text) {
        put_s(&l, " is a copy of conch; it will become: ");
        put_s(&l, text);
    } else {
        put_s(&l, " is a copy of conch; it runs its part of the command");
    }
    emit(&l);
}

void explain_vfork(pid_t pid, const char *path, int err)
{
    struct line l;
    start(&l);
    put_s(&l, "vfork() = ");
    put_l(&l, pid);
    why(&l);
    put_s(&l, "fast path for ");
    put_s(&l, path);
    if (err)
        put_s(&l, ": it could not be started, and the child has exited; a forked copy of conch "
                  "runs the command again to report why");
    else
        put_s(&l, ": between vfork and execve the child made only system calls (its group, the "
                  "terminal, dup2, signal dispositions), so it borrowed conch's memory instead of "
                  "copying it");
    emit(&l);
}

void explain_setpgid(pid_t pid, pid_t pgid, int rc, int err)
{
    struct line l;
    start(&l);
    put_s(&l, "setpgid(");
    put_l(&l, pid);
    put_s(&l, ", ");
    put_l(&l, pgid);
    put_c(&l, ')');
    if (rc < 0)
        put_err(&l, err);
    why(&l);
    if (pid == 0)
        put_s(&l, "the child does it too: whichever runs first, both agree");
    else if (rc < 0 && err == EACCES)
        put_s(&l, "too late, the child has exec'd: its own setpgid already did it");
    else if (pid == pgid)
        put_s(&l, "the job gets its own process group, numbered after its first process");
    else
        put_s(&l, "joins the job's group, so one ^Z or ^C reaches the whole pipeline");
    emit(&l);
}

void explain_tcsetpgrp(pid_t pgid, int rc, int err)
{
    struct line l;
    start(&l);
    put_s(&l, "tcsetpgrp(tty, ");
    put_l(&l, pgid);
    put_c(&l, ')');
    if (rc < 0)
        put_err(&l, err);
    why(&l);
    if (getpid() == shell_pid && pgid == getpgrp()) {
        put_s(&l, "the shell's group ");
        put_l(&l, pgid);
        put_s(&l, " owns the terminal again");
    } else {
        put_s(&l, "group ");
        put_l(&l, pgid);
        put_s(&l, " now owns the terminal: ^C and ^Z go to it");
    }
    emit(&l);
}

void explain_dup2(int from, int to, int rc, int err)
{
    static const char *const names[] = {"standard input", "standard output", "standard error"};
    struct line l;
    start(&l);
    put_s(&l, "dup2(");
    put_l(&l, from);
    put_s(&l, ", ");
    put_l(&l, to);
    put_c(&l, ')');
    if (rc < 0)
        put_err(&l, err);
    why(&l);
    if (to >= 0 && to <= 2) {
        put_s(&l, names[to]);
        put_s(&l, " (fd ");
        put_l(&l, to);
        put_s(&l, ") is now what fd ");
    } else {
        put_s(&l, "fd ");
        put_l(&l, to);
        put_s(&l, " is now what fd ");
    }
    put_l(&l, from);
    put_s(&l, " is");
    emit(&l);
}

void explain_execve(const char *path, char *const argv[])
{
    struct line l;
    start(&l);
    put_s(&l, "execve(");
    put_q(&l, path);
    put_s(&l, ", [");
    for (int i = 0; argv[i]; i++) {
        if (i)
            put_s(&l, ", ");
        put_q(&l, argv[i]);
    }
    put_s(&l, "])");
    emit(&l);
}

void explain_execve_failed(const char *path, int err)
{
    struct line l;
    start(&l);
    put_s(&l, "execve(");
    put_q(&l, path);
    put_s(&l, ", ...)");
    put_err(&l, err);
    why(&l);
    put_s(&l, "the program could not be started: this process is still conch");
    emit(&l);
}

static void put_status(struct line *l, int st)
{
    if (WIFEXITED(st)) {
        put_s(l, "exited ");
        put_l(l, WEXITSTATUS(st));
    } else if (WIFSIGNALED(st)) {
        put_s(l, "killed by ");
        put_sig(l, WTERMSIG(st));
    } else if (WIFSTOPPED(st)) {
        put_s(l, "stopped by ");
        put_sig(l, WSTOPSIG(st));
    } else if (WIFCONTINUED(st)) {
        put_s(l, "continued");
    }
}

void explain_waitpid(pid_t pid, int st)
{
    struct line l;
    start(&l);
    put_s(&l, "waitpid = ");
    put_l(&l, pid);
    put_c(&l, ' ');
    put_status(&l, st);
    why(&l);
    if (WIFSTOPPED(st) && WSTOPSIG(st) == SIGTSTP) {
        put_s(&l, "the terminal sent SIGTSTP to group ");
        put_l(&l, getpgid(pid));
        put_s(&l, " when you typed ^Z");
    } else if (WIFSTOPPED(st) && (WSTOPSIG(st) == SIGTTIN || WSTOPSIG(st) == SIGTTOU)) {
        put_s(&l, "it used the terminal from the background");
    } else if (WIFSTOPPED(st)) {
        put_s(&l, "stopped: its job waits for fg or bg");
    } else if (WIFSIGNALED(st) && WTERMSIG(st) == SIGINT) {
        put_s(&l, "^C: the terminal sent SIGINT to its group");
    } else if (WIFCONTINUED(st)) {
        put_s(&l, "it got SIGCONT and runs again");
    } else {
        put_s(&l, "reaped: the zombie is gone, its status kept for $? and jobs");
    }
    emit(&l);
}

void explain_sigchld(void)
{
    struct line l;
    start(&l);
    put_s(&l, "SIGCHLD received");
    why(&l);
    put_s(&l, "the handler only set a flag; the shell reaps here, outside it");
    emit(&l);
}

void explain_signal(int sig, const char *reason)
{
    struct line l;
    start(&l);
    put_sig(&l, sig);
    put_s(&l, " received");
    why(&l);
    put_s(&l, "the handler only set a flag; ");
    put_s(&l, reason);
    emit(&l);
}

static void put_job(struct line *l, const struct job *j)
{
    put_s(l, "job");
    if (j->id > 0) {
        put_c(l, ' ');
        put_l(l, j->id);
    }
}

void explain_tcgetattr(const struct job *j, int rc)
{
    struct line l;
    start(&l);
    put_s(&l, "tcgetattr(tty) saved as ");
    put_job(&l, j);
    put_s(&l, "'s modes");
    if (rc < 0)
        put_s(&l, " = -1");
    why(&l);
    put_s(&l, "restored when ");
    put_job(&l, j);
    put_s(&l, " comes back to the foreground");
    emit(&l);
}

void explain_tcsetattr(const struct job *j, int rc)
{
    struct line l;
    start(&l);
    put_s(&l, "tcsetattr(tty, TCSADRAIN, ");
    if (j) {
        put_job(&l, j);
        put_s(&l, "'s modes)");
    } else {
        put_s(&l, "the shell's modes)");
    }
    if (rc < 0)
        put_s(&l, " = -1");
    why(&l);
    if (j)
        put_s(&l, "the modes it had when it stopped, before it gets the terminal");
    else
        put_s(&l, "the job stopped or was killed and may have left the terminal in its modes");
    emit(&l);
}

void explain_kill(pid_t target, int sig, int rc, int err, const char *reason)
{
    struct line l;
    start(&l);
    put_s(&l, "kill(");
    put_l(&l, target);
    put_s(&l, ", ");
    put_sig(&l, sig);
    put_c(&l, ')');
    if (rc < 0)
        put_err(&l, err);
    why(&l);
    put_s(&l, reason);
    if (target < -1) {
        put_s(&l, ": every process of group ");
        put_l(&l, -target);
    }
    emit(&l);
}

void explain_exit_jobs(void)
{
    for (struct job *j = jobs_first(); j; j = jobs_next(j)) {
        if (jobs_is_done(j))
            continue;
        struct line l;
        start(&l);
        put_s(&l, "exit: ");
        put_job(&l, j);
        if (j->pgid > 0) {
            put_s(&l, " (group ");
            put_l(&l, j->pgid);
            put_c(&l, ')');
        }
        put_s(&l, jobs_is_stopped(j) ? " stays stopped" : " keeps running");
        why(&l);
        put_s(&l, "conch sends its jobs no signal when it exits; only a hang-up (SIGHUP to an "
                  "interactive conch) is passed on to them, with SIGCONT to stopped ones");
        emit(&l);
    }
}

/* ---- Jobs ----------------------------------------------------------------------------------- */

/* "job 1 (pgid 1484: sleep 1484, cat 1485)" */
static void put_job_long(struct line *l, const struct job *j)
{
    put_job(l, j);
    put_s(l, " (");
    if (j->pgid > 0) {
        put_s(l, "pgid ");
        put_l(l, j->pgid);
    } else {
        put_s(l, "in the shell's group");
    }
    put_s(l, ": ");
    for (int i = 0; i < j->nprocs; i++) {
        if (i)
            put_s(l, ", ");
        if (j->procs[i].text && *j->procs[i].text) {
            put_first_word(l, j->procs[i].text);
            put_c(l, ' ');
        }
        put_l(l, j->procs[i].pid);
    }
    put_c(l, ')');
}

void explain_job_started(const struct job *j, bool foreground)
{
    struct line l;
    start(&l);
    put_job_long(&l, j);
    if (!foreground)
        put_s(&l, " started in the background");
    else if (j->pgid > 0)
        put_s(&l, " started in the foreground; it owns the terminal");
    else
        put_s(&l, " started in the foreground; the shell waits for it");
    emit(&l);
}

void explain_job_changed(const struct job *j, bool was_stopped, bool was_done)
{
    struct line l;
    start(&l);
    if (jobs_is_stopped(j) && !was_stopped) {
        /* A foreground job is numbered only once the shell sees it stopped (reap.c), and
         * narrated then: "job 1 stopped", not "job stopped". */
        if (j->id == 0)
            return;
        int sig = 0;
        for (int i = 0; i < j->nprocs; i++)
            if (j->procs[i].state == PROC_STOPPED)
                sig = WSTOPSIG(j->procs[i].wstatus);
        put_job(&l, j);
        put_s(&l, " stopped by ");
        put_sig(&l, sig);
        if (sig == SIGTSTP)
            put_s(&l, " (^Z)");
        if (j->pgid > 0)
            put_s(&l, "; the shell owns the terminal");
    } else if (jobs_is_done(j) && !was_done) {
        put_job(&l, j);
        put_s(&l, " finished: ");
        put_status(&l, j->procs[j->nprocs - 1].wstatus);
        if (j->foreground && j->pgid > 0)
            put_s(&l, "; the shell owns the terminal");
    } else {
        return;
    }
    emit(&l);
}

void explain_job_continued(const struct job *j, bool foreground)
{
    struct line l;
    start(&l);
    put_job(&l, j);
    put_s(&l, foreground ? " continued in the foreground; it owns the terminal"
                         : " continued in the background");
    emit(&l);
}
