/* simple.c — simple commands (XCU 2.9.1): expansion, assignments, redirections, then the
 * command search: special builtins, functions, other builtins, PATH (exec/search.c). */
#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The variable assignments of one command, expanded: names from the tree, values malloc'd. */
struct assigns {
    const struct assign *list;
    char **values;
};

/* ---- set -x (XCU set -x): PS4, then the expanded assignments and fields -------------------- */

/* Quotes a field for the trace only when the shell would read it differently unquoted. */
static void add_quoted(struct strbuf *sb, const char *s)
{
    if (*s && !s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                           "_@%+=:,./-")]) {
        sb_adds(sb, s);
        return;
    }
    sb_addc(sb, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            sb_adds(sb, "'\\''");
        else
            sb_addc(sb, *s);
    }
    sb_addc(sb, '\'');
}

static void add_ps4(struct strbuf *sb)
{
    const char *ps4 = vars_get("PS4");
    if (!ps4)
        return;
    if (!strpbrk(ps4, "$`\\")) {
        sb_adds(sb, ps4);
        return;
    }
    /* XCU 2.5.3 PS4: expanded like the other prompts, parameter expansion included. */
    struct arena *a = arena_new();
    struct word *w = parse_dquoted_text(a, ps4, "PS4");
    char *text = w ? expand_word_string(w, EXPAND_PLAIN) : NULL;
    if (text)
        sb_adds(sb, text);
    free(text);
    arena_unref(a);
}

static void xtrace(const struct assigns *as, char **argv)
{
    static bool busy; /* a command substitution in PS4 is not traced (nor is it endless) */
    if (busy)
        return;
    busy = true;
    struct strbuf sb = {0};
    add_ps4(&sb);
    const char *sep = "";
    size_t i = 0;
    for (const struct assign *a = as->list; a; a = a->next, i++) {
        sb_adds(&sb, sep);
        sb_adds(&sb, a->name);
        sb_addc(&sb, '=');
        add_quoted(&sb, as->values[i]);
        sep = " ";
    }
    for (; argv && *argv; argv++) {
        sb_adds(&sb, sep);
        add_quoted(&sb, *argv);
        sep = " ";
    }
    sb_addc(&sb, '\n');
    ssize_t r = write(STDERR_FILENO, sb.s, sb.len);
    (void)r;
    sb_release(&sb);
    busy = false;
}

/* ---- Assignments ------------------------------------------------------------------------------
 * XCU 2.9.1: before a special builtin, or with no command name, they change the shell; before a
 * function or another builtin they last for that command only (a scope popped afterwards, like
 * bash --posix); before an external command they only go into its environment. */

/* A failed assignment (readonly) is a "variable assignment error" of XCU 2.8.1: the shell
 * abandons the command, and a non-interactive shell exits. */
static int assignment_error(void)
{
    if (sh.flow == FLOW_NORMAL)
        sh.flow = FLOW_ABORT;
    return 1;
}

static int assign_persistent(const struct assigns *as)
{
    size_t i = 0;
    for (const struct assign *a = as->list; a; a = a->next, i++)
        if (vars_set(a->name, as->values[i], 0) < 0)
            return -1;
    return 0;
}

/* The caller has pushed a variable scope, which vars_scope_pop undoes. */
static int assign_temporary(const struct assigns *as)
{
    size_t i = 0;
    for (const struct assign *a = as->list; a; a = a->next, i++) {
        if (vars_flags(a->name) & VAR_READONLY) {
            vars_set(a->name, as->values[i], 0); /* for its message */
            return -1;
        }
        vars_make_local(a->name);
        if (vars_set(a->name, as->values[i], VAR_EXPORT) < 0)
            return -1;
    }
    return 0;
}

/* ---- Running what was found -------------------------------------------------------------- */

static void flush_stdout(void)
{
    if (fflush(stdout) != 0)
        clearerr(stdout); /* builtin_flush reported it; later output must not stay stuck */
}

/* Text for the job table, only computed when a process is really started. */
static char *job_text(const struct node *n, char **argv)
{
    struct strbuf sb = {0};
    if (n) {
        unparse_node(&sb, n);
    } else {
        for (char **p = argv; *p; p++) {
            if (p != argv)
                sb_addc(&sb, ' ');
            add_quoted(&sb, *p);
        }
    }
    return sb_detach(&sb);
}

