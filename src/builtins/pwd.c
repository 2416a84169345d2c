/* pwd.c — the pwd utility (XCU pwd): prints the logical working directory (PWD, when it is
 * still valid) or, with -P, the physical one from getcwd(). */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* XCU pwd -L: PWD is used if it is an absolute pathname of the current directory without
 * "." or ".." components; otherwise the behaviour is that of -P. */
static bool pwd_is_valid(const char *pwd)
{
    if (!pwd || pwd[0] != '/')
        return false;
    for (const char *c = pwd; (c = strchr(c, '/')) != NULL;) {
        c++;
        if (c[0] == '.' && (c[1] == '/' || c[1] == '\0' ||
                            (c[1] == '.' && (c[2] == '/' || c[2] == '\0'))))
            return false;
    }
    struct stat a, b;
    return stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

int builtin_pwd(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool physical = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "LP")) != -1) {
        if (c == '?')
            return 2;
        physical = c == 'P';
    }
    const char *pwd = vars_get("PWD");
    if (!physical && pwd_is_valid(pwd)) {
        printf("%s\n", pwd);
    } else {
        char *cwd = getcwd(NULL, 0);
        if (!cwd) {
            error_errno("pwd");
            return 1;
        }
        printf("%s\n", cwd);
        free(cwd);
    }
    return builtin_flush("pwd");
}
