/* astdump.c — `conch --ast` / `set -o dumpast`: the tree of a command as an indented outline on
 * stderr, printed between parsing and running, to show how the grammar (XCU 2.10) saw the text. */
#include "config.h"

#include "parse/ast.h"

#include "lib/strbuf.h"

#include <stdio.h>
#include <string.h>

/* Two spaces per level, as in the example in ast.h. */
static void pad(struct strbuf *sb, int depth)
{
    for (int i = 0; i < depth; i++)
        sb_adds(sb, "  ");
}

/* Literal text in C-like double quotes, so blanks, newlines and empty strings show. */
static void show_text(struct strbuf *sb, const char *s, size_t len)
{
    sb_addc(sb, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            sb_addf(sb, "\\%c", c);
        else if (c == '\n')
            sb_adds(sb, "\\n");
        else if (c == '\t')
            sb_adds(sb, "\\t");
        else if (c < 0x20 || c == 0x7f)
            sb_addf(sb, "\\x%02x", c);
        else
            sb_addc(sb, (char)c);
    }
    sb_addc(sb, '"');
}

static void dump(struct strbuf *sb, const struct node *n, int depth);

static const char *const op_names[] = {
    [PARAM_PLAIN] = "",       [PARAM_LENGTH] = "#",      [PARAM_DEFAULT] = "-",
    [PARAM_ASSIGN] = "=",     [PARAM_ERROR] = "?",       [PARAM_ALTERNATE] = "+",
    [PARAM_RM_SSUFFIX] = "%", [PARAM_RM_LSUFFIX] = "%%", [PARAM_RM_SPREFIX] = "#",
    [PARAM_RM_LPREFIX] = "##",
    [PARAM_SUBSTR] = ":",     [PARAM_REPL] = "/",        [PARAM_REPL_ALL] = "//",
    [PARAM_REPL_PREFIX] = "/#", [PARAM_REPL_SUFFIX] = "/%", [PARAM_UPPER1] = "^",
    [PARAM_UPPER] = "^^",     [PARAM_LOWER1] = ",",      [PARAM_LOWER] = ",,",
    [PARAM_TRANSFORM] = "@",  [PARAM_NAMES] = "!",      [PARAM_BAD] = "bad",
};

static void show_parts(struct strbuf *sb, const struct word *w);

/* One part on one line: LIT "x" (quoted), PARAM y op :- [LIT "d"], CMDSUB $(date), ARITH [...]. */
static void show_part(struct strbuf *sb, const struct part *p)
{
    switch (p->kind) {
    case PART_LIT:
        sb_adds(sb, "LIT ");
        show_text(sb, p->lit.text, p->lit_len);
        break;
    case PART_PARAM:
        sb_adds(sb, "PARAM ");
        if (p->param->keys)
            sb_adds(sb, "keys ");
        if (p->param->indirect)
            sb_addc(sb, '!');
        sb_adds(sb, p->param->name);
        if (p->param->subscript) {
            sb_adds(sb, " subscript [");
            show_parts(sb, p->param->subscript);
            sb_addc(sb, ']');
        }
        if (p->param_op == PARAM_LENGTH) {
            sb_adds(sb, " length");
        } else if (p->param_op != PARAM_PLAIN
                   && (unsigned)p->param_op < sizeof op_names / sizeof *op_names) {
            sb_addf(sb, " op %s%s [", p->param_colon ? ":" : "", op_names[p->param_op]);
            show_parts(sb, p->param->arg);
            sb_addc(sb, ']');
            if (p->param->arg2) {
                sb_adds(sb, " [");
                show_parts(sb, p->param->arg2);
                sb_addc(sb, ']');
            }
            if (p->param->xform)
                sb_addf(sb, " %c", p->param->xform);
        }
        break;
    case PART_CMDSUB: {
        struct part copy = *p;
        copy.quoted = false;
        union word1 one;
        sb_adds(sb, p->procsub ? "PROCSUB " : "CMDSUB ");
        unparse_word(sb, word_one(&one, &copy));
        break;
    }
    case PART_ARITH:
        sb_adds(sb, "ARITH [");
        show_parts(sb, p->arith.expr);
        sb_addc(sb, ']');
        break;
    case PART_ARRAY:
        sb_adds(sb, "ARRAY [");
        for (const struct array_elem *e = p->array.elems; e; e = e->next) {
            if (e->index) {
                sb_adds(sb, "index [");
                show_parts(sb, e->index);
                sb_adds(sb, "] ");
            }
            sb_addc(sb, '[');
            show_parts(sb, e->value);
            sb_addc(sb, ']');
            if (e->next)
                sb_adds(sb, ", ");
        }
        sb_addc(sb, ']');
        break;
    }
    if (p->quoted)
        sb_adds(sb, " (quoted)");
}

