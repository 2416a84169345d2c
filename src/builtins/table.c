/* table.c — the table of every builtin utility, with its flags, usage line and help text, and
 * the option parser all builtins share. The executor finds builtins here (builtin_find). */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/options.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SPECIAL BUILTIN_SPECIAL
#define INTRINSIC BUILTIN_INTRINSIC
#define INLINE BUILTIN_CMDSUB_INLINE
#define EXT BUILTIN_EXTENSION

/* ORDER: sorted by strcmp() of the name: builtin_find's index needs a letter's entries together
 * (index_table asserts it). Special builtins are those of XCU 2.15; intrinsic ones are POSIX
 * 2024's list (XCU 1.7) that conch has. */
static const struct builtin table[] = {
    {".", builtin_dot, SPECIAL, ". file [arg...]",
     "Read and run the commands in FILE in the current shell. A FILE without a slash is\n"
     "searched for in PATH (then in the current directory, in conch mode). Arguments, if\n"
     "given, become the positional parameters while it runs."},
    {":", builtin_colon, SPECIAL, ": [arg...]",
     "Do nothing: expand the arguments and return 0."},
    {"[", builtin_test, 0, "[ expression ]",
     "Same as test, but the last argument must be ']'."},
    {"alias", builtin_alias, INTRINSIC, "alias [name[=value]...]",
     "Define aliases NAME=VALUE, or print the named aliases (all of them without arguments)\n"
     "in a form that can be read back."},
    {"bg", builtin_bg, INTRINSIC, "bg [job...]",
     "Resume stopped jobs in the background (the current job by default)."},
    {"break", builtin_break, SPECIAL, "break [n]",
     "Leave the innermost N enclosing for, while or until loops (1 by default)."},
    {"cd", builtin_cd, INTRINSIC, "cd [-L|-P] [-e] [dir]",
     "Change the working directory to DIR (HOME by default; '-' means OLDPWD). A relative DIR\n"
     "is looked up in CDPATH. -L (default) keeps PWD logical, resolving '..' textually;\n"
     "-P resolves symbolic links. With -P, -e fails if PWD cannot be determined."},
    {"command", builtin_command, INTRINSIC | BUILTIN_RUNS_COMMAND, "command [-p] [-v|-V] name [arg...]",
     "Run NAME as a builtin or external command, ignoring functions; special builtins lose\n"
     "their special properties. -v prints how NAME would be found, -V describes it,\n"
     "-p searches a default PATH."},
    {"continue", builtin_continue, SPECIAL, "continue [n]",
     "Go on with the next iteration of the Nth enclosing loop (1 by default)."},
    {"disown", builtin_disown, 0, "disown [-h] [-a|-r] [job...]",
     "Remove jobs from the job table (the current job by default; -a all of them, -r the\n"
     "running ones). -h keeps them in the table, but they get no SIGHUP when the shell exits."},
    {"echo", builtin_echo, INLINE, "echo [-neE] [arg...]",
     "Write the arguments separated by spaces and followed by a newline. -n omits the newline.\n"
     "Backslash escapes are interpreted: \\a \\b \\c (stop output) \\f \\n \\r \\t \\v \\\\ \\0nnn.\n"
     "conch mode: options may be combined (-ne); -e interprets escapes (the default), -E does\n"
     "not; \\e \\E \\xHH \\uHHHH \\UHHHHHHHH are escapes too. POSIX mode takes only -n."},
    {"eval", builtin_eval, SPECIAL, "eval [arg...]",
     "Join the arguments with spaces and run the result as shell commands."},
    {"exec", builtin_exec, SPECIAL | BUILTIN_KEEPS_REDIRS, "exec [command [arg...]]",
     "Replace the shell with COMMAND. Without a command, redirections apply to the shell itself."},
    {"exit", builtin_exit, SPECIAL, "exit [n]",
     "Leave the shell with status N (the last command's status by default)."},
    {"export", builtin_export, SPECIAL, "export [-p] [name[=value]...]",
     "Mark variables for the environment of commands, optionally assigning them.\n"
     "-p (or no operands) prints the exported variables in a form that can be read back.\n"
     "conch mode: -n takes the export attribute off instead (as bash)."},
    {"false", builtin_false, 0, "false", "Return 1."},
    {"fc", builtin_fc, INTRINSIC, "fc [-r] [-e editor] [first [last]] | fc -l [-nr] [first [last]] | fc -s [old=new] [first]",
     "Edit and re-run commands from the history (with $FCEDIT, ed by default), list them (-l;\n"
     "-n without numbers, -r newest first) or re-run one with OLD replaced by NEW (-s).\n"
     "FIRST and LAST are numbers, negative offsets from the newest command, or prefixes."},
    {"fg", builtin_fg, INTRINSIC, "fg [job]",
     "Bring a job to the foreground (the current job by default) and wait for it."},
    {"getopts", builtin_getopts, INTRINSIC, "getopts optstring name [arg...]",
     "Parse options from the positional parameters (or ARGs): puts the next option letter in\n"
     "NAME, its argument in OPTARG and the index of the next argument in OPTIND. Returns 1 at\n"
     "the end of options. A leading ':' in OPTSTRING selects silent error reporting."},
    {"hash", builtin_hash, INTRINSIC, "hash [-r] [name...]",
     "Remember the full path of each NAME, or list the remembered ones. -r forgets them all."},
    {"help", builtin_help, 0, "help [name...]",
     "List the builtin utilities, or describe the named ones."},
    {"history", builtin_history, 0, "history [-c] [n]",
     "List the command history with numbers (the last N entries if given); -c clears it."},
    {"jobs", builtin_jobs, INTRINSIC, "jobs [-l|-p|-v] [job...]",
     "List jobs and their state. -l adds process IDs; -p prints only process group IDs.\n"
     "-v (conch mode): -l, then for each process its process group, its state as /proc\n"
     "shows it now (R S T Z...) and its last status, decoded."},
    {"kill", builtin_kill, INTRINSIC, "kill [-s sig | -sig] pid|job... | kill -l [status] | kill -L",
     "Send a signal (TERM by default) to processes or jobs. -l lists signal names.\n"
     "-L (conch mode, without operands) prints the signal table: number, name, default\n"
     "action (terminate, core, ignore, stop, continue), whether a process can catch it, and\n"
     "what usually sends it."},
    {"local", builtin_local, 0, "local name[=value]...",
     "Make variables local to the current function: they regain their old values when it\n"
     "returns. In conch mode local also takes declare's options (-a, -A, -i, -l, -n, -r, -u, -x)\n"
     "and name=(...) arrays."},
    {"logout", builtin_logout, 0, "logout [n]",
     "Leave a login shell with status N, like exit."},
    {"printf", builtin_printf, INLINE | BUILTIN_OPTION_ASSIGNS, "printf [-v var] format [arg...]",
     "Write the arguments under control of FORMAT (%d %i %o %u %x %X %c %s %b %e %f %g %E %G\n"
     "%%, with flags, width and precision). The format is reused while arguments remain.\n"
     "conch mode: -v VAR assigns the output to VAR; %q quotes an argument for reuse as input."},
    {"pwd", builtin_pwd, 0, "pwd [-L|-P]",
     "Print the working directory: logical (PWD, the default) with -L, physical with -P."},
    {"read", builtin_read, INTRINSIC, "read [-r] [-d delim] [-p prompt] [name...]",
     "Read a line from standard input, split it by IFS and assign the fields to the NAMEs (the\n"
     "last one gets the rest; REPLY if none). Without -r a backslash quotes the next\n"
     "character and backslash-newline continues the line. Returns 1 at end of file.\n"
     "In conch mode also: -s (no echo at a terminal), -n N (return after N characters or the\n"
     "delimiter), -N N (exactly N characters, unsplit), -t SECS (give up after SECS seconds,\n"
     "status 142; -t 0 only tells whether input is waiting)."},
    {"readonly", builtin_readonly, SPECIAL, "readonly [-p] [name[=value]...]",
     "Make variables read-only, optionally assigning them. -p (or no operands) prints them in\n"
     "a form that can be read back. conch mode: -a and -A make them indexed or associative\n"
     "arrays (as bash)."},
    {"return", builtin_return, SPECIAL, "return [n]",
     "Leave the current function or dot script with status N (the last status by default).\n"
     "Functions and dot scripts nest at most CONCH_MAXDEPTH levels (10000 when unset);\n"
     "a deeper call is an error with status 2, never a crash."},
    {"set", builtin_set, SPECIAL, "set [-abCefhmnuvx] [-o option] [--] [arg...]",
     "Set (-) or unset (+) shell options, by letter or with -o NAME. Operands replace the\n"
     "positional parameters ('set --' clears them). Without arguments, print all variables;\n"
     "'set -o' shows the options, 'set +o' prints them as commands.\n"
     "'set -o explain' narrates each process operation on standard error (or the fd named by\n"
     "CONCH_EXPLAIN_FD), one line each: `~ CALL  REASON', e.g. `~ fork() = 1484', `~ [1484]\n"
     "setpgid(0, 1484)' ([PID]: written by that child), `~ waitpid = 1484 stopped by SIGTSTP'.\n"
     "'set -o explainbrief' tells only the jobs' story: started, stopped, continued, finished.\n"
     "conch mode: -E (errtrace) lets functions and subshells inherit the ERR trap."},
    {"shift", builtin_shift, SPECIAL, "shift [n]",
     "Drop the first N positional parameters (1 by default)."},
    {"source", builtin_dot, 0, "source file [arg...]",
     "Same as '.'. In conch mode, both look for a FILE without a slash in PATH and then in\n"
     "the current directory, as bash does."},
    {"suspend", builtin_suspend, 0, "suspend [-f]",
     "Stop the shell until it gets SIGCONT; -f even in a login shell."},
    {"test", builtin_test, 0, "test [expression]",
     "Evaluate a conditional expression: file tests (-e -f -d -r -w -x -s -L ...), string tests\n"
     "(-n -z = !=), integer comparisons (-eq -ne -lt -le -gt -ge), -nt -ot -ef, combined with\n"
     "! -a -o and parentheses. Returns 0 if true, 1 if false, 2 on error."},
    {"times", builtin_times, SPECIAL, "times",
     "Print the user and system times of the shell and of its children."},
    {"trap", builtin_trap, SPECIAL, "trap [-p] [action condition...]",
     "Run ACTION when the shell receives a signal or exits (condition EXIT or 0). ACTION '-'\n"
     "resets to the default, '' ignores. Without arguments, print the traps. conch mode: ERR\n"
     "runs ACTION after a command fails where set -e would exit (in functions and subshells\n"
     "only with set -E)."},
    {"true", builtin_true, 0, "true", "Return 0."},
    {"type", builtin_type, INTRINSIC, "type [-afptP] name...",
     "Tell how each NAME would be interpreted: keyword, alias, function, builtin or file.\n"
     "conch mode: a function is shown with its definition; -t prints one word (alias,\n"
     "keyword, function, builtin, file), -p the file only, -P the file in PATH even for a\n"
     "builtin, -a every match, -f skips functions."},
    {"ulimit", builtin_ulimit, INTRINSIC, "ulimit [-H|-S] [-a|-c|-d|-f|-n|-s|-t|-v] [limit]",
     "Print or set a resource limit (-f, the file size in 512-byte blocks, by default).\n"
     "-H and -S select the hard or soft limit; LIMIT may be 'unlimited'. -a prints them all."},
    {"umask", builtin_umask, INTRINSIC, "umask [-S] [mask]",
     "Print or set the file creation mask, in octal or symbolically (u=rwx,g=rx,o=)."},
    {"unalias", builtin_unalias, INTRINSIC, "unalias [-a] name...",
     "Remove the named aliases, or all of them with -a."},
    {"unset", builtin_unset, SPECIAL, "unset [-v|-f] name...",
     "Unset variables (-v, the default) or functions (-f). conch mode: -n unsets a name\n"
     "reference itself, not the variable it names."},
    {"wait", builtin_wait, INTRINSIC, "wait [-n] [-p name] [job|pid...]",
     "Wait for the given jobs or processes (all background jobs by default) and return the\n"
     "status of the last one. -n waits for the next job to finish and returns its status.\n"
     "-p NAME (conch mode) sets NAME to the process whose status is returned."},
};

