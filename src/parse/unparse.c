/* unparse.c — the tree of one command back to shell text (see ast.h): `jobs`, `type`, traces, the
 * AST dump. Sits after the parser; what it writes re-parses to the same words and the same tree. */
#include "config.h"

#include "lib/name.h"
#include "parse/ast.h"
#include "parse/parse_int.h"

#include "lib/error.h"
#include "lib/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the text goes and how it is laid out. The one-line form drops here-document bodies
 * (a job name shows `cat <<EOF`); the pretty form queues them and writes each after the end of
 * the line that holds its operator, as the scanner expects to read them (XCU 2.7.4). */
struct out {
    struct strbuf *sb;
    bool pretty;      /* bodies of compound commands one command per line, indented */
    bool bodies;      /* write here-document bodies */
    bool bol;         /* at the beginning of a line: indent before the next text */
    int level;        /* indentation, 4 spaces per level */
    char escape_lead; /* escape this character if the next literal starts with it (see put_lit) */
    int re_depth;     /* CTX_REGEX: parentheses open in the word so far */
    const struct redir **pending; /* here-documents waiting for the end of the line */
    size_t npending, cap;
};

/* How the characters of a word are written, which depends on what surrounds the word. */
enum ctx {
    CTX_WORD,    /* an argument: unquoted text must not contain blanks, operators or a leading # */
    CTX_VALUE,   /* the value of an assignment: like CTX_WORD, a leading # is harmless */
    CTX_BRACE,   /* the word of ${x-word} outside double quotes: blanks are fine, } is not */
    CTX_DQWORD,  /* the word of "${x-word}" (also = ? +): already inside the double quotes, so the
                    text goes as it is, with \ before $ ` " \ } */
    CTX_DQBRACE, /* the word of "${x#word}" (also ## % %%): a pattern, unquoted unless quoted
                    again inside, so quoted runs go in nested double quotes (XCU 2.6.2) */
    CTX_HEREDOC, /* a here-document body: only $ ` \ are special, " is not (XCU 2.7.4) */
    CTX_RAW,     /* here-doc delimiter lines: text as it is */
    CTX_ARITH,   /* $((...)) expressions: unquoted text as it is, quoted text in double quotes
                    (1"+"2 is 3, and "))" inside quotes must not end the expansion) */
    CTX_REGEX,   /* the word after =~ in [[ ]]: like CTX_WORD, but ( ) | as they are, and blanks
                    and ; & < > too between parentheses (scanner.l regex_keeps) */
};

static void put_node(struct out *o, const struct node *n);
static void put_cond(struct out *o, const struct cond *c);
static void put_word(struct out *o, const struct word *w, enum ctx ctx);
struct part;
static void put_subscripted(struct out *o, const struct part *p);
static void newline(struct out *o);

/* ---- Output ------------------------------------------------------------------------------- */

static void indent(struct out *o)
{
    if (!o->bol)
        return;
    o->bol = false;
    for (int i = 0; i < o->level * 4; i++)
        sb_addc(o->sb, ' ');
}

static void emitn(struct out *o, const char *s, size_t n)
{
    indent(o);
    sb_addn(o->sb, s, n);
}

static void emit(struct out *o, const char *s) { emitn(o, s, strlen(s)); }

static void emitc(struct out *o, char c)
{
    indent(o);
    sb_addc(o->sb, c);
}

/* ---- Words (XCU 2.2 quoting, 2.6 expansions) ---------------------------------------------- */

/* Would a '$' written just before c start an expansion (XCU 2.6: $name, $digit, $special,
 * ${, $(, $(( ), or a $'...' string (a literal $ before a quoted part that unparse writes in
 * single quotes)? */
static bool dollar_starts_expansion(char c)
{
    return c && (name_char(c) || strchr("{(@*#?-$!'", c));
}

/* The first character that writing parts k.. of w will produce. With split, a change of the
 * quoted flag means a quote character comes next, which never joins with what precedes it.
 * '\0' at the end of the word. A literal starting with a character that gets escaped reports
 * that character, not the backslash: callers only use this to decide to add braces or escapes,
 * and being cautious there only costs a character. */
static char peek(const struct word *w, size_t k, bool split, bool quoted)
{
    for (; k < w->nparts; k++) {
        const struct part *p = &w->parts[k];
        if (split && p->quoted != quoted)
            return '\'';
        if (p->kind != PART_LIT)
            return '$';
        if (p->lit_len)
            return p->lit.text[0];
    }
    return '\0';
}