static void show_parts(struct strbuf *sb, const struct word *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->nparts; i++) {
        if (i)
            sb_adds(sb, ", ");
        show_part(sb, &w->parts[i]);
    }
}

static bool has_cmdsub(const struct word *w)
{
    for (size_t i = 0; w && i < w->nparts; i++)
        if (w->parts[i].kind == PART_CMDSUB)
            return true;
    return false;
}

/* "word "x$y": LIT "x" (quoted), PARAM y (quoted)". A word holding a command substitution gets
 * one part per line, with the tree of each substituted command below its part. */
static void dump_word(struct strbuf *sb, const char *label, const struct word *w, int depth)
{
    pad(sb, depth);
    sb_adds(sb, label);
    sb_addc(sb, ' ');
    unparse_word(sb, w);
    if (!has_cmdsub(w)) {
        sb_adds(sb, ": ");
        show_parts(sb, w);
        sb_addc(sb, '\n');
        return;
    }
    sb_addc(sb, '\n');
    for (size_t i = 0; i < w->nparts; i++) {
        const struct part *p = &w->parts[i];
        pad(sb, depth + 1);
        if (p->kind == PART_CMDSUB) {
            if (p->procsub)
                sb_adds(sb, p->procsub_out ? "PROCSUB >(...)\n" : "PROCSUB <(...)\n");
            else
                sb_adds(sb, p->quoted ? "CMDSUB (quoted)\n" : "CMDSUB\n");
            if (p->cmdsub.body)
                dump(sb, p->cmdsub.body, depth + 2);
        } else {
            show_part(sb, p);
            sb_addc(sb, '\n');
        }
    }
}

/* An arithmetic expression of (( )) or for (( )): its parts (a command substitution's tree is
 * left to the outline of the whole command above). */
static void dump_expr(struct strbuf *sb, const char *label, const struct word *w, int depth)
{
    pad(sb, depth);
    sb_adds(sb, label);
    sb_adds(sb, ": ");
    show_parts(sb, w);
    sb_addc(sb, '\n');
}

/* Words that are one plain literal say nothing new; the rest show their parts. */
static void dump_words(struct strbuf *sb, const char *label, const struct word *w, int depth)
{
    for (; w; w = w->next)
        if (!word_literal(w))
            dump_word(sb, label, w, depth);
}

/* The lines of a here-document body as the scanner stored them, each behind "| ". */
static void dump_heredoc(struct strbuf *sb, const struct heredoc *h, int depth)
{
    struct strbuf text = { 0 };
    for (size_t i = 0; h->body && i < h->body->nparts; i++) {
        const struct part *p = &h->body->parts[i];
        if (p->kind == PART_LIT) {
            sb_addn(&text, p->lit.text, p->lit_len);
        } else {
            struct part copy = *p;
            copy.quoted = false;
            union word1 one;
            unparse_word(&text, word_one(&one, &copy));
        }
    }
    const char *s = sb_str(&text);
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        pad(sb, depth);
        sb_adds(sb, "| ");
        sb_addn(sb, s, len);
        sb_addc(sb, '\n');
        s += len + (nl != NULL);
    }
    sb_release(&text);
    if (h->body && h->expand) {
        bool any = false;
        for (size_t i = 0; i < h->body->nparts; i++)
            any = any || h->body->parts[i].kind != PART_LIT;
        if (any) {
            pad(sb, depth);
            sb_adds(sb, "expansions: ");
            bool first = true;
            for (size_t i = 0; i < h->body->nparts; i++) {
                if (h->body->parts[i].kind == PART_LIT)
                    continue;
                if (!first)
                    sb_adds(sb, ", ");
                show_part(sb, &h->body->parts[i]);
                first = false;
            }
            sb_addc(sb, '\n');
        }
    }
}

