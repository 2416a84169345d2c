/* arith.y — the grammar of arithmetic expansion (XCU 2.6.4): C's integer expressions.
 * Tokens come from arith_lex in src/exec/arith.c; the actions only build a tree, which arith.c
 * evaluates afterwards, so the branch of && || ?: not taken is never evaluated (or assigned). */

%define api.pure full
%define api.prefix {arith_}
%define api.token.prefix {ATOK_}
%define api.value.type {int}
%param {struct arith_parser *p}

%code top {
/* Before any system header Bison includes: the feature macros (AC_USE_SYSTEM_EXTENSIONS). */
#include "config.h"
}

%code requires {
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Tree node operators. ORDER: eval_binary() in src/exec/arith.c switches on these. */
enum arith_op {
    A_NUM, A_VAR,
    A_POS, A_NEG, A_NOT, A_BNOT,
    A_PREINC, A_PREDEC, A_POSTINC, A_POSTDEC,
    A_POW, A_MUL, A_DIV, A_MOD, A_ADD, A_SUB, A_SHL, A_SHR,
    A_LT, A_LE, A_GT, A_GE, A_EQ, A_NE,
    A_BAND, A_BXOR, A_BOR, A_LAND, A_LOR,
    A_COND, A_COMMA,
    A_ASSIGN, /* a = NAME, b = value, c = the binary operator of op= (-1 for plain =) */
};

/* Nodes are referred to by index into p->nodes (which may move as it grows); -1 is none. */
struct arith_node {
    enum arith_op op;
    int a, b, c;
    int depth;
    intmax_t num;     /* A_NUM */
    const char *name; /* A_VAR: points into the expression text */
    size_t namelen;
};

struct arith_parser {
    const char *expr; /* the whole expression, for messages */
    const char *pos;  /* lexer position */
    int prev;          /* the last token: 0 an operator, 1 an operand, 2 a variable name */
    struct arith_node *nodes;
    int n, cap;
    int root;          /* -1 for an empty expression */
    bool reported;     /* an error message was already printed */
};
}

%code provides {
int arith_lex(ARITH_STYPE *lval, struct arith_parser *p);
void arith_error(struct arith_parser *p, const char *msg);
/* A new interior node; -1 after a message if the tree would be too deep. */
int arith_node(struct arith_parser *p, enum arith_op op, int a, int b, int c);
}

%token NUMBER NAME
%token ASSIGN "assignment operator"
%token LSHIFT "<<" RSHIFT ">>" LE "<=" GE ">=" EQ "==" NE "!="
%token ANDAND "&&" OROR "||" INC "++" DEC "--"
%token POW "**" /* conch mode only: the lexer makes "**" two '*' in POSIX mode */

/* C's precedence, lowest first. One flat rule set with precedences instead of a cascade of
 * nonterminals (cond, lor, land...): an operand then costs a couple of reductions instead of
 * fifteen, which shows in `i=$((i+1))` loops. */
%left ','
%precedence ASSIGN
%right '?' ':'
%left "||"
%left "&&"
%left '|'
%left '^'
%left '&'
%left "==" "!="
%left '<' '>' "<=" ">="
%left "<<" ">>"
%left '+' '-'
%left '*' '/' '%'
/* Below the unary operators, as bash has it: -2**2 is 4. */
%right "**"
%precedence UNARY

/* N(result, op, a, b, c): a new interior node, or abort (too deep a tree; already reported). */
%code {
#define N(res, op, a, b, c) do { if (((res) = arith_node(p, (op), (a), (b), (c))) < 0) YYABORT; } while (0)
}

%start input

%%

input:
    expr            { p->root = $1; }
  | %empty          { p->root = -1; }
  ;

expr:
    NUMBER
  | NAME
  | '(' expr ')'         { $$ = $2; }
  | NAME ASSIGN expr     { N($$, A_ASSIGN, $1, $3, $2); }
  | expr ',' expr        { N($$, A_COMMA, $1, $3, -1); }
  | expr '?' expr ':' expr { N($$, A_COND, $1, $3, $5); }
  | expr "||" expr       { N($$, A_LOR, $1, $3, -1); }
  | expr "&&" expr       { N($$, A_LAND, $1, $3, -1); }
  | expr '|' expr        { N($$, A_BOR, $1, $3, -1); }
  | expr '^' expr        { N($$, A_BXOR, $1, $3, -1); }
  | expr '&' expr        { N($$, A_BAND, $1, $3, -1); }
  | expr "==" expr       { N($$, A_EQ, $1, $3, -1); }
  | expr "!=" expr       { N($$, A_NE, $1, $3, -1); }
  | expr '<' expr        { N($$, A_LT, $1, $3, -1); }
  | expr '>' expr        { N($$, A_GT, $1, $3, -1); }
  | expr "<=" expr       { N($$, A_LE, $1, $3, -1); }
  | expr ">=" expr       { N($$, A_GE, $1, $3, -1); }
  | expr "<<" expr       { N($$, A_SHL, $1, $3, -1); }
  | expr ">>" expr       { N($$, A_SHR, $1, $3, -1); }
  | expr '+' expr        { N($$, A_ADD, $1, $3, -1); }
  | expr '-' expr        { N($$, A_SUB, $1, $3, -1); }
  | expr "**" expr       { N($$, A_POW, $1, $3, -1); }
  | expr '*' expr        { N($$, A_MUL, $1, $3, -1); }
  | expr '/' expr        { N($$, A_DIV, $1, $3, -1); }
  | expr '%' expr        { N($$, A_MOD, $1, $3, -1); }
  | '+' expr %prec UNARY { N($$, A_POS, $2, -1, -1); }
  | '-' expr %prec UNARY { N($$, A_NEG, $2, -1, -1); }
  | '!' expr %prec UNARY { N($$, A_NOT, $2, -1, -1); }
  | '~' expr %prec UNARY { N($$, A_BNOT, $2, -1, -1); }
  | "++" NAME            { N($$, A_PREINC, $2, -1, -1); }
  | "--" NAME            { N($$, A_PREDEC, $2, -1, -1); }
  | NAME "++"            { N($$, A_POSTINC, $1, -1, -1); }
  | NAME "--"            { N($$, A_POSTDEC, $1, -1, -1); }
  ;

%%
