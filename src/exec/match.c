/* match.c — pattern matching notation (XCU 2.14) for `case` (eval.c) and pattern removal
 * (param.c), and for pathname expansion (pathname.c) in every locale. */
#include "config.h"

#include "exec/match.h"
#include "lib/error.h"
#include "lib/mbchar.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

enum bracket { NO_BRACKET, MATCHED, UNMATCHED };

/* One character of a bracket expression at pat[*q], a backslash quoting it. */
static wchar_t bracket_char(const char *pat, size_t pn, size_t *q)
{
    wchar_t wc;
    if (pat[*q] == '\\' && *q + 1 < pn)
        (*q)++;
    *q += mbchar_decode(pat + *q, pn - *q, &wc);
    return wc;
}

/* XCU 2.14.1 bracket expression starting at pat[p] == '[', tested against the character c.
 * On MATCHED or UNMATCHED *end is just past the closing ']'. Without a closing ']' the '[' is
 * an ordinary character (NO_BRACKET). Ranges are by code point, as bash does in C.UTF-8: glibc's
 * fnmatch() matches no multibyte character against a range there, which is why conch does not
 * use it in a multibyte locale. */
/* Inlined, with nocase a constant in each caller: matching without the shopt options must
 * cost what it did before they existed (callgrind on bench/workloads/paramcase.sh). */
#define ALWAYS_INLINE inline __attribute__((always_inline))

static ALWAYS_INLINE bool bracket_has(wchar_t lo, wchar_t hi, wchar_t c, bool nocase)
{
    if (lo <= c && c <= hi)
        return true;
    if (!nocase)
        return false;
    wchar_t l = (wchar_t)towlower((wint_t)c), u = (wchar_t)towupper((wint_t)c);
    return (lo <= l && l <= hi) || (lo <= u && u <= hi);
}

static ALWAYS_INLINE enum bracket bracket_impl(const char *pat, size_t pn, size_t p, wchar_t c, size_t *end,
                                               bool nocase)
{
    size_t q = p + 1;
    bool negate = q < pn && (pat[q] == '!' || pat[q] == '^');
    if (negate)
        q++;
    bool found = false, first = true;
    for (;; first = false) {
        if (q >= pn)
            return NO_BRACKET;
        if (pat[q] == ']' && !first)
            break;
        if (pat[q] == '[' && q + 1 < pn && (pat[q + 1] == ':' || pat[q + 1] == '=' || pat[q + 1] == '.')) {
            char kind = pat[q + 1];
            const char *close = NULL;
            for (size_t k = q + 2; k + 1 < pn; k++)
                if (pat[k] == kind && pat[k + 1] == ']') {
                    close = pat + k;
                    break;
                }
            if (close) {
                const char *name = pat + q + 2;
                size_t len = (size_t)(close - name);
                q = (size_t)(close - pat) + 2;
                if (kind == ':') {
                    char buf[32];
                    if (len < sizeof buf) {
                        memcpy(buf, name, len);
                        buf[len] = '\0';
                        wctype_t t = wctype(buf);
                        /* Not folded with nocase: [[:lower:]] stays lower case (bash). */
                        if (t && iswctype((wint_t)c, t))
                            found = true;
                    }
                } else {
                    /* [=c=] and [.c.]: a single character stands for itself. */
                    wchar_t wc;
                    if (len > 0 && mbchar_decode(name, len, &wc) == len && bracket_has(wc, wc, c, nocase))
                        found = true;
                }
                continue;
            }
        }
        wchar_t lo = bracket_char(pat, pn, &q);
        if (q + 1 < pn && pat[q] == '-' && pat[q + 1] != ']') {
            q++;
            wchar_t hi = bracket_char(pat, pn, &q);
            if (bracket_has(lo, hi, c, nocase))
                found = true;
        } else if (bracket_has(lo, lo, c, nocase)) {
            found = true;
        }
    }
    *end = q + 1;
    return found != negate ? MATCHED : UNMATCHED;
}

static enum bracket bracket(const char *pat, size_t pn, size_t p, wchar_t c, size_t *end, bool nocase)
{
    return nocase ? bracket_impl(pat, pn, p, c, end, true) : bracket_impl(pat, pn, p, c, end, false);
}

/* Character by character, invalid bytes one character each. A '*' remembers where it was;
 * on a mismatch the last '*' takes one more character and matching resumes after it. Going
 * back to the last '*' only is enough because every other pattern item matches exactly one
 * character, and it keeps the cost at O(pattern x string) instead of exponential. */
static ALWAYS_INLINE bool same_char(wchar_t a, wchar_t b, bool nocase)
{
    return a == b || (nocase && towlower((wint_t)a) == towlower((wint_t)b));
}