static bool is_dup_close(const struct redir *r, const char *target)
{
    return (r->kind == REDIR_DUPIN || r->kind == REDIR_DUPOUT) && target
           && strcmp(target, "-") == 0;
}

/* XCU 2.7: what each redirection does, in words. */
static void dump_redirs(struct strbuf *sb, const struct redir *r, int depth)
{
    for (; r; r = r->next) {
        bool input = r->kind == REDIR_IN || r->kind == REDIR_DUPIN || r->kind == REDIR_RDWR
                     || r->kind == REDIR_HEREDOC || r->kind == REDIR_HEREDOC_STRIP
                     || r->kind == REDIR_HERESTRING;
        int fd = r->fd >= 0 ? r->fd : input ? 0 : 1;
        const char *target = word_literal(r->target);
        pad(sb, depth);
        sb_adds(sb, "redir ");
        /* This redirection alone, as unparse writes it. */
        struct redir copy = *r;
        copy.next = NULL;
        struct node one = { .kind = NODE_SIMPLE, .redirs = &copy };
        unparse_node(sb, &one);
        sb_adds(sb, ": ");
        /* conch mode's {name}>f: the shell picks the descriptor. */
        char who[96];
        if (r->varname)
            snprintf(who, sizeof who, "the fd in $%s", r->varname);
        else
            snprintf(who, sizeof who, "fd %d", fd);
        if (r->varname && !is_dup_close(r, target))
            sb_addf(sb, "a new fd (10 or above) goes in $%s; ", r->varname);
        switch (r->kind) {
        case REDIR_IN:
            sb_addf(sb, "%s reads the file", who);
            break;
        case REDIR_OUT:
            sb_addf(sb, "%s writes the file (truncated; refused with noclobber if it exists)", who);
            break;
        case REDIR_CLOBBER:
            sb_addf(sb, "%s writes the file (truncated, even with noclobber)", who);
            break;
        case REDIR_APPEND:
            sb_addf(sb, "%s appends to the file", who);
            break;
        case REDIR_DUPIN:
        case REDIR_DUPOUT:
            if (is_dup_close(r, target))
                sb_addf(sb, "%s is closed", who);
            else
                sb_addf(sb, "%s becomes a copy of that fd", who);
            break;
        case REDIR_RDWR:
            sb_addf(sb, "%s reads and writes the file", who);
            break;
        case REDIR_HEREDOC:
        case REDIR_HEREDOC_STRIP:
            sb_addf(sb, "%s reads the here-document%s, %s", who,
                    r->kind == REDIR_HEREDOC_STRIP ? " (leading tabs stripped)" : "",
                    r->heredoc && r->heredoc->expand ? "with expansions (delimiter unquoted)"
                                                     : "taken literally (delimiter quoted)");
            break;
        case REDIR_OUTERR:
            sb_addf(sb, "%s and fd 2 write the file (truncated; refused with noclobber if it "
                        "exists)", who);
            break;
        case REDIR_APPENDERR:
            sb_addf(sb, "%s and fd 2 append to the file", who);
            break;
        case REDIR_HERESTRING:
            sb_addf(sb, "%s reads the word, expanded, and a newline", who);
            break;
        }
        sb_addc(sb, '\n');
        if (r->target && !target)
            dump_word(sb, "target", r->target, depth + 1);
        if (r->heredoc)
            dump_heredoc(sb, r->heredoc, depth + 1);
    }
}