static bool starts_with_unquoted(const struct word *w, char c)
{
    return w && w->nparts && w->parts[0].kind == PART_LIT && !w->parts[0].quoted
           && w->parts[0].lit_len && w->parts[0].lit.text[0] == c;
}

/* An unquoted literal. The scanner only makes these from characters that were unquoted in the
 * source, so they are written as they are; the escapes below matter for hand-built trees, for a
 * '$' that would now run into the next part ("a$" then $x must not become $$x), and for the
 * first character of a ${x#word} word or a <<word delimiter (see escape_lead). */
static void put_lit(struct out *o, const struct word *w, size_t k, enum ctx ctx)
{
    const struct part *p = &w->parts[k];
    const char *s = p->lit.text;
    for (size_t i = 0; i < p->lit_len; i++) {
        char c = s[i];
        bool esc = false;
        if (c == '$') {
            char next = i + 1 < p->lit_len ? s[i + 1] : peek(w, k + 1, true, false);
            esc = dollar_starts_expansion(next);
        } else if (c == '\n') {
            if (ctx == CTX_WORD || ctx == CTX_VALUE || ctx == CTX_REGEX) {
                emit(o, "'\n'"); /* a backslash-newline would be a line continuation */
                continue;
            }
        } else if (ctx == CTX_WORD || ctx == CTX_VALUE) {
            esc = strchr(" \t|&;<>()`\\'\"", c) || (ctx == CTX_WORD && k == 0 && i == 0 && c == '#');
        } else if (ctx == CTX_REGEX) {
            bool inside = o->re_depth > 0;
            if (c == '(')
                o->re_depth++;
            else if (c == ')' && inside)
                o->re_depth--;
            esc = strchr("`\\'\"", c) || (k == 0 && i == 0 && c == '#')
                  || (!inside && strchr(" \t&;<>)", c));
        } else if (ctx == CTX_BRACE) {
            esc = strchr("}`\\'\"", c) != NULL;
        } else {
            esc = strchr("}`\\\"", c) != NULL;
        }
        if (i == 0 && o->escape_lead) {
            esc = esc || c == o->escape_lead;
            o->escape_lead = 0;
        }
        if (esc)
            emitc(o, '\\');
        emitc(o, c);
    }
}

static const char *const param_ops[] = {
    [PARAM_PLAIN] = "",       [PARAM_LENGTH] = "",       [PARAM_DEFAULT] = "-",
    [PARAM_ASSIGN] = "=",     [PARAM_ERROR] = "?",       [PARAM_ALTERNATE] = "+",
    [PARAM_RM_SSUFFIX] = "%", [PARAM_RM_LSUFFIX] = "%%", [PARAM_RM_SPREFIX] = "#",
    [PARAM_RM_LPREFIX] = "##",
    [PARAM_SUBSTR] = ":",     [PARAM_REPL] = "/",        [PARAM_REPL_ALL] = "//",
    [PARAM_REPL_PREFIX] = "/#", [PARAM_REPL_SUFFIX] = "/%", [PARAM_UPPER1] = "^",
    [PARAM_UPPER] = "^^",     [PARAM_LOWER1] = ",",      [PARAM_LOWER] = ",,",
    [PARAM_TRANSFORM] = "@",  [PARAM_NAMES] = "",
};

/* True if the text of command n begins with '(' — then "$(" + n would read as "$((". */
static bool starts_with_paren(const struct node *n)
{
    while (n) {
        switch (n->kind) {
        case NODE_SUBSHELL:
        case NODE_ARITH: /* $( ((x)) ) is no $(( */
            return true;
        case NODE_LIST:
            n = n->list.items ? n->list.items : NULL;
            break;
        case NODE_ANDOR:
            n = n->andor.items;
            break;
        case NODE_PIPELINE:
            if (n->pipeline.negate || n->pipeline.timed || n->pipeline.ncmds == 0)
                return false;
            n = n->pipeline.cmds[0];
            break;
        default:
            return false;
        }
    }
    return false;
}

/* A PARAM, CMDSUB or ARITH part, written the same inside and outside double quotes. split and
 * the part's quoted flag tell peek where the current quoting run ends. */
