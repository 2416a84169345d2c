/* expand.c — word expansion (XCU 2.6): walks a word's parts in order and hands the text to the
 * field builder (split.c). Called by the executor for arguments, assignments, redirections and
 * case; parameters are in param.c, tilde.c and pathname.c do their own steps. */
#include "config.h"

#include "lib/name.h"
#include "exec/array.h"
#include "exec/exec.h"
#include "exec/expand.h"
#include "exec/expand_int.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void expand_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    shell_verror(fmt, ap);
    va_end(ap);
    sh.last_status = 2;
}

/* Unquoted literal text of the word: tilde prefixes (XCU 2.6.1) at the start and, in
 * assignments, after each ':'. */
static void add_literal(struct expander *x, const char *s, size_t n, enum xclass cls, unsigned flags,
                        bool first, bool last)
{
    if ((flags & XP_TILDE) && first && n && s[0] == '~') {
        size_t k = expand_tilde_prefix(x, s, n, flags & XP_ASSIGN, last);
        s += k;
        n -= k;
    }
    if (flags & XP_ASSIGN) {
        /* Every ':' is looked at, not only up to the first one without a '~' after it:
         * `P=/a:/b:~/bin` expands the third element. */
        size_t i = 0;
        const char *c;
        while (i + 1 < n && (c = memchr(s + i, ':', n - 1 - i)) != NULL) {
            i = (size_t)(c - s);
            if (s[i + 1] != '~') {
                i++;
                continue;
            }
            xp_add(x, s, i + 1, cls);
            s += i + 1;
            n -= i + 1;
            i = 0;
            size_t k = expand_tilde_prefix(x, s, n, true, last);
            if (k == 0) {
                xp_add(x, s, 1, cls);
                k = 1;
            }
            s += k;
            n -= k;
        }
    }
    xp_add(x, s, n, cls);
}

/* XCU 2.6.3: the output of the command, trailing newlines already removed by exec_cmdsub. */
static void add_cmdsub(struct expander *x, const struct part *p, bool quoted)
{
    if (p->procsub) {
        /* conch mode's <(...) and >(...): a name, never split or globbed (bash). */
        char *name = exec_procsub(p->cmdsub.body, p->procsub_out);
        if (name) {
            xp_add(x, name, strlen(name), X_QUOTED);
            free(name);
        }
        return;
    }
    char *out = exec_cmdsub(p->cmdsub.body);
    if (out) {
        xp_add(x, out, strlen(out), quoted ? X_QUOTED : X_EXPANDED);
        free(out);
    } else if (quoted) {
        xp_add(x, "", 0, X_QUOTED);
    }
}

/* XCU 2.6.4: the expression is expanded like a double-quoted string (no tilde: ~ is an
 * operator there), then evaluated. */
static int add_arith(struct expander *x, const struct part *p, bool quoted)
{
    char *expr = expand_string(p->arith.expr, 0, false);
    if (!expr)
        return -1;
    intmax_t v;
    int r = arith_eval(expr, &v);
    free(expr);
    if (r < 0)
        return -1;
    char buf[DECIMAL_MAX];
    size_t n = decimal_format(buf, v);
    xp_add(x, buf, n, quoted ? X_QUOTED : X_EXPANDED);
    return 0;
}

int expand_parts(struct expander *x, const struct word *w, unsigned flags)
{
    if (!w)
        return 0;
    for (size_t i = 0; i < w->nparts; i++) {
        const struct part *p = &w->parts[i];
        bool quoted = (flags & XP_QUOTED) || p->quoted;
        switch (p->kind) {
        case PART_LIT:
            if (quoted)
                xp_add(x, p->lit.text, p->lit_len, X_QUOTED);
            else
                add_literal(x, p->lit.text, p->lit_len, (flags & XP_INPARAM) ? X_EXPANDED : X_LITERAL,
                            flags, i == 0, i + 1 == w->nparts);
            break;
        case PART_PARAM:
            if (param_expand(x, p, quoted) < 0)
                return -1;
            break;
        case PART_CMDSUB:
            add_cmdsub(x, p, quoted);
            break;
        case PART_ARITH:
            if (add_arith(x, p, quoted) < 0)
                return -1;
            break;
        case PART_ARRAY:
            /* Only assignments and declaration utilities take (...) (classify.c); a for word
             * or case word is the one place left. */
            expand_error("(...): an array is not a word here");
            return -1;
        }
    }
    return 0;
}