/* [[ ]]: AND and OR flat as they run, like AND-OR lists. */
static void dump_cond(struct strbuf *sb, const struct cond *c, int depth)
{
    pad(sb, depth);
    switch (c->kind) {
    case COND_AND:
    case COND_OR:
        sb_adds(sb, c->kind == COND_AND ? "&&" : "||");
        sb_adds(sb, c->paren ? "  (in parentheses)\n" : "\n");
        for (const struct cond *k = c->kids; k; k = k->next)
            dump_cond(sb, k, depth + 1);
        return;
    case COND_NOT:
        sb_adds(sb, c->paren ? "!  (in parentheses)\n" : "!\n");
        dump_cond(sb, c->kids, depth + 1);
        return;
    case COND_STRING:
    case COND_UNARY:
    case COND_BINARY: {
        /* The primary alone, as unparse writes it (the right side of =~ keeps its ( | ). */
        struct cond one = *c;
        one.paren = false;
        one.next = NULL;
        struct node n = { .kind = NODE_COND, .cond.expr = &one };
        unparse_node(sb, &n);
        if (c->kind == COND_STRING)
            sb_adds(sb, "  (true if not empty)");
        else if (c->kind == COND_BINARY && strcmp(c->op, "=~") == 0)
            sb_adds(sb, "  (regular expression)");
        else if (c->kind == COND_BINARY && (strcmp(c->op, "==") == 0 || strcmp(c->op, "=") == 0
                                            || strcmp(c->op, "!=") == 0))
            sb_adds(sb, "  (pattern)");
        break;
    }
    }
    if (c->paren)
        sb_adds(sb, "  (in parentheses)");
    sb_addc(sb, '\n');
}

/* A labelled child: "condition:", "then:", "do:" ... */
static void dump_child(struct strbuf *sb, const char *label, const struct node *n, int depth)
{
    pad(sb, depth);
    sb_adds(sb, label);
    sb_adds(sb, ":\n");
    if (n)
        dump(sb, n, depth + 1);
}