static void put_expansion(struct out *o, const struct word *w, size_t k, bool split)
{
    const struct part *p = &w->parts[k];
    switch (p->kind) {
    case PART_LIT:
        break;
    case PART_PARAM: {
        /* XCU 2.6.2: $name when nothing name-like follows; $10 means ${1}0, hence braces for
         * multi-digit positions. */
        const char *name = p->param->name;
        enum param_op op = p->param_op;
        if (p->param->subscript) {
            put_subscripted(o, p);
            break;
        }
        if (op == PARAM_BAD) {
            emit(o, name); /* as it was written */
            break;
        }
        if (op == PARAM_PLAIN && !p->param->indirect) {
            bool multidigit = name[0] >= '0' && name[0] <= '9' && name[1];
            if (name[0] && !multidigit && !name_char(peek(w, k + 1, split, p->quoted))) {
                emitc(o, '$');
                emit(o, name);
            } else {
                emit(o, "${");
                emit(o, name);
                emitc(o, '}');
            }
            break;
        }
        emit(o, "${");
        if (op == PARAM_LENGTH)
            emitc(o, '#');
        if (p->param->indirect || op == PARAM_NAMES)
            emitc(o, '!');
        emit(o, name);
        if (op != PARAM_LENGTH && (unsigned)op < sizeof param_ops / sizeof *param_ops) {
            if (p->param_colon)
                emitc(o, ':');
            emit(o, param_ops[op]);
            /* ${x#\#y} must not turn into ${x##y}, nor ${x%\%y} into ${x%%y}. */
            if (op == PARAM_RM_SPREFIX && starts_with_unquoted(p->param->arg, '#'))
                o->escape_lead = '#';
            else if (op == PARAM_RM_SSUFFIX && starts_with_unquoted(p->param->arg, '%'))
                o->escape_lead = '%';
            enum ctx actx = CTX_BRACE;
            if (p->quoted)
                actx = op == PARAM_DEFAULT || op == PARAM_ASSIGN || op == PARAM_ERROR
                               || op == PARAM_ALTERNATE
                           ? CTX_DQWORD
                           : CTX_DQBRACE;
            put_word(o, p->param->arg, actx);
            o->escape_lead = 0;
            if (p->param->arg2) {
                emitc(o, op == PARAM_SUBSTR ? ':' : '/');
                put_word(o, p->param->arg2, actx);
            }
            if (p->param->xform)
                emitc(o, p->param->xform);
        }
        emitc(o, '}');
        break;
    }
    case PART_CMDSUB: {
        /* Backquotes come back as $(...): the same command, and no nested escaping to get
         * wrong. Here-documents inside keep their bodies in the pretty form, before the ')'. */
        const struct node *body = p->cmdsub.body;
        bool pad = starts_with_paren(body);
        bool pretty = o->pretty;
        size_t pending = o->npending;
        /* conch mode's <(...) and >(...) come back as written. */
        if (p->procsub)
            emitc(o, p->procsub_out ? '>' : '<');
        else
            emitc(o, '$');
        emit(o, pad ? "( " : "(");
        o->pretty = false;
        if (body)
            put_node(o, body);
        o->pretty = pretty;
        if (o->npending > pending)
            newline(o);
        emit(o, pad ? " )" : ")");
        break;
    }
    case PART_ARITH:
        emit(o, "$((");
        put_word(o, p->arith.expr, CTX_ARITH);
        emit(o, "))");
        break;
    case PART_ARRAY:
        emitc(o, '(');
        for (const struct array_elem *e = p->array.elems; e; e = e->next) {
            if (e->index) {
                emitc(o, '[');
                put_word(o, e->index, CTX_ARITH);
                emit(o, "]=");
            }
            put_word(o, e->value, CTX_VALUE);
            if (e->next)
                emitc(o, ' ');
        }
        emitc(o, ')');
        break;
    }
}

