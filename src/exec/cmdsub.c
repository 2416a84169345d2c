/* cmdsub.c — command substitution (XCU 2.6.3): the body runs in a subshell whose standard output
 * is a pipe; expansion (exec/expand.c) gets the text with trailing newlines removed. */
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <errno.h>
#include <fcntl.h>
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

char *exec_cmdsub(struct node *body)
{
    exec_cmdsub_count++;
    struct strbuf out = {0};
    if (!body) {
        exec_cmdsub_status = 0;
        return sb_detach(&out);
    }
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) {
        error_errno("command substitution");
        exec_cmdsub_status = 2;
        return sb_detach(&out);
    }
    /* The substitution stays in the shell's process group: it is part of the command being
     * expanded, not a job of its own (a ^C meant for the foreground reaches it too). */
    bool monitor = opt.monitor;
    opt.monitor = false;
    struct job *j = jobs_new("command substitution");
    pid_t pid = exec_fork(j, false, false, "command substitution");
    opt.monitor = monitor;
    if (pid == 0) {
        opt.monitor = monitor; /* for $- only: a subshell never does job control */
        close(p[0]);
        if (p[1] != STDOUT_FILENO) {
            dup2(p[1], STDOUT_FILENO);
            close(p[1]);
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
    /* XCU 2.6.3: "removing sequences of one or more <newline> characters at the end". */
    size_t len = out.len;
    while (len > 0 && out.s[len - 1] == '\n')
        len--;
    sb_truncate(&out, len);
    return sb_detach(&out);
}
