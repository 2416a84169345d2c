/* main.c — invocation (XCU sh): options and operands, start-up of every module, then the
 * read-parse-run loop (exec/run.c) over a script file, a -c string, standard input or the prompt. */
#include "config.h"

#include "exec/array.h"
#include "exec/exec.h"
#include "exec/jobs.h"
#include "exec/explain.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "parse/parse.h"
#include "front/lineedit.h"
#include "shell/lang.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/specials.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0.1"
#endif

extern char **environ;

static const char usage_text[] =
    "usage: conch [-abCefhimnuvx] [-o option]... [-O shopt]... [file [argument...]]\n"
    "       conch [options] -c command_string [command_name [argument...]]\n"
    "       conch [options] -s [argument...]\n"
    "Long options: --help, --version, --login (same as -l), --posix (same as -o posix),\n"
    "              --ast (same as -o dumpast), --explain (same as -o explain), --norc,\n"
    "              --noprofile.\n";

/* "conch: ARG: WHAT" and the usage text; ARG comes from the command line, so it is data. */
static void __attribute__((noreturn)) usage_error(const char *what, const char *arg)
{
    error_msg("%s: %s", arg, what);
    fputs(usage_text, stderr);
    exit(2);
}

struct invocation {
    bool cmd_mode;   /* -c */
    bool interactive_flag;
    bool monitor_set; /* -m or +m given: do not choose for the user */
    bool histexpand_set; /* -H, +H or -o histexpand given */
    bool norc, noprofile; /* skip the start-up files (startup.c) */
    int first_operand;
};

/* XCU sh: options are letters after '-' (on) or '+' (off), -o/+o take a name; "--" or a lone
 * "-" ends them. c, i, s and l are invocation-only. */
static void parse_options(int argc, char **argv, struct invocation *inv)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0) {
            i++;
            break;
        }
        if (a[0] == '-' && a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                printf("conch %s\n", PACKAGE_VERSION);
                exit(0);
            } else if (strcmp(a, "--help") == 0) {
                fputs(usage_text, stdout);
                exit(0);
            } else if (strcmp(a, "--ast") == 0) {
                opt.dumpast = true;
            } else if (strcmp(a, "--explain") == 0) {
                opt.explain = true;
            } else if (strcmp(a, "--posix") == 0) {
                options_set_posix(true);
            } else if (strcmp(a, "--login") == 0) {
                sh.login = true;
            } else if (strcmp(a, "--norc") == 0) {
                inv->norc = true;
            } else if (strcmp(a, "--noprofile") == 0) {
                inv->noprofile = true;
            } else {
                usage_error("invalid option", a);
            }
            continue;
        }
        if ((a[0] != '-' && a[0] != '+') || !a[1])
            break;
        bool on = a[0] == '-';
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
                /* XCU sh lists only -c; dash and bash read +c as -c too (it names where the
                 * commands come from, nothing to turn off), so `conch +c 'cmd'` runs cmd. */
                inv->cmd_mode = true;
                break;
            case 'i':
                inv->interactive_flag = on;
                break;
            case 'l':
                sh.login = on;
                break;
            case 'o':
                if (i + 1 >= argc) {
                    options_print(!on);
                    exit(0);
                }
                if (options_set_name(argv[++i], on) < 0)
                    usage_error("invalid option name", argv[i]);
                if (strcmp(argv[i], "monitor") == 0)
                    inv->monitor_set = true;
                if (strcmp(argv[i], "histexpand") == 0)
                    inv->histexpand_set = true;
                break;
            case 'O': {
                /* conch mode (bash): -O NAME turns a shopt option on, +O NAME off. */
                if (!options_extensions())
                    usage_error("shopt options are not in POSIX mode", "-O");
                if (i + 1 >= argc)
                    usage_error("option requires an argument", "-O");
                bool *shopt = options_shopt_find(argv[i + 1]);
                if (!shopt)
                    usage_error("invalid shopt option name", argv[i + 1]);
                *shopt = on;
                i++;
                break;
            }
            default:
                if (*p == 'm')
                    inv->monitor_set = true;
                if (*p == 'H')
                    inv->histexpand_set = true;
                if (options_set_letter(*p, on) < 0) {
                    char bad[3] = {a[0], *p, 0};
                    usage_error("invalid option", bad);
                }
            }
        }
    }
    inv->first_operand = i;
}