enum { TABLE_SIZE = sizeof table / sizeof table[0] };

/* conch mode's own builtins, in a table of their own (ORDER: sorted like the one above): POSIX
 * mode never sees them, and the lookup of the usual names costs what it did. */
static const struct builtin ext_table[] = {
    {"builtin", builtin_builtin, BUILTIN_RUNS_COMMAND | EXT, "builtin [name [arg...]]",
     "conch mode: run the builtin NAME with the ARGs, even when a function has that name."},
    {"caller", builtin_caller, EXT, "caller [n]",
     "In a function: print the line and file it was called from, or with N the line, function\n"
     "and file of the call N frames up (conch mode, as bash). Returns 1 outside functions or\n"
     "past the outermost call."},
    {"compgen", builtin_compgen, EXT, "compgen [-abcdefgjksuv] [-o option] [-A action] [-G glob] [-W words] [-F func] [-C cmd] [-X filter] [-P prefix] [-S suffix] [word]",
     "Print the matches for WORD that `complete` with the same options would offer, one a line\n"
     "(conch mode, as bash). Returns 1 when there is none."},
    {"complete", builtin_complete, EXT, "complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G glob] [-W words] [-F func] [-C cmd] [-X filter] [-P prefix] [-S suffix] [name...]",
     "Say how the arguments of each command NAME are completed at Tab (conch mode, as bash).\n"
     "Actions (-A alias, -a; builtin, -b; command, -c; directory, -d; export, -e; file, -f;\n"
     "group, -g; job, -j; keyword, -k; service, -s; user, -u; variable, -v; arrayvar,\n"
     "function, hostname, setopt, shopt, signal, running, stopped...), -G a glob, -W a word\n"
     "list, -F a function (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT set; COMPREPLY read),\n"
     "-C a command's output lines. -X removes matches of a pattern (& is the word, ! keeps\n"
     "them instead), -P and -S add a prefix and suffix. -o: bashdefault, default, dirnames,\n"
     "filenames, noquote, nosort, nospace, plusdirs. -D the default spec, -E the empty\n"
     "line's, -I the command word's. -p prints specs, -r removes them."},
    {"compopt", builtin_compopt, EXT, "compopt [-o|+o option] [-DEI] [name...]",
     "Turn -o options of the named specs on (-o) or off (+o), or of the completion running\n"
     "when no NAME is given (conch mode, as bash)."},
    {"declare", builtin_declare, EXT, "declare [-aAfFgilnprux] [+ilnux] [name[=value]...]",
     "Set variable attributes and values (conch mode). -a indexed array, -A associative array,\n"
     "-i integer (assignments are evaluated arithmetically), -l/-u lower/upper case, -r readonly,\n"
     "-x export, -n a name reference to the variable its value names; +ATTR removes one.\n"
     "-p prints declarations, -f function definitions, -F their names. Inside a function the\n"
     "names become local unless -g is given."},
    {"dirs", builtin_dirs, EXT, "dirs [-clpv] [+N|-N]",
     "Print the directory stack, the working directory first, with $HOME as ~ (-l: in full;\n"
     "-p: one per line; -v: numbered). +N prints entry N from the top, -N from the bottom;\n"
     "-c empties the stack. `~N`, `~+N` and `~-N` expand to entries too. (conch mode)"},
    {"let", builtin_let, EXT, "let expression...",
     "Evaluate each EXPRESSION as in $(( )) (conch mode only). Returns 0 if the last value is\n"
     "not 0, 1 if it is 0 or an expression is bad."},
    {"mapfile", builtin_mapfile, EXT, "mapfile [-t] [-n count] [-s count] [-u fd] [-d delim] [array]",
     "Read lines into the indexed array ARRAY (MAPFILE by default), from standard input or\n"
     "file descriptor FD (conch mode). -t removes each line's delimiter, -n reads at most COUNT\n"
     "lines, -s skips the first COUNT, -d ends lines with the first character of DELIM."},
    {"popd", builtin_popd, EXT, "popd [-n] [+N|-N]",
     "Remove the top of the directory stack and change to the new top, or remove entry +N\n"
     "(from the top) or -N (from the bottom). -n removes without changing directory.\n"
     "Prints the stack. (conch mode)"},
    {"ptree", builtin_ptree, EXT, "ptree [-a] [-s] [-m] [pid...] | ptree -v pid",
     "conch mode: the shell's processes as the kernel sees them, read from /proc, as a tree\n"
     "under the shell: PID, PPID, process group, session, the terminal's foreground group\n"
     "(TPGID), the state (R running, S sleeping, D disk sleep, T stopped, t traced, Z zombie,\n"
     "I idle), the job number and the command. Marks the session leader, the group that owns\n"
     "the terminal, zombies (and the parent that must reap them) and orphans. -a: every\n"
     "process of the session; PID...: those subtrees; -s: signal masks (ignored, caught,\n"
     "blocked, pending) by name; -m: memory (resident, shared, private); -v PID: a guided\n"
     "reading of /proc/PID/stat."},
    {"pushd", builtin_pushd, EXT, "pushd [-n] [dir|+N|-N]",
     "Change to DIR and push the old directory on the directory stack; with no operand,\n"
     "exchange the top two entries; with +N or -N, rotate the stack so that entry N is on\n"
     "top. -n changes the stack without changing directory. Prints the stack. (conch mode)"},
    {"readarray", builtin_mapfile, EXT, "readarray [-t] [-n count] [-s count] [-u fd] [-d delim] [array]",
     "The same as mapfile (conch mode)."},
    {"shopt", builtin_shopt, EXT, "shopt [-pqsu] [-o] [optname...]",
     "Set (-s) or unset (-u) the named options, or print them (all of them without names;\n"
     "with -s or -u only those on or off). -p prints them as commands, -q only sets the\n"
     "status (0 if all named options are on). -o uses the names of set -o. Options:\n"
     "cdable_vars, dotglob, expand_aliases, extglob, failglob, globstar, hostcomplete, lastpipe,\n"
     "nocaseglob, nocasematch, nullglob, progcomp (Tab uses complete's specs); cdable_vars and hostcomplete\n"
     "are accepted for bash's scripts and do nothing. conch mode only."},
    {"typeset", builtin_declare, EXT, "typeset [-aAfFgilprux] [+ilux] [name[=value]...]",
     "The same as declare (conch mode)."},
    {"why", builtin_why, EXT, "why [status | %job]",
     "conch mode: explain an exit status ($? by default): 0 success, 1 failure, 2 usage or\n"
     "syntax error, 126 found but not executable, 127 not found, 128+N killed by signal N\n"
     "(its name, what usually sends it, its default action). With %job, explain the job's\n"
     "last change from the job table, process by process."},
};
enum { EXT_SIZE = sizeof ext_table / sizeof ext_table[0] };

