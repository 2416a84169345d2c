# conch-bison.m4 — CONCH_PROG_BISON: find GNU Bison 3.8 or later and AC_SUBST it as BISON.
# configure.ac calls it; the grammar rules in Makefile.am run $(BISON).
#
# 3.8 because the grammar is a pure push parser with custom error messages and the Makefile
# rules pass --header, an option Bison 3.8 introduced (older versions spell it --defines).
AC_DEFUN([CONCH_PROG_BISON], [
  AC_ARG_VAR([BISON], [GNU Bison 3.8 or later])
  AC_PATH_PROG([BISON], [bison])
  AS_IF([test -z "$BISON"],
    [AC_MSG_ERROR([GNU Bison not found (Debian: apt-get install bison)])])
  AC_CACHE_CHECK([whether $BISON is GNU Bison 3.8 or later], [conch_cv_bison_ok], [
    conch_cv_bison_ok=no
    conch_bison_version=`$BISON --version 2>/dev/null | sed -n '1{/[[Bb]]ison/s/^.*[[^0-9.]]\([[0-9]][[0-9]]*\.[[0-9]][[0-9]]*\).*$/\1/p;}'`
    conch_bison_major=`echo "$conch_bison_version" | cut -d. -f1`
    conch_bison_minor=`echo "$conch_bison_version" | cut -d. -f2`
    AS_IF([test -n "$conch_bison_major" && test -n "$conch_bison_minor"], [
      AS_IF([test "$conch_bison_major" -gt 3 ||
             { test "$conch_bison_major" -eq 3 && test "$conch_bison_minor" -ge 8; }],
        [conch_cv_bison_ok=yes])])])
  AS_IF([test "x$conch_cv_bison_ok" != xyes],
    [AC_MSG_ERROR([$BISON is not GNU Bison 3.8 or later (Debian 12 has 3.8: apt-get install bison)])])
])
