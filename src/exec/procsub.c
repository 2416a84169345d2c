/* procsub.c — conch mode's process substitution (bash): <(cmd) and >(cmd) run cmd in a child
 * joined to the shell by a pipe, and expand (exec/expand.c) to the pipe's name, /dev/fd/N. */
#include "config.h"

#include "exec/exec.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "shell/shell.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The shell's ends of the pipes, open (and not close-on-exec: the command must find them
 * under their /dev/fd names) until the command that named them has finished. Substitutions
 * nest with the commands that expand them, so a mark is a count to close back down to. */
static int *open_fds;
size_t exec_procsub_open;
static size_t capopen;

/* The children, by pid: not waited for (bash does not either: a reader such as `exec 3<
 * <(cmd)` may hold the pipe long after the command), only reaped once they finish. A pid
 * rather than the job, since `wait $!` may remove the job first. */
static pid_t *children;
static size_t nchildren, capchildren;

static void remember_child(pid_t pid)
{
    if (nchildren == capchildren) {
        capchildren = capchildren ? 2 * capchildren : 8;
        children = xrealloc(children, capchildren * sizeof *children);
    }
    children[nchildren++] = pid;
}

/* Drops the children that have finished from the job list, so they are never reported. */
static void reap_children(void)
{
    if (nchildren == 0)
        return;
    jobs_reap();
    size_t k = 0;
    for (size_t i = 0; i < nchildren; i++) {
        struct job *j = jobs_find_pid(children[i]);
        if (j && jobs_is_done(j))
            jobs_remove(j);
        else if (j)
            children[k++] = children[i];
    }
    nchildren = k;
}

char *exec_procsub(struct node *body, bool out)
{
    int p[2];
    if (fd_pipe(p) < 0) {
        error_errno("process substitution");
        return NULL;
    }
    /* Like a command substitution, the child stays in the shell's process group: it is part
     * of the command being expanded, not a job of its own. */
    struct job *j = jobs_new("process substitution");
    pid_t pid = exec_fork(j, FORK_IN_SHELL_GROUP, "process substitution");
    if (pid == 0) {
        /* The other substitutions of the command are not this child's to hold open: a >(...)
         * reader must see end of file when the command closes its end. */
        for (size_t i = 0; i < exec_procsub_open; i++)
            close(open_fds[i]);
        exec_procsub_open = 0;
        nchildren = 0;
        int mine = out ? p[0] : p[1], target = out ? STDIN_FILENO : STDOUT_FILENO;
        close(out ? p[1] : p[0]);
        if (mine != target) {
            dup2(mine, target);
            close(mine);
        }
        exec_exit(exec_node(body, EXEC_NOFORK));
    }
    int keep = out ? p[1] : p[0];
    close(out ? p[0] : p[1]);
    if (pid < 0) {
        close(keep);
        jobs_remove(j);
        return NULL;
    }
    remember_child(pid);
    sh.last_bg_pid = pid; /* $! names it, as in bash, for `wait $!` */
    /* Out of the way of the script's 0-9, and open across exec for the command. */
    int fd = fd_move_high(keep);
    fcntl(fd, F_SETFD, 0);
    if (exec_procsub_open == capopen) {
        capopen = capopen ? 2 * capopen : 8;
        open_fds = xrealloc(open_fds, capopen * sizeof *open_fds);
    }
    open_fds[exec_procsub_open++] = fd;
    char name[32];
    snprintf(name, sizeof name, "/dev/fd/%d", fd);
    return xstrdup(name);
}

void exec_procsub_close_from(size_t mark)
{
    while (exec_procsub_open > mark)
        close(open_fds[--exec_procsub_open]);
    reap_children();
}