/* conch mode: ${name[sub]}, ${#name[sub]}, ${!name[@]}, ${name[sub]OP word}. */
static void put_subscripted(struct out *o, const struct part *p)
{
    enum param_op op = p->param_op;
    emit(o, "${");
    if (p->param->keys)
        emitc(o, '!');
    if (op == PARAM_LENGTH)
        emitc(o, '#');
    emit(o, p->param->name);
    emitc(o, '[');
    put_word(o, p->param->subscript, CTX_ARITH);
    emitc(o, ']');
    if (op != PARAM_PLAIN && op != PARAM_LENGTH && (unsigned)op < sizeof param_ops / sizeof *param_ops) {
        if (p->param_colon)
            emitc(o, ':');
        emit(o, param_ops[op]);
        enum ctx actx = CTX_BRACE;
        if (p->quoted)
            actx = op == PARAM_DEFAULT || op == PARAM_ASSIGN || op == PARAM_ERROR || op == PARAM_ALTERNATE
                       ? CTX_DQWORD
                       : CTX_DQBRACE;
        put_word(o, p->param->arg, actx);
    }
    emitc(o, '}');
}

/* Parts i..j-1, all quoted, as one double-quoted string (XCU 2.2.3). */
static void put_dquoted(struct out *o, const struct word *w, size_t i, size_t j)
{
    emitc(o, '"');
    for (size_t k = i; k < j; k++) {
        const struct part *p = &w->parts[k];
        if (p->kind != PART_LIT) {
            put_expansion(o, w, k, true);
            continue;
        }
        for (size_t c = 0; c < p->lit_len; c++) {
            if (strchr("$`\"\\", p->lit.text[c]))
                emitc(o, '\\');
            emitc(o, p->lit.text[c]);
        }
    }
    emitc(o, '"');
}

/* Parts i..j-1, all quoted literals, in single quotes (XCU 2.2.2); a ' inside becomes '\''
 * ("it's" -> 'it'\''s'), and the empty string stays '' so it still makes a field. */
static void put_squoted(struct out *o, const struct word *w, size_t i, size_t j)
{
    bool open = false, wrote = false;
    for (size_t k = i; k < j; k++) {
        const struct part *p = &w->parts[k];
        for (size_t c = 0; c < p->lit_len; c++) {
            char ch = p->lit.text[c];
            if (ch == '\'') {
                if (open)
                    emitc(o, '\'');
                emit(o, "\\'");
                open = false;
            } else {
                if (!open)
                    emitc(o, '\'');
                emitc(o, ch);
                open = true;
            }
            wrote = true;
        }
    }
    if (open)
        emitc(o, '\'');
    if (!wrote)
        emit(o, "''");
}

/* True if quoted literals i..j-1 hold control characters other than tab and newline: those read
 * better as escapes in $'...' (XCU 2.2.4), which re-parses to the same quoted text. */
static bool wants_dollar_quotes(const struct word *w, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        for (size_t c = 0; c < w->parts[k].lit_len; c++) {
            unsigned char ch = (unsigned char)w->parts[k].lit.text[c];
            if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7f)
                return true;
        }
    return false;
}

static void put_dollar_quoted(struct out *o, const struct word *w, size_t i, size_t j)
{
    static const char from[] = "\a\b\033\f\n\r\t\v\\'", to[] = "abefnrtv\\'";
    emit(o, "$'");
    for (size_t k = i; k < j; k++)
        for (size_t c = 0; c < w->parts[k].lit_len; c++) {
            unsigned char ch = (unsigned char)w->parts[k].lit.text[c];
            const char *e = ch ? strchr(from, ch) : NULL;
            if (e) {
                emitc(o, '\\');
                emitc(o, to[e - from]);
            } else if (ch < 0x20 || ch == 0x7f) {
                char buf[5];
                snprintf(buf, sizeof buf, "\\%03o", ch);
                emit(o, buf);
            } else {
                emitc(o, (char)ch);
            }
        }
    emitc(o, '\'');
}

/* Text in a context like double quotes where only the characters in special are special: a
 * here-document body ($ ` \, but not ") or the word of "${x-word}" ($ ` " \ }). */
static void put_escaped(struct out *o, const struct part *p, const char *special)
{
    for (size_t c = 0; c < p->lit_len; c++) {
        if (strchr(special, p->lit.text[c]))
            emitc(o, '\\');
        emitc(o, p->lit.text[c]);
    }
}

/* Unquoted parts are written one by one; a run of quoted parts becomes one quoted string:
 * double quotes when it holds an expansion (or inside "${x-...}"), single quotes otherwise. */
