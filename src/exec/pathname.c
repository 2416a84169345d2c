/* pathname.c — pathname expansion (XCU 2.6.6, patterns 2.14) of one finished field.
 * split.c calls it for fields with an unquoted * ? or [; the matches go to the word's fields. */
#include "config.h"

#include "exec/expand_int.h"
#include "lib/error.h"
#include "lib/strvec.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>

/* XCU 2.14: * and ? are always special; [ only when a ] closes a bracket expression after it
 * (a lone `[` is an ordinary character, and `[ ... ]` tests must not read the directory).
 * A backslash quotes the next character. */
bool pathname_is_pattern(const char *pat)
{
    for (const char *p = pat; *p; p++) {
        switch (*p) {
        case '\\':
            if (p[1])
                p++;
            break;
        case '*':
        case '?':
            return true;
        case '[': {
            const char *q = p + 1;
            if (*q == '!' || *q == '^')
                q++;
            if (*q == ']')
                q++; /* a leading ] is a member, not the end */
            for (; *q && *q != '/'; q++) {
                if (*q == ']')
                    return true;
                if (*q == '\\' && q[1])
                    q++;
            }
            break;
        }
        }
    }
    return false;
}

void pathname_expand(struct expander *x)
{
    const char *text = sb_str(&x->text);
    size_t len = x->text.len;
    /* glob() takes a backslash as an escape (GLOB_NOESCAPE is off), so quoted pattern
     * characters get one and stay literal; backslashes from unquoted expansions stay escapes,
     * as in other shells. */
    char *pat = xmalloc(len + x->nq + 1);
    size_t k = 0, q = 0;
    for (size_t i = 0; i < len; i++) {
        if (q < x->nq && x->qpos[q] == i) {
            pat[k++] = '\\';
            q++;
        }
        pat[k++] = text[i];
    }
    pat[k] = '\0';

    if (!pathname_is_pattern(pat)) {
        strvec_pushdup(x->out, text);
        free(pat);
        return;
    }
    glob_t g;
    /* No GLOB_PERIOD: a leading dot must be matched explicitly. glob() sorts the results. */
    int r = glob(pat, 0, NULL, &g);
    if (r == 0 && g.gl_pathc > 0) {
        for (size_t i = 0; i < g.gl_pathc; i++)
            strvec_pushdup(x->out, g.gl_pathv[i]);
    } else {
        /* No match: the word stays as it was, with quotes removed. */
        strvec_pushdup(x->out, text);
    }
    globfree(&g); /* glob() initialised g even when it failed */
    free(pat);
}
