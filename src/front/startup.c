/* startup.c — the files a shell reads before its first command (XCU sh, ENV): the profiles of
 * a login shell, then (conch mode) the system conchrc, $ENV and ~/.conchrc for an interactive
 * one. Called once by main.c. */
#include "config.h"

#include "exec/exec.h"
#include "exec/expand.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/parse.h"
#include "front/lineedit.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Runs one file through the dot builtin, so that messages name it ("conch: FILE: line N: ...")
 * and a syntax error ends that file only. The extra exec_string level keeps the file's parser
 * below the top level: errors there abort the file, not the shell. `exit` in the file leaves. */
static void run_file(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || S_ISDIR(st.st_mode) || access(path, R_OK) != 0)
        return; /* a missing start-up file is not an error */
    struct strbuf cmd = {0};
    sb_adds(&cmd, ". -- ");
    if (!strchr(path, '/'))
        sb_adds(&cmd, "./");
    sb_add_quoted(&cmd, path);
    const char *script_name = sh.script_name;
    exec_string(sb_str(&cmd), path);
    sh.script_name = script_name;
    sb_release(&cmd);
    if (sh.flow == FLOW_EXIT)
        exec_exit(sh.last_status);
    sh.flow = FLOW_NORMAL;
}

static char *home_file(const char *name)
{
    const char *home = vars_get("HOME");
    if (!home || !*home)
        return NULL;
    struct strbuf sb = {0};
    sb_adds(&sb, home);
    if (home[strlen(home) - 1] != '/')
        sb_addc(&sb, '/');
    sb_adds(&sb, name);
    return sb_detach(&sb);
}

/* XCU sh, ENV: "the shell shall perform parameter expansion ... on the value". Only when the
 * real and effective user (and group) IDs match. */
static char *env_file(void)
{
    const char *env = vars_get("ENV");
    if (!env || !*env || getuid() != geteuid() || getgid() != getegid())
        return NULL;
    struct arena *a = arena_new();
    struct word *w = parse_dquoted_text(a, env, "ENV");
    char *path = w ? expand_word_string(w, EXPAND_PLAIN) : NULL;
    arena_unref(a);
    if (path && !*path) {
        free(path);
        path = NULL;
    }
    return path;
}

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return a && b && stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev
           && sa.st_ino == sb.st_ino;
}

/* The system-wide conchrc: $(sysconfdir)/conch/conchrc, fixed by configure (the Makefile
 * passes CONCH_SYSCONFDIR), or the file CONCH_SYSRC names in the environment, empty meaning
 * none. The variable lets the tests (and anyone trying a changed copy) point elsewhere, and
 * lets the tests keep an installed /etc/conch/conchrc out of their shells. It is no new way
 * in: whoever sets it could set ENV as well; like ENV, it is ignored when the real and
 * effective IDs differ. */
static const char *system_rc(void)
{
    const char *env = getenv("CONCH_SYSRC");
    if (env && getuid() == geteuid() && getgid() == getegid())
        return *env ? env : NULL;
    return CONCH_SYSCONFDIR "/conch/conchrc";
}

void startup_run(bool noprofile, bool norc)
{
    if (sh.login && !noprofile) {
        run_file("/etc/profile");
        char *profile = home_file(".profile");
        if (profile)
            run_file(profile);
        free(profile);
    }
    if (sh.interactive && !norc) {
        /* The system file is conch's, not POSIX's: a shell in POSIX mode (`sh`, --posix,
         * POSIXLY_CORRECT) never reads it. It comes after /etc/profile, which on Debian sets
         * PS1='$ ' for every shell but bash, so that its prompt is the one a login shows. */
        const char *sys = options_extensions() ? system_rc() : NULL;
        if (sys)
            run_file(sys);
        char *env = env_file();
        char *rc = home_file(".conchrc");
        if (env)
            run_file(env);
        if (rc && !same_file(env, rc))
            run_file(rc);
        free(env);
        free(rc);
    }
}
