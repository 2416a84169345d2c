/* tilde.c — tilde expansion (XCU 2.6.1): ~, ~login, ~+ and ~- at the start of a word (and after ':' in
 * assignments), called by expand.c on unquoted literal text; the result counts as quoted. */
#include "config.h"

#include "exec/expand_int.h"
#include "lib/error.h"
#include "shell/dirstack.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <pwd.h>
#include <string.h>
#include <unistd.h>

size_t expand_tilde_prefix(struct expander *x, const char *s, size_t n, bool colon_ends, bool at_end)
{
    size_t end = 1;
    while (end < n && s[end] != '/' && !(colon_ends && s[end] == ':'))
        end++;
    /* The prefix runs to the first unquoted '/'; if the text stops first, what follows
     * (quotes or an expansion) belongs to the prefix and makes it no tilde prefix. */
    if (end == n && !at_end)
        return 0;
    const char *dir;
    if (end == 1) {
        dir = vars_get("HOME");
        if (!dir) {
            /* HOME unset is unspecified; the password database is the useful answer. */
            struct passwd *pw = getpwuid(getuid());
            if (!pw)
                return 0;
            dir = pw->pw_dir;
        }
    } else if (options_extensions() && dirstack_tilde(s + 1, end - 1, &dir)) {
        /* `~N`, `~+N`, `~-N`: directory stack entries (conch mode, as bash); out of range,
         * the word stays as written. */
        if (!dir)
            return 0;
    } else if (end == 2 && (s[1] == '+' || s[1] == '-')) {
        /* `~+` and `~-` are $PWD and $OLDPWD, as in bash and the ksh family (XCU 2.6.1 leaves
         * a prefix that is no login name unspecified); unset, the word stays as written. */
        dir = vars_get(s[1] == '+' ? "PWD" : "OLDPWD");
        if (!dir)
            return 0;
    } else {
        char name[256];
        if (end - 1 >= sizeof name)
            return 0;
        memcpy(name, s + 1, end - 1);
        name[end - 1] = '\0';
        struct passwd *pw = getpwnam(name);
        if (!pw)
            return 0; /* unknown user: the word stays as written */
        dir = pw->pw_dir;
    }
    /* An empty HOME makes `~` no field at all, as in dash, mksh and yash (bash keeps an empty
     * one): the result is quoted only in that it is not split or globbed. */
    if (*dir)
        xp_add(x, dir, strlen(dir), X_QUOTED);
    return end;
}
