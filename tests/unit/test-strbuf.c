/* test-strbuf.c — unit tests for the growable string (src/lib/strbuf.c), which expansion,
 * command substitution and unparse build text in: NUL-terminated at every step, quoting. */
#include "config.h"

#include "lib/strbuf.h"
#include "unit.h"

#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    /* A zero-initialised buffer is empty and still a valid string. */
    struct strbuf sb = {0};
    CHECK_STR(sb_str(&sb), "");
    sb_truncate(&sb, 0);
    CHECK(sb.len == 0);

    sb_adds(&sb, "ab");
    sb_addc(&sb, 'c');
    sb_addn(&sb, "dexyz", 2);
    sb_addf(&sb, "-%d-%s", 42, "x");
    CHECK_STR(sb_str(&sb), "abcde-42-x");
    CHECK(sb.len == 10 && sb.s[sb.len] == '\0');

    /* An empty format adds nothing, and a NUL byte added by length is kept in len. */
    sb_addf(&sb, "%s", "");
    CHECK(sb.len == 10);
    sb_addn(&sb, "\0z", 2);
    CHECK(sb.len == 12 && sb.s[10] == '\0' && sb.s[11] == 'z' && sb.s[12] == '\0');

    /* Truncation shortens but never lengthens. */
    sb_truncate(&sb, 3);
    CHECK_STR(sb_str(&sb), "abc");
    sb_truncate(&sb, 100);
    CHECK(sb.len == 3);

    /* Growth far past the first capacity keeps every byte (ASan checks the bounds). */
    for (int i = 0; i < 5000; i++)
        sb_addc(&sb, (char)('a' + i % 26));
    CHECK(sb.len == 5003 && sb.s[5002] == 'a' + 4999 % 26 && sb.s[5003] == '\0');

    /* Detach hands over the string and leaves an empty, reusable buffer. */
    char *s = sb_detach(&sb);
    CHECK(strlen(s) == 5003);
    free(s);
    CHECK_STR(sb_str(&sb), "");
    s = sb_detach(&sb);
    CHECK_STR(s, "");
    free(s);

    /* Quoting for re-input: each ' becomes '\'' inside single quotes. */
    sb_add_quoted(&sb, "it's");
    CHECK_STR(sb_str(&sb), "'it'\\''s'");
    sb_truncate(&sb, 0);
    sb_add_quoted(&sb, "");
    CHECK_STR(sb_str(&sb), "''");
    sb_truncate(&sb, 0);
    sb_add_quoted(&sb, "''");
    CHECK_STR(sb_str(&sb), "''\\'''\\'''");
    sb_release(&sb);

    /* Reading a descriptor to its end, appending after what is there. */
    int fds[2];
    CHECK(pipe(fds) == 0);
    CHECK(write(fds[1], "line 1\nline 2", 13) == 13);
    close(fds[1]);
    sb_adds(&sb, ">");
    CHECK(sb_read_fd(&sb, fds[0]) == 0);
    CHECK_STR(sb_str(&sb), ">line 1\nline 2");
    close(fds[0]);
    sb_release(&sb);
    return unit_done();
}
