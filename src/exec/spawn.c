/* spawn.c — the quick way to start a utility (XCU 2.9.1.6): vfork and execve for simple.c,
 * pipeline.c and cmdsub.c when the child has only system calls to make; else exec/fork.c. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/explain.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined HAVE_SYSCALL && HAVE_DECL_SYS_EXIT_GROUP
#include <sys/syscall.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

/* fork copies the shell's page tables and then both processes take a copy-on-write fault for
 * every page either one touches until the child execs; vfork lends the child our memory until
 * execve instead, which is what makes a loop of external commands cost what it costs in dash.
 * The price: the child may only make system calls, and must not return from here. */

/* Written by the child when execve fails; the parent reads it once the child is gone. */
static volatile int child_errno;

/* Between vfork and execve every signal is blocked (the parent did it). The parent's handlers
 * must not run here, in its memory: every signal the shell catches goes back to the default,
 * and every one it ignores for its own sake (an interactive shell's SIGQUIT, SIGTSTP...) too,
 * before anything is unblocked: the plan (trap_plan_for_exec) is made in the parent, and the
 * child ends with the dispositions a child of exec_fork has at its execve. Nothing here writes
 * to memory but child_errno and errno: not errno's users, not the exit handlers. */
struct plan {
    const char *path;
    char *const *argv, *const *envp;
    const int *moves;
    int nmoves;
    bool jc;    /* join the job's process group (exec_fork's jc) */
    pid_t pgid; /* that group; 0: this child founds it */
    int tty;    /* >= 0: then take the terminal for it, as exec_fork's child does */
    const struct trap_exec_plan *sigs;
};

/* The child's way out after a failure. On Linux the exit_group system call itself: the
 * sanitizers intercept _exit, and their interceptor would run here, in the parent's memory,
 * while the parent is suspended. Elsewhere _exit, what POSIX gives a vfork child (configure
 * checks syscall and SYS_exit_group: HAVE_SYSCALL, HAVE_DECL_SYS_EXIT_GROUP). */
static void __attribute__((noreturn)) child_exit(void)
{
#if defined HAVE_SYSCALL && HAVE_DECL_SYS_EXIT_GROUP
    for (;;)
        syscall(SYS_exit_group, 127);
#else
    _exit(127);
#endif
}

static void __attribute__((noreturn)) child_fail(int err)
{
    child_errno = err ? err : EBADF;
    child_exit();
}

/* XCU 2.11, in exec_fork's order: the group and the terminal first (SIGTTOU is blocked, so a
 * child not yet in the foreground may take it), then the descriptors, the signals, execve. */
