/* cmdsub.c — command substitution (XCU 2.6.3): the body runs in a subshell whose standard output
 * is a pipe; expansion (exec/expand.c) gets the text with trailing newlines removed. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

unsigned exec_cmdsub_count;
int exec_cmdsub_status;

/* Appends what is read from fd until end of file, without the NUL bytes a shell variable
 * cannot hold (bash and dash drop them too). */
static void read_all(int fd, struct strbuf *sb)
{
    char buf[8192];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (n == 0)
            break;
        const char *p = buf, *end = buf + n;
        while (p < end) {
            const char *nul = memchr(p, '\0', (size_t)(end - p));
            size_t len = nul ? (size_t)(nul - p) : (size_t)(end - p);
            sb_addn(sb, p, len);
            p += len + (nul != NULL);
        }
    }
}

/* ---- Without a subshell -------------------------------------------------------------------
 * $(echo "$x") and $(printf ...) are the commonest substitutions, and a fork costs far more
 * than the builtin. Their subshell can be left out when nothing it does could reach the shell:
 * no assignments or redirections, only literal text and plain parameters in the words (no
 * ${x=w} or $((x+=1)) to assign, no ${x?} or set -u to abort, no nested substitution), and
 * echo and printf are the builtins, not functions. Their output goes straight into the
 * result (sh.cmdsub_out): no pipe, no file, no descriptor moved, no system call at all. */
static struct node *lone_command(struct node *body)
{
    if (body->kind == NODE_LIST && !body->list.items->next && !body->list.items->async)
        return body->list.items;
    return body;
}

static struct node *inline_body(struct node *body)
{
    body = lone_command(body);
    if (body->kind != NODE_SIMPLE || body->redirs || node_assigns(body) || !body->simple.args
        || opt.nounset)
        return NULL;
    const char *name = word_literal(body->simple.args);
    const struct builtin *b = name ? builtin_find(name) : NULL;
    if (!b || !(b->flags & BUILTIN_CMDSUB_INLINE) || functions_find(name))
        return NULL;
    /* `$(printf -v x ...)` assigns x in its subshell only: any first operand that is or may
     * be an option keeps the fork. */
    const struct word *op1 = body->simple.args->next;
    const char *lit1 = op1 ? word_literal(op1) : NULL;
    if ((b->flags & BUILTIN_OPTION_ASSIGNS) && op1
        && (!lit1 || (lit1[0] == '-' && strcmp(lit1, "--") != 0)))
        return NULL;
    for (const struct word *w = body->simple.args; w; w = w->next)
        for (size_t i = 0; i < w->nparts; i++) {
            const struct part *pt = &w->parts[i];
            if (pt->kind != PART_LIT && !(pt->kind == PART_PARAM && pt->param_op == PARAM_PLAIN))
                return NULL;
        }
    return body;
}

/* Runs n (from inline_body) with its output appended to out. */
static void run_inline(struct node *n, struct strbuf *out)
{
    int lineno = sh.lineno;
    enum flow flow = sh.flow;
    struct strbuf *outer = sh.cmdsub_out;
    size_t start = out->len;
    sh.lineno = n->lineno;
    sh.cmdsub_out = out;
    /* exec_simple, not exec_node: a failure must not trip set -e here, only in the command
     * that uses the result (as when the subshell's status comes back). */
    exec_cmdsub_status = exec_simple(n, 0);
    sh.cmdsub_out = outer;
    sh.lineno = lineno;
    sh.flow = flow; /* whatever the builtin did would have ended with its subshell */
    /* The NULs that read_all drops from a subshell's output (printf '\\0'). */
    size_t k = start;
    for (size_t i = start; i < out->len; i++)
        if (out->s[i] != '\0')
            out->s[k++] = out->s[i];
    sb_truncate(out, k);
}

/* ---- A utility alone ------------------------------------------------------------------------
 * $(cat file), $(uname -s): a forked shell would only exec the utility, so it is started with
 * vfork (spawn.c), its standard output the pipe's write end. The parent reads the pipe once
 * vfork returns, when the child has exec'd (or died: then the fork path reports why). */
static pid_t spawn_body(struct node *body, struct job *j, int out)
{
    struct strvec argv = {0};
    char *path = spawn_plain_command(lone_command(body), &argv);
    pid_t pid = -1;
    if (path) {
        int moves[2] = {out, STDOUT_FILENO};
        pid = spawn_exec(j, FORK_IN_SHELL_GROUP, "command substitution", path,
                         strvec_argv(&argv), moves, 1);
    }
    free(path);
    strvec_clear(&argv);
    return pid;
}

char *exec_cmdsub(struct node *body)
{
    exec_cmdsub_count++;
    struct strbuf out = {0};
    if (!body) {
        exec_cmdsub_status = 0;
        return sb_detach(&out);
    }
    struct node *simple = inline_body(body);
    if (simple) {
        run_inline(simple, &out);
        goto done;
    }
    int p[2];
    if (fd_pipe(p) < 0) {
        error_errno("command substitution");
        exec_cmdsub_status = 2;
        return sb_detach(&out);
    }
    /* The substitution stays in the shell's process group: it is part of the command being
     * expanded, not a job of its own (a ^C meant for the foreground reaches it too). */
    struct job *j = jobs_new("command substitution");
    pid_t pid = spawn_body(body, j, p[1]);
    if (pid < 0)
        pid = exec_fork(j, FORK_IN_SHELL_GROUP, "command substitution");
    if (pid == 0) {
        close(p[0]);
        if (p[1] != STDOUT_FILENO) {
            dup2(p[1], STDOUT_FILENO);
            close(p[1]);
        } else {
            /* The shell's stdout was closed: the pipe's own close-on-exec would close it. */
            fcntl(STDOUT_FILENO, F_SETFD, 0);
        }
        int status = exec_node(body, EXEC_NOFORK);
        exec_exit(status);
    }
    close(p[1]);
    if (pid > 0)
        read_all(p[0], &out);
    close(p[0]);
    exec_cmdsub_status = pid > 0 ? jobs_wait_foreground(j) : 2;
    if (pid < 0)
        jobs_remove(j);
done:;
    /* XCU 2.6.3: "removing sequences of one or more <newline> characters at the end". */
    size_t len = out.len;
    while (len > 0 && out.s[len - 1] == '\n')
        len--;
    sb_truncate(&out, len);
    return sb_detach(&out);
}
