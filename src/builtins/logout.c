/* logout.c — the logout builtin: `exit` for a login shell (conch -l, or argv[0] starting with
 * '-'), an error anywhere else. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "shell/shell.h"

int builtin_logout(int argc, char **argv)
{
    if (!sh.login) {
        error_msg("logout: not login shell: use `exit'");
        return 1;
    }
    return builtin_exit(argc, argv);
}
