/* exec_int.h — the pieces of the executor (XCU 2.9) shared by eval.c, simple.c, pipeline.c,
 * redir.c, search.c, cmdsub.c and run.c. Private to src/exec/: everyone else uses exec.h. */
#ifndef CONCH_EXEC_INT_H
#define CONCH_EXEC_INT_H

#include "shell/options.h"
#include "shell/shell.h"

#include <stdbool.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>

struct node;
struct redir;
struct job;
struct strbuf;

/* XCU 2.8.1: an expansion error abandons the command it occurred in; a non-interactive shell
 * then exits. What an interactive shell abandons is read two ways: conch mode drops the rest
 * of the command line (dash, bash, mksh and ksh93 do), POSIX mode only the failed command and
 * goes on with the next one on the line (yash, and the smoosh model of POSIX). True when the
 * error should set FLOW_ABORT. */
static inline bool exec_expansion_error_aborts(void)
{
    return !sh.interactive || options_extensions();
}

/* ---- eval.c ---------------------------------------------------------------------------------- */
/* set -e (XCU set, POSIX 2024): after a simple command, pipeline or subshell finished with
 * status, leave the shell unless the failure is being ignored (sh.errexit_suppressed). */
void exec_check_errexit(int status);
/* Between commands: trapped signals' actions and finished children (trap.h, jobs.h). */
void exec_poll_signals(void);
/* Between two iterations of a loop: polls as above; true when the loop must end (a trap left
 * the shell, or ^C at a terminal), with *status what the loop returns. */
bool exec_loop_should_stop(int *status);
/* The words of a for or select (n->for_): expanded, or "$@" without `in`. Returns 0, or the
 * command's status after an expansion error (words left empty). */
struct strvec;
int exec_for_words(const struct node *n, struct strvec *words);
/* After a loop's body ran (for, while, until, select, for (( ))): takes a `break N` or
 * `continue N` aimed at this loop (XCU 2.15 break, continue) and says whether the loop ends:
 * after break, when the count goes on to an outer loop, or on any other flow (return, exit). */
static inline bool exec_loop_ended(void)
{
    if (sh.flow == FLOW_BREAK || sh.flow == FLOW_CONTINUE) {
        bool cont = sh.flow == FLOW_CONTINUE;
        if (--sh.flow_levels > 0)
            return true; /* an outer loop's turn */
        sh.flow = FLOW_NORMAL;
        if (!cont)
            return true;
    }
    return sh.flow != FLOW_NORMAL;
}

/* ---- arithcmd.c (conch mode) ----------------------------------------------------------------- */
/* (( expression )): 0 when the value is not 0, 1 when it is or on a bad expression. */
int exec_arith_command(struct node *n);
/* for (( init; cond; step )) body. */
int exec_arith_for(struct node *n);

/* ---- timecmd.c (conch mode's time keyword) --------------------------------------------------- */
struct exec_times {
    struct timespec real;
    struct rusage self, children;
};
/* Before the timed pipeline runs. */
void exec_times_start(struct exec_times *t);
/* After it: the report to stderr, in TIMEFORMAT's format (POSIX's with -p). */
void exec_times_report(const struct exec_times *t, bool posix);

/* ---- simple.c -------------------------------------------------------------------------------- */
int exec_simple(struct node *n, unsigned flags);
/* set -x: PS4 then text and a newline on stderr, for what is not a simple command. */
void exec_trace_text(const char *text);
/* True when no trap action is set, so the last command of a process may replace it. */
bool exec_can_replace(void);
/* Undoes the start-up RLIMIT_STACK increase (exec_raise_limits, exec.h) in a child about to
 * exec. */
void exec_restore_limits(void);

/* ---- spawn.c --------------------------------------------------------------------------------- */
/* True when a command of this kind (enum fork_flags, as for exec_fork) may be started with
 * spawn_exec: anything but an asynchronous list without job control. */