static int run_builtin(const struct builtin *b, int argc, char **argv, const struct assigns *as,
                       const struct redir *redirs, bool special)
{
    struct redir_undo *undo = NULL;
    int status;
    if (special) {
        if (as->list && assign_persistent(as) < 0)
            return assignment_error();
    } else if (as->list) {
        vars_scope_push();
        if (assign_temporary(as) < 0) {
            vars_scope_pop();
            return assignment_error();
        }
    }
    /* `exec` without a command (also as `command exec`) makes its redirections permanent. */
    bool keep = (b->fn == builtin_exec && argc == 1)
                || (b->fn == builtin_command && argc == 2 && strcmp(argv[1], "exec") == 0);
    if (redirs && redir_apply(redirs, keep ? NULL : &undo) < 0) {
        /* XCU 2.8.1: a redirection error ends a non-interactive shell for special builtins. */
        status = 1;
        if (special && sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
    } else {
        status = b->fn(argc, argv);
        flush_stdout();
        /* `command` takes the special properties away: an error does not abort. */
        if (!special && (b->flags & BUILTIN_SPECIAL) && sh.flow == FLOW_ABORT)
            sh.flow = FLOW_NORMAL;
    }
    redir_restore(undo);
    if (!special && as->list)
        vars_scope_pop();
    return status;
}

/* XCU 2.9.5 Function Definition Command: the body runs in the current environment with the
 * arguments as positional parameters; `return` (FLOW_RETURN) ends it. Kept small: every level
 * of shell recursion nests this frame on the C stack. */
static int call_function(struct function *f, int argc, char **argv, const struct assigns *as,
                         const struct redir *redirs)
{
    if (sh.func_depth >= sh.max_func_depth) {
        shell_error("%s: maximum function nesting level exceeded (%d)", argv[0], sh.max_func_depth);
        if (sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
        return 2;
    }
    struct node *body = f->body;
    struct arena *arena = f->arena; /* f itself may be redefined or unset while it runs */
    struct redir_undo *undo = NULL;
    int status;
    arena_ref(arena);
    vars_scope_push(); /* for `local` and the temporary assignments */
    if (as->list && assign_temporary(as) < 0) {
        status = assignment_error();
    } else if (redirs && redir_apply(redirs, &undo) < 0) {
        status = 1;
    } else {
        struct saved_params saved = shell_push_params(argc - 1, argv + 1);
        int loop_depth = sh.loop_depth; /* break and continue do not reach the caller's loops */
        sh.loop_depth = 0;
        sh.func_depth++;
        status = exec_node(body, 0);
        sh.func_depth--;
        sh.loop_depth = loop_depth;
        if (sh.flow == FLOW_RETURN)
            sh.flow = FLOW_NORMAL;
        shell_pop_params(saved);
    }
    redir_restore(undo);
    vars_scope_pop();
    arena_unref(arena);
    return status;
}

/* The "not found" message goes where the command's stderr would have gone (`x 2>/dev/null`). */
static int not_found(const char *name, const struct redir *redirs)
{
    struct redir_undo *undo = NULL;
    if (redirs && redir_apply(redirs, &undo) < 0) {
        redir_restore(undo);
        return 1;
    }
    shell_error("%s: not found", name);
    redir_restore(undo);
    return 127;
}

bool exec_can_replace(void)
{
    for (int sig = 0; sig < NSIG; sig++) {
        const char *action = trap_get(sig);
        if (action && *action)
            return false;
    }
    return true;
}

/* In the process that is to become the command: environment, redirections, execve. */
static void __attribute__((noreturn))
become(const char *path, char **argv, const struct assigns *as, const struct redir *redirs)
{
    size_t i = 0;
    for (const struct assign *a = as->list; a; a = a->next, i++)
        vars_set(a->name, as->values[i], VAR_EXPORT); /* readonly ones were refused before */
    if (redirs && redir_apply(redirs, NULL) < 0)
        _exit(1);
    _exit(exec_execve(path, argv));
}

/* XCU 2.9.1.6: a utility in another process; the shell waits for it (jobs.h). */
static int run_external(const struct node *n, char **argv, const struct assigns *as,
                        const struct redir *redirs, unsigned flags, const char *pathvar)
{
    size_t i = 0;
    for (const struct assign *a = as->list; a; a = a->next, i++) {
        if (strcmp(a->name, "PATH") == 0)
            pathvar = as->values[i]; /* XCU 2.9.1.4: PATH=... cmd searches the new PATH */
        if (vars_flags(a->name) & VAR_READONLY) {
            vars_set(a->name, as->values[i], 0); /* for its message */
            return assignment_error();
        }
    }
    char *path = search_command(argv[0], pathvar);
    if (!path)
        return not_found(argv[0], redirs);
    if ((flags & EXEC_NOFORK) && exec_can_replace())
        become(path, argv, as, redirs);
    char *text = job_text(n, argv);
    fflush(stdout);
    struct job *j = jobs_new(text);
    pid_t pid = exec_fork(j, true, false, text);
    if (pid == 0)
        become(path, argv, as, redirs);
    free(path);
    free(text);
    return jobs_wait_foreground(j);
}

/* XCU 2.9.1.4 Command Search and Execution, in conch's order: special builtins, functions,
 * other builtins (all of them before PATH, as POSIX 2024 allows for intrinsic utilities). */
static int run_command(const struct node *n, int argc, char **argv, const struct assigns *as,
                       const struct redir *redirs, unsigned flags, unsigned lookup)
{
    const struct builtin *b = builtin_find(argv[0]);
    if (b && (b->flags & BUILTIN_SPECIAL))
        return run_builtin(b, argc, argv, as, redirs, !(lookup & EXEC_LOOKUP_NOSPECIAL));
    if (!(lookup & EXEC_LOOKUP_NOFUNC)) {
        struct function *f = functions_find(argv[0]);
        if (f)
            return call_function(f, argc, argv, as, redirs);
    }
    if (b)
        return run_builtin(b, argc, argv, as, redirs, false);
    const char *pathvar = NULL;
    char defpath[1024];
    if (lookup & EXEC_LOOKUP_DEFPATH) {
        size_t len = confstr(_CS_PATH, defpath, sizeof defpath);
        pathvar = len > 0 && len <= sizeof defpath ? defpath : "/bin:/usr/bin";
    }
    return run_external(n, argv, as, redirs, flags, pathvar);
}

int exec_argv(int argc, char **argv, unsigned lookup)
{
    struct assigns none = {0};
    if (argc <= 0)
        return 0;
    return run_command(NULL, argc, argv, &none, NULL, 0, lookup);
}

/* XCU 2.9.1.1: with no command name, assignments change the shell and redirections are done
 * and undone; the status is that of the last command substitution, or 0. */
static int no_command(const struct node *n, const struct assigns *as, unsigned nsubs)
{
    if (as->list && assign_persistent(as) < 0)
        return assignment_error();
    struct redir_undo *undo = NULL;
    int status = 0;
    if (n->redirs && redir_apply(n->redirs, &undo) < 0)
        status = 1;
    redir_restore(undo);
    if (status == 0 && exec_cmdsub_count != nsubs)
        status = sh.last_status;
    return status;
}

int exec_simple(struct node *n, unsigned flags)
{
    struct strvec args = {0};
    struct assigns as = {n->simple.assigns, NULL};
    struct strvec values = {0};
    unsigned nsubs = exec_cmdsub_count;
    int status;

    sh.lineno = n->lineno;
    /* XCU 2.9.1.1 steps 2 and 4: the words, then the assignments, then (in whatever runs the
     * command) the redirections, as dash orders them. */
    if (n->simple.args && expand_words(n->simple.args, &args) < 0)
        goto expansion_error;
    for (const struct assign *a = as.list; a; a = a->next) {
        char *v = expand_word_string(a->value, EXPAND_ASSIGN);
        if (!v)
            goto expansion_error;
        strvec_push(&values, v);
    }
    as.values = values.v;
    if (opt.xtrace)
        xtrace(&as, args.v);
    if (args.n == 0)
        status = no_command(n, &as, nsubs);
    else
        status = run_command(n, (int)args.n, args.v, &as, n->redirs, flags, 0);
    strvec_clear(&args);
    strvec_clear(&values);
    return status;

expansion_error:
    /* XCU 2.8.1: an expansion error abandons the command; a non-interactive shell exits. */
    strvec_clear(&args);
    strvec_clear(&values);
    if (sh.flow == FLOW_NORMAL && !sh.interactive)
        sh.flow = FLOW_ABORT;
    return 1;
}
