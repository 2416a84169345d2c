/* brace.c — brace expansion (conch mode, as bash: a{b,c}d, {1..10..2}, {a..e}) of one word.
 * expand.c calls it first for command words and for-words; each resulting word then goes
 * through the XCU 2.6 expansions like any other word. Not a POSIX expansion: POSIX mode and
 * set +B keep `{a,b}` as written.
 *
 * A word is a flat list of parts (parse/ast.h); only the characters of unquoted literal parts
 * can be braces, commas or the `..` of a sequence. The word is laid out as one "cell" per
 * literal byte and one opaque cell per other part (a parameter, a command substitution, an
 * empty quoted literal), so `{$x,"a,b"}` has two elements and `${x}` is never a brace. The
 * expansion happens before parameter expansion, as bash does: `x=1; echo {$x,b}` gives `1 b`,
 * and `$x{a,b}` is `$xa $xb` (bash works on the text, where the name then runs on; here the
 * parameter part takes the letters that follow it, see join_names). */
#include "config.h"

#include "exec/expand_int.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/ast.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One word gives at most this many words: `{1..100000000}` is refused with a message instead
 * of building a hundred million arguments (bash tries to build them all). ORDER: the message
 * in too_large(), doc/conch.1 and tests/conch-brace.t. */
#define BRACE_MAX_WORDS 1000000
/* Result nodes of all rounds together (each round's results stay in the tree): groups of two
 * make about two nodes per word, so this bounds the memory (20 bytes a node) by the words'
 * count. */
#define BRACE_MAX_NODES (3 * BRACE_MAX_WORDS)
/* Nesting of valid braces: {{{...{a,b}...}}} recurses once per level. */
#define BRACE_MAX_DEPTH 1000

#define NO_MATCH SIZE_MAX

struct cell {
    uint32_t part;  /* index in the word's parts */
    uint32_t off;   /* byte offset in a literal part */
    bool opaque;    /* the whole part (not a literal byte) */
    bool active;    /* an unquoted literal byte: may be { } , or . */
};

/* The results are a tree, so that a product costs one node per new result, not a copy of
 * every piece of the results before it: a result is its parent's text, then cells [a, b) of
 * the word (or generated text gen[a, b)), then the text of result `elem`. */
#define NO_NODE UINT32_MAX
struct rnode {
    uint32_t parent, elem; /* NO_NODE: none */
    uint32_t a, b;
    bool gen;
};

/* A list of results, as node indices. */
struct rlist {
    uint32_t *v;
    size_t len, cap;
};

struct bx {
    const struct word *w;
    struct cell *cells;
    char *ch;            /* ch[i]: the byte of an active cell, else 0 */
    size_t ncells;
    size_t *match;       /* match[i]: the '}' closing the '{' at i, or NO_MATCH */
    bool *valid;         /* valid[i]: a ',' or a '..' not before '}' at the top level of i's braces */
    size_t *commas;      /* commas[i]: active commas in cells [0, i) */
    struct rnode *nodes;
    size_t nnodes, nodecap;
    struct strbuf gen;   /* generated sequence texts */
    bool failed;         /* a message was printed */
};

static void rl_push(struct rlist *l, uint32_t node)
{
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->len++] = node;
}