bool spawn_usable(unsigned flags);
/* What exec_fork(j, flags, text) and then, in the child, nothing but dup2 and execve would do,
 * through vfork: the child joins j's process group and takes the terminal as exec_fork's
 * does, moves descriptors (moves holds nmoves pairs (from, to), each a dup2; the froms are
 * close-on-exec, pipe ends from fd_pipe, so nothing else needs closing), puts the signal
 * dispositions where trap_reset_for_exec would and execs path with argv and the exported
 * variables. Returns the pid of a child that is running the utility, registered with
 * jobs_add_process (the caller waits), or -1 when vfork, a dup2 or execve failed: nothing was
 * reported, no child is left, and the caller takes the fork path (exec_fork), which reports
 * the error or runs the file as a script (ENOEXEC) exactly as it always does. */
pid_t spawn_exec(struct job *j, unsigned flags, const char *text, const char *path,
                 char **argv, const int *moves, int nmoves);
/* A command that spawn_exec can run as it stands, as the `cat` of `echo x | cat` or of
 * $(cat file): a simple command of literal words only, quoted or not (no expansion, and no
 * unquoted glob, tilde or brace characters, so expanding them in a child could have no effect
 * on the shell), no assignments or redirections, nothing traced, naming a utility found in
 * PATH (not a builtin or function). Returns its path (malloc'd), argv filled with the words
 * after quote removal; NULL, argv left empty, when it needs a shell process of its own. */
char *spawn_plain_command(const struct node *n, struct strvec *argv);

/* ---- cond.c, select.c (conch mode) ---------------------------------------------------------- */
/* [[ expression ]]: 0 true, 1 false, 2 error (reported). */
int exec_cond(const struct node *n);
/* select NAME in words; do list; done (NODE_FOR with for_.select). */
int exec_select(struct node *n);

/* ---- pipeline.c ------------------------------------------------------------------------------ */
/* NODE_PIPELINE with more than one stage. With j == NULL it is a foreground pipeline (waited
 * for, status returned); otherwise its processes join the background job j (status 0). */
int exec_pipeline(struct node *n, struct job *j);

/* ---- redir.c (XCU 2.7) ----------------------------------------------------------------------- */
/* What redir_apply changed, to put back afterwards. Opaque. */
struct redir_undo;
/* Applies the redirections in order. names: their targets expanded by redir_expand, or NULL to
 * expand each as it comes. undo NULL: permanently (exec, or a child about to exec); otherwise
 * *undo receives a record for redir_restore. Returns 0, or -1 after a message (the
 * redirections done so far stay until restored). */
int redir_apply(const struct redir *r, char **names, struct redir_undo **undo);
/* Expands every target word of r, and the bodies of here-documents that have expansions: an
 * array with one slot per redirection, or NULL after a message (an expansion error). */
char **redir_expand(const struct redir *r);
void redir_free_expanded(const struct redir *r, char **names);
/* Restores the descriptors saved by redir_apply and frees the record; NULL is ignored. */
void redir_restore(struct redir_undo *u);
/* The script descriptor (redir_keep_script_fd, exec.h), or -1 for none (closed by its owner). */
extern int redir_script_fd;

/* ---- search.c -------------------------------------------------------------------------------- */
/* Like search_path, with an explicit PATH value (a "PATH=... cmd" assignment) that bypasses the
 * hash table when path is not NULL. When no executable file is found but a regular file is,
 * that one is returned so that exec reports "Permission denied" (126) as other shells do. */
char *search_command(const char *name, const char *path);
/* Drops a remembered location after exec found it gone. */
void search_hash_remove(const char *name);
/* set -h: remembers the utilities named in a function body being defined. */
void search_hash_tree(const struct node *n);

/* ---- cmdsub.c -------------------------------------------------------------------------------- */
/* Bumped by every command substitution, with the status of the last one: a command with no
 * command name completes with it (XCU 2.9.1.1). */
extern unsigned exec_cmdsub_count;
extern int exec_cmdsub_status;

/* ---- run.c ----------------------------------------------------------------------------------- */
/* Forgets that exec_parser calls are nested: a script run in place of an exec'd file (ENOEXEC)
 * starts a new top level. */
void exec_reset_toplevel(void);

#endif