static void dump(struct strbuf *sb, const struct node *n, int depth)
{
    pad(sb, depth);
    switch (n->kind) {
    case NODE_SIMPLE:
        sb_adds(sb, "SIMPLE  ");
        unparse_node(sb, n);
        sb_addc(sb, '\n');
        for (const struct assign *a = node_assigns(n); a; a = a->next) {
            pad(sb, depth + 1);
            sb_addf(sb, "assign %s", a->name);
            if (a->index) {
                sb_adds(sb, " index [");
                show_parts(sb, a->index);
                sb_adds(sb, "] ");
            }
            sb_adds(sb, a->append ? "+=" : "=");
            unparse_word(sb, a->value);
            sb_adds(sb, ": ");
            show_parts(sb, a->value);
            sb_addc(sb, '\n');
        }
        dump_words(sb, "word", n->simple.args, depth + 1);
        dump_redirs(sb, n->redirs, depth + 1);
        return;
    case NODE_PIPELINE:
        sb_adds(sb, n->pipeline.negate ? "PIPELINE (negated: !)" : "PIPELINE");
        if (n->pipeline.timed)
            sb_adds(sb, n->pipeline.time_posix ? " (timed: time -p)" : " (timed: time)");
        sb_addc(sb, '\n');
        for (size_t i = 0; i < n->pipeline.ncmds; i++)
            dump(sb, n->pipeline.cmds[i], depth + 1);
        return;
    case NODE_ANDOR:
        /* Flat, as it runs: each pipeline after the first under the operator joining it. */
        sb_adds(sb, "AND-OR\n");
        for (const struct node *it = n->andor.items; it; it = it->next) {
            if (it != n->andor.items) {
                pad(sb, depth + 1);
                sb_adds(sb, it->or ? "||\n" : "&&\n");
            }
            dump(sb, it, depth + 1);
        }
        return;
    case NODE_LIST:
        sb_adds(sb, "LIST\n");
        for (const struct node *it = n->list.items; it; it = it->next) {
            pad(sb, depth + 1);
            sb_adds(sb, it->async ? "ITEM (async)\n" : "ITEM\n");
            dump(sb, it, depth + 2);
        }
        return;
    case NODE_SUBSHELL:
    case NODE_GROUP:
        sb_adds(sb, n->kind == NODE_SUBSHELL ? "SUBSHELL ( )\n" : "GROUP { }\n");
        dump_redirs(sb, n->redirs, depth + 1);
        if (n->group.body)
            dump(sb, n->group.body, depth + 1);
        return;
    case NODE_IF:
        sb_adds(sb, n->if_.is_elif ? "IF (written elif)\n" : "IF\n");
        dump_redirs(sb, n->redirs, depth + 1);
        dump_child(sb, "condition", n->if_.cond, depth + 1);
        dump_child(sb, "then", n->if_.then_part, depth + 1);
        if (n->if_.else_part)
            dump_child(sb, "else", n->if_.else_part, depth + 1);
        return;
    case NODE_WHILE:
    case NODE_UNTIL:
        sb_adds(sb, n->kind == NODE_WHILE ? "WHILE\n" : "UNTIL\n");
        dump_redirs(sb, n->redirs, depth + 1);
        dump_child(sb, "condition", n->loop.cond, depth + 1);
        dump_child(sb, "do", n->loop.body, depth + 1);
        return;
    case NODE_COND:
        sb_adds(sb, "COND [[ ]]\n");
        dump_redirs(sb, n->redirs, depth + 1);
        dump_cond(sb, n->cond.expr, depth + 1);
        return;
    case NODE_FOR:
        sb_addf(sb, "%s  %s", n->for_.select ? "SELECT" : "FOR", n->for_.var);
        if (n->for_.has_in) {
            sb_adds(sb, " in");
            for (const struct word *w = n->for_.words; w; w = w->next) {
                sb_addc(sb, ' ');
                unparse_word(sb, w);
            }
        } else {
            sb_adds(sb, "  (no \"in\": loops over \"$@\")");
        }
        sb_addc(sb, '\n');
        dump_words(sb, "word", n->for_.words, depth + 1);
        dump_redirs(sb, n->redirs, depth + 1);
        dump_child(sb, "do", n->for_.body, depth + 1);
        return;
    case NODE_CASE:
        sb_adds(sb, "CASE  ");
        unparse_word(sb, n->case_.subject);
        sb_addc(sb, '\n');
        dump_words(sb, "subject", n->case_.subject, depth + 1);
        dump_redirs(sb, n->redirs, depth + 1);
        for (const struct case_item *ci = n->case_.items; ci; ci = ci->next) {
            pad(sb, depth + 1);
            sb_adds(sb, "ITEM  ");
            for (const struct word *w = ci->patterns; w; w = w->next) {
                unparse_word(sb, w);
                if (w->next)
                    sb_addc(sb, '|');
            }
            sb_adds(sb, ci->term == CASE_FALLTHROUGH  ? ")  ;& (falls through)\n"
                        : ci->term == CASE_CONTINUE ? ")  ;;& (tests the next patterns)\n"
                                                    : ")  ;;\n");
            dump_words(sb, "pattern", ci->patterns, depth + 2);
            if (ci->body)
                dump(sb, ci->body, depth + 2);
        }
        return;
    case NODE_ARITH:
        sb_adds(sb, "ARITH  ");
        unparse_node(sb, n);
        sb_addc(sb, '\n');
        dump_expr(sb, "expression", n->arith.expr, depth + 1);
        dump_redirs(sb, n->redirs, depth + 1);
        return;
    case NODE_ARITH_FOR:
        sb_adds(sb, "ARITH-FOR\n");
        dump_expr(sb, "init", n->arith_for.init, depth + 1);
        dump_expr(sb, "condition", n->arith_for.cond, depth + 1);
        dump_expr(sb, "step", n->arith_for.step, depth + 1);
        dump_redirs(sb, n->redirs, depth + 1);
        dump_child(sb, "do", n->arith_for.body, depth + 1);
        return;
    case NODE_FUNCDEF:
        sb_addf(sb, "FUNCDEF  %s\n", n->funcdef.name);
        if (n->funcdef.body)
            dump(sb, n->funcdef.body, depth + 1);
        return;
    }
}

void astdump_node(const struct node *n)
{
    if (!n)
        return;
    struct strbuf sb = { 0 };
    dump(&sb, n, 0);
    /* One write, so the outline is not interleaved with the command's own stderr. */
    fputs(sb_str(&sb), stderr);
    fflush(stderr);
    sb_release(&sb);
}