static void rl_free(struct rlist *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

static void too_large(struct bx *bx)
{
    if (!bx->failed)
        expand_error("brace expansion makes too many words (the limit is %d)", BRACE_MAX_WORDS);
    bx->failed = true;
}

/* A new node; NO_NODE after the message when there are too many. */
static uint32_t node_add(struct bx *bx, struct rnode n)
{
    if (bx->nnodes >= BRACE_MAX_NODES) {
        too_large(bx);
        return NO_NODE;
    }
    if (bx->nnodes == bx->nodecap) {
        bx->nodecap = bx->nodecap ? bx->nodecap * 2 : 32;
        bx->nodes = xrealloc(bx->nodes, bx->nodecap * sizeof *bx->nodes);
    }
    bx->nodes[bx->nnodes] = n;
    return (uint32_t)bx->nnodes++;
}

/* out = out x (cells [lit_a, lit_b) followed by each result of elems, or by nothing when
 * elems is NULL). */
static bool product(struct bx *bx, struct rlist *out, size_t lit_a, size_t lit_b, const struct rlist *elems)
{
    size_t ne = elems ? elems->len : 1;
    if (ne && out->len > BRACE_MAX_WORDS / ne) {
        too_large(bx);
        return false;
    }
    struct rlist r = {0};
    for (size_t i = 0; i < out->len; i++) {
        for (size_t j = 0; j < ne; j++) {
            uint32_t n = node_add(bx, (struct rnode){out->v[i], elems ? elems->v[j] : NO_NODE,
                                                     (uint32_t)lit_a, (uint32_t)lit_b, false});
            if (n == NO_NODE) {
                rl_free(&r);
                return false;
            }
            rl_push(&r, n);
        }
    }
    rl_free(out);
    *out = r;
    return true;
}

/* ---- Sequence expressions {x..y[..incr]} ------------------------------------------------- */

/* bash's rule for a number: an optional sign and decimal digits, within intmax_t. */
static bool seq_number(const char *s, intmax_t *v)
{
    const char *d = s + (*s == '-' || *s == '+');
    if (!*d)
        return false;
    for (const char *p = d; *p; p++)
        if (*p < '0' || *p > '9')
            return false;
    errno = 0;
    *v = strtoimax(s, NULL, 10);
    return errno == 0;
}

static bool seq_letter(const char *s)
{
    return s[0] && !s[1] && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
}

/* A leading zero asks for zero padding to the longer end's width: {01..10}, {-01..3}; "0",
 * "-0" and "+01" do not (as bash). */
static bool zero_padded(const char *s)
{
    return (s[0] == '0' && s[1]) || (s[0] == '-' && s[1] == '0' && s[2]);
}

static bool seq_add(struct bx *bx, struct rlist *elems, const char *text, size_t n)
{
    size_t a = bx->gen.len;
    sb_addn(&bx->gen, text, n);
    uint32_t node = node_add(bx, (struct rnode){NO_NODE, NO_NODE, (uint32_t)a, (uint32_t)bx->gen.len, true});
    if (node == NO_NODE)
        return false;
    rl_push(elems, node);
    return true;
}

/* The amble text s (all unquoted literal bytes): 1 and the words in elems if it is a valid
 * sequence expression, 0 if it is not (it stays as written), -1 after an error message. */
static int sequence(struct bx *bx, char *s, struct rlist *elems)
{
    char *dots = strstr(s, "..");
    if (!dots)
        return 0;
    *dots = '\0';
    char *lhs = s, *rhs = dots + 2, *inc = NULL;
    char *dots2 = strstr(rhs, "..");
    if (dots2) {
        *dots2 = '\0';
        inc = dots2 + 2;
    }
    intmax_t step = 1;
    if (inc) {
        if (!seq_number(inc, &step))
            return 0;
        if (step == INTMAX_MIN)
            step = INTMAX_MAX;
        if (step < 0)
            step = -step;
        if (step == 0)
            step = 1;
    }
    intmax_t lo, hi;
    uintmax_t span;
    bool letters = false;
    if (seq_number(lhs, &lo) && seq_number(rhs, &hi)) {
        span = lo <= hi ? (uintmax_t)hi - (uintmax_t)lo : (uintmax_t)lo - (uintmax_t)hi;
    } else if (seq_letter(lhs) && seq_letter(rhs)) {
        letters = true;
        lo = (unsigned char)lhs[0];
        hi = (unsigned char)rhs[0];
        span = (uintmax_t)(lo <= hi ? hi - lo : lo - hi);
    } else {
        return 0;
    }
    uintmax_t count = span / (uintmax_t)step + 1;
    if (count > BRACE_MAX_WORDS) {
        too_large(bx);
        return -1;
    }
    int width = 0;
    if (!letters && (zero_padded(lhs) || zero_padded(rhs))) {
        size_t wl = strlen(lhs), wr = strlen(rhs);
        width = (int)(wl > wr ? wl : wr);
    }
    for (uintmax_t k = 0; k < count; k++) {
        /* In unsigned arithmetic: {9223372036854775806..9223372036854775807} must not wrap. */
        uintmax_t d = k * (uintmax_t)step;
        intmax_t v = lo <= hi ? (intmax_t)((uintmax_t)lo + d) : (intmax_t)((uintmax_t)lo - d);
        char buf[64];
        int n;
        if (letters) {
            buf[0] = (char)v;
            n = 1;
        } else {
            n = snprintf(buf, sizeof buf, "%0*" PRIdMAX, width, v);
        }
        if (!seq_add(bx, elems, buf, (size_t)n))
            return -1;
    }
    return 1;
}

/* ---- The expansion ----------------------------------------------------------------------- */

static bool active_is(const struct bx *bx, size_t i, char c)
{
    return bx->cells[i].active && bx->ch[i] == c;
}

/* Cells [a, b) as the results in out (which starts empty). Braces are taken left to right:
 * the text before the first valid brace is kept, each element of the amble is expanded in
 * turn, and the text after it is treated the same way in the next round of the loop (a loop,
 * not a recursion, so a word of 100000 groups does not nest 100000 calls). */
static bool expand_range(struct bx *bx, size_t a, size_t b, int depth, struct rlist *out)
{
    if (depth > BRACE_MAX_DEPTH) {
        if (!bx->failed)
            expand_error("brace expansion nested too deeply");
        bx->failed = true;
        return false;
    }
    uint32_t root = node_add(bx, (struct rnode){NO_NODE, NO_NODE, 0, 0, false});
    if (root == NO_NODE)
        return false;
    rl_push(out, root);
    size_t pos = a;
    for (size_t i = a; i < b; i++) {
        if (!active_is(bx, i, '{') || bx->match[i] == NO_MATCH || bx->match[i] >= b || !bx->valid[i])
            continue;
        size_t m = bx->match[i];
        struct rlist elems = {0};
        bool ok = true;
        if (bx->commas[m] - bx->commas[i + 1] > 0) {
            /* A comma anywhere inside, even nested, makes it a list: {a..c{d,e}} is the one
             * element a..c{d,e} (bash). Elements end at the top-level commas. */
            size_t s = i + 1;
            for (size_t j = i + 1; ok && j <= m; j++) {
                if (j < m && active_is(bx, j, '{') && bx->match[j] != NO_MATCH) {
                    j = bx->match[j];
                    continue;
                }
                if (j == m || active_is(bx, j, ',')) {
                    struct rlist sub = {0};
                    ok = expand_range(bx, s, j, depth + 1, &sub);
                    for (size_t k = 0; ok && k < sub.len; k++)
                        rl_push(&elems, sub.v[k]);
                    rl_free(&sub);
                    s = j + 1;
                }
            }
        } else {
            /* {x..y[..incr]} only if every byte inside is unquoted literal text. */
            bool plain = true;
            struct strbuf t = {0};
            for (size_t j = i + 1; j < m && plain; j++) {
                plain = bx->cells[j].active;
                sb_addc(&t, bx->ch[j]);
            }
            int r = plain ? sequence(bx, t.s ? t.s : (char[]){""}, &elems) : 0;
            sb_release(&t);
            if (r < 0) {
                ok = false;
            } else if (r == 0) {
                /* Not a sequence: it stays as written, and so does what it holds
                 * ({1..{2..3}} as bash); the search goes on after it. */
                rl_free(&elems);
                i = m;
                continue;
            }
        }
        if (ok)
            ok = product(bx, out, pos, i, &elems);
        rl_free(&elems);
        if (!ok)
            return false;
        pos = m + 1;
        i = m;
    }
    return pos == b || product(bx, out, pos, b, NULL);
}

/* Lays the word out in cells and finds each '{''s closing '}' (one pass with a stack), whether
 * its top level has a ',' or a '..' (not "..}": {a..} is no brace expansion), and counts the
 * commas before each cell. */
static void layout(struct bx *bx)
{
    const struct word *w = bx->w;
    size_t n = 0;
    for (unsigned k = 0; k < w->nparts; k++)
        n += w->parts[k].kind == PART_LIT && w->parts[k].lit_len ? w->parts[k].lit_len : 1;
    bx->cells = xmalloc(n * sizeof *bx->cells);
    bx->ch = xmalloc(n + 1);
    bx->match = xmalloc(n * sizeof *bx->match);
    bx->valid = xmalloc(n * sizeof *bx->valid);
    bx->commas = xmalloc((n + 1) * sizeof *bx->commas);
    size_t i = 0;
    for (unsigned k = 0; k < w->nparts; k++) {
        const struct part *p = &w->parts[k];
        if (p->kind != PART_LIT || p->lit_len == 0) {
            bx->cells[i] = (struct cell){k, 0, true, false};
            bx->ch[i++] = 0;
            continue;
        }
        for (uint32_t o = 0; o < p->lit_len; o++) {
            bx->cells[i] = (struct cell){k, o, false, !p->quoted};
            bx->ch[i++] = p->quoted ? 0 : p->lit.text[o];
        }
    }
    bx->ch[n] = 0;
    bx->ncells = n;
    size_t *stack = xmalloc((n + 1) * sizeof *stack);
    size_t sp = 0;
    bx->commas[0] = 0;
    for (i = 0; i < n; i++) {
        bx->match[i] = NO_MATCH;
        bx->valid[i] = false;
        bx->commas[i + 1] = bx->commas[i] + active_is(bx, i, ',');
        if (!bx->cells[i].active)
            continue;
        switch (bx->ch[i]) {
        case '{':
            stack[sp++] = i;
            break;
        case '}':
            if (sp)
                bx->match[stack[--sp]] = i;
            break;
        case ',':
            if (sp)
                bx->valid[stack[sp - 1]] = true;
            break;
        case '.':
            if (sp && i + 2 < n && active_is(bx, i + 1, '.') && !active_is(bx, i + 2, '}'))
                bx->valid[stack[sp - 1]] = true;
            break;
        }
    }
    free(stack);
}

/* Builds result k as a word: runs of literal bytes with the same quoting become one literal
 * part (so `~{,/x}` gives the one part "~/x" and its tilde prefix), other parts are copied. */
struct wbuild {
    struct word *w;
    size_t cap;
    void **owned;        /* param_refs and names made by join_names, freed with the word */
    size_t nowned, ownedcap;
    struct strbuf text;  /* the literal parts' texts, NUL-separated */
    size_t *offs;        /* offs[k]: where part k's text starts in text */
    size_t run_start;
    bool in_run, run_quoted;
};

static struct part *wb_part(struct wbuild *b)
{
    if (b->w->nparts == b->cap) {
        b->cap *= 2;
        b->w = xrealloc(b->w, sizeof *b->w + b->cap * sizeof *b->w->parts);
        b->offs = xrealloc(b->offs, b->cap * sizeof *b->offs);
    }
    struct part *p = &b->w->parts[b->w->nparts++];
    memset(p, 0, sizeof *p);
    return p;
}

static void wb_flush(struct wbuild *b)
{
    if (!b->in_run)
        return;
    struct part *p = wb_part(b);
    p->kind = PART_LIT;
    p->quoted = b->run_quoted;
    p->lit_len = (uint32_t)(b->text.len - b->run_start);
    b->offs[b->w->nparts - 1] = b->run_start;
    sb_addc(&b->text, '\0');
    b->in_run = false;
}

static void wb_byte(struct wbuild *b, char c, bool quoted)
{
    if (b->in_run && b->run_quoted != quoted)
        wb_flush(b);
    if (!b->in_run) {
        b->in_run = true;
        b->run_quoted = quoted;
        b->run_start = b->text.len;
    }
    sb_addc(&b->text, c);
}

static void *wb_own(struct wbuild *b, size_t size)
{
    if (b->nowned == b->ownedcap) {
        b->ownedcap = b->ownedcap ? 2 * b->ownedcap : 4;
        b->owned = xrealloc(b->owned, b->ownedcap * sizeof *b->owned);
    }
    return b->owned[b->nowned++] = xmalloc(size);
}

static void wb_free_owned(struct wbuild *b)
{
    for (size_t i = 0; i < b->nowned; i++)
        free(b->owned[i]);
    b->nowned = 0;
}

static bool name_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* $x{a,b}: in bash's text the name runs on into the element, $xa and $xb. An unquoted $name
 * (not ${name}) followed by unquoted name characters takes them into its name. */
static void join_names(struct wbuild *b)
{
    struct word *w = b->w;
    for (unsigned k = 0; k + 1 < w->nparts; k++) {
        struct part *p = &w->parts[k], *next = &w->parts[k + 1];
        if (p->kind != PART_PARAM || p->param_op != PARAM_PLAIN || p->param_braced || p->quoted
            || !name_char(p->param->name[0]) || (p->param->name[0] >= '0' && p->param->name[0] <= '9')
            || next->kind != PART_LIT || next->quoted || !next->lit_len || !name_char(next->lit.text[0]))
            continue;
        size_t n = 0, len = strlen(p->param->name);
        while (n < next->lit_len && name_char(next->lit.text[n]))
            n++;
        char *name = wb_own(b, len + n + 1);
        memcpy(name, p->param->name, len);
        memcpy(name + len, next->lit.text, n);
        name[len + n] = '\0';
        struct param_ref *ref = wb_own(b, sizeof *ref);
        *ref = *p->param;
        ref->name = name;
        p->param = ref;
        next->lit.text += n;
        next->lit_len -= (uint32_t)n;
        if (next->lit_len == 0) {
            memmove(next, next + 1, (w->nparts - k - 2) * sizeof *next);
            w->nparts--;
        }
    }
}

static void render_cells(struct bx *bx, struct wbuild *b, const struct rnode *nd)
{
    if (nd->gen) {
        /* A backslash from {Z..a} is an ordinary character, not an escape. */
        for (uint32_t j = nd->a; j < nd->b; j++)
            wb_byte(b, bx->gen.s[j], bx->gen.s[j] == '\\');
        return;
    }
    for (uint32_t j = nd->a; j < nd->b; j++) {
        const struct cell *c = &bx->cells[j];
        const struct part *src = &bx->w->parts[c->part];
        if (c->opaque) {
            wb_flush(b);
            struct part *p = wb_part(b);
            *p = *src;
            b->offs[b->w->nparts - 1] = SIZE_MAX;
            if (src->kind == PART_LIT) { /* an empty quoted literal: keeps its field */
                b->offs[b->w->nparts - 1] = b->text.len;
                sb_addc(&b->text, '\0');
            }
        } else {
            wb_byte(b, src->lit.text[c->off], src->quoted);
        }
    }
}

/* The text of result node: its chain of parents from the root down (a loop: a word of many
 * one-element groups like {1..1} makes long chains), each node's elem by recursion (as deep
 * as the braces nest, at most BRACE_MAX_DEPTH). */
static void render(struct bx *bx, struct wbuild *b, uint32_t node)
{
    size_t n = 0;
    for (uint32_t k = node; k != NO_NODE; k = bx->nodes[k].parent)
        n++;
    uint32_t small[16], *chain = n <= 16 ? small : xmalloc(n * sizeof *chain);
    size_t i = n;
    for (uint32_t k = node; k != NO_NODE; k = bx->nodes[k].parent)
        chain[--i] = k;
    for (i = 0; i < n; i++) {
        const struct rnode *nd = &bx->nodes[chain[i]];
        render_cells(bx, b, nd);
        if (nd->elem != NO_NODE)
            render(bx, b, nd->elem);
    }
    if (chain != small)
        free(chain);
}

static struct word *build(struct bx *bx, struct wbuild *b, uint32_t node)
{
    wb_free_owned(b);
    b->w->nparts = 0;
    b->w->next = NULL;
    b->w->lineno = bx->w->lineno;
    sb_truncate(&b->text, 0);
    b->in_run = false;
    render(bx, b, node);
    wb_flush(b);
    for (unsigned k = 0; k < b->w->nparts; k++)
        if (b->w->parts[k].kind == PART_LIT)
            b->w->parts[k].lit.text = b->text.s + b->offs[k];
    join_names(b);
    return b->w;
}

bool brace_has_open(const struct word *w)
{
    for (unsigned k = 0; k < w->nparts; k++) {
        const struct part *p = &w->parts[k];
        if (p->kind == PART_LIT && !p->quoted && memchr(p->lit.text, '{', p->lit_len))
            return true;
    }
    return false;
}

int brace_expand(const struct word *w, int (*fn)(const struct word *, void *), void *ctx)
{
    struct bx bx = {.w = w};
    layout(&bx);
    struct rlist out = {0};
    int r = -1;
    if (expand_range(&bx, 0, bx.ncells, 0, &out)) {
        struct wbuild b = {.cap = 4};
        b.w = xmalloc(sizeof *b.w + b.cap * sizeof *b.w->parts);
        b.offs = xmalloc(b.cap * sizeof *b.offs);
        r = 0;
        for (size_t k = 0; k < out.len && r == 0; k++)
            r = fn(build(&bx, &b, out.v[k]), ctx);
        wb_free_owned(&b);
        free(b.owned);
        free(b.w);
        free(b.offs);
        sb_release(&b.text);
    }
    rl_free(&out);
    free(bx.cells);
    free(bx.ch);
    free(bx.match);
    free(bx.valid);
    free(bx.commas);
    free(bx.nodes);
    sb_release(&bx.gen);
    return r;
}