/* Both tables indexed by first byte: the entries [lo[c], hi[c]) of a sorted table start with
 * c (lo == hi == 0: none do). A lookup then compares a name with the two or three builtins of
 * its letter, not the five or six strcmp of a binary search; most command names are not
 * builtins, and most of those have no builtin of their letter at all. The index is built at the
 * first lookup from the entries alone, not from all 256 bytes: every `conch -c` makes one. */
struct index {
    unsigned char lo[256], hi[256];
};
static struct index main_index, ext_index;

static void index_table(const struct builtin *t, int n, struct index *idx)
{
    for (int i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i].name[0];
        assert(!idx->hi[c] || idx->hi[c] == i); /* ORDER: a letter's entries are together */
        if (!idx->hi[c])
            idx->lo[c] = (unsigned char)i;
        idx->hi[c] = (unsigned char)(i + 1);
    }
}

static const struct builtin *scan(const struct builtin *t, const struct index *idx, const char *name)
{
    unsigned char c = (unsigned char)name[0];
    for (int i = idx->lo[c]; i < idx->hi[c]; i++)
        if (strcmp(name + 1, t[i].name + 1) == 0)
            return &t[i];
    return NULL;
}

/* ext: look in conch mode's table too. */
static const struct builtin *lookup(const char *name, bool ext)
{
    static bool indexed;
    if (!indexed) {
        _Static_assert(TABLE_SIZE < 256 && EXT_SIZE < 256, "the index holds bytes");
        index_table(table, TABLE_SIZE, &main_index);
        index_table(ext_table, EXT_SIZE, &ext_index);
        indexed = true;
    }
    if (!name[0])
        return NULL;
    const struct builtin *b = scan(table, &main_index, name);
    if (!b && ext)
        b = scan(ext_table, &ext_index, name);
    return b;
}

