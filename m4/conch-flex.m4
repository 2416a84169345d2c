# conch-flex.m4 — CONCH_PROG_FLEX: find Flex 2.6 and check that its reentrant skeleton still
# keeps the hold character the way grammar/scanner.l's run() relies on; AC_SUBST as FLEX.
#
# run() extends the text a rule matched over the rest of Flex's buffer (long words, quotes,
# comments and here-document lines are taken a buffer at a time, never rescanned). Flex has
# no interface for that: it reads and writes yy_c_buf_p and yy_hold_char, the private fields
# YY_DO_BEFORE_ACTION uses to put a NUL after yytext and give the byte back later. They have
# not changed from 2.5.35 to 2.6.4, but nothing promises they stay: so configure pins Flex 2.6
# and generates a small reentrant scanner to see the protocol, and stops here, naming the file
# to look at, rather than let a new skeleton build a scanner that silently misreads its input.
# scanner.l checks YY_FLEX_MAJOR_VERSION and YY_FLEX_MINOR_VERSION again when it compiles.
AC_DEFUN([CONCH_PROG_FLEX], [
  AC_ARG_VAR([FLEX], [the Flex scanner generator (2.6)])
  AC_PATH_PROG([FLEX], [flex])
  AS_IF([test -z "$FLEX"],
    [AC_MSG_ERROR([Flex not found (Debian: apt-get install flex)])])
  AC_CACHE_CHECK([whether $FLEX is Flex 2.6], [conch_cv_flex_version_ok], [
    conch_cv_flex_version_ok=no
    AS_CASE([`$FLEX --version 2>/dev/null | sed -n 1p`],
      [*" 2.6."[[0-9]]*], [conch_cv_flex_version_ok=yes])])
  AS_IF([test "x$conch_cv_flex_version_ok" != xyes],
    [AC_MSG_ERROR([$FLEX is not Flex 2.6: grammar/scanner.l (run, NEXT_BYTE) uses private fields of Flex 2.6's skeleton; check them against this version's, then widen the check in m4/conch-flex.m4])])
  AC_CACHE_CHECK([whether $FLEX keeps the hold character as grammar/scanner.l expects],
    [conch_cv_flex_skeleton_ok], [
    conch_cv_flex_skeleton_ok=no
    cat > conftest.l <<'CONCH_EOF'
%option reentrant noyywrap nounput noinput
%%
a+ return 1;
%%
CONCH_EOF
    AS_IF([$FLEX -o conftest.c conftest.l >/dev/null 2>&1 &&
           grep 'char yy_hold_char;' conftest.c >/dev/null &&
           grep 'char \*yy_c_buf_p;' conftest.c >/dev/null &&
           grep 'yyg->yy_hold_char = \*yy_cp;' conftest.c >/dev/null &&
           grep 'yyg->yy_c_buf_p = yy_cp;' conftest.c >/dev/null &&
           grep '\*yy_cp = yyg->yy_hold_char;' conftest.c >/dev/null],
      [conch_cv_flex_skeleton_ok=yes])
    rm -f conftest.l conftest.c])
  AS_IF([test "x$conch_cv_flex_skeleton_ok" != xyes],
    [AC_MSG_ERROR([$FLEX's scanner skeleton no longer has yy_hold_char and yy_c_buf_p as grammar/scanner.l's run() uses them (see m4/conch-flex.m4)])])
])