static ALWAYS_INLINE bool match_chars_impl(const char *pat, size_t pn, const char *str, size_t sn, bool nocase)
{
    size_t p = 0, s = 0, star_p = 0, star_s = 0;
    bool star = false;
    while (s < sn) {
        wchar_t sc;
        size_t slen = mbchar_decode(str + s, sn - s, &sc);
        if (p < pn) {
            size_t end;
            switch (pat[p]) {
            case '*':
                while (p < pn && pat[p] == '*')
                    p++;
                star = true;
                star_p = p;
                star_s = s;
                continue;
            case '?':
                p++;
                s += slen;
                continue;
            case '[':
                switch (bracket_impl(pat, pn, p, sc, &end, nocase)) {
                case MATCHED:
                    p = end;
                    s += slen;
                    continue;
                case UNMATCHED:
                    goto mismatch;
                case NO_BRACKET:
                    break;
                }
                break;
            case '\\':
                if (p + 1 < pn)
                    p++;
                break;
            }
            wchar_t pc;
            size_t plen = mbchar_decode(pat + p, pn - p, &pc);
            if (same_char(pc, sc, nocase)) {
                p += plen;
                s += slen;
                continue;
            }
        }
    mismatch:
        if (!star)
            return false;
        star_s += mbchar_len(str + star_s, sn - star_s);
        s = star_s;
        p = star_p;
    }
    while (p < pn && pat[p] == '*')
        p++;
    return p == pn;
}

static bool match_chars(const char *pat, size_t pn, const char *str, size_t sn, bool nocase)
{
    return nocase ? match_chars_impl(pat, pn, str, sn, true) : match_chars_impl(pat, pn, str, sn, false);
}

/* XCU 2.14, for match_pattern() in match.h. */
bool match_pattern_chars(const char *pat, const char *str)
{
    return match_chars(pat, strlen(pat), str, strlen(str), false);
}

/* ---- extglob (conch mode, as bash): ?(p|q) *(p|q) +(p|q) @(p|q) !(p|q) -------------------
 * A group's alternatives may hold groups of their own, so this matcher recurses on the
 * pattern; it runs only when shopt extglob is on and the pattern has a group. Repetition
 * (*(..) and +(..)) is a walk over the positions of the string the group can reach, not a
 * recursion per repetition: ${x##*(a)} on a long value must not use the stack. */

enum { XMATCH_MAX_DEPTH = 200 }; /* nesting of groups in one pattern */

/* The ')' closing the group whose '(' is at pat[open], or pn if none: brackets and backslashes
 * inside hide parentheses. */
static size_t group_end(const char *pat, size_t open, size_t pn)
{
    int depth = 0;
    for (size_t q = open; q < pn; q++) {
        switch (pat[q]) {
        case '\\':
            q++;
            break;
        case '[': {
            size_t end;
            if (bracket(pat, pn, q, 0, &end, false) != NO_BRACKET)
                q = end - 1;
            break;
        }
        case '(':
            depth++;
            break;
        case ')':
            if (--depth == 0)
                return q;
            break;
        }
    }
    return pn;
}

static bool is_group(const char *pat, size_t p, size_t pn, unsigned flags)
{
    return (flags & MATCH_EXTGLOB) && p + 1 < pn && pat[p + 1] == '('
           && strchr("?*+@!", pat[p]) && group_end(pat, p + 1, pn) < pn;
}

static bool xmatch(const char *pat, size_t p, size_t pn, const char *str, size_t s, size_t sn,
                   unsigned flags, int depth);

/* Does one of the alternatives pat(open, close) separated by top-level '|' match str[s, k)? */
static bool alt_match(const char *pat, size_t open, size_t close, const char *str, size_t s, size_t k,
                      unsigned flags, int depth)
{
    size_t a = open + 1;
    int level = 0;
    for (size_t q = open + 1; q <= close; q++) {
        if (q < close && pat[q] == '\\') {
            q++;
            continue;
        }
        if (q < close && pat[q] == '[') {
            size_t end;
            if (bracket(pat, close, q, 0, &end, false) != NO_BRACKET)
                q = end - 1;
            continue;
        }
        if (q < close && pat[q] == '(')
            level++;
        else if (q < close && pat[q] == ')')
            level--;
        else if (q == close || (pat[q] == '|' && level == 0)) {
            if (xmatch(pat, a, q, str, s, k, flags, depth + 1))
                return true;
            a = q + 1;
        }
    }
    return false;
}

/* The most characters an alternative of the group pat(open, close) can match, or SIZE_MAX
 * when one has a '*' or a group. */
