/* word.c — questions about words (flat lists of parts, see ast.h) asked by the parser and executor.
 * Sits after the scanner: reserved words, aliases and here-doc delimiters are decided from these. */
#include "config.h"

#include "lib/name.h"
#include "parse/ast.h"

#include "lib/arena.h"
#include "lib/strbuf.h"


/* XCU 2.10.2 rule 1 and 2.3.1: only a word with no quoting at all can be a reserved word or an
 * alias name, so "if" or i\f stay ordinary words. */
const char *word_literal(const struct word *w)
{
    if (!w || w->nparts != 1)
        return NULL;
    const struct part *p = &w->parts[0];
    if (p->kind != PART_LIT || p->quoted)
        return NULL;
    return p->lit.text;
}

/* XCU 2.7.4: any quoting in a here-doc delimiter turns off expansion of the body. */
bool word_has_quotes(const struct word *w)
{
    if (!w)
        return false;
    for (size_t i = 0; i < w->nparts; i++)
        if (w->parts[i].quoted)
            return true;
    return false;
}

static void plain_text(struct strbuf *sb, const struct word *w);

/* A parameter as it was written: ${x} with its braces (XCU 2.7.4: a here-doc delimiter is the
 * word after quote removal only, so `<<${a}` ends at a line `${a}`), $x without, and
 * ${x op word} with the word's own plain text. */
static void plain_param(struct strbuf *sb, const struct part *p, char next)
{
    static const char *const ops[] = {
        [PARAM_DEFAULT] = "-",   [PARAM_ASSIGN] = "=",     [PARAM_ERROR] = "?",
        [PARAM_ALTERNATE] = "+", [PARAM_RM_SSUFFIX] = "%", [PARAM_RM_LSUFFIX] = "%%",
        [PARAM_RM_SPREFIX] = "#", [PARAM_RM_LPREFIX] = "##",
        [PARAM_SUBSTR] = ":", [PARAM_REPL] = "/", [PARAM_REPL_ALL] = "//", [PARAM_REPL_PREFIX] = "/#",
        [PARAM_REPL_SUFFIX] = "/%", [PARAM_UPPER1] = "^", [PARAM_UPPER] = "^^", [PARAM_LOWER1] = ",",
        [PARAM_LOWER] = ",,", [PARAM_TRANSFORM] = "@", [PARAM_NAMES] = "",
    };
    const char *name = p->param->name;
    if (p->param->indirect && p->param_op == PARAM_PLAIN) {
        sb_addf(sb, "${!%s}", name);
        return;
    }
    switch (p->param_op) {
    case PARAM_PLAIN:
        /* $10 would be ${1}0 (XCU 2.6.2), so multi-digit positions always take braces. Only a
         * NAME runs into the text after it: $1 and the special parameters are one character,
         * so <<$$2 is written $$2 (as the delimiter line must be), not ${$}2. */
        if (!p->param_braced && name[0] && (!name[1] || !(name[0] >= '0' && name[0] <= '9'))
            && !(name_start_char(name[0]) && name_char(next))) {
            sb_addc(sb, '$');
            sb_adds(sb, name);
        } else {
            sb_addf(sb, "${%s}", name);
        }
        return;
    case PARAM_LENGTH:
        sb_addf(sb, "${#%s}", name);
        return;
    case PARAM_BAD:
        sb_adds(sb, name);
        return;
    default:
        sb_addf(sb, "${%s%s%s%s", p->param->indirect || p->param_op == PARAM_NAMES ? "!" : "", name,
                p->param_colon ? ":" : "", ops[p->param_op]);
        plain_text(sb, p->param->arg);
        if (p->param->arg2) {
            sb_addc(sb, p->param_op == PARAM_SUBSTR ? ':' : '/');
            plain_text(sb, p->param->arg2);
        }
        if (p->param->xform)
            sb_addc(sb, p->param->xform);
        sb_addc(sb, '}');
        return;
    }
}

/* Quote removal without expansion: literal parts as they are, expansions as written. */
static void plain_text(struct strbuf *sb, const struct word *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->nparts; i++) {
        const struct part *p = &w->parts[i];
        switch (p->kind) {
        case PART_LIT:
            sb_addn(sb, p->lit.text, p->lit_len);
            break;
        case PART_PARAM: {
            const struct part *q = i + 1 < w->nparts ? &w->parts[i + 1] : NULL;
            char next = q && q->kind == PART_LIT && q->lit_len ? q->lit.text[0] : '\0';
            if (p->param->subscript) {
                struct part copy = *p;
                copy.quoted = false;
                union word1 one;
                unparse_word(sb, word_one(&one, &copy));
                break;
            }
            plain_param(sb, p, next);
            break;
        }
        case PART_CMDSUB:
        case PART_ARITH:
        case PART_ARRAY: {
            /* unparse writes an unquoted expansion exactly as $(...) / $((...)). */
            struct part copy = *p;
            copy.quoted = false;
            union word1 one;
            unparse_word(sb, word_one(&one, &copy));
            break;
        }
        }
    }
}

char *word_plain_text(struct arena *a, const struct word *w)
{
    struct strbuf sb = { 0 };
    plain_text(&sb, w);
    char *s = arena_strndup(a, sb_str(&sb), sb.len);
    sb_release(&sb);
    return s;
}