const struct builtin *builtin_find(const char *name) { return lookup(name, options_extensions()); }

const struct builtin *builtin_find_any(const char *name) { return lookup(name, true); }

const struct builtin *builtin_at(int index)
{
    if (index < 0)
        return NULL;
#ifndef NDEBUG
    /* ORDER: the merge below, and the index of lookup(), need both tables sorted. Checked
     * here, where the whole list is wanted, not at every start-up's first lookup. */
    static bool checked;
    for (int i = 1; !checked && i < TABLE_SIZE; i++)
        assert(strcmp(table[i - 1].name, table[i].name) < 0);
    for (int i = 1; !checked && i < EXT_SIZE; i++)
        assert(strcmp(ext_table[i - 1].name, ext_table[i].name) < 0);
    checked = true;
#endif
    if (!options_extensions())
        return index < TABLE_SIZE ? &table[index] : NULL;
    /* The two tables merged in name order. */
    int i = 0, k = 0;
    while (i < TABLE_SIZE || k < EXT_SIZE) {
        bool main = k >= EXT_SIZE || (i < TABLE_SIZE && strcmp(table[i].name, ext_table[k].name) < 0);
        const struct builtin *b = main ? &table[i++] : &ext_table[k++];
        if (index-- == 0)
            return b;
    }
    return NULL;
}

