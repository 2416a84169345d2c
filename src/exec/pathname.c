/* pathname.c — pathname expansion (XCU 2.6.6, patterns 2.14) of one finished field.
 * split.c calls it for fields with an unquoted * ? or [; the matches go to the word's fields. */
#include "config.h"

#include "exec/expand_int.h"
#include "exec/match.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"

#include <dirent.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* ---- Pathname expansion by character, for multibyte locales ------------------------------
 * glibc's glob() matches through fnmatch(), which in C.UTF-8 lets `_??_` match `_μ_` (one
 * character) and matches no multibyte character against a range, so in a multibyte locale
 * conch reads the directories itself and matches each name with match_pattern(). The rules
 * are glob()'s: a '/' is matched only by a '/', a leading '.' only by a literal '.', the
 * results are sorted by the collating sequence (XCU 2.14.3). */

/* Copies component comp[0..n) into a NUL-terminated string, without its escapes if unescape. */
static char *component(const char *comp, size_t n, bool unescape)
{
    char *c = xmalloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (unescape && comp[i] == '\\' && i + 1 < n)
            i++;
        c[k++] = comp[i];
    }
    c[k] = '\0';
    return c;
}

/* path holds the directories matched so far; rest is what is left of the pattern. Literal
 * components are taken in a loop and only a pattern component recurses, once per matching
 * name: the depth is that of real directories (opendir fails past PATH_MAX), never that of
 * the pattern's text (200000 components `a/` before a `*`). */
static void walk(struct strbuf *path, const char *rest, struct strvec *found)
{
    size_t base = path->len;
    struct stat st;
    for (;;) {
        bool slashed = false;
        while (*rest == '/') {
            sb_addc(path, *rest++);
            slashed = true;
        }
        if (!*rest) {
            /* A pattern ending in '/' names directories only. */
            if (slashed && stat(sb_str(path), &st) == 0 && S_ISDIR(st.st_mode))
                strvec_pushdup(found, sb_str(path));
            break;
        }
        const char *slash = strchr(rest, '/');
        size_t n = slash ? (size_t)(slash - rest) : strlen(rest);
        char *pat = component(rest, n, false);
        if (!pathname_is_pattern(pat)) {
            free(pat);
            char *lit = component(rest, n, true);
            sb_adds(path, lit);
            free(lit);
            if (slash) {
                rest = slash;
                continue;
            }
            if (lstat(sb_str(path), &st) == 0)
                strvec_pushdup(found, sb_str(path));
            break;
        }
        DIR *d = opendir(path->len ? sb_str(path) : ".");
        struct dirent *e;
        bool dot = pat[0] == '.' || (pat[0] == '\\' && pat[1] == '.');
        size_t dir_len = path->len;
        while (d && (e = readdir(d)) != NULL) {
            if ((e->d_name[0] == '.' && !dot) || !match_pattern(pat, e->d_name))
                continue;
            sb_adds(path, e->d_name);
            if (slash)
                walk(path, slash, found);
            else
                strvec_pushdup(found, sb_str(path));
            sb_truncate(path, dir_len);
        }
        if (d)
            closedir(d);
        free(pat);
        break;
    }
    sb_truncate(path, base);
}

static int cmp_coll(const void *a, const void *b)
{
    return strcoll(*(char *const *)a, *(char *const *)b);
}

/* Like glob(pat, 0, ...): 0 and the sorted matches in *found, or GLOB_NOMATCH. */
static int glob_chars(const char *pat, struct strvec *found)
{
    struct strbuf path = {0};
    walk(&path, pat, found);
    sb_release(&path);
    if (found->n == 0)
        return GLOB_NOMATCH;
    qsort(found->v, found->n, sizeof *found->v, cmp_coll);
    return 0;
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
    if (mbchar_multi) {
        struct strvec found = {0};
        if (glob_chars(pat, &found) == 0) {
            for (size_t i = 0; i < found.n; i++)
                strvec_push(x->out, found.v[i]);
            free(found.v);
        } else {
            strvec_pushdup(x->out, text);
        }
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
