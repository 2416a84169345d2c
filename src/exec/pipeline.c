/* pipeline.c — pipelines of two or more commands (XCU 2.9.2): one process per stage, joined by
 * pipes, all in one job (jobs.h); eval.c handles `!` and single commands. */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/explain.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

/* Pipe ends must not sit on 0, 1 or 2 (possible when the shell runs with one of them closed):
 * a stage's dup2 onto its standard input or output would then clobber the other end. */
static int open_pipe(int p[2])
{
    if (fd_pipe(p) < 0)
        return -1;
    for (int k = 0; k < 2; k++)
        if (p[k] <= STDERR_FILENO)
            p[k] = fd_move_high(p[k]);
    return 0;
}

/* In a stage's process: from (close-on-exec) becomes fd to. */
static void install(int from, int to)
{
    if (from < 0)
        return;
    int rc = dup2(from, to);
    EXPLAIN(explain_dup2(from, to, rc, errno));
    close(from);
}

/* What `set -o explain` calls a stage: its command name, or what kind of command it is. */
static const char *stage_name(const struct node *stage)
{
    const char *name = stage->kind == NODE_SIMPLE && stage->simple.args
                           ? word_literal(stage->simple.args)
                           : NULL;
    return name ? name : "a compound command";
}

/* Starts a stage found by spawn_plain_command with vfork (spawn.c) instead of a forked shell
 * that would only exec it, its standard input from prev and output to out (-1: the shell's
 * own). Returns the pid, or -1 (nothing happened: fork instead). */
static pid_t spawn_stage(const struct node *stage, int prev, int out, struct job *j,
                         unsigned flags, const char *text)
{
    struct strvec argv = {0};
    char *path = spawn_plain_command(stage, &argv);
    pid_t pid = -1;
    if (path) {
        int moves[4], n = 0;
        if (prev >= 0) {
            moves[2 * n] = prev;
            moves[2 * n++ + 1] = STDIN_FILENO;
        }
        if (out >= 0) {
            moves[2 * n] = out;
            moves[2 * n++ + 1] = STDOUT_FILENO;
        }
        pid = spawn_exec(j, flags, text, path, strvec_argv(&argv), moves, n);
    }
    free(path);
    strvec_clear(&argv);
    return pid;
}

/* shopt lastpipe (conch mode, as bash): the last stage runs in the shell, its standard input
 * from the pipe, so `echo x | read v` sets v. Only without job control: the shell cannot be
 * both a stage and the owner of the terminal's foreground group. */
static bool last_in_shell(const struct node *n, const struct job *bg)
{
    return !bg && n->pipeline.ncmds > 1 && opt.lastpipe && options_extensions() && !jobs_control_active();
}

static int run_last_stage(struct node *stage, int in)
{
    int saved = fd_dup_high(STDIN_FILENO); /* -1 if the shell's stdin is closed */
    if (dup2(in, STDIN_FILENO) < 0) {
        error_errno("dup2");
        close(in);
        if (saved >= 0)
            close(saved);
        return 1;
    }
    close(in);
    int status = exec_node(stage, 0);
    if (saved >= 0) {
        dup2(saved, STDIN_FILENO);
        close(saved);
    } else {
        close(STDIN_FILENO);
    }
    return status;
}

int exec_pipeline(struct node *n, struct job *bg)
{
    struct job *j = bg;
    /* Texts are shown by `jobs` and "[1]+ Stopped": a foreground pipeline without job control
     * never appears there, so it is not unparsed (once whole and once per stage) for nothing. */
    bool want_text = bg || jobs_control_active();
    if (!j) {
        struct strbuf text = {0};
        if (want_text)
            unparse_node(&text, n);
        j = jobs_new(sb_str(&text));
        sb_release(&text);
    }
    /* XCU 2.9.3: without job control an asynchronous list reads /dev/null by default. */
    bool null_stdin = bg && !jobs_control_active();
    unsigned flags = bg ? FORK_ASYNC : FORK_FOREGROUND;
    bool fast = spawn_usable(flags);
    int prev = -1; /* read end of the pipe from the previous stage */
    bool failed = false;
    bool here = last_in_shell(n, bg);
    size_t nforks = n->pipeline.ncmds - here;
    for (size_t i = 0; i < nforks && !failed; i++) {
        struct node *stage = n->pipeline.cmds[i];
        int p[2] = {-1, -1};
        if (i + 1 < n->pipeline.ncmds && open_pipe(p) < 0) {
            error_errno("pipe");
            break;
        }
        if (p[0] >= 0)
            EXPLAIN(explain_pipe(p[0], p[1], stage_name(stage), stage_name(n->pipeline.cmds[i + 1])));
        struct strbuf text = {0};
        if (want_text)
            unparse_node(&text, stage);
        pid_t pid = fast ? spawn_stage(stage, prev, p[1], j, flags, sb_str(&text)) : -1;
        if (pid < 0)
            pid = exec_fork(j, flags, sb_str(&text));
        sb_release(&text);
        if (pid == 0) {
            if (prev >= 0) {
                install(prev, STDIN_FILENO);
            } else if (null_stdin) {
                int fd = open("/dev/null", O_RDONLY);
                if (fd >= 0 && fd != STDIN_FILENO)
                    install(fd, STDIN_FILENO);
            }
            if (p[0] >= 0)
                close(p[0]);
            install(p[1], STDOUT_FILENO);
            exec_exit(exec_node(stage, EXEC_NOFORK));
        }
        failed = pid < 0;
        if (prev >= 0)
            close(prev);
        if (p[1] >= 0)
            close(p[1]);
        prev = p[0];
    }
    if (here && !failed && prev >= 0) {
        int status = run_last_stage(n->pipeline.cmds[nforks], prev);
        /* The others' status counts only for pipefail, when the last stage succeeded. */
        int others = j->nprocs ? jobs_wait_foreground(j) : (jobs_remove(j), 0);
        return status || !opt.pipefail ? status : others;
    }
    if (prev >= 0)
        close(prev);
    if (bg)
        return 0;
    if (j->nprocs == 0) {
        jobs_remove(j);
        return 2;
    }
    /* The last stage's status, or with pipefail the last non-zero one (jobs.c). */
    return jobs_wait_foreground(j);
}