static void print_usage(const char *name)
{
    const struct builtin *b = builtin_find(name);
    if (b)
        fprintf(stderr, "%s: usage: %s\n", name, b->usage);
}

int builtin_usage_error(const char *name, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_msg("%s: %s", name, msg);
    print_usage(name);
    return 2;
}

/* XCU 12.2 Utility Syntax Guidelines: options are single letters after '-', may be grouped
 * (-abc), an option argument may be attached (-dX) or the next word (-d X), "--" ends the
 * options and a lone "-" is an operand. */
const char *builtin_signed_option(int argc, char **argv, int *i)
{
    if (*i >= argc)
        return NULL;
    const char *a = argv[*i];
    if (strcmp(a, "--") == 0) {
        ++*i;
        return NULL;
    }
    return (a[0] == '-' || a[0] == '+') && a[1] ? a : NULL;
}

int builtin_getopt(struct builtin_opts *o, int argc, char **argv, const char *spec)
{
    o->arg = NULL;
    if (o->index < 1)
        o->index = 1;
    if (o->sub == 0) {
        if (o->index >= argc)
            return -1;
        const char *a = argv[o->index];
        if (a[0] != '-' || a[1] == '\0')
            return -1;
        if (strcmp(a, "--") == 0) {
            o->index++;
            return -1;
        }
        o->sub = 1;
    }
    const char *word = argv[o->index];
    char c = word[o->sub++];
    const char *p = c != ':' ? strchr(spec, c) : NULL;
    bool last = word[o->sub] == '\0';
    if (!p) {
        if (last) {
            o->index++;
            o->sub = 0;
        }
        builtin_usage_error(argv[0], "-%c: invalid option", c);
        return '?';
    }
    if (p[1] == ':') {
        /* The argument is the rest of this word, or the whole next word. */
        if (!last) {
            o->arg = word + o->sub;
            o->index++;
        } else if (o->index + 1 < argc) {
            o->arg = argv[o->index + 1];
            o->index += 2;
        } else {
            o->index++;
            o->sub = 0;
            builtin_usage_error(argv[0], "-%c: option requires an argument", c);
            return '?';
        }
        o->sub = 0;
    } else if (last) {
        o->index++;
        o->sub = 0;
    }
    return c;
}

int builtin_operands(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    return builtin_getopt(&o, argc, argv, "") == '?' ? -1 : o.index;
}

int builtin_flush(const char *name)
{
    /* A write that failed earlier (a full buffer flushed inside fputs) left the error flag and
     * its errno; otherwise the flush itself tells. glibc drops the buffered bytes when the write
     * fails, so after clearerr() the executor's own flush does not repeat the error. */
    int earlier = errno;
    bool failed_before = ferror(stdout);
    errno = 0;
    if (fflush(stdout) == 0) {
        if (!failed_before)
            return 0;
        errno = earlier;
    }
    if (errno == 0)
        errno = EIO;
    error_errno("%s: write error", name);
    clearerr(stdout);
    return 1;
}
