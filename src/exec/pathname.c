/* pathname.c — pathname expansion (XCU 2.6.6, patterns 2.14) of one finished field.
 * split.c calls it for fields with an unquoted * ? or [; the matches go to the word's fields. */
#include "config.h"

#include "exec/expand_int.h"
#include "exec/match.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "shell/options.h"

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
        case '+':
        case '@':
        case '!':
            if (p[1] == '(' && match_flags())
                return true; /* an extglob group (conch mode, shopt -s extglob) */
            break;
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
/* The shopt options that change how names are matched (conch mode). */
struct gopts {
    unsigned mflags; /* match_pattern_flags: nocaseglob, extglob */
    bool dotglob;    /* wildcards match a leading '.' too (never . and ..) */
    bool globstar;   /* a component ** matches any depth of directories */
};

static void walk(struct strbuf *path, const char *rest, struct strvec *found, const struct gopts *g);

static bool name_matches(const char *pat, const char *name, bool dot, const struct gopts *g)
{
    if (name[0] == '.') {
        bool dots = strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
        /* With dotglob, . and .. are never matched, even by .* (bash 5.2's globskipdots). */
        if (dots ? g->dotglob || !dot : !dot && !g->dotglob)
            return false;
    }
    return g->mflags ? match_pattern_flags(pat, name, g->mflags) : match_pattern(pat, name);
}

/* Is path + name a directory to descend into with **? Symbolic links are not followed
 * (bash 5.2), and hidden directories only with dotglob. */
static bool star_dir(struct strbuf *path, const struct dirent *e, const struct gopts *g)
{
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
        return false;
    if (e->d_name[0] == '.' && !g->dotglob)
        return false;
    if (e->d_type != DT_UNKNOWN)
        return e->d_type == DT_DIR;
    struct stat st;
    return lstat(sb_str(path), &st) == 0 && S_ISDIR(st.st_mode);
}

/* globstar: `**` as a whole component. Last in the pattern, it matches every file and
 * directory below path; followed by /rest, rest is matched in path and in every directory
 * below it. The recursion follows the depth of real directories, as walk() does. */
static void star_walk(struct strbuf *path, const char *rest, struct strvec *found, const struct gopts *g)
{
    DIR *d = opendir(path->len ? sb_str(path) : ".");
    struct dirent *e;
    size_t dir_len = path->len;
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (e->d_name[0] == '.' && !g->dotglob)
            continue;
        sb_adds(path, e->d_name);
        bool dir = star_dir(path, e, g);
        if (!rest) {
            strvec_pushdup(found, sb_str(path));
        } else if (dir) {
            walk(path, rest, found, g); /* rest starts with '/' */
        }
        if (dir) {
            sb_addc(path, '/');
            star_walk(path, rest, found, g);
        }
        sb_truncate(path, dir_len);
    }
    if (d)
        closedir(d);
}

static void walk(struct strbuf *path, const char *rest, struct strvec *found, const struct gopts *g)
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
        if (g->globstar && strcmp(pat, "**") == 0) {
            free(pat);
            if (!slash) {
                if (path->len) /* "d/" itself, as bash */
                    strvec_pushdup(found, sb_str(path));
                star_walk(path, NULL, found, g);
                break;
            }
            /* Zero directories: the rest in path itself (`**\/` alone names path). */
            const char *after = slash;
            while (*after == '/')
                after++;
            if (*after)
                walk(path, after, found, g);
            else if (path->len)
                strvec_pushdup(found, sb_str(path));
            star_walk(path, slash, found, g);
            break;
        }
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
            if (!name_matches(pat, e->d_name, dot, g))
                continue;
            sb_adds(path, e->d_name);
            if (slash)
                walk(path, slash, found, g);
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
static int glob_chars(const char *pat, struct strvec *found, const struct gopts *g)
{
    struct strbuf path = {0};
    walk(&path, pat, found, g);
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
    bool ext = options_extensions();
    struct gopts go = {
        .mflags = match_flags() | (ext && opt.nocaseglob ? MATCH_NOCASE : 0),
        .dotglob = ext && opt.dotglob,
        .globstar = ext && opt.globstar,
    };
    size_t before = x->out->n;
    if (mbchar_multi || go.mflags || go.dotglob || go.globstar) {
        struct strvec found = {0};
        if (glob_chars(pat, &found, &go) == 0) {
            for (size_t i = 0; i < found.n; i++)
                strvec_push(x->out, found.v[i]);
            free(found.v);
        }
    } else {
        glob_t g;
        /* No GLOB_PERIOD: a leading dot must be matched explicitly. glob() sorts the results. */
        int r = glob(pat, 0, NULL, &g);
        if (r == 0 && g.gl_pathc > 0)
            for (size_t i = 0; i < g.gl_pathc; i++)
                strvec_pushdup(x->out, g.gl_pathv[i]);
        globfree(&g); /* glob() initialised g even when it failed */
    }
    free(pat);
    if (x->out->n > before)
        return;
    /* No match: the word stays as it was, with quotes removed (XCU 2.6.6); in conch mode
     * shopt nullglob drops it, failglob makes it an error (expand_one_word reports it). */
    if (ext && opt.failglob) {
        if (!x->glob_fail)
            x->glob_fail = xstrdup(text);
    } else if (!(ext && opt.nullglob)) {
        strvec_pushdup(x->out, text);
    }
}
