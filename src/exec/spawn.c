/* spawn.c — the quick way to start a utility (XCU 2.9.1.6): vfork and execve for simple.c and
 * pipeline.c when nothing but dup2 and execve has to happen in the child; else exec/fork.c. */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/explain.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
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
 * must not run here, in its memory: SIGCHLD, the only signal caught in a shell with no traps
 * that is not interactive (spawn_usable), goes back to the default before anything is
 * unblocked. Ignored signals stay ignored across execve, exactly as trap_reset_for_exec leaves
 * them in such a shell. Nothing here writes to memory but child_errno: not errno's users, not
 * the exit handlers. */

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

static void __attribute__((noreturn, noinline))
child(const char *path, char *const argv[], char *const envp[], const int *moves, int nmoves)
{
    for (int i = 0; i < nmoves; i++) {
        int rc = dup2(moves[2 * i], moves[2 * i + 1]);
        EXPLAIN(explain_dup2(moves[2 * i], moves[2 * i + 1], rc, errno));
        if (rc < 0) {
            child_errno = errno ? errno : EBADF;
            child_exit();
        }
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGCHLD, &dfl, NULL);
    exec_restore_limits();
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    EXPLAIN(explain_execve(path, argv));
    execve(path, argv, envp);
    child_errno = errno ? errno : ENOEXEC;
    EXPLAIN(explain_execve_failed(path, child_errno));
    child_exit();
}

/* The conditions under which a foreground command's child would do nothing in the fork path
 * but trap_reset_for_exec and execve, and trap_reset_for_exec would only unblock signals:
 * no job control (no process group, no terminal to hand over), not interactive (no signals
 * ignored or caught for the shell's own sake), no trap actions (no handler but SIGCHLD's).
 * Redirections are the caller's business (they run shell code in the child). */
bool spawn_usable(void)
{
    return !jobs_control_active() && !sh.interactive && exec_can_replace();
}

pid_t spawn_exec(const char *path, char **argv, const int *moves, int nmoves)
{
    /* Built in the parent, where the cache outlives the command. */
    char **envp = vars_environ_for(path);
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
        child(path, argv, envp, moves, nmoves);
    int e = pid < 0 ? errno : child_errno;
    if (pid > 0 && !e)
        EXPLAIN(explain_vfork(pid, path));
    if (pid > 0 && e) {
        /* Reaped before SIGCHLD is unblocked, so jobs.c never sees this process. */
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
        pid = -1;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return pid;
}
