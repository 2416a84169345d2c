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
#include "shell/lang.h"

#include <dirent.h>
#include <locale.h>
#include <stdint.h>
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

/* ---- Pathname expansion: reading the directories -----------------------------------------
 * glibc's glob() matches through fnmatch(), which in C.UTF-8 lets `_??_` match `_μ_` (one
 * character) and matches no multibyte character against a range, so conch reads the
 * directories itself and matches each name with match_pattern(). The rules are glob()'s: a '/'
 * is matched only by a '/', a leading '.' only by a literal '.', the results are sorted by the
 * collating sequence (XCU 2.14.3). Doing it here in every locale also spares what glob() spends
 * per name (allocations, a stat for `*\/`, strcoll in the C locale). */

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

/* A component of literal text around one run of '*' (`*.txt`, `f1*`, `*`), the commonest
 * kind: it matches the names that begin and end with that text, which memcmp tells without a
 * call to fnmatch() per name of the directory. In a multibyte locale the text must be ASCII:
 * an incomplete character in it would compare equal to the first bytes of a whole one. */
struct star_pat {
    const char *pre, *suf;
    size_t npre, nsuf;
};

static bool star_pat_compile(const char *pat, const struct gopts *g, struct star_pat *sp)
{
    if (g->mflags)
        return false;
    const char *star = NULL, *after = NULL;
    for (const char *p = pat; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '?' || c == '[' || c == '\\' || (c >= 0x80 && mbchar_multi))
            return false;
        if (c == '*') {
            if (after)
                return false; /* a second run of stars */
            star = star ? star : p;
            if (p[1] != '*')
                after = p + 1;
        }
    }
    if (!star)
        return false;
    sp->pre = pat;
    sp->npre = (size_t)(star - pat);
    sp->suf = after;
    sp->nsuf = strlen(after);
    return true;
}

static bool star_pat_match(const struct star_pat *sp, const char *name)
{
    size_t len = strlen(name);
    return len >= sp->npre + sp->nsuf && memcmp(name, sp->pre, sp->npre) == 0
           && memcmp(name + len - sp->nsuf, sp->suf, sp->nsuf) == 0;
}

/* From readdir's d_type: false when the entry is surely no directory (and no symbolic link,
 * which may name one), so a pattern that goes on below it needs no lstat or opendir there.
 * DT_UNKNOWN (some filesystems never fill d_type) says nothing. */
static bool may_be_dir(const struct dirent *e)
{
#ifdef DT_UNKNOWN
    return e->d_type == DT_UNKNOWN || e->d_type == DT_DIR || e->d_type == DT_LNK;
#else
    (void)e;
    return true;
#endif
}

/* Only slashes left of the pattern: `*\/` names the directories among the matches. d_type
 * DT_DIR says so without a stat; a symbolic link or an unknown type is stat'ed as before. */
static bool only_slashes(const char *s)
{
    while (*s == '/')
        s++;
    return !*s;
}

static bool name_matches(const char *pat, const struct star_pat *sp, const char *name, bool dot,
                         const struct gopts *g)
{
    if (name[0] == '.') {
        bool dots = strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
        /* With dotglob, . and .. are never matched, even by .* (bash 5.2's globskipdots). */
        if (dots ? g->dotglob || !dot : !dot && !g->dotglob)
            return false;
    }
    if (sp)
        return star_pat_match(sp, name);
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
        struct star_pat star;
        const struct star_pat *sp = star_pat_compile(pat, g, &star) ? &star : NULL;
        bool dirs_only = slash && only_slashes(slash);
        while (d && (e = readdir(d)) != NULL) {
            if (slash && !may_be_dir(e))
                continue;
            if (!name_matches(pat, sp, e->d_name, dot, g))
                continue;
            sb_adds(path, e->d_name);
#ifdef DT_DIR
            if (dirs_only && e->d_type == DT_DIR) {
                sb_adds(path, slash);
                strvec_pushdup(found, sb_str(path));
            } else
#endif
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

/* strcmp's order, without a call per comparison: each name carries its first 8 bytes as a
 * big-endian number (NUL-padded), so most comparisons are one of integers, and only names
 * alike in those bytes are compared further. */
struct sort_key {
    uint64_t head;
    char *s;
};

static inline bool key_before(const struct sort_key *a, const struct sort_key *b)
{
    if (a->head != b->head)
        return a->head < b->head;
    if ((a->head & 0xff) == 0)
        return false; /* equal, NUL within the first 8 bytes */
    const unsigned char *p = (const unsigned char *)a->s + 8, *q = (const unsigned char *)b->s + 8;
    while (*p && *p == *q)
        p++, q++;
    return *p < *q;
}

/* Merge sort of v[0..n) by key_before, through tmp (n/2 slots): qsort() would call a
 * comparison function through a pointer for each of the n log n comparisons, which cost more
 * than the comparisons themselves. */
static void sort_keys(struct sort_key *v, struct sort_key *tmp, size_t n)
{
    if (n < 8) {
        for (size_t i = 1; i < n; i++) {
            struct sort_key k = v[i];
            size_t j = i;
            for (; j > 0 && key_before(&k, &v[j - 1]); j--)
                v[j] = v[j - 1];
            v[j] = k;
        }
        return;
    }
    size_t h = n / 2;
    sort_keys(v, tmp, h);
    sort_keys(v + h, tmp, n - h);
    if (!key_before(&v[h], &v[h - 1]))
        return; /* already in order */
    memcpy(tmp, v, h * sizeof *v);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        v[k++] = key_before(&v[j], &tmp[i]) ? v[j++] : tmp[i++];
    while (i < h)
        v[k++] = tmp[i++];
}

static void sort_bytes(char **v, size_t n)
{
    struct sort_key *keys = xmalloc(n * sizeof *keys), *tmp = xmalloc((n / 2 + 1) * sizeof *tmp);
    for (size_t i = 0; i < n; i++) {
        uint64_t h = 0;
        const unsigned char *p = (const unsigned char *)v[i];
        for (int b = 0; b < 8; b++) {
            h = h << 8 | *p;
            p += *p != 0;
        }
        keys[i] = (struct sort_key){h, v[i]};
    }
    sort_keys(keys, tmp, n);
    for (size_t i = 0; i < n; i++)
        v[i] = keys[i].s;
    free(keys);
    free(tmp);
}

/* In the C (POSIX) locale the collating sequence is the order of the bytes (XBD 7.3.2), which
 * strcmp gives without strcoll's locale machinery. */
static bool collation_is_bytes(void)
{
    lang_need();
    const char *c = setlocale(LC_COLLATE, NULL);
    return c && (strcmp(c, "C") == 0 || strcmp(c, "POSIX") == 0);
}

/* The sorted matches of pat in *found; false when there are none. */
static bool glob_chars(const char *pat, struct strvec *found, const struct gopts *g)
{
    struct strbuf path = {0};
    walk(&path, pat, found, g);
    sb_release(&path);
    if (found->n == 0)
        return false;
    if (collation_is_bytes()) {
        sort_bytes(found->v, found->n);
    } else {
        qsort(found->v, found->n, sizeof *found->v, cmp_coll);
    }
    return true;
}

void pathname_expand(struct expander *x)
{
    const char *text = sb_str(&x->text);
    size_t len = x->text.len;
    /* The matcher takes a backslash as an escape, so quoted pattern characters get one and
     * stay literal; backslashes from unquoted expansions stay escapes, as in other shells. */
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
    struct strvec found = {0};
    if (glob_chars(pat, &found, &go)) {
        for (size_t i = 0; i < found.n; i++)
            strvec_push(x->out, found.v[i]);
        free(found.v);
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
