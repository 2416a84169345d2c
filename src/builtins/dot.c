/* dot.c — the dot special builtin (XCU dot), also called `source`: reads a file whole and runs
 * it in the current environment through the read-parse-run loop (exec/run.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/parse.h"
#include "shell/callstack.h"
#include "shell/shell.h"
#include "shell/vars.h"
#include "lib/compat.h"
#include "shell/options.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool readable_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode) && access(path, R_OK) == 0;
}

/* XCU dot: a name without '/' is looked for in PATH; the file need only be readable. conch
 * mode then tries the current directory, as bash does when not in POSIX mode. */
static char *find_file(const char *name)
{
    if (strchr(name, '/'))
        return xstrdup(name);
    const char *path = vars_get("PATH");
    struct strbuf sb = {0};
    for (const char *p = path ? path : ""; path;) {
        const char *end = strchrnul(p, ':');
        sb_truncate(&sb, 0);
        if (end > p) {
            sb_addn(&sb, p, end - p);
            sb_addc(&sb, '/');
        }
        sb_adds(&sb, name);
        if (readable_file(sb_str(&sb)))
            return sb_detach(&sb);
        if (!*end)
            break;
        p = end + 1;
    }
    sb_release(&sb);
    if (options_extensions() && readable_file(name))
        return xstrdup(name);
    return NULL;
}

static int read_file(const char *path, struct strbuf *text)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int r = sb_read_fd(text, fd);
    int e = errno;
    close(fd);
    errno = e;
    return r;
}

/* XCU 2.8.1: dot is a special builtin, so a file it cannot find or read ends a non-interactive
 * shell (status 1, as bash and the smoosh suite expect). */
static int dot_error(void)
{
    sh.flow = FLOW_ABORT;
    return 1;
}

int builtin_dot(int argc, char **argv)
{
    int i = builtin_operands(argc, argv);
    if (i < 0) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
        return 2;
    }
    if (i >= argc) {
        sh.flow = FLOW_ABORT;
        return builtin_usage_error(argv[0], "filename argument required");
    }
    const char *name = argv[i];
    char *path = find_file(name);
    if (!path) {
        shell_error("%s: %s: not found", argv[0], name);
        return dot_error();
    }
    struct strbuf text = {0};
    if (read_file(path, &text) < 0) {
        if (errno == ENOENT)
            shell_error("%s: %s: not found", argv[0], name);
        else
            shell_error("%s: %s: %s", argv[0], name, strerror(errno));
        sb_release(&text);
        free(path);
        return dot_error();
    }
    if (sh.dot_depth >= sh.max_func_depth || exec_stack_exhausted()) {
        shell_error("%s: %s: maximum nesting level exceeded (%d)", argv[0], name, sh.dot_depth);
        sb_release(&text);
        free(path);
        return dot_error();
    }
    /* Operands after the file become its positional parameters while it runs (as in bash and
     * ksh; XCU leaves them unspecified). */
    bool own_params = i + 1 < argc;
    struct saved_params saved = {0};
    if (own_params)
        saved = shell_push_params(argc - i - 1, argv + i + 1);
    struct call_frame frame;
    callstack_push(&frame, NULL, path); /* before script_name changes: the caller's file */
    const char *script_name = sh.script_name;
    sh.script_name = path; /* messages name the file being read */
    sh.dot_depth++;
    struct parser *p = parser_new_string(sb_str(&text), path, 1);
    int status = exec_parser(p);
    parser_free(p);
    callstack_pop(&frame);
    sh.dot_depth--;
    sh.script_name = script_name;
    if (sh.flow == FLOW_RETURN)
        sh.flow = FLOW_NORMAL;
    if (own_params)
        shell_pop_params(saved);
    sb_release(&text);
    free(path);
    return status;
}
