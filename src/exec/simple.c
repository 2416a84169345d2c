/* simple.c — simple commands (XCU 2.9.1): expansion, assignments, redirections, then the
 * command search: special builtins, functions, other builtins, PATH (exec/search.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/array.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "exec/fork.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/fd.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "shell/callstack.h"
#include "shell/functions.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/specials.h"
#include "shell/vars.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One simple command on its way to run (or an argv from `command`, with no node). Passed by
 * pointer: every level of shell function recursion nests these frames on the C stack. */
struct command {
    const struct node *n;        /* for the job text; NULL from exec_argv */
    int argc;
    char **argv;
    const struct assign *assigns;
    const struct redir *redirs;
    char **targets;              /* the redirections' words, expanded (redir_expand) */
    struct strvec values;        /* the assignments' values, expanded, for set -x */
    unsigned flags, lookup;
    int trace_fd;                /* set -x: stderr from before the redirections, or -1 */
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
    sb_add_quoted(sb, s);
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

static void xtrace(const struct command *c)
{
    static bool busy; /* a command substitution in PS4 is not traced (nor is it endless) */
    if (busy)
        return;
    busy = true;
    struct strbuf sb = {0};
    add_ps4(&sb);
    const char *sep = "";
    size_t i = 0;
    for (const struct assign *a = c->assigns; a && i < c->values.n; a = a->next, i++) {
        sb_adds(&sb, sep);
        sep = " ";
        if (array_assign_needed(a)) {
            sb_adds(&sb, c->values.v[i]); /* already name[i]=... with quotes (array.c) */
            continue;
        }
        sb_adds(&sb, a->name);
        sb_addc(&sb, '=');
        add_quoted(&sb, c->values.v[i]);
    }
    for (int k = 0; k < c->argc; k++) {
        sb_adds(&sb, sep);
        add_quoted(&sb, c->argv[k]);
        sep = " ";
    }
    sb_addc(&sb, '\n');
    ssize_t r = write(c->trace_fd >= 0 ? c->trace_fd : STDERR_FILENO, sb.s, sb.len);
    (void)r;
    sb_release(&sb);
    busy = false;
}

void exec_trace_text(const char *text)
{
    struct strbuf sb = {0};
    add_ps4(&sb);
    sb_adds(&sb, text);
    sb_addc(&sb, '\n');
    ssize_t r = write(STDERR_FILENO, sb.s, sb.len);
    (void)r;
    sb_release(&sb);
}

/* ---- Assignments ------------------------------------------------------------------------------
 * XCU 2.9.1.1 step 4: each value is expanded and assigned in turn, so later ones see earlier
 * ones (x=5 y=$x). Before a special builtin, or with no command name, they change the shell;
 * before anything else they are made local to a scope the caller pushed and popped afterwards,
 * exported for the commands it runs (so a function's assignments last for the call, as in
 * bash --posix, and an external command gets them in its environment). */
enum { ASSIGN_OK, ASSIGN_EXPANSION_ERROR, ASSIGN_ERROR };
enum assign_mode {
    ASSIGN_PERSIST,        /* no command name, special builtins */
    ASSIGN_PERSIST_EXPORT, /* `exec cmd`: they stay, and cmd gets them (as dash, bash, yash) */
    ASSIGN_TEMPORARY,      /* everything else: local to the caller's scope, exported */
};

/* conch mode's NAME+=value (bash): the old value (empty when unset) with v after it. Takes v. */
static char *append_to_value(const char *name, char *v)
{
    const char *old = vars_get(name);
    if (!old || !*old)
        return v;
    struct strbuf sb = {0};
    sb_adds(&sb, old);
    sb_adds(&sb, v);
    free(v);
    return sb_detach(&sb);
}

static int do_assignments(struct command *c, enum assign_mode mode)
{
    for (const struct assign *a = c->assigns; a; a = a->next) {
        /* x+=str on a scalar (or unset) variable is a scalar assignment of the joined text,
         * temporary and exported before a command like x=str (bash). */
        bool scalar_append = a->append && !a->index && !vars_array(a->name)
                             && !(a->value->nparts == 1 && a->value->parts[0].kind == PART_ARRAY);
        if (!scalar_append && array_assign_needed(a)) {
            /* conch mode: a[i]=v, a+=v (also on a scalar), a=(...) (exec/array.c). */
            if (mode == ASSIGN_TEMPORARY && !(vars_flags(a->name) & VAR_READONLY))
                vars_make_temporary(a->name);
            char *trace = NULL;
            int r = array_assign(a, &trace);
            strvec_push(&c->values, trace ? trace : xstrdup(""));
            if (r)
                return r == 1 ? ASSIGN_EXPANSION_ERROR : ASSIGN_ERROR;
            continue;
        }
        char *v = expand_word_string(a->value, EXPAND_ASSIGN);
        if (!v)
            return ASSIGN_EXPANSION_ERROR;
        char *joined = NULL;
        if (scalar_append) {
            /* set -x shows what was written, name+=value (xtrace takes it as it is). */
            struct strbuf t = {0};
            sb_adds(&t, a->name);
            sb_adds(&t, "+=");
            add_quoted(&t, v);
            joined = append_to_value(a->name, v);
            v = sb_detach(&t);
        }
        strvec_push(&c->values, v);
        if (mode == ASSIGN_TEMPORARY && !(vars_flags(a->name) & VAR_READONLY))
            vars_make_temporary(a->name);
        int r = vars_set(a->name, joined ? joined : v, mode == ASSIGN_PERSIST ? 0 : VAR_EXPORT);
        free(joined);
        if (r < 0)
            return ASSIGN_ERROR;
    }
    /* A command run by `command` was traced as part of it. */
    if (opt.xtrace && c->n && (c->argc || c->assigns))
        xtrace(c);
    return ASSIGN_OK;
}

/* XCU 2.8.1: an expansion error abandons the command, and a non-interactive shell exits with
 * status 2 (as dash; expand.c has reported it). An interactive one: see
 * exec_expansion_error_aborts. */
static int expansion_error(void)
{
    if (expand_glob_failed) {
        expand_glob_failed = false;
        return 1;
    }
    if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
        sh.flow = FLOW_ABORT;
    return 2;
}

/* Returns 0, or the status of the failed command: 2 for an expansion error, and 2 for a
 * variable assignment error (a readonly variable), which abandons the command too and ends a
 * non-interactive shell with that status, as in dash and yash. */
static int assignments(struct command *c, enum assign_mode mode)
{
    switch (do_assignments(c, mode)) {
    case ASSIGN_OK:
        return 0;
    case ASSIGN_EXPANSION_ERROR:
        return expansion_error();
    default:
        if (sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT; /* also when interactive: the command goes no further */
        return 2;
    }
}

/* XCU 2.9.1.1 step 3: the redirections, before the assignments are expanded (step 4), so
 * that `a=$(cat f) 3>f cmd` already sees f created (dash, mksh; bash expands first). The
 * trace of set -x still goes to stderr as it was before them (dash): `a=1 cmd 2>/dev/null`
 * is traced. Returns redir_apply's result; undo as for redir_apply. */
static int apply_redirs(struct command *c, struct redir_undo **undo)
{
    if (!c->redirs)
        return 0;
    if (opt.xtrace && c->n && c->trace_fd < 0)
        c->trace_fd = fd_dup_high(STDERR_FILENO);
    return redir_apply(c->redirs, c->targets, undo);
}

/* ---- Running what was found -------------------------------------------------------------- */

static void flush_stdout(void)
{
    if (fflush(stdout) != 0)
        clearerr(stdout); /* builtin_flush reported it; later output must not stay stuck */
}

/* Text for the job table, only computed when a process is really started. */
static char *job_text(const struct command *c)
{
    struct strbuf sb = {0};
    if (c->n) {
        unparse_node(&sb, c->n);
    } else {
        for (int i = 0; i < c->argc; i++) {
            if (i)
                sb_addc(&sb, ' ');
            add_quoted(&sb, c->argv[i]);
        }
    }
    return sb_detach(&sb);
}

/* The words from argv[from] on hold no command: none, or only the "--" that XCU 1.4 lets end
 * exec's (absent) options, so `exec -- 3>&1` keeps its redirections as `exec 3>&1` does. */
static bool no_command_from(const struct command *c, int from)
{
    return c->argc <= from || (c->argc == from + 1 && strcmp(c->argv[from], "--") == 0);
}

static int run_builtin(const struct builtin *b, struct command *c, bool special)
{
    struct redir_undo *undo = NULL;
    bool scoped = !special && c->assigns;
    if (scoped)
        vars_scope_push_temporary();
    enum assign_mode mode = !special ? ASSIGN_TEMPORARY
                            : (b->flags & BUILTIN_KEEPS_REDIRS) && !no_command_from(c, 1)
                                ? ASSIGN_PERSIST_EXPORT
                                                                              : ASSIGN_PERSIST;
    int status = 1;
    /* `exec` without a command (also as `command exec`) makes its redirections permanent. */
    const struct builtin *wrapped = (b->flags & BUILTIN_RUNS_COMMAND) && c->argc >= 2
                                        ? builtin_find(c->argv[1]) : NULL;
    bool keep = ((b->flags & BUILTIN_KEEPS_REDIRS) && no_command_from(c, 1))
                || (wrapped && (wrapped->flags & BUILTIN_KEEPS_REDIRS) && no_command_from(c, 2));
    if (apply_redirs(c, keep ? NULL : &undo) < 0) {
        /* XCU 2.8.1: a redirection error ends a non-interactive shell for special builtins. */
        if (special && sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
    } else if ((status = assignments(c, mode)) == 0) {
        status = b->fn(c->argc, c->argv);
        flush_stdout();
        /* `command` takes the special properties away: an error does not abort. */
        if (!special && (b->flags & BUILTIN_SPECIAL) && sh.flow == FLOW_ABORT)
            sh.flow = FLOW_NORMAL;
    }
    redir_restore(undo);
    if (scoped)
        vars_scope_pop();
    return status;
}

/* XCU 2.9.5 Function Definition Command: the body runs in the current environment with the
 * arguments as positional parameters; `return` (FLOW_RETURN) ends it. */
static int call_function(struct function *f, struct command *c)
{
    if (sh.func_depth >= sh.max_func_depth || exec_stack_exhausted()) {
        shell_error("%s: maximum function nesting level exceeded (%d)", c->argv[0], sh.func_depth);
        if (sh.flow == FLOW_NORMAL)
            sh.flow = FLOW_ABORT;
        return 2;
    }
    struct node *body = f->body;
    struct arena *arena = f->arena; /* f itself may be redefined or unset while it runs */
    struct call_frame frame;
    struct redir_undo *undo = NULL;
    arena_ref(arena);
    vars_scope_push(); /* for the assignments and `local` */
    int status = 1;
    if (apply_redirs(c, &undo) == 0 && (status = assignments(c, ASSIGN_TEMPORARY)) == 0) {
        struct saved_params saved = shell_push_params(c->argc - 1, c->argv + 1);
        int loop_depth = sh.loop_depth; /* break and continue do not reach the caller's loops */
        sh.loop_depth = 0;
        sh.func_depth++;
        callstack_push(&frame, c->argv[0], f->file);
        status = exec_node(body, 0);
        callstack_pop(&frame);
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
static int not_found(const struct command *c)
{
    struct redir_undo *undo = NULL;
    int status = 1;
    if (!c->redirs || redir_apply(c->redirs, c->targets, &undo) == 0) {
        shell_error("%s: not found", c->argv[0]);
        status = 127;
    }
    redir_restore(undo);
    return status;
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

/* In the process that is to become the command: redirections, then execve. */
static void __attribute__((noreturn)) become(const char *path, const struct command *c)
{
    if (c->redirs && redir_apply(c->redirs, c->targets, NULL) < 0)
        _exit(1);
    _exit(exec_execve(path, c->argv));
}

/* XCU 2.9.1.6: a utility in another process; the shell waits for it (jobs.h). */
static int run_external(struct command *c, const char *pathvar)
{
    struct redir_undo *undo = NULL;
    const struct redir *redirs = c->redirs;
    int status;
    if (c->assigns)
        vars_scope_push_temporary();
    if (c->assigns && c->redirs) {
        /* Redirections before the assignments (apply_redirs): done here, in the shell, and
         * undone afterwards; the child inherits them. */
        if (apply_redirs(c, &undo) < 0) {
            status = 1;
            goto out;
        }
        c->redirs = NULL;
    }
    status = assignments(c, ASSIGN_TEMPORARY);
    if (status)
        goto out;
    char *path = search_command(c->argv[0], pathvar);
    if (!path) {
        status = not_found(c);
        goto out;
    }
    if ((c->flags & EXEC_NOFORK) && exec_can_replace())
        become(path, c);
    /* Redirections made in a child need a fork of the whole shell (`cat >f <<EOF`, configure's
     * staple); made here and undone afterwards, they leave spawn_exec only execve to do, for a
     * few more system calls. set -o explain keeps them in the child, as it tells them. */
    if (c->redirs && !opt.explain) {
        if (apply_redirs(c, &undo) < 0) {
            free(path);
            status = 1;
            goto out;
        }
        c->redirs = NULL;
    }
    /* The text of a foreground job is only ever shown when job control can stop it (`jobs`,
     * "[1]+ Stopped"): without job control it is left empty rather than unparsed each time. */
    char *text = jobs_control_active() || opt.explain ? job_text(c) : NULL;
    struct job *j = jobs_new(text);
    pid_t pid = !c->redirs ? spawn_exec(j, FORK_FOREGROUND, text, path, c->argv, NULL, 0) : -1;
    if (pid < 0)
        pid = exec_fork(j, FORK_FOREGROUND, text);
    if (pid == 0)
        become(path, c);
    free(path);
    free(text);
    if (pid < 0) {
        jobs_remove(j);
        status = 2;
    } else {
        status = jobs_wait_foreground(j);
    }
out:
    redir_restore(undo);
    c->redirs = redirs;
    if (c->assigns)
        vars_scope_pop();
    return status;
}

/* XCU 2.9.1.4 Command Search and Execution, in conch's order: special builtins, functions,
 * other builtins (all of them before PATH, as POSIX 2024 allows for intrinsic utilities). */
static int run_command(struct command *c)
{
    const struct builtin *b = builtin_find(c->argv[0]);
    if (b && (b->flags & BUILTIN_SPECIAL))
        return run_builtin(b, c, !(c->lookup & EXEC_LOOKUP_NOSPECIAL));
    if (!(c->lookup & EXEC_LOOKUP_NOFUNC)) {
        struct function *f = functions_find(c->argv[0]);
        if (f)
            return call_function(f, c);
    }
    if (b)
        return run_builtin(b, c, false);
    return run_external(c, (c->lookup & EXEC_LOOKUP_DEFPATH) ? search_default_path() : NULL);
}

int exec_argv(int argc, char **argv, unsigned lookup)
{
    if (argc <= 0)
        return 0;
    struct command c = {.argc = argc, .argv = argv, .lookup = lookup, .trace_fd = -1};
    int status = run_command(&c);
    strvec_clear(&c.values);
    return status;
}

/* XCU 2.9.1.1: with no command name, assignments change the shell and redirections are done
 * and undone; the status is that of the last command substitution, or 0. */
static int no_command(struct command *c, unsigned nsubs)
{
    /* Redirections first here too (dash, mksh; bash does the assignments first). */
    struct redir_undo *undo = NULL;
    int status = 1;
    if (apply_redirs(c, &undo) == 0)
        status = assignments(c, ASSIGN_PERSIST);
    redir_restore(undo);
    if (status)
        return status;
    if (status == 0 && exec_cmdsub_count != nsubs)
        status = exec_cmdsub_status;
    return status;
}

int exec_simple(struct node *n, unsigned flags)
{
    struct strvec args = {0};
    struct command c = {.n = n, .assigns = node_assigns(n), .redirs = n->redirs, .flags = flags,
                        .trace_fd = -1};
    unsigned nsubs = exec_cmdsub_count;
    size_t procsubs = exec_procsub_mark();
    int status;

    /* XCU 2.9.1.1: the words first, then the redirection words, then (in run_command, once
     * the kind of command is known) the assignments. */
    if ((n->simple.args && expand_command_words(n->simple.args, &args) < 0)
        || (n->redirs && !(c.targets = redir_expand(n->redirs)))) {
        status = expansion_error();
    } else {
        c.argc = (int)args.n;
        c.argv = strvec_argv(&args);
        status = c.argc ? run_command(&c) : no_command(&c, nsubs);
        /* conch mode (bash): $_ is the last argument of the previous simple command, empty
         * after a command of assignments only. */
        if (options_extensions()) {
            /* The field is handed over, not copied, when it is still args' own (run_command
             * may have moved c.argv past a prefix): strvec_clear below frees the others. */
            char *last = c.argc ? c.argv[c.argc - 1] : NULL;
            if (last && args.n && args.v[args.n - 1] == last) {
                args.v[args.n - 1] = NULL;
                specials_take_last_arg(last);
            } else {
                specials_last_arg(last ? last : "");
            }
        }
    }
    if (c.trace_fd >= 0)
        close(c.trace_fd);
    redir_free_expanded(n->redirs, c.targets);
    strvec_clear(&c.values);
    strvec_clear(&args);
    exec_procsub_close(procsubs);
    return status;
}