static void put_word(struct out *o, const struct word *w, enum ctx ctx)
{
    if (!w)
        return;
    size_t n = w->nparts;
    if (ctx == CTX_RAW || ctx == CTX_HEREDOC || ctx == CTX_DQWORD || ctx == CTX_ARITH) {
        for (size_t k = 0; k < n; k++) {
            const struct part *p = &w->parts[k];
            if (p->kind != PART_LIT && ctx == CTX_ARITH && p->quoted) {
                /* "${x:-'}'}" inside $(( )): its word was written for double quotes. */
                emitc(o, '"');
                put_expansion(o, w, k, false);
                emitc(o, '"');
            } else if (p->kind != PART_LIT) {
                put_expansion(o, w, k, false);
            } else if (ctx == CTX_ARITH && p->quoted) {
                emitc(o, '"');
                put_escaped(o, p, "$`\"\\");
                emitc(o, '"');
            } else if (ctx == CTX_HEREDOC) {
                put_escaped(o, p, "$`\\");
            } else if (ctx == CTX_DQWORD) {
                put_escaped(o, p, "$`\"\\}");
            } else {
                emitn(o, p->lit.text, p->lit_len);
            }
        }
        return;
    }
    for (size_t i = 0; i < n;) {
        const struct part *p = &w->parts[i];
        if (!p->quoted) {
            if (p->kind == PART_LIT)
                put_lit(o, w, i, ctx);
            else
                put_expansion(o, w, i, true);
            i++;
            continue;
        }
        o->escape_lead = 0;
        size_t j = i;
        bool expansions = false;
        for (; j < n && w->parts[j].quoted; j++)
            expansions = expansions || w->parts[j].kind != PART_LIT;
        if (expansions || ctx == CTX_DQBRACE)
            put_dquoted(o, w, i, j);
        else if (wants_dollar_quotes(w, i, j))
            put_dollar_quoted(o, w, i, j);
        else
            put_squoted(o, w, i, j);
        i = j;
    }
}

/* ---- Redirections (XCU 2.7) ---------------------------------------------------------------- */

/* ORDER: enum redir_kind in ast.h. */
static const char *const redir_ops[] = {
    [REDIR_IN] = "<",      [REDIR_OUT] = ">",     [REDIR_CLOBBER] = ">|",
    [REDIR_APPEND] = ">>", [REDIR_DUPIN] = "<&",  [REDIR_DUPOUT] = ">&",
    [REDIR_RDWR] = "<>",   [REDIR_HEREDOC] = "<<", [REDIR_HEREDOC_STRIP] = "<<-",
    [REDIR_OUTERR] = "&>", [REDIR_APPENDERR] = "&>>", [REDIR_HERESTRING] = "<<<",
};

static bool is_heredoc(const struct redir *r)
{
    return r->kind == REDIR_HEREDOC || r->kind == REDIR_HEREDOC_STRIP;
}

static void put_redir(struct out *o, const struct redir *r)
{
    if (r->varname) {
        emitc(o, '{');
        emit(o, r->varname);
        emitc(o, '}');
    } else if (r->fd >= 0) {
        char num[24];
        snprintf(num, sizeof num, "%d", r->fd);
        emit(o, num);
    }
    if ((unsigned)r->kind < sizeof redir_ops / sizeof *redir_ops)
        emit(o, redir_ops[r->kind]);
    /* A delimiter "-x" after << must not read as <<- x. */
    if (r->kind == REDIR_HEREDOC && starts_with_unquoted(r->target, '-'))
        o->escape_lead = '-';
    put_word(o, r->target, CTX_WORD);
    o->escape_lead = 0;
    if (o->bodies && is_heredoc(r) && r->heredoc) {
        if (o->npending == o->cap) {
            o->cap = o->cap ? o->cap * 2 : 4;
            o->pending = xrealloc(o->pending, o->cap * sizeof *o->pending);
        }
        o->pending[o->npending++] = r;
    }
}

static void put_redirs(struct out *o, const struct redir *r)
{
    for (; r; r = r->next) {
        emitc(o, ' ');
        put_redir(o, r);
    }
}

/* The body, then the delimiter on a line of its own (quote removal only, XCU 2.7.4). Bodies are
 * never indented: leading blanks belong to the text (and <<- stripped the tabs already). */