char *expand_string(const struct word *w, unsigned flags, bool pattern)
{
    struct expander x;
    xp_init(&x, NULL, pattern);
    if (expand_parts(&x, w, flags) < 0) {
        xp_release(&x);
        return NULL;
    }
    return xp_take_string(&x);
}

/* A word that is one literal part needs no expansion unless it may hold a tilde prefix, a
 * pattern (fields) or a ':~' (assignments). */
static const struct part *single_lit(const struct word *w)
{
    return w && w->nparts == 1 && w->parts[0].kind == PART_LIT ? &w->parts[0] : NULL;
}

/* XCU 2.9.1.1 and export/readonly (POSIX 2024): after a declaration utility named by the
 * command's first fields (possibly after `command`), an operand that looks like an assignment
 * (an unquoted NAME= at its start) is expanded as an assignment value is: tilde after '=' and
 * ':', no field splitting, no pathname expansion. `export x=$y` keeps the blanks of $y. */
static bool is_declaration_name(const char *s)
{
    return strcmp(s, "export") == 0 || strcmp(s, "readonly") == 0 || strcmp(s, "local") == 0
           || ((s[0] == 'd' || s[0] == 't') && options_extensions()
               && (strcmp(s, "declare") == 0 || strcmp(s, "typeset") == 0));
}

static bool after_declaration(const struct strvec *out)
{
    size_t i = 0;
    while (i < out->n && strcmp(out->v[i], "command") == 0)
        i++;
    return i + 1 == out->n && is_declaration_name(out->v[i]);
}

/* Once a field other than `command` is followed by more, or is not a declaration name, no
 * later word can make the command a declaration: the words after it need no check. */
static bool declaration_possible(const struct strvec *out)
{
    return out->n == 0 || strcmp(out->v[out->n - 1], "command") == 0;
}

static int expand_one_word(const struct word *w, struct strvec *out, bool braces);
static int expand_fields(const struct word *w, struct strvec *out);

static bool looks_like_assignment(const struct word *w)
{
    if (!w->nparts || w->parts[0].kind != PART_LIT || w->parts[0].quoted)
        return false;
    const char *eq = memchr(w->parts[0].lit.text, '=', w->parts[0].lit_len);
    return eq && eq > w->parts[0].lit.text && is_name(w->parts[0].lit.text, eq - w->parts[0].lit.text);
}

/* Brace expansion comes first (conch mode, set -B), as in bash: `export a={x,y}` declares
 * a twice. expand_one_word tells its caller when a word has braces to expand (returns 1), in
 * the same pass over the text that looks for pattern characters: this runs for every word. */
static bool braces_on(void)
{
    return opt.braceexpand && options_extensions();
}

static bool wants_braces(const struct word *w)
{
    return braces_on() && brace_has_open(w);
}

struct command_words {
    struct strvec *out;
    bool decl;
};

static int command_words(const struct word *words, struct strvec *out, bool *decl, bool braces);

/* A word made by brace expansion: its own braces are not expanded again. */
static int brace_command_word(const struct word *w, void *arg)
{
    struct command_words *c = arg;
    return command_words(w, c->out, &c->decl, false);
}

/* decl: a declaration utility has been seen (see after_declaration). */
static int command_words(const struct word *words, struct strvec *out, bool *declp, bool braces)
{
    bool decl = *declp, settled = false;
    for (const struct word *w = words; w; w = w->next) {
        if (decl && word_has_array(w)) {
            /* conch mode: declare a=(...) gets the elements expanded, as text it reads back
             * (exec/array.c). */
            char *text = array_encode_word(w);
            if (!text)
                return -1;
            strvec_push(out, text);
            continue;
        }
        if (decl && looks_like_assignment(w) && !(braces && wants_braces(w))) {
            /* NAME= stays as written; the rest is the value, with a tilde prefix after '='. */
            const char *text = w->parts[0].lit.text;
            size_t name_len = (size_t)((const char *)memchr(text, '=', w->parts[0].lit_len) - text) + 1;
            size_t wsize = sizeof *w + w->nparts * sizeof *w->parts;
            struct word *value_word = xmalloc(wsize);
            memcpy(value_word, w, wsize);
            value_word->next = NULL;
            value_word->parts[0].lit.text += name_len;
            value_word->parts[0].lit_len -= name_len;
            char *value = expand_string(value_word, XP_TILDE | XP_ASSIGN, false);
            free(value_word);
            if (!value)
                return -1;
            struct strbuf sb = {0};
            sb_addn(&sb, text, name_len);
            sb_adds(&sb, value);
            free(value);
            strvec_push(out, sb_detach(&sb));
            continue;
        }
        int r = expand_one_word(w, out, braces);
        if (r != 0) {
            if (r < 0)
                return -1;
            struct command_words c = {out, decl};
            r = brace_expand(w, brace_command_word, &c);
            decl = c.decl;
            if (r < 0)
                return -1;
        }
        if (!decl && !settled) {
            decl = after_declaration(out);
            settled = !decl && !declaration_possible(out);
        }
    }
    *declp = decl;
    return 0;
}

