/* split.c — field building and field splitting (XCU 2.6.5) as expanded text arrives.
 * expand.c and param.c feed text with its origin (xclass); finished fields go to pathname.c. */
#include "config.h"

#include "exec/expand_int.h"
#include "exec/match.h"
#include "lib/error.h"
#include "lib/mbchar.h"
#include "lib/strvec.h"
#include "shell/options.h"
#include "shell/vars.h"

#include <stdlib.h>
#include <string.h>

void xp_init(struct expander *x, struct strvec *out, bool pattern)
{
    memset(x, 0, sizeof *x);
    x->out = out;
    x->pattern = pattern;
}

void xp_release(struct expander *x)
{
    sb_release(&x->text);
    free(x->qpos);
    x->qpos = NULL;
    if (x->glob_fail) {
        free(x->glob_fail);
        x->glob_fail = NULL;
    }
    x->nq = x->qcap = 0;
}

/* Characters glob() and fnmatch() would treat specially (a backslash before any other character
 * is harmless, so erring on the side of escaping costs nothing). */
static bool is_pattern_special(char c)
{
    switch (c) {
    case '\\': case '*': case '?': case '[': case ']': case '!': case '^': case '-':
    case '&': /* not for glob(): a quoted & in ${x/p/rep} is no reference to the match */
        return true;
    default:
        return false;
    }
}

/* A backslash from an unquoted expansion escapes the next character in the pattern; a field
 * whose only pattern characters are escaped is not a pattern at all and keeps its backslashes
 * (p='a\*b'; echo $p prints a\*b, as in dash and bash). */
static bool has_glob_char(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '\\':
            i++;
            break;
        case '*':
        case '?':
        case '[':
            return true;
        case '+':
        case '@':
        case '!':
            if (i + 1 < n && s[i + 1] == '(' && match_flags())
                return true; /* an extglob group (conch mode) */
            break;
        }
    }
    return false;
}

static void emit(struct expander *x)
{
    if (x->has_glob && !opt.noglob)
        pathname_expand(x);
    else
        strvec_push(x->out, sb_detach(&x->text));
    sb_truncate(&x->text, 0);
    x->nq = 0;
    x->has_glob = false;
    x->started = false;
}

static void add_quoted(struct expander *x, const char *s, size_t n)
{
    if (!x->pattern && !x->out) {
        sb_addn(&x->text, s, n); /* a plain string: nothing to remember (x="$x." loops) */
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (!is_pattern_special(s[i]))
            continue;
        if (x->pattern) {
            /* String mode for fnmatch: escape inline, in runs. */
            sb_addn(&x->text, s, i);
            sb_addc(&x->text, '\\');
            s += i;
            n -= i;
            i = 0;
        } else if (x->out) {
            if (x->nq == x->qcap) {
                x->qcap = x->qcap ? x->qcap * 2 : 8;
                x->qpos = xrealloc(x->qpos, x->qcap * sizeof *x->qpos);
            }
            x->qpos[x->nq++] = x->text.len + i;
        }
    }
    sb_addn(&x->text, s, n);
}

/* Membership in IFS as a table of its single-byte characters, rebuilt only when IFS or the
 * locale changes. In a multibyte locale the bytes of a character like ç (C3 A7) are not
 * delimiters by themselves (é is C3 A9): such characters are looked up in IFS instead. */
static char ifs_seen[64];
static bool ifs_valid, ifs_seen_multi;
static bool ifs_table[256];
static bool ifs_has_multi; /* multibyte locale, IFS not all ASCII: walk by character */

static const bool *ifs_lookup(const char *ifs)
{
    if (ifs_valid && ifs_seen_multi == mbchar_multi && strcmp(ifs, ifs_seen) == 0)
        return ifs_table;
    memset(ifs_table, 0, sizeof ifs_table);
    ifs_has_multi = mbchar_set_table(ifs, ifs_table);
    ifs_valid = strlen(ifs) < sizeof ifs_seen;
    ifs_seen_multi = mbchar_multi;
    if (ifs_valid)
        strcpy(ifs_seen, ifs);
    return ifs_table;
}