static void __attribute__((noreturn, noinline)) child(const struct plan *c)
{
    if (c->jc) {
        pid_t pgid = c->pgid ? c->pgid : getpid();
        int rc = setpgid(0, pgid);
        EXPLAIN(explain_setpgid(0, pgid, rc, errno));
        if (c->tty >= 0) {
            rc = tcsetpgrp(c->tty, pgid);
            EXPLAIN(explain_tcsetpgrp(pgid, rc, errno));
        }
    }
    for (int i = 0; i < c->nmoves; i++) {
        int from = c->moves[2 * i], to = c->moves[2 * i + 1];
        /* dup2 onto itself keeps close-on-exec: the descriptor would vanish at execve. */
        int rc = from == to ? fcntl(to, F_SETFD, 0) : dup2(from, to);
        EXPLAIN(explain_dup2(from, to, rc, errno));
        if (rc < 0)
            child_fail(errno);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    for (int i = 0; i < c->sigs->n; i++) {
        sa.sa_handler = c->sigs->change[i].ignore ? SIG_IGN : SIG_DFL;
        sigaction(c->sigs->change[i].signo, &sa, NULL);
    }
    exec_restore_limits();
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    EXPLAIN(explain_execve(c->path, c->argv));
    execve(c->path, c->argv, c->envp);
    int e = errno ? errno : ENOEXEC;
    EXPLAIN(explain_execve_failed(c->path, e));
    child_fail(e);
}

bool spawn_usable(unsigned flags)
{
    /* Without job control an asynchronous list also needs SIGINT and SIGQUIT ignored and
     * /dev/null as its standard input: left to exec_fork. */
    return !(flags & FORK_ASYNC) || jobs_control_active();
}

pid_t spawn_exec(struct job *j, unsigned flags, const char *text, const char *path,
                 char **argv, const int *moves, int nmoves)
{
    struct plan c = {.path = path, .argv = argv, .moves = moves, .nmoves = nmoves, .tty = -1};
    c.jc = exec_fork_job_control(flags);
    c.pgid = j->pgid;
    if (c.jc && (flags & FORK_FOREGROUND) && !(flags & FORK_ASYNC))
        c.tty = jobs_tty_fd;
    /* Built in the parent, where the cache outlives the command. */
    c.envp = vars_environ_for(path);
    trap_catch_sigchld(); /* before the plan, which reads the dispositions */
    c.sigs = trap_plan_for_exec();
    /* Nothing buffered may be written after the utility's output. */
    fflush(stdout);
    fflush(stderr);
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    child_errno = 0;
    EXPLAIN(explain_before_fork());
    pid_t pid = vfork();
    if (pid == 0)
        child(&c);
    int e = pid < 0 ? errno : child_errno;
    if (pid > 0)
        EXPLAIN(explain_vfork(pid, path, e));
    if (pid > 0 && e) {
        /* Reaped before SIGCHLD is unblocked, so jobs.c never sees this process. */
        int st = 0;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
        EXPLAIN(explain_waitpid(pid, st));
        /* It founded its group and took the terminal, then died: the shell takes it back
         * (all signals are still blocked, SIGTTOU among them) before exec_fork tries again. */
        if (c.tty >= 0 && !c.pgid) {
            int rc = tcsetpgrp(c.tty, getpgrp());
            EXPLAIN(explain_tcsetpgrp(getpgrp(), rc, errno));
        }
        pid = -1;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (pid > 0) {
        if (c.jc) {
            /* Done by the child before the parent could run again: kept from exec_fork for
             * systems whose vfork is a fork (EACCES here means the child has exec'd). */
            pid_t pgid = c.pgid ? c.pgid : pid;
            int rc = setpgid(pid, pgid);
            EXPLAIN(explain_setpgid(pid, pgid, rc, errno));
        }
        jobs_add_process(j, pid, text, c.jc);
    }
    return pid;
}

/* The field a word of literal parts stands for, its quotes removed; NULL when expanding it
 * could do more than that: unquoted glob, tilde, brace or extglob characters ( *?[ ~ { and
 * the ( of @(...) ). Quoted text is taken as it is. */
static char *literal_field(const struct word *w)
{
    struct strbuf sb = {0};
    sb_addn(&sb, "", 0); /* '' is an empty field, not none */
    for (size_t i = 0; i < w->nparts; i++) {
        const struct part *pt = &w->parts[i];
        if (pt->kind != PART_LIT || (!pt->quoted && pt->lit.text[strcspn(pt->lit.text, "*?[~{(")])) {
            sb_release(&sb);
            return NULL;
        }
        sb_addn(&sb, pt->lit.text, pt->lit_len);
    }
    return sb_detach(&sb);
}

/* The PATH walk leaves the hash table alone, as the lookup in a forked child would. */
char *spawn_plain_command(const struct node *n, struct strvec *argv)
{
    if (n->kind != NODE_SIMPLE || n->redirs || node_assigns(n) || !n->simple.args || opt.xtrace)
        return NULL;
    for (const struct word *w = n->simple.args; w; w = w->next) {
        char *field = literal_field(w);
        if (!field) {
            strvec_clear(argv);
            return NULL;
        }
        strvec_push(argv, field);
    }
    const char *name = argv->v[0];
    const char *path = vars_get("PATH");
    char *found = *name && !builtin_find(name) && !functions_find(name) && path
                      ? search_command(name, path) : NULL;
    if (!found)
        strvec_clear(argv);
    return found;
}