static size_t alt_most(const char *pat, size_t open, size_t close)
{
    size_t most = 0, items = 0;
    for (size_t q = open + 1; q <= close; q++) {
        if (q == close || pat[q] == '|') {
            most = items > most ? items : most;
            items = 0;
            continue;
        }
        size_t end;
        switch (pat[q]) {
        case '*':
        case '(':
        case ')':
            return SIZE_MAX;
        case '\\':
            q++;
            break;
        case '[':
            if (bracket(pat, close, q, 0, &end, false) != NO_BRACKET)
                q = end - 1;
            break;
        default:
            q += mbchar_len(pat + q, close - q) - 1;
            break;
        }
        items++;
    }
    return most;
}

/* The group op(...) at pat[p], closed at pat[close], followed by the rest of the pattern. */
static bool group_match(const char *pat, size_t p, size_t close, size_t pn, const char *str, size_t s,
                        size_t sn, unsigned flags, int depth)
{
    char op = pat[p];
    size_t open = p + 1, rest = close + 1;
    if (op == '@' || op == '?' || op == '!') {
        for (size_t k = s;; k += mbchar_len(str + k, sn - k)) {
            bool m = alt_match(pat, open, close, str, s, k, flags, depth);
            if (op == '?' && k == s)
                m = true; /* zero occurrences */
            if (op == '!')
                m = !m;
            if (m && xmatch(pat, rest, pn, str, k, sn, flags, depth))
                return true;
            if (k >= sn)
                return false;
        }
    }
    /* * and +: reach[i] says the group repeated once or more can end at s + i (or, for i == 0,
     * that matching starts there). An alternative without * or groups matches at most as many
     * characters as it has items, which keeps *(a) on a long string linear. */
    size_t n = sn - s, most = alt_most(pat, open, close);
    bool *reach = xcalloc(n + 1, 1);
    reach[0] = true;
    bool zero = op == '*' || alt_match(pat, open, close, str, s, s, flags, depth);
    bool found = false;
    for (size_t i = 0; i <= n && !found; i = i < n ? i + mbchar_len(str + s + i, n - i) : n + 1) {
        if (!reach[i])
            continue;
        if ((i > 0 || zero) && xmatch(pat, rest, pn, str, s + i, sn, flags, depth)) {
            found = true;
            break;
        }
        size_t steps = 0;
        for (size_t k = i; k < n && steps < most; steps++) {
            k += mbchar_len(str + s + k, n - k);
            if (!reach[k] && alt_match(pat, open, close, str, s + i, s + k, flags, depth))
                reach[k] = true;
        }
    }
    free(reach);
    return found;
}

static bool xmatch(const char *pat, size_t p, size_t pn, const char *str, size_t s, size_t sn,
                   unsigned flags, int depth)
{
    bool nocase = flags & MATCH_NOCASE;
    if (depth > XMATCH_MAX_DEPTH)
        return false;
    while (p < pn) {
        if (is_group(pat, p, pn, flags))
            return group_match(pat, p, group_end(pat, p + 1, pn), pn, str, s, sn, flags, depth);
        wchar_t sc = 0;
        size_t slen = s < sn ? mbchar_decode(str + s, sn - s, &sc) : 0;
        size_t end;
        switch (pat[p]) {
        case '*':
            while (p < pn && pat[p] == '*' && !is_group(pat, p, pn, flags))
                p++;
            if (p == pn)
                return true;
            for (size_t k = s;; k += mbchar_len(str + k, sn - k)) {
                if (xmatch(pat, p, pn, str, k, sn, flags, depth))
                    return true;
                if (k >= sn)
                    return false;
            }
        case '?':
            if (s >= sn)
                return false;
            p++;
            s += slen;
            continue;
        case '[':
            if (s >= sn)
                return false;
            switch (bracket(pat, pn, p, sc, &end, nocase)) {
            case MATCHED:
                p = end;
                s += slen;
                continue;
            case UNMATCHED:
                return false;
            case NO_BRACKET:
                break;
            }
            break;
        case '\\':
            if (p + 1 < pn)
                p++;
            break;
        }
        if (s >= sn)
            return false;
        wchar_t pc;
        size_t plen = mbchar_decode(pat + p, pn - p, &pc);
        if (!same_char(pc, sc, nocase))
            return false;
        p += plen;
        s += slen;
    }
    return s == sn;
}

static bool has_group(const char *pat)
{
    for (const char *q = pat; (q = strchr(q, '(')) != NULL; q++)
        if (q > pat && strchr("?*+@!", q[-1]))
            return true;
    return false;
}

bool match_pattern_flags(const char *pat, const char *str, unsigned flags)
{
    if (!(flags & MATCH_EXTGLOB) || !has_group(pat))
        return match_chars(pat, strlen(pat), str, strlen(str), flags & MATCH_NOCASE);
    return xmatch(pat, 0, strlen(pat), str, 0, strlen(str), flags, 0);
}