/* Bytes of the character at s[i] (*k) and whether it is an IFS character. */
static bool ifs_at(const bool *is_ifs, const char *ifs, const char *s, size_t n, size_t i, size_t *k)
{
    if (!ifs_has_multi) {
        /* ASCII IFS: a UTF-8 character's bytes are all >= 0x80 and never match. */
        *k = 1;
        return is_ifs[(unsigned char)s[i]];
    }
    *k = mbchar_len(s + i, n - i);
    return *k == 1 ? is_ifs[(unsigned char)s[i]] : mbchar_set_has(ifs, s + i, *k);
}

/* The IFS rules of XCU 2.6.5, applied to unquoted expansion results only:
 * - IFS unset: <space><tab><newline>; IFS empty: no splitting.
 * - IFS white space is skipped at the start and end and separates fields;
 * - each other IFS character delimits a field, with any adjacent IFS white space, so "a::b"
 *   gives a, "", b and a trailing delimiter adds no empty field. */
static void add_split(struct expander *x, const char *s, size_t n)
{
    const char *ifs = vars_get("IFS");
    if (!ifs)
        ifs = " \t\n";
    if (*ifs == '\0') {
        if (n) {
            x->has_glob |= has_glob_char(s, n);
            sb_addn(&x->text, s, n);
            x->started = true;
            x->ws_ended = false;
        }
        return;
    }
    const bool *is_ifs = ifs_lookup(ifs);
    size_t i = 0;
    while (i < n) {
        /* A run of ordinary characters joins the current field. */
        size_t j = i, k = 1;
        if (!ifs_has_multi) {
            while (j < n && !is_ifs[(unsigned char)s[j]])
                j++;
        } else {
            while (j < n && !ifs_at(is_ifs, ifs, s, n, j, &k))
                j += k;
        }
        if (j > i) {
            x->has_glob |= has_glob_char(s + i, j - i);
            sb_addn(&x->text, s + i, j - i);
            x->started = true;
            x->ws_ended = false;
            i = j;
            continue;
        }
        char c = s[i];
        ifs_at(is_ifs, ifs, s, n, i, &k);
        i += k;
        if (c == ' ' || c == '\t' || c == '\n') {
            if (x->started) {
                emit(x);
                x->ws_ended = true;
            }
        } else if (x->started) {
            emit(x);
            x->ws_ended = false;
        } else if (x->ws_ended) {
            x->ws_ended = false; /* "a :b": the white space and ':' are one delimiter */
        } else {
            x->started = true; /* ":a" or "a::b": an empty field */
            emit(x);
        }
    }
}

void xp_add(struct expander *x, const char *s, size_t n, enum xclass cls)
{
    switch (cls) {
    case X_QUOTED:
        add_quoted(x, s, n);
        x->started = true;
        x->ws_ended = false;
        return;
    case X_LITERAL:
        break;
    case X_EXPANDED:
        if (x->out) {
            add_split(x, s, n);
            return;
        }
        break;
    }
    if (n == 0)
        return;
    if (x->out)
        x->has_glob |= has_glob_char(s, n);
    sb_addn(&x->text, s, n);
    x->started = true;
    x->ws_ended = false;
}

void xp_break(struct expander *x)
{
    if (x->out) {
        if (x->started)
            emit(x);
        x->ws_ended = false;
        return;
    }
    const char *ifs = vars_get("IFS");
    if (!ifs)
        sb_addc(&x->text, ' ');
    else if (*ifs)
        add_quoted(x, ifs, mbchar_len(ifs, strlen(ifs))); /* its first character, not byte */
}

void xp_finish(struct expander *x)
{
    if (x->out && x->started)
        emit(x);
}

char *xp_take_string(struct expander *x)
{
    char *s = sb_detach(&x->text);
    xp_release(x);
    return s;
}
