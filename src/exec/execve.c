/* execve.c — the last step of running a utility (XCU 2.9.1.6): execve, the errors 126 and 127,
 * and files the kernel will not run, which become conch scripts (XCU 2.9.1.4 1.e.i.b). */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/fork.h"
#include "exec/explain.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "lib/strvec.h"
#include "parse/parse.h"
#include "shell/alias.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- The stack limit ---------------------------------------------------------------------------
 * Shell functions recurse on the C stack (eval.c -> simple.c -> eval.c). With the default 8 MiB
 * a sanitizer build cannot reach sh.max_func_depth levels, so the limit is raised at start-up
 * (the main thread's stack grows on demand up to it) and put back for every program we run. */
enum { WANTED_STACK = 256 << 20, STACK_RESERVE = 1 << 20 };
static struct rlimit original_stack;
static bool stack_raised;
/* Where the stack was at start-up and how far it may grow, for exec_stack_exhausted. */
const char *exec_stack_base;
size_t exec_stack_room, exec_stack_slack;

void exec_raise_limits(void)
{
    char here;
    exec_stack_base = &here;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0)
        return;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < WANTED_STACK) {
        original_stack = rl;
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > WANTED_STACK ? WANTED_STACK : rl.rlim_max;
        stack_raised = setrlimit(RLIMIT_STACK, &rl) == 0;
        if (!stack_raised)
            rl = original_stack;
    }
    size_t limit = rl.rlim_cur == RLIM_INFINITY ? (size_t)WANTED_STACK : (size_t)rl.rlim_cur;
    exec_stack_room = limit > 2 * STACK_RESERVE ? limit - STACK_RESERVE : limit / 2;
    exec_stack_slack = (limit - exec_stack_room) / 4;
}

void exec_restore_limits(void)
{
    if (stack_raised)
        setrlimit(RLIMIT_STACK, &original_stack);
}

/* ---- Scripts without #! -------------------------------------------------------------------------
 * XCU 2.9.1.4: when execve fails with ENOEXEC, "the shell shall execute a command equivalent to
 * having a shell invoked with the pathname ... as its first operand". This process becomes that
 * new shell: only exported variables survive, and functions, aliases, options and traps go. */
static void unset_unexported(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)value;
    if (!(flags & (VAR_EXPORT | VAR_READONLY)))
        strvec_pushdup(ctx, name);
}

static void unset_function(struct function *f, void *ctx)
{
    strvec_pushdup(ctx, f->name);
}

static void forget_state(void)
{
    struct strvec names = {0};
    vars_foreach(0, unset_unexported, &names);
    for (size_t i = 0; i < names.n; i++)
        vars_unset(names.v[i]);
    strvec_clear(&names);
    vars_init(NULL); /* IFS, PS1, PS2, PS4, OPTIND and PPID as a new shell has them */
    functions_foreach(unset_function, &names);
    for (size_t i = 0; i < names.n; i++)
        functions_unset(names.v[i]);
    strvec_clear(&names);
    alias_unset_all();
    search_hash_forget();
    trap_reset_for_new_shell();
    jobs_forget_all();
    memset(&opt, 0, sizeof opt);
    sh.flow = FLOW_NORMAL;
    sh.last_status = 0;
    sh.last_bg_pid = 0;
    sh.loop_depth = sh.func_depth = sh.dot_depth = sh.errexit_suppressed = 0;
    sh.interactive = sh.login = sh.subshell = false;
    sh.pid = getpid();
    exec_reset_toplevel();
}

/* A file with a NUL byte in its first line is a binary the kernel did not want, not a script. */
static bool looks_binary(int fd)
{
    char buf[256];
    ssize_t n = pread(fd, buf, sizeof buf, 0);
    if (n <= 0)
        return false;
    const char *nl = memchr(buf, '\n', (size_t)n);
    return memchr(buf, '\0', nl ? (size_t)(nl - buf) : (size_t)n) != NULL;
}

static void __attribute__((noreturn)) run_as_script(const char *path, char **argv)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        shell_error("%s: %s", argv[0], strerror(errno));
        _exit(126);
    }
    if (looks_binary(fd)) {
        shell_error("%s: cannot execute binary file", argv[0]);
        _exit(126);
    }
    if (redir_script_fd >= 0 && redir_script_fd != fd)
        close(redir_script_fd); /* the shell being replaced was reading it */
    forget_state();
    fd = redir_keep_script_fd(fd);
    int argc = 0;
    while (argv[argc])
        argc++;
    char *name = xstrdup(path);
    free(sh.arg0);
    sh.arg0 = name;
    sh.script_name = name;
    shell_set_params(argc - 1, argv + 1);
    struct parser *p = parser_new_fd(fd, name);
    int status = exec_parser(p);
    parser_free(p);
    exec_exit(status);
}

/* ---- execve ------------------------------------------------------------------------------------ */
int exec_execve(const char *path, char **argv)
{
    exec_prepare_exec();
    exec_restore_limits();
    EXPLAIN(explain_execve(path, argv));
    execve(path, argv, vars_environ_for(path));
    int e = errno;
    EXPLAIN(explain_execve_failed(path, e));
    if (e == ENOEXEC)
        run_as_script(path, argv);
    /* Back in the shell: what exec_prepare_exec changed must hold for it again. */
    if (stack_raised) {
        struct rlimit rl = original_stack;
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > WANTED_STACK ? WANTED_STACK : rl.rlim_max;
        setrlimit(RLIMIT_STACK, &rl);
    }
    if (sh.interactive)
        trap_set_interactive(opt.monitor);
    if (e == ENOENT && !strchr(argv[0], '/')) {
        search_hash_remove(argv[0]); /* it moved or went away since we remembered it */
        shell_error("%s: not found", argv[0]);
        return 127;
    }
    struct stat st;
    if (e == EACCES && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        e = EISDIR;
    shell_error("%s: %s", argv[0], strerror(e));
    return e == ENOENT ? 127 : 126;
}