static void put_heredoc(struct out *o, const struct redir *r)
{
    const struct heredoc *h = r->heredoc;
    size_t start = o->sb->len;
    if (h->body) {
        if (h->expand) {
            put_word(o, h->body, CTX_HEREDOC);
        } else {
            for (size_t k = 0; k < h->body->nparts; k++)
                if (h->body->parts[k].kind == PART_LIT)
                    emitn(o, h->body->parts[k].lit.text, h->body->parts[k].lit_len);
        }
    }
    if (o->sb->len > start && o->sb->s[o->sb->len - 1] != '\n')
        sb_addc(o->sb, '\n');
    put_word(o, r->target, CTX_RAW);
    sb_addc(o->sb, '\n');
}

/* Ends the line, then writes the bodies of the here-documents it opened. The queue is taken
 * over first: a body may hold a $(...) with here-documents of its own, which flush themselves. */
static void newline(struct out *o)
{
    sb_addc(o->sb, '\n');
    o->bol = false;
    while (o->npending) {
        const struct redir **queue = o->pending;
        size_t n = o->npending;
        o->pending = NULL;
        o->npending = o->cap = 0;
        for (size_t i = 0; i < n; i++)
            put_heredoc(o, queue[i]);
        free(queue);
    }
    o->bol = true;
}

/* ---- Commands (XCU 2.9) -------------------------------------------------------------------- */

static bool ends_async(const struct node *n)
{
    if (!n || n->kind != NODE_LIST)
        return false;
    const struct node *it = n->list.items;
    while (it && it->next)
        it = it->next;
    return it && it->async;
}

/* A compound list followed by its terminator, on one line: "a; b;" or "a &" (XCU 2.9.4 needs a
 * separator before then/do/fi/done/}). An empty list (hand-built trees) prints as ":". */
static void put_term(struct out *o, const struct node *n)
{
    bool pretty = o->pretty;
    o->pretty = false;
    if (n)
        put_node(o, n);
    else
        emitc(o, ':');
    o->pretty = pretty;
    if (!ends_async(n))
        emitc(o, ';');
}

/* Pretty form: each command of a list on a line of its own, at the current level. */
static void put_lines(struct out *o, const struct node *n)
{
    if (n && n->kind == NODE_LIST) {
        for (const struct node *it = n->list.items; it; it = it->next) {
            newline(o);
            put_node(o, it);
            if (it->async)
                emit(o, " &");
        }
    } else {
        newline(o);
        if (n)
            put_node(o, n);
        else
            emitc(o, ':');
    }
}

/* Pretty form: a compound list one level deeper, then a fresh line for the closing word. */
static void put_body(struct out *o, const struct node *n)
{
    o->level++;
    put_lines(o, n);
    o->level--;
    newline(o);
}

/* A compound list: "then b; fi" on one line, or indented lines in the pretty form. */
static void put_part_body(struct out *o, const struct node *n)
{
    if (o->pretty) {
        put_body(o, n);
    } else {
        emitc(o, ' ');
        put_term(o, n);
        emitc(o, ' ');
    }
}

static void put_simple_redirs(struct out *o, const struct node *n, bool *space)
{
    for (const struct redir *r = n->redirs; r; r = r->next) {
        if (*space)
            emitc(o, ' ');
        put_redir(o, r);
        *space = true;
    }
}

/* XCU 2.10.2 rule 1: `>f in` runs a command named in, since a reserved word is recognized only
 * as a command's first word. Written as `in >f`, it would be the keyword: such a command keeps
 * its redirections in front. */
static void put_simple(struct out *o, const struct node *n)
{
    bool space = false;
    const char *name = n->simple.args ? word_literal(n->simple.args) : NULL;
    bool redirs_first = !node_assigns(n) && name && classify_is_reserved(name);
    if (redirs_first)
        put_simple_redirs(o, n, &space);
    for (const struct assign *a = node_assigns(n); a; a = a->next) {
        if (space)
            emitc(o, ' ');
        emit(o, a->name);
        if (a->index) {
            emitc(o, '[');
            put_word(o, a->index, CTX_ARITH);
            emitc(o, ']');
        }
        emit(o, a->append ? "+=" : "=");
        put_word(o, a->value, CTX_VALUE);
        space = true;
    }
    for (const struct word *w = n->simple.args; w; w = w->next) {
        if (space)
            emitc(o, ' ');
        put_word(o, w, CTX_WORD);
        space = true;
    }
    if (!redirs_first)
        put_simple_redirs(o, n, &space);
}