/* The script operand (XCU sh: command_file): 127 if it does not exist, 126 if it cannot be
 * read, as for commands. The descriptor is kept far from those the script's own redirections
 * use. */
static int open_script(const char *file)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        error_msg("%s: %s", file, strerror(e));
        exit(e == ENOENT || e == ENOTDIR ? 127 : 126);
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        error_msg("%s: %s", file, strerror(EISDIR));
        exit(126);
    }
    return redir_keep_script_fd(fd);
}

/* The mode a shell starts in: POSIX mode when it runs as `sh` (any directory, `-sh` for a
 * login shell) or when POSIXLY_CORRECT is in the environment; conch mode otherwise. Options on
 * the command line (`-o posix`, `+o posix`, `--posix`) come after and win. */
static bool invoked_as_sh(const char *arg0)
{
    if (!arg0)
        return false;
    /* Not strrchr: its lazy binding would be its only use before the first command. */
    const char *base = arg0;
    for (const char *p = arg0; *p; p++)
        if (*p == '/')
            base = p + 1;
    if (*base == '-')
        base++;
    return strcmp(base, "sh") == 0;
}

int main(int argc, char **argv)
{
    struct invocation inv = {0};
    exec_raise_limits();
    hist_install();
    if (argv[0] && argv[0][0] == '-')
        sh.login = true;
    opt.progcomp = true;       /* shopt progcomp: on, as in bash */
    opt.hostcomplete = true;   /* as in bash */
    options_set_posix(invoked_as_sh(argv[0]) || getenv("POSIXLY_CORRECT"));
    explain_init();
    parse_options(argc, argv, &inv);
    vars_init(environ);
    specials_init(true);
    lang_init();
    sh.pid = getpid();
    trap_init();
    array_init(); /* declare -i evaluates through exec/arith.c */

    int op = inv.first_operand;
    const char *cmd = NULL, *file = NULL;
    sh.arg0 = xstrdup(argv[0] ? argv[0] : "conch");
    if (inv.cmd_mode) {
        if (op >= argc) {
            error_msg("-c: option requires an argument");
            fputs(usage_text, stderr);
            return 2;
        }
        cmd = argv[op++];
        if (op < argc) { /* XCU sh -c: command_name becomes $0 */
            free(sh.arg0);
            sh.arg0 = xstrdup(argv[op++]);
        }
    } else if (!opt.stdin_cmds && op < argc) {
        file = argv[op++];
        free(sh.arg0);
        sh.arg0 = xstrdup(file);
    } else {
        opt.stdin_cmds = true;
    }
    shell_set_params(argc - op, argv + op);

    /* XCU sh -i: "if there are no operands and the standard input and standard error are
     * terminals", or when asked. */
    sh.interactive = inv.interactive_flag
                     || (opt.stdin_cmds && !cmd && isatty(STDIN_FILENO) && isatty(STDERR_FILENO));
    opt.interactive = sh.interactive;
    if (sh.interactive) {
        if (!inv.monitor_set)
            opt.monitor = true;
        if (!opt.vi)
            opt.emacs = true;
        opt.noexec = false; /* XCU set -n: ignored by interactive shells */
        if (!inv.histexpand_set && options_extensions())
            opt.histexpand = true;
    }
    if (opt.monitor && jobs_control_init() < 0)
        opt.monitor = false;
    if (sh.interactive)
        trap_set_interactive(opt.monitor);
    startup_run(inv.noprofile, inv.norc);

    struct parser *p;
    int fd = -1;
    if (cmd) {
        p = parser_new_string(cmd, NULL, 1);
    } else if (file) {
        fd = open_script(file);
        sh.script_name = file;
        p = parser_new_fd(fd, file);
    } else if (sh.interactive) {
        p = parser_new_interactive(&lineedit_reader);
    } else {
        p = parser_new_fd(STDIN_FILENO, NULL);
    }
    exec_parser(p);
    parser_free(p);
    if (fd >= 0) /* fd may have moved since (redir.c make_room) */
        redir_close_script_fd();
    exec_exit(sh.last_status);
}