/* conch mode: the declare a=(...) texts of this command are known by their addresses
 * (array_encoded); inline command substitutions expand commands of their own meanwhile. */
int expand_command_words(const struct word *words, struct strvec *out)
{
    static int depth;
    if (depth == 0)
        array_encoded_n = 0;
    depth++;
    bool decl = false;
    int r = command_words(words, out, &decl, true);
    depth--;
    return r;
}

bool expand_glob_failed;

/* An extglob group (shopt -s extglob) may make a word without * ? [ a pattern: +(a) @(a). */
static bool maybe_extglob(const char *s)
{
    return opt.extglob && options_extensions() && strpbrk(s, "+@!") && strchr(s, '(');
}

/* XCU 2.6 on one word (not the words after it), appending its fields to out. With braces,
 * returns 1 instead when the word has a brace expansion to do first (conch mode). */
static int expand_one_word(const struct word *w, struct strvec *out, bool braces)
{
    {
        const struct part *p = single_lit(w);
        if (p) {
            if (p->quoted) {
                strvec_push(out, xstrndup(p->lit.text, p->lit_len));
                return 0;
            }
            if (p->lit_len == 0)
                return 0;
            const char *text = p->lit.text;
            const char *sp = strpbrk(text, "*?[{");
            if (sp && braces && braces_on() && strchr(sp, '{'))
                return 1;
            if (text[0] != '~' && (sp ? !pathname_is_pattern(text) : !maybe_extglob(text))) {
                strvec_push(out, xstrndup(text, p->lit_len));
                return 0;
            }
        } else if (braces && wants_braces(w)) {
            return 1;
        }
    }
    return expand_fields(w, out);
}

/* The general case of expand_one_word, out of line: the common plain word above then costs
 * no expander on the stack. */
static __attribute__((noinline)) int expand_fields(const struct word *w, struct strvec *out)
{
    struct expander x;
    xp_init(&x, out, false);
    int r = expand_parts(&x, w, XP_TILDE);
    if (r == 0)
        xp_finish(&x);
    if (r == 0 && x.glob_fail) {
        /* shopt failglob (conch mode): the command does not run; status 1, as bash. */
        expand_error("no match: %s", x.glob_fail);
        expand_glob_failed = true;
        r = -1;
    }
    xp_release(&x);
    return r < 0 ? -1 : 0;
}

static int for_word(const struct word *w, void *out)
{
    return expand_one_word(w, out, false);
}

int expand_words(const struct word *words, struct strvec *out)
{
    for (const struct word *w = words; w; w = w->next) {
        int r = expand_one_word(w, out, true);
        if (r > 0)
            r = brace_expand(w, for_word, out);
        if (r < 0)
            return -1;
    }
    return 0;
}

char *expand_word_string(const struct word *w, enum expand_mode mode)
{
    const struct part *p = single_lit(w);
    if (p && (p->quoted || (p->lit.text[0] != '~' && (mode != EXPAND_ASSIGN || !strstr(p->lit.text, ":~")))))
        return xstrndup(p->lit.text, p->lit_len);
    return expand_string(w, XP_TILDE | (mode == EXPAND_ASSIGN ? XP_ASSIGN : 0), false);
}

char *expand_word_pattern(const struct word *w)
{
    const struct part *p = single_lit(w);
    if (p && !p->quoted && p->lit.text[0] != '~')
        return xstrndup(p->lit.text, p->lit_len);
    return expand_string(w, XP_TILDE, true);
}