static void put_list(struct out *o, const struct node *n)
{
    for (const struct node *it = n->list.items; it; it = it->next) {
        put_node(o, it);
        if (it->async)
            emit(o, " &");
        if (it->next)
            emit(o, it->async ? " " : "; ");
    }
}

/* XCU 2.9.4.1: if a; then b; elif c; then d; else e; fi */
static void put_if(struct out *o, const struct node *n)
{
    emit(o, "if ");
    for (;;) {
        put_term(o, n->if_.cond);
        emit(o, " then");
        put_part_body(o, n->if_.then_part);
        const struct node *e = n->if_.else_part;
        if (e && e->kind == NODE_IF && e->if_.is_elif) {
            emit(o, "elif ");
            n = e;
            continue;
        }
        if (e) {
            emit(o, "else");
            put_part_body(o, e);
        }
        emit(o, "fi");
        return;
    }
}

/* XCU 2.9.4.3: for i in a b; do c; done. Without "in", "for i do" is the form every version of
 * the grammar accepts ("for i; do" is newer). */
static void put_for(struct out *o, const struct node *n)
{
    emit(o, n->for_.select ? "select " : "for ");
    emit(o, n->for_.var);
    if (n->for_.has_in) {
        emit(o, " in");
        for (const struct word *w = n->for_.words; w; w = w->next) {
            emitc(o, ' ');
            put_word(o, w, CTX_WORD);
        }
        emitc(o, ';');
    }
    emit(o, " do");
    put_part_body(o, n->for_.body);
    emit(o, "done");
}

/* XCU 2.9.4.2: case $x in a|b) c ;; *) d ;& esac. A first pattern spelled esac needs the
 * optional '(' so it is not taken for the closing word. */
static void put_case(struct out *o, const struct node *n)
{
    emit(o, "case ");
    put_word(o, n->case_.subject, CTX_WORD);
    emit(o, " in");
    if (o->pretty)
        o->level++;
    for (const struct case_item *ci = n->case_.items; ci; ci = ci->next) {
        if (o->pretty)
            newline(o);
        else
            emitc(o, ' ');
        const char *first = word_literal(ci->patterns);
        if (first && strcmp(first, "esac") == 0)
            emitc(o, '(');
        for (const struct word *w = ci->patterns; w; w = w->next) {
            put_word(o, w, CTX_WORD);
            if (w->next)
                emitc(o, '|');
        }
        emitc(o, ')');
        const char *term = ci->term == CASE_FALLTHROUGH ? ";&" : ci->term == CASE_CONTINUE ? ";;&" : ";;";
        if (o->pretty) {
            /* The item's commands and its ;; one level below the patterns. */
            o->level++;
            if (ci->body)
                put_lines(o, ci->body);
            newline(o);
            emit(o, term);
            o->level--;
        } else {
            emitc(o, ' ');
            if (ci->body) {
                put_node(o, ci->body);
                emitc(o, ' ');
            }
            emit(o, term);
        }
    }
    if (o->pretty) {
        o->level--;
        newline(o);
    } else {
        emitc(o, ' ');
    }
    emit(o, "esac");
}

