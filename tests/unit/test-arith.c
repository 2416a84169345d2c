/* test-arith.c — unit tests for arithmetic expansion (XCU 2.6.4, src/exec/arith.c and
 * grammar/arith.y): C precedence in intmax_t, constants, variables, short-circuit, errors. */
#include "config.h"

#include "exec/expand.h"
#include "shell/shell.h"
#include "shell/vars.h"
#include "unit.h"

#include <inttypes.h>
#include <stdint.h>

/* Evaluates expr; returns true if it succeeded with the value want. */
static bool is(const char *expr, intmax_t want)
{
    intmax_t got = 12345;
    int r = arith_eval(expr, &got);
    sh.flow = FLOW_NORMAL; /* an error asks to abort the command; there is none here */
    if (r != 0 || got != want) {
        printf("#   $((%s)): status %d, value %jd, expected %jd\n", expr, r, got, want);
        return false;
    }
    return true;
}

static bool fails(const char *expr)
{
    intmax_t got;
    int r = arith_eval(expr, &got);
    sh.flow = FLOW_NORMAL;
    return r == -1;
}

int main(void)
{
    char *env[] = {NULL};
    vars_init(env);

    /* Precedence and associativity of the C operators the standard lists. */
    CHECK(is("1+2*3", 7));
    CHECK(is("(1+2)*3", 9));
    CHECK(is("10-4-3", 3));
    CHECK(is("2*3%4", 2));
    CHECK(is("1<<4|1", 17));
    CHECK(is("5>3 && 2<1", 0));
    CHECK(is("0 || 3", 1));
    CHECK(is("!0 + ~0", 0));
    CHECK(is("-7/2", -3)); /* truncation toward zero, as C */
    CHECK(is("-7%3", -1));
    CHECK(is("1 ? 2 : 3", 2));
    CHECK(is("0 ? 2 : 0 ? 3 : 4", 4));
    CHECK(is(" ", 0)); /* $(( )) */

    /* Constants: decimal, octal, hexadecimal (XCU 2.6.4 refers to the ISO C rules). */
    CHECK(is("017", 15));
    CHECK(is("0x1F + 0X10", 47));

    /* Variables: unset is 0, the value is read as a constant, assignment operators store. */
    vars_set("h", "0x10", 0);
    CHECK(is("h + nosuch", 16));
    CHECK(is("x = 5", 5));
    CHECK_STR(vars_get("x"), "5");
    CHECK(is("x += 3", 8));
    CHECK(is("x <<= 1", 16));
    CHECK_STR(vars_get("x"), "16");

    /* The side not taken is not evaluated: no assignment, no division by zero. */
    CHECK(is("0 && (z = 1)", 0));
    CHECK(is("1 || (z = 1)", 1));
    CHECK(is("1 ? 2 : (z = 1)", 2));
    CHECK(is("0 && 1/0", 0));
    CHECK(vars_get("z") == NULL);

    /* Errors return -1 (after a message), never a value. */
    CHECK(fails("1/0"));
    CHECK(fails("1%0"));
    CHECK(fails("1+"));
    CHECK(fails("(1"));
    CHECK(fails("08"));
    CHECK(fails("1 = 2"));
    vars_set("bad", "1x", 0);
    CHECK(fails("bad + 1"));
    return unit_done();
}
