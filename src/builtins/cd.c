/* cd.c — the cd utility (XCU cd): changes the working directory and keeps PWD and OLDPWD,
 * logically (following the path as written) by default or physically with -P. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/vars.h"
#include "lib/compat.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static bool has_dot_component(const char *p)
{
    for (const char *c = p; (c = strchr(c, '/')) != NULL;) {
        c++;
        if (c[0] == '.' && (c[1] == '/' || c[1] == '\0' ||
                            (c[1] == '.' && (c[2] == '/' || c[2] == '\0'))))
            return true;
    }
    return false;
}

/* The logical working directory: PWD when it is absolute, clean and names ".", else the
 * physical one. malloc'd, or NULL if even getcwd fails (the directory was removed). */
static char *current_dir(void)
{
    const char *pwd = vars_get("PWD");
    if (pwd && pwd[0] == '/' && !has_dot_component(pwd) && same_file(pwd, "."))
        return xstrdup(pwd);
    return getcwd(NULL, 0);
}

/* XCU cd step 8: remove "." components and each ".." with the component before it, after
 * checking that what precedes the ".." is a directory (so "cd nosuch/.." fails as chdir would).
 * path is absolute. Returns malloc'd text, or NULL with errno set. */
static char *canonicalize(const char *path)
{
    struct strbuf out = {0};
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        const char *end = strchrnul(p, '/');
        size_t len = (size_t)(end - p);
        if (len == 0 || (len == 1 && p[0] == '.')) {
            /* nothing */
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            struct stat st;
            if (out.len > 0) {
                int bad = stat(sb_str(&out), &st) != 0 ? errno : !S_ISDIR(st.st_mode) ? ENOTDIR : 0;
                if (bad) {
                    sb_release(&out);
                    errno = bad;
                    return NULL;
                }
            }
            char *slash = out.s ? strrchr(out.s, '/') : NULL;
            sb_truncate(&out, slash ? (size_t)(slash - out.s) : 0);
        } else {
            sb_addc(&out, '/');
            sb_addn(&out, p, len);
        }
        p = end;
    }
    if (out.len == 0)
        sb_addc(&out, '/');
    return sb_detach(&out);
}

/* XCU cd step 5: a relative operand not starting with . or .. is tried under each CDPATH
 * entry. Returns the malloc'd path found (and whether to print it), or NULL. */
static char *search_cdpath(const char *dir, bool *print)
{
    const char *cdpath = vars_get("CDPATH");
    if (!cdpath || !*cdpath)
        return NULL;
    const char *p = cdpath;
    for (;;) {
        const char *end = strchrnul(p, ':');
        struct strbuf sb = {0};
        if (end == p)
            sb_adds(&sb, ".");
        else
            sb_addn(&sb, p, (size_t)(end - p));
        if (sb.s[sb.len - 1] != '/')
            sb_addc(&sb, '/');
        sb_adds(&sb, dir);
        struct stat st;
        if (stat(sb_str(&sb), &st) == 0 && S_ISDIR(st.st_mode)) {
            *print = end != p;
            return sb_detach(&sb);
        }
        sb_release(&sb);
        if (!*end)
            return NULL;
        p = end + 1;
    }
}

static bool dot_prefixed(const char *dir)
{
    return dir[0] == '.' &&
           (dir[1] == '\0' || dir[1] == '/' || (dir[1] == '.' && (dir[2] == '\0' || dir[2] == '/')));
}

int builtin_cd(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool physical = false, check = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "LPe")) != -1) {
        if (c == '?')
            return 2;
        if (c == 'e')
            check = true;
        else
            physical = c == 'P';
    }
    if (argc - o.index > 1) {
        error_msg("cd: too many arguments");
        return 1;
    }

    const char *dir = argv[o.index];
    bool print = false;
    if (!dir) {
        /* XCU cd step 1-2: HOME unset is an error; an empty HOME changes nothing. */
        dir = vars_get("HOME");
        if (!dir) {
            error_msg("cd: HOME not set");
            return 1;
        }
        if (!*dir)
            return 0;
    } else if (strcmp(dir, "-") == 0) {
        dir = vars_get("OLDPWD");
        if (!dir || !*dir) {
            error_msg("cd: OLDPWD not set");
            return 1;
        }
        print = true;
    }
    /* POSIX 2024: an empty operand is an error (it used to mean the current directory in some
     * shells, so say plainly what is wrong rather than chdir's bare ENOENT). */
    if (!*dir) {
        error_msg("cd: empty directory name");
        return 1;
    }

    char *curpath = NULL;
    if (*dir && dir[0] != '/' && !dot_prefixed(dir)) {
        bool via = false;
        curpath = search_cdpath(dir, &via);
        print |= via;
    }
    if (!curpath)
        curpath = xstrdup(dir);

    char *old = current_dir();
    /* XCU cd: OLDPWD is the old $PWD as a string, even when that directory has since been
     * removed (the filesystem can no longer name it; dash and bash keep the string too). */
    const char *oldpwd = vars_get("PWD");
    char *old_text = oldpwd && oldpwd[0] == '/' ? xstrdup(oldpwd) : old ? xstrdup(old) : NULL;
    char *target = curpath; /* what chdir is given */
    char *logical = NULL;   /* the new PWD with -L */
    /* Without a logical current directory (it was removed) a relative path goes to chdir as is. */
    if (!physical && *curpath && (curpath[0] == '/' || old)) {
        char *full = curpath;
        if (curpath[0] != '/') {
            struct strbuf sb = {0};
            sb_adds(&sb, old);
            sb_addc(&sb, '/');
            sb_adds(&sb, curpath);
            full = sb_detach(&sb);
        }
        logical = canonicalize(full);
        if (full != curpath)
            free(full);
        if (!logical) {
            error_errno("cd: %s", dir);
            free(curpath);
            free(old);
            free(old_text);
            return 1;
        }
        target = logical;
    }
    if (chdir(target) != 0) {
        error_errno("cd: %s", dir);
        free(curpath);
        free(logical);
        free(old);
        free(old_text);
        return 1;
    }

    int status = 0;
    char *pwd = logical;
    if (!pwd) {
        pwd = getcwd(NULL, 0);
        if (!pwd && check) {
            error_errno("cd: cannot determine the current directory");
            status = 1;
        }
    }
    /* Both are exported, as dash, bash and yash do, so a child started after cd sees them. */
    if (old_text && vars_set("OLDPWD", old_text, VAR_EXPORT) != 0)
        status = 1;
    if (pwd && vars_set("PWD", pwd, VAR_EXPORT) != 0)
        status = 1;
    if (print && pwd) {
        printf("%s\n", pwd);
        if (builtin_flush("cd"))
            status = 1;
    }
    if (pwd != logical)
        free(pwd);
    free(logical);
    free(curpath);
    free(old);
    free(old_text);
    return status;
}