static void put_node(struct out *o, const struct node *n)
{
    switch (n->kind) {
    case NODE_SIMPLE:
        put_simple(o, n);
        return; /* put_simple wrote the redirections among the words */
    case NODE_PIPELINE:
        if (n->pipeline.timed)
            emit(o, n->pipeline.time_posix ? (n->pipeline.ncmds ? "time -p " : "time -p")
                                           : (n->pipeline.ncmds ? "time " : "time"));
        if (n->pipeline.negate)
            emit(o, "! ");
        for (size_t i = 0; i < n->pipeline.ncmds; i++) {
            if (i)
                emit(o, " | ");
            put_node(o, n->pipeline.cmds[i]);
        }
        break;
    case NODE_ANDOR:
        for (const struct node *it = n->andor.items; it; it = it->next) {
            if (it != n->andor.items)
                emit(o, it->or ? " || " : " && ");
            put_node(o, it);
        }
        break;
    case NODE_LIST:
        put_list(o, n);
        break;
    case NODE_SUBSHELL:
        /* "( (a) )": the blanks keep "((" from being read as arithmetic. */
        if (o->pretty) {
            emitc(o, '(');
            put_body(o, n->group.body);
            emitc(o, ')');
        } else {
            emit(o, "( ");
            if (n->group.body)
                put_node(o, n->group.body);
            else
                emitc(o, ':');
            emit(o, " )");
        }
        break;
    case NODE_GROUP:
        emitc(o, '{');
        put_part_body(o, n->group.body);
        emitc(o, '}');
        break;
    case NODE_IF:
        put_if(o, n);
        break;
    case NODE_WHILE:
    case NODE_UNTIL:
        emit(o, n->kind == NODE_WHILE ? "while " : "until ");
        put_term(o, n->loop.cond);
        emit(o, " do");
        put_part_body(o, n->loop.body);
        emit(o, "done");
        break;
    case NODE_FOR:
        put_for(o, n);
        break;
    case NODE_CASE:
        put_case(o, n);
        break;
    case NODE_ARITH:
        emit(o, "((");
        put_word(o, n->arith.expr, CTX_ARITH);
        emit(o, "))");
        break;
    case NODE_ARITH_FOR:
        emit(o, "for ((");
        put_word(o, n->arith_for.init, CTX_ARITH);
        emitc(o, ';');
        put_word(o, n->arith_for.cond, CTX_ARITH);
        emitc(o, ';');
        put_word(o, n->arith_for.step, CTX_ARITH);
        emit(o, ")); do");
        put_part_body(o, n->arith_for.body);
        emit(o, "done");
        break;
    case NODE_COND:
        emit(o, "[[ ");
        put_cond(o, n->cond.expr);
        emit(o, " ]]");
        break;
    case NODE_FUNCDEF:
        /* XCU 2.9.5: fname() compound-command [io-redirect ...] — the redirections belong to
         * the body and are printed with it. */
        emit(o, n->funcdef.name);
        emit(o, "() ");
        if (n->funcdef.body)
            put_node(o, n->funcdef.body);
        else
            emit(o, "{ :; }");
        break;
    }
    put_redirs(o, n->redirs);
}

/* ---- [[ ]] (conch mode) ---------------------------------------------------------------------- */

/* The expression as written, one blank between tokens. Only ( ) and ! recurse: && and || chains
 * are flat (ast.h), and the parser's stack bounds the nesting of the others. */
static void put_cond(struct out *o, const struct cond *c)
{
    if (c->paren)
        emit(o, "( ");
    switch (c->kind) {
    case COND_AND:
    case COND_OR:
        for (const struct cond *k = c->kids; k; k = k->next) {
            if (k != c->kids)
                emit(o, c->kind == COND_AND ? " && " : " || ");
            put_cond(o, k);
        }
        break;
    case COND_NOT:
        emit(o, "! ");
        put_cond(o, c->kids);
        break;
    case COND_STRING:
        put_word(o, c->l, CTX_WORD);
        break;
    case COND_UNARY:
        emit(o, c->op);
        emitc(o, ' ');
        put_word(o, c->l, CTX_WORD);
        break;
    case COND_BINARY: {
        put_word(o, c->l, CTX_WORD);
        emitc(o, ' ');
        emit(o, c->op);
        emitc(o, ' ');
        bool regex = strcmp(c->op, "=~") == 0;
        o->re_depth = 0;
        put_word(o, c->r, regex ? CTX_REGEX : CTX_WORD);
        break;
    }
    }
    if (c->paren)
        emit(o, " )");
}

/* ---- Entry points -------------------------------------------------------------------------- */

void unparse_node(struct strbuf *sb, const struct node *n)
{
    struct out o = { .sb = sb };
    if (n)
        put_node(&o, n);
    free(o.pending);
}

void unparse_word(struct strbuf *sb, const struct word *w)
{
    struct out o = { .sb = sb };
    put_word(&o, w, CTX_WORD);
}

/* level is a nesting level (4 spaces each) applied to every line. The text ends with a newline,
 * after the bodies of any here-documents on the last line. */
void unparse_node_pretty(struct strbuf *sb, const struct node *n, int level)
{
    struct out o = { .sb = sb, .pretty = true, .bodies = true, .bol = true };
    o.level = level > 0 ? level : 0;
    if (n && n->kind == NODE_LIST) {
        for (const struct node *it = n->list.items; it; it = it->next) {
            put_node(&o, it);
            if (it->async)
                emit(&o, " &");
            if (it->next)
                newline(&o);
        }
    } else if (n) {
        put_node(&o, n);
    }
    newline(&o);
    free(o.pending);
}
